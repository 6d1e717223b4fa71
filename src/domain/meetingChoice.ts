import { dateParts, type PlainDate } from "./plainDate";
import type { Meeting } from "./registers";

/**
 * Meetings in calendar order (same day: by Nr), as pickers list them.
 *
 * @example meetingsByDate([{ nr: "2027-02", date: "2027-05-13" }, { nr: "2027-01", date: "2027-03-11" }]).map((m) => m.nr) // ["2027-01", "2027-02"]
 */
export function meetingsByDate<M extends Pick<Meeting, "nr" | "date">>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.nr.localeCompare(b.nr, "de", { numeric: true })));
}

/**
 * The meeting a secretariat most likely means: the next one from today on that is not cancelled;
 * without one, the latest; `null` when there are none.
 *
 * @example nextMeeting(meetingsByDate(meetings), "2026-11-24")?.nr // "2027-01"
 */
export function nextMeeting<M extends Pick<Meeting, "date" | "status">>(byDate: readonly M[], today: PlainDate): M | null {
  return byDate.find((m) => m.date >= today && m.status !== "abgesagt") ?? byDate[byDate.length - 1] ?? null;
}

/** The years that have meetings, ascending. @example meetingYears(meetings) // [2024, 2025, 2026] */
export function meetingYears(meetings: readonly Pick<Meeting, "date">[]): number[] {
  return [...new Set(meetings.map((m) => dateParts(m.date).year))].sort((a, b) => a - b);
}
