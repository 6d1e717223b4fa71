import type { Finding } from "../finding";
import { meetingByNr } from "../meetingChoice";
import { personName } from "../personName";
import { formatDateDe } from "../plainDate";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { memberIndex } from "./memberIndex";

/**
 * Anwesenheit: every row names a meeting of Sitzungen, a member of Mitglieder and (if any) one of
 * that member's people in Kontakte (a Kontakte row that cannot be read is reported there only);
 * nobody is recorded for a meeting that has not happened yet.
 *
 * @example checkAttendance(context).map((f) => f.code) // ["anwesenheit-zukunft"]
 */
export const checkAttendance: Rule = ({ registers: { attendance, meetings, members, contacts }, sheets, today }) => {
  const sheet = sheets.attendance;
  if (!sheet || !sheets.meetings) return [];
  const index = memberIndex(members);
  const people = new Set(contacts.map((c) => `${c.member}\u0000${personName(c)}`));
  const findings: Finding[] = [];
  for (const row of attendance) {
    const meeting = meetingByNr(meetings, row.meeting);
    if (!meeting) {
      findings.push(findingAt(sheet, row.row, "meeting", "warning", "sitzung-unbekannt", `Die Sitzung „${row.meeting}“ steht nicht im Blatt „Sitzungen“. Tragen Sie die Nr der Sitzung genau wie dort ein.`));
    } else if (meeting.date > today) {
      findings.push(findingAt(sheet, row.row, "status", "warning", "anwesenheit-zukunft", `Die Sitzung „${meeting.nr}“ am ${formatDateDe(meeting.date)} hat noch nicht stattgefunden; Anwesenheit kann erst danach erfasst werden. Prüfen Sie Sitzung und Datum.`));
    }
    // While Mitglieder or Kontakte cannot be read, their own findings name the cause; no cascade here.
    if (sheets.members === null || sheets.unreadMembers.has(row.member)) continue;
    if (!index.byName.has(row.member)) {
      findings.push(findingAt(sheet, row.row, "member", "warning", "mitglied-unbekannt", `„${row.member}“ steht nicht im Blatt „Mitglieder“. Tragen Sie den Namen genau wie dort ein.${index.suggest(row.member)}`));
    } else if (sheets.contacts !== null && row.person !== null && !people.has(`${row.member}\u0000${row.person.trim()}`) && !sheets.unreadPeople.has(`${row.member}\u0000${row.person.trim()}`)) {
      findings.push(findingAt(sheet, row.row, "person", "warning", "person-unbekannt", `„${row.person}“ steht im Blatt „Kontakte“ nicht bei „${row.member}“. Schreiben Sie Vor- und Nachname wie dort.`));
    }
  }
  return findings;
};
