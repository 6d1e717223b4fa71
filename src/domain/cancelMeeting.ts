import { appendNote, cancellationLine } from "./meetingHistory";
import { MeetingChangeError, type MeetingChange } from "./meetingChange";
import { meetingByNr } from "./meetingChoice";
import { formatDateDe, type PlainDate } from "./plainDate";
import type { Meeting } from "./registers";

/**
 * Cancels a meeting (Absagen): Status `abgesagt` and a Hinweis line "abgesagt am …: Grund". A
 * meeting already cancelled or held cannot be cancelled; that is a {@link MeetingChangeError}.
 *
 * @example cancelMeeting(meetings, "2027-02", "Krankheit", "2026-12-03").fields
 * // { status: "abgesagt", note: "abgesagt am 03.12.2026: Krankheit" }
 */
export function cancelMeeting(meetings: readonly Meeting[], nr: string, reason: string | null, today: PlainDate): MeetingChange {
  const meeting = meetingByNr(meetings, nr);
  if (!meeting) throw new MeetingChangeError(`Die Sitzung „${nr.trim()}“ steht nicht im Blatt „Sitzungen“. Bitte die Nr genau wie dort angeben.`);
  if (meeting.status === "abgesagt") throw new MeetingChangeError(`Die Sitzung ${meeting.nr} ist schon abgesagt. Es wurde nichts geändert.`);
  if (meeting.status === "durchgeführt") {
    throw new MeetingChangeError(`Die Sitzung ${meeting.nr} vom ${formatDateDe(meeting.date)} ist schon durchgeführt und kann nicht mehr abgesagt werden. Bitte den Status prüfen.`);
  }
  return { nr: meeting.nr, fields: { status: "abgesagt", note: appendNote(meeting.note, cancellationLine(today, reason)) }, findings: [] };
}
