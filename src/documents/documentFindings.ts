import type { Finding } from "../domain/finding";
import { matchKey } from "../domain/matchKey";
import { meetingByNr } from "../domain/meetingChoice";
import type { RegisterName, Registers } from "../domain/registers";
import type { DocumentTarget } from "./documentFor";
import type { TemplateKind } from "./fields";

/** The registers documents are made from; the blocked periods only matter for planning. */
const DOCUMENT_REGISTERS: readonly string[] = (["Mitglieder", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen"] satisfies RegisterName[]).map(matchKey);

/**
 * Whether a finding is about a register documents are made from. Sheets are compared as the
 * workbook may spell them (`mitglieder `), like everywhere else.
 *
 * @example concernsDocuments({ sheet: "Sperrzeiten", … }) // false
 */
export function concernsDocuments(finding: Pick<Finding, "sheet">): boolean {
  return DOCUMENT_REGISTERS.includes(matchKey(finding.sheet));
}

/**
 * The register errors that concern one document: every error on members, contacts, agenda and
 * settings (they go into every document), and in Sitzungen those of the sheet itself (a missing sheet
 * or column) and of the rows the document is about — the meeting, or the meetings of the year.
 * Warnings are left out: they are "Prüfen"'s business.
 *
 * @example documentErrors(findings, registers, "einladung", { nr: "2027-01" }) // errors of Mitglieder, Kontakte, … and of row 2027-01
 */
export function documentErrors(findings: readonly Finding[], registers: Pick<Registers, "meetings">, kind: TemplateKind, target: DocumentTarget): Finding[] {
  const concerned =
    kind === "jahresplanung" ? registers.meetings.filter((m) => m.date.startsWith(`${target.year}-`)) : [meetingByNr(registers.meetings, target.nr ?? "")].filter((m) => m !== undefined);
  const meetingRows = new Set(concerned.map((m) => m.row));
  const meetings = matchKey("Sitzungen");
  return findings.filter(
    (f) => f.severity === "error" && concernsDocuments(f) && (matchKey(f.sheet) !== meetings || f.row === null || f.code === "spalte-fehlt" || meetingRows.has(f.row)),
  );
}
