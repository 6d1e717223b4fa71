import { changeCount, wasChanged } from "../domain/meetingHistory";
import type { Meeting } from "../domain/registers";
import type { Timestamp } from "./timestamp";

/** 2020-01-01T00:00:00Z: SEQUENCE counts seconds from here; that stays below 2^31 (what calendars store) until 2088. */
const EPOCH = Date.UTC(2020, 0, 1);

/**
 * The SEQUENCE (RFC 5545 §3.8.7.4) of a meeting's calendar event in a file made at `stamp`.
 * A meeting never cancelled or moved keeps 0, as the invitation had it. Once it was cancelled or
 * moved (Status `abgesagt`, or a change line in Hinweis), every file carries the seconds since
 * 2020 at the time it is made: each later update is higher than any sent before, without a
 * counter the secretariat would have to keep (a Hinweis edited by hand cannot lower it, a copy
 * of the workbook on another computer cannot repeat it), plus the number of change lines in
 * Hinweis, so a cancellation made within the same second as the move is still higher.
 *
 * @example calendarSequence({ status: "geplant", note: null }, "2026-12-03T09:30:00Z") // 0
 * @example calendarSequence({ status: "abgesagt", note: null }, "2026-12-03T09:30:00Z") // 218453400
 */
export function calendarSequence(meeting: Pick<Meeting, "status" | "note">, stamp: Timestamp): number {
  if (meeting.status !== "abgesagt" && !wasChanged(meeting.note)) return 0;
  // Plus the number of change lines: a cancellation within the same second as the move still rises.
  return Math.max(1, Math.floor((Date.parse(stamp) - EPOCH) / 1000)) + changeCount(meeting.note);
}
