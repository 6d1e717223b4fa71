import { bodiesOf, bodyNamed } from "../bodiesOf";
import { bodyClashes, clashMembers } from "../bodyClashes";
import { bodyMembers } from "../bodyMembers";
import type { Finding } from "../finding";
import { matchKey } from "../matchKey";
import { formatDateDe } from "../plainDate";
import { MINUTES_KEEPERS, type Located, type Member } from "../registers";
import { findingAt, type SheetColumns } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { laterDuplicates } from "./duplicates";

/**
 * Gremien (issue 12): unique Gremium and Kurzname, at most one Gremium without Kurzname (their Nr
 * would collide); the members a Gremium names exist; a fixed host, a Vorsitz and a Protokoll-Regel
 * name members; `fest` needs a Gastgeber and `keiner` a Vorsitz. Elsewhere: a Gremium cell names a
 * Gremium, Sitzungen has a Gremium column once there are several, and two bodies with shared members
 * do not meet on one day.
 *
 * @example checkBodies(context).map((f) => f.code) // ["gremium-doppelt", "gremium-unbekannt"]
 */
export const checkBodies: Rule = ({ registers, sheets }) => {
  const rows = registers.bodies ?? [];
  const findings: Finding[] = [];
  const sheet = sheets.bodies ?? null;
  if (sheet) findings.push(...checkBodySheet(sheet, rows, registers.members, registers.settings.chair));
  const bodies = bodiesOf(registers);
  const listed = rows.length > 0;
  const unknown = (name: string | null | undefined) => name !== null && name !== undefined && name.trim() !== "" && (!listed || bodyNamed(bodies, name) === null);
  const unknownMessage = (name: string) =>
    listed
      ? `Das Gremium „${name}“ steht nicht im Blatt „Gremien“. Tragen Sie den Namen oder Kurznamen eines Gremiums genau wie dort ein.`
      : `Das Gremium „${name}“ ist unbekannt: Es gibt kein Blatt „Gremien“ (oder es ist leer). Legen Sie das Gremium dort an oder leeren Sie die Zelle.`;
  const severity = listed ? "error" : "warning";
  const refs: [SheetColumns | null, readonly { row: number; body?: string | null }[], Finding["severity"]][] = [
    [sheets.meetings, registers.meetings, severity],
    [sheets.agenda, registers.agenda, "warning"],
    [sheets.blockedPeriods, registers.blockedPeriods, severity],
    // A task of an unknown Gremium still shows in its meeting's minutes; the next invitation of no Gremium lists it.
    [sheets.tasks, registers.tasks, "warning"],
  ];
  for (const [columns, items, level] of refs) {
    if (!columns) continue;
    for (const item of items) if (unknown(item.body)) findings.push(findingAt(columns, item.row, "body", level, "gremium-unbekannt", unknownMessage(item.body!)));
  }
  if (sheets.contacts) {
    for (const contact of registers.contacts) {
      const names = contact.bodies === "alle" || contact.bodies === null || contact.bodies === undefined ? [] : contact.bodies;
      for (const name of names.filter(unknown)) findings.push(findingAt(sheets.contacts, contact.row, "bodies", "warning", "gremium-unbekannt", unknownMessage(name)));
    }
  }
  const meetingSheet = sheets.meetings;
  if (!meetingSheet) return findings;
  if (bodies.length > 1 && !meetingSheet.columns.has("body")) {
    findings.push(
      findingAt(
        meetingSheet,
        meetingSheet.headerRow,
        "nr",
        "error",
        "gremium-spalte-fehlt",
        `Das Blatt „Gremien“ nennt ${bodies.length} Gremien, aber „${meetingSheet.sheet}“ hat keine Spalte „Gremium“. Fügen Sie die Spalte hinzu; leer bedeutet dort „${bodies[0].name}“.`,
      ),
    );
  }
  for (const clash of bodyClashes(registers.meetings, bodies, registers.members)) {
    findings.push(
      findingAt(
        meetingSheet,
        clash.second.row,
        "date",
        "warning",
        "gremien-gleicher-tag",
        `Am ${formatDateDe(clash.date)} tagt schon „${clash.firstBody.name}“ (Sitzung „${clash.first.nr}“, Zeile ${clash.first.row}); beiden Gremien gehören ${clashMembers(clash.shared)} an. Verlegen Sie eine der beiden Sitzungen.`,
      ),
    );
  }
  return findings;
};

