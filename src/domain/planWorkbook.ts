import { bodiesOf, bodyNamed } from "./bodiesOf";
import { checkWorkbook } from "./checkWorkbook";
import type { Finding } from "./finding";
import { compareFindings } from "./findingOrder";
import type { RawCell, WorkbookGrids } from "./grid";
import { isPlanningBlocker } from "./planningBlockers";
import type { PlainDate } from "./plainDate";
import { planYear } from "./planYear";
import { findGrid } from "./readRegisters";
import { MEETING_READ_COLUMNS, type Meeting, type Registers } from "./registers";
import { rowFor } from "./rowFor";
import { sheetFinding } from "./sheetColumns";

/** What "Nächstes Jahr planen" shows and would append. */
export interface PlanOutcome {
  readonly year: number;
  readonly meetings: Meeting[];
  /** The planned meetings as cells in the order of the workbook's Sitzungen header, for `store.append("Sitzungen", rows)`. */
  readonly rows: RawCell[][];
  /** Everything found while checking and planning, sorted like checkWorkbook's findings. */
  readonly findings: Finding[];
  /** The errors that make planning meaningless; when there are any, `meetings` and `rows` are empty. */
  readonly blockers: Finding[];
  /** The Gremien of the workbook by name (empty without a Gremien sheet), for a choice of which to plan. */
  readonly bodies: string[];
  /** The Gremium planned alone, or `null` for all. */
  readonly only: string | null;
}

/**
 * "Nächstes Jahr planen" on a whole workbook: check the registers, stop at errors that make planning
 * meaningless, else plan the year and turn the meetings into Sitzungen rows. Never throws on cell content.
 *
 * `only` plans just one Gremium (by Gremium or Kurzname); a name no Gremium has blocks planning.
 *
 * @example planWorkbook(wb, 2027, "2026-11-02").meetings.map((m) => m.date) // ["2027-01-14", "2027-03-11", …]
 */
export function planWorkbook(wb: WorkbookGrids, year: number, today: PlainDate, only: string | null = null): PlanOutcome {
  const checked = checkWorkbook(wb, today);
  let blockers = checked.findings.filter(isPlanningBlocker);
  const findings = [...checked.findings];
  const bodies = bodiesOf(checked.registers);
  const names = bodies[0].listed ? bodies.map((b) => b.name) : [];
  if (only !== null && (!bodies[0].listed || bodyNamed(bodies, only) === null || only.trim() === "")) {
    const known = bodies[0].listed ? `Bekannt sind: ${bodies.map((b) => (b.shortName ? `${b.name} (${b.shortName})` : b.name)).join(", ")}.` : "Die Arbeitsmappe hat kein Blatt „Gremien“; geplant wird ohne Angabe eines Gremiums.";
    const unknown = sheetFinding("Gremien", "error", "gremium-unbekannt", `Das Gremium „${only}“ gibt es nicht. ${known}`);
    findings.push(unknown);
    blockers = [...blockers, unknown];
  }
  if (blockers.length === 0 && !canAnyoneHost(checked.registers, year)) {
    const noHost = sheetFinding(
      "Mitglieder",
      "error",
      "kein-gastgeber",
      `Im Jahr ${year} kann kein Mitglied Gastgeber sein: Kein Mitglied hat in der Spalte „Gastgeber“ ein „Ja“ und gehört in diesem Jahr zur Allianz. Setzen Sie bei mindestens einem Mitglied „Gastgeber“ auf „Ja“.`,
    );
    findings.push(noHost);
    blockers = [noHost];
  }
  if (blockers.length > 0) return { year, meetings: [], rows: [], findings: findings.sort(compareFindings), blockers, bodies: names, only };
  const plan = planYear(checked.registers, year, only);
  // Without blockers the Sitzungen sheet exists (its absence is one).
  const header = findGrid(wb, "Sitzungen")?.header ?? [];
  return {
    year,
    meetings: plan.meetings,
    rows: plan.meetings.map((meeting) => rowFor(header, MEETING_READ_COLUMNS, meeting)),
    findings: [...findings, ...plan.findings].sort(compareFindings),
    blockers,
    bodies: names,
    only,
  };
}

function canAnyoneHost({ members }: Registers, year: number): boolean {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const last = `${String(year).padStart(4, "0")}-12-31`;
  return members.some((m) => m.hosts && m.joined <= last && (m.left === null || m.left >= first));
}
