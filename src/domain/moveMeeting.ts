import { blockedDayReason } from "./blockedDays";
import type { Finding } from "./finding";
import { isMemberOn } from "./isMemberOn";
import { appendNote, moveLine } from "./meetingHistory";
import { MeetingChangeError, type MeetingChange, type MeetingFields } from "./meetingChange";
import { meetingByNr } from "./meetingChoice";
import { formatDateDe, type PlainDate } from "./plainDate";
import type { Registers } from "./registers";
import { sheetFinding } from "./sheetColumns";
import { addMinutes } from "./timeOfDay";

/** Where a meeting moves to: a new date, and optionally a new start and venue. */
export interface MoveTarget {
  readonly date: PlainDate;
  readonly start?: string;
  readonly venue?: string;
}

/**
 * Moves a meeting (Verschieben): Datum, and Beginn (Ende keeps the meeting's length) and Ort when
 * given, plus a Hinweis line "verschoben vom …" with what changed. The new date is checked first:
 * a blocked day, another meeting that day, a past date or a host who is no member then are
 * warnings, not refusals. A cancelled or held meeting, or a move that changes nothing, is a
 * {@link MeetingChangeError}.
 *
 * @example moveMeeting(registers, "2027-02", { date: "2027-03-18" }, "2026-12-03").fields
 * // { date: "2027-03-18", note: "verschoben vom 11.03.2027 (am 03.12.2026)" }
 */
export function moveMeeting(registers: Pick<Registers, "meetings" | "members" | "settings" | "blockedPeriods">, nr: string, target: MoveTarget, today: PlainDate): MeetingChange {
  const meeting = meetingByNr(registers.meetings, nr);
  if (!meeting) throw new MeetingChangeError(`Die Sitzung „${nr.trim()}“ steht nicht im Blatt „Sitzungen“. Bitte die Nr genau wie dort angeben.`);
  if (meeting.status === "abgesagt" || meeting.status === "durchgeführt") {
    throw new MeetingChangeError(`Die Sitzung ${meeting.nr} ist ${meeting.status} und kann nicht verschoben werden. Für einen neuen Termin bitte eine neue Sitzung anlegen.`);
  }
  const fields: MeetingFields = {};
  const former: string[] = [];
  if (target.date !== meeting.date) fields.date = target.date;
  if (target.start !== undefined && target.start !== meeting.start) {
    fields.start = target.start;
    former.push(meeting.start === null ? "ohne Uhrzeit" : `${meeting.start} Uhr`);
    if (meeting.start !== null && meeting.end !== null) fields.end = addMinutes(target.start, minutesBetween(meeting.start, meeting.end));
  }
  const venue = target.venue?.trim();
  if (venue !== undefined && venue !== "" && venue !== meeting.venue) {
    fields.venue = venue;
    former.push(meeting.venue === null ? "ohne Ort" : meeting.venue);
  }
  if (Object.keys(fields).length === 0) throw new MeetingChangeError(`Die Sitzung ${meeting.nr} ist schon am ${formatDateDe(meeting.date)}${target.start ? ` um ${target.start} Uhr` : ""}${venue ? ` in „${venue}“` : ""}. Es wurde nichts geändert.`);
  fields.note = appendNote(meeting.note, moveLine(meeting.date, former, today));

  const findings: Finding[] = [];
  const warn = (code: string, message: string) => findings.push(sheetFinding("Sitzungen", "warning", code, message));
  const day = formatDateDe(target.date);
  const blocked = blockedDayReason(target.date, registers.settings, registers.blockedPeriods);
  if (blocked !== null) warn("sperrtag", `Der ${day} ist ein gesperrter Tag (${blocked}). Die Sitzung ${meeting.nr} wurde trotzdem dorthin verschoben; bitte prüfen.`);
  const sameDay = registers.meetings.find((m) => m !== meeting && m.date === target.date && m.status !== "abgesagt");
  if (sameDay) warn("gleicher-tag", `Am ${day} ist schon die Sitzung ${sameDay.nr} angesetzt. Bitte prüfen, ob beide Sitzungen an diesem Tag stattfinden sollen.`);
  if (target.date < today) warn("termin-vergangen", `Der ${day} liegt in der Vergangenheit. Bitte das Datum prüfen.`);
  const host = registers.members.find((m) => m.name === meeting.host);
  if (host && !isMemberOn(host, target.date)) warn("gastgeber-nicht-mitglied-am-datum", `Der Gastgeber ${meeting.host} ist am ${day} kein Mitglied mehr. Bitte einen anderen Gastgeber eintragen.`);
  return { nr: meeting.nr, fields, findings };
}

function minutesBetween(from: string, to: string): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return Math.max(0, minutes(to) - minutes(from));
}