function checkBodySheet(sheet: SheetColumns, rows: NonNullable<Parameters<Rule>[0]["registers"]["bodies"]>, members: readonly Located<Member>[], settingsChair: string | null): Finding[] {
  const findings: Finding[] = [];
  for (const { item, first } of laterDuplicates(rows, (b) => matchKey(b.name))) {
    findings.push(findingAt(sheet, item.row, "name", "error", "gremium-doppelt", `Das Gremium „${item.name}“ steht schon in Zeile ${first.row}. Jedes Gremium braucht einen eigenen Namen.`));
  }
  for (const { item, first } of laterDuplicates(rows, (b) => matchKey(b.shortName ?? ""))) {
    findings.push(findingAt(sheet, item.row, "shortName", "error", "gremium-kurzname-doppelt", `Der Kurzname „${item.shortName}“ steht schon in Zeile ${first.row}. Er steht vor jeder Sitzungs-Nr und muss eindeutig sein.`));
  }
  for (const { item, first } of laterDuplicates(rows, (b) => (b.shortName === null ? "ohne" : ""))) {
    findings.push(
      findingAt(sheet, item.row, "shortName", "error", "gremium-kurzname-fehlt", `Auch „${first.name}“ (Zeile ${first.row}) hat keinen Kurznamen; ihre Sitzungs-Nr würden sich überschneiden. Geben Sie einem der beiden einen Kurznamen, z. B. „AK-Wärme“.`),
    );
  }
  const isMember = (name: string) => members.some((m) => matchKey(m.name) === matchKey(name) || matchKey(m.shortName) === matchKey(name));
  const notMember = (row: number, key: string, label: string, name: string) =>
    findingAt(sheet, row, key, "error", "gremium-mitglied-unbekannt", `${label} „${name}“ steht nicht im Blatt „Mitglieder“. Tragen Sie den Mitglied-Namen oder Kurznamen genau wie dort ein.`);
  for (const body of rows) {
    if (body.members !== null && body.members !== "alle") for (const name of body.members) if (!isMember(name)) findings.push(notMember(body.row, "members", "Das Mitglied", name));
    if (body.host !== null && !isMember(body.host)) findings.push(notMember(body.row, "host", "Der Gastgeber", body.host));
    if (body.chair !== null && !isMember(body.chair)) findings.push(notMember(body.row, "chair", "Der Vorsitz", body.chair));
    const rule = body.minutesRule;
    if (rule !== null && !MINUTES_KEEPERS.some((keeper) => matchKey(keeper) === matchKey(rule)) && !isMember(rule)) {
      findings.push(notMember(body.row, "minutesRule", "Die Protokoll-Regel nennt weder „Gastgeber“ noch „Vorsitz“; das Mitglied", rule));
    }
    if (body.hostRule === "fest" && body.host === null) {
      findings.push(findingAt(sheet, body.row, "host", "error", "gremium-gastgeber-fehlt", `„${body.name}“ hat die Gastgeber-Regel „fest“, aber keinen Gastgeber. Tragen Sie das Mitglied ein, das immer einlädt.`));
    }
    if (body.hostRule === "keiner" && body.chair === null && settingsChair === null) {
      findings.push(findingAt(sheet, body.row, "chair", "error", "gremium-vorsitz-fehlt", `„${body.name}“ hat die Gastgeber-Regel „keiner“: dann lädt der Vorsitz ein und steht als Gastgeber in „Sitzungen“. Tragen Sie einen Vorsitz ein.`));
    }
    if (body.hostRule !== "fest" && body.hostRule !== "keiner" && !bodyMembers({ members: body.members ?? "alle" }, members).some((m) => m.hosts)) {
      findings.push(findingAt(sheet, body.row, "members", "warning", "gremium-ohne-gastgeber", `Kein Mitglied von „${body.name}“ hat in „Mitglieder“ Gastgeber = Ja; für die Gastgeber-Regel „reihum“ findet sich niemand.`));
    }
  }
  return findings;
}
