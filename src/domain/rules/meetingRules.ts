import { bodiesOf, bodyNamed } from "../bodiesOf";
import { blockedDayReason } from "../blockedDays";
import { bodyPeriods } from "../bodyPeriods";
import type { Finding } from "../finding";
import { isMemberOn } from "../isMemberOn";
import { matchKey } from "../matchKey";
import { formatDateDe } from "../plainDate";
import type { Located, Meeting } from "../registers";
import { findingAt, type SheetColumns } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { laterDuplicates } from "./duplicates";
import { memberIndex, type MemberIndex } from "./memberIndex";

/**
 * Sitzungen: unique Nr; host and Protokoll are members on the meeting's date; the host takes part in
 * the rotation; no meeting on a blocked day or on the same day as another (cancelled meetings
 * aside); past meetings are closed, future ones not yet `durchgeführt`.
 *
 * @example checkMeetings(context).map((f) => f.code) // ["nr-doppelt", "sperrtag"]
 */
export const checkMeetings: Rule = ({ registers, sheets, today }) => {
  const { members, meetings, settings, blockedPeriods } = registers;
  const sheet = sheets.meetings;
  if (!sheet) return [];
  const findings: Finding[] = [];
  for (const { item, first } of laterDuplicates(meetings, (m) => matchKey(m.nr))) {
    findings.push(findingAt(sheet, item.row, "nr", "error", "nr-doppelt", `Die Nr „${item.nr}“ steht schon in Zeile ${first.row}. Jede Sitzung braucht eine eigene Nr; vergeben Sie eine neue.`));
  }
  const index = memberIndex(members);
  const held = meetings.filter((m) => m.status !== "abgesagt");
  // With Gremien, a date is taken per body and only a rotating body's host should have Gastgeber = Ja.
  const bodies = bodiesOf(registers);
  const bodyOf = (meeting: Meeting) => (bodies.length > 1 ? bodyNamed(bodies, meeting.body) : bodies[0]);
  for (const meeting of meetings) {
    // Without a readable Mitglieder sheet every host would be "unknown": its own finding says why.
    if (sheets.members !== null) for (const key of ["host", "minutesBy"] as const) if (!sheets.unreadMembers.has(meeting[key])) findings.push(...membership(sheet, meeting, key, index));
    const status = meeting.status;
    if ((status === "geplant" || status === "eingeladen") && meeting.date < today) {
      findings.push(findingAt(sheet, meeting.row, "status", "warning", "sitzung-nicht-abgeschlossen", `Die Sitzung vom ${formatDateDe(meeting.date)} liegt in der Vergangenheit, hat aber noch den Status „${status}“. Setzen Sie den Status auf „durchgeführt“ oder „abgesagt“.`));
    }
    if (status === "durchgeführt" && meeting.date > today) {
      findings.push(findingAt(sheet, meeting.row, "status", "error", "durchgefuehrt-in-zukunft", `Die Sitzung vom ${formatDateDe(meeting.date)} liegt in der Zukunft, hat aber den Status „durchgeführt“. Korrigieren Sie Datum oder Status.`));
    }
  }
  for (const meeting of held) {
    const host = index.byName.get(meeting.host);
    if (host && !host.hosts && bodyOf(meeting)?.hostRule !== "fest" && bodyOf(meeting)?.hostRule !== "keiner") {
      findings.push(findingAt(sheet, meeting.row, "host", "warning", "gastgeber-nimmt-nicht-teil", `„${meeting.host}“ nimmt laut Blatt „Mitglieder“ nicht an der Gastgeber-Reihenfolge teil (Gastgeber „Nein“). Prüfen Sie den Gastgeber dieser Sitzung oder die Angabe beim Mitglied.`));
    }
    const reason = blockedDayReason(meeting.date, settings, bodyPeriods(bodies, bodyOf(meeting), blockedPeriods));
    if (reason !== null) {
      findings.push(findingAt(sheet, meeting.row, "date", "warning", "sperrtag", `Der ${formatDateDe(meeting.date)} ist ein gesperrter Tag (${reason}). Verlegen Sie die Sitzung auf einen anderen Tag.`));
    }
  }
  for (const { item, first } of laterDuplicates(held, (m) => `${bodyOf(m)?.name ?? m.body}|${m.date}`)) {
    findings.push(findingAt(sheet, item.row, "date", "warning", "gleicher-tag", `Am ${formatDateDe(item.date)} ist schon die Sitzung „${first.nr}“ (Zeile ${first.row}) angesetzt. Verlegen Sie eine der beiden Sitzungen oder sagen Sie eine ab.`));
  }
  return findings;
};

const ROLE = {
  host: { label: "Gastgeber", code: "gastgeber" },
  minutesBy: { label: "Protokoll", code: "protokoll" },
} as const;

/** The member named as host or minutes keeper exists and belongs to the alliance on the meeting's date. */
function membership(sheet: SheetColumns, meeting: Located<Meeting>, key: "host" | "minutesBy", index: MemberIndex): Finding[] {
  const name = meeting[key];
  const { label, code } = ROLE[key];
  const member = index.byName.get(name);
  if (!member) {
    return [findingAt(sheet, meeting.row, key, "error", `${code}-kein-mitglied`, `${label} „${name}“ steht nicht im Blatt „Mitglieder“. Tragen Sie den Namen genau wie dort ein.${index.suggest(name)}`)];
  }
  if (!isMemberOn(member, meeting.date)) {
    const period = member.left === null ? `ab ${formatDateDe(member.joined)}` : `vom ${formatDateDe(member.joined)} bis ${formatDateDe(member.left)}`;
    return [findingAt(sheet, meeting.row, key, "error", `${code}-nicht-mitglied-am-datum`, `${label} „${name}“ ist am ${formatDateDe(meeting.date)} kein Mitglied (Mitglied ${period}). Wählen Sie ein anderes Mitglied oder korrigieren Sie Beitritt/Austritt.`)];
  }
  return [];
}
