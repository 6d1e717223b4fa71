import type { Finding } from "../domain/finding";
import { groupFindings } from "../domain/groupFindings";
import { formatDateDe, formatDateWithWeekdayDe, type PlainDate } from "../domain/plainDate";
import type { Meeting } from "../domain/registers";

/** A planned meeting in the `--json` shape of SPEC §7. */
export interface JsonMeeting {
  nr: string;
  datum: string;
  beginn: string | null;
  ende: string | null;
  format: string;
  gastgeber: string;
  ort: string | null;
  protokoll: string;
  status: string;
  hinweis: string | null;
}

/** @example jsonMeeting(meeting).datum // "2027-01-14" */
export function jsonMeeting(m: Meeting): JsonMeeting {
  return { nr: m.nr, datum: m.date, beginn: m.start, ende: m.end, format: m.format, gastgeber: m.host, ort: m.venue, protokoll: m.minutesBy, status: m.status, hinweis: m.note };
}

/**
 * The planned meetings as an aligned text table: Nr, Datum with weekday, Gastgeber, Ort, Hinweis.
 *
 * @example formatPlan([meeting]).split("\n")[0] // "Nr       Datum           Gastgeber  …"
 */
export function formatPlan(meetings: readonly Meeting[]): string {
  const header = ["Nr", "Datum", "Gastgeber", "Ort", "Hinweis"];
  const rows = meetings.map((m) => [m.nr, formatDateWithWeekdayDe(m.date), m.host, m.venue ?? "", m.note ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Findings grouped by sheet, errors before warnings, each with its cell address; ends with a
 * count line. Findings about a whole sheet have no address.
 *
 * @example formatFindings([]) // "Keine Fehler und keine Warnungen."
 */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return "Keine Fehler und keine Warnungen.";
  const width = Math.max(...findings.map((f) => (f.cell ?? "").length));
  const lines: string[] = [];
  for (const group of groupFindings(findings)) {
    lines.push(`Blatt „${group.sheet}“`);
    for (const [label, list] of [["Fehler", group.errors], ["Warnungen", group.warnings]] as const) {
      if (list.length === 0) continue;
      lines.push(`  ${label} (${list.length})`);
      for (const f of list) lines.push(`    ${width > 0 ? `${(f.cell ?? "").padEnd(width)}  ` : ""}${f.message}`);
    }
    lines.push("");
  }
  lines.push(countLine(findings));
  return lines.join("\n");
}

/** @example countLine([anError]) // "1 Fehler, 0 Warnungen." */
function countLine(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  return `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}.`;
}

/**
 * The findings of the check that came with a command, under a heading with the Stichtag.
 *
 * @example findingsSection([], "2026-11-24" as PlainDate) // "Hinweise aus der Prüfung (Stichtag 24.11.2026):\n\nKeine Fehler und keine Warnungen."
 */
export function findingsSection(findings: readonly Finding[], today: PlainDate): string {
  return `Hinweise aus der Prüfung (Stichtag ${formatDateDe(today)}):\n\n${formatFindings(findings)}`;
}

/**
 * Text for a terminal: control characters (escape sequences among them, which could recolour or
 * rewrite the screen) and bidirectional overrides that register data or a template's name may
 * carry are shown as `�`; line breaks and tabs stay.
 *
 * @example terminalSafe("Stadt \u001b[2JKaarst\n") // "Stadt �[2JKaarst\n"
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
