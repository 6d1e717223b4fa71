import { dateParts, type PlainDate } from "./plainDate";
import type { Meeting } from "./registers";

/** Orders "2027-9" before "2027-10". */
const nrCollator = new Intl.Collator("de", { numeric: true });

/**
 * Calendar order of meetings; on the same day by Nr, numbers compared as numbers.
 *
 * @example compareMeetings({ nr: "2027-10", date: "2027-03-11" }, { nr: "2027-9", date: "2027-03-11" }) // > 0
 */
export function compareMeetings(a: Pick<Meeting, "nr" | "date">, b: Pick<Meeting, "nr" | "date">): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : nrCollator.compare(a.nr, b.nr);
}

/**
 * Meetings in calendar order (same day: by Nr), as pickers list them.
 *
 * @example meetingsByDate([{ nr: "2027-02", date: "2027-05-13" }, { nr: "2027-01", date: "2027-03-11" }]).map((m) => m.nr) // ["2027-01", "2027-02"]
 */
export function meetingsByDate<M extends Pick<Meeting, "nr" | "date">>(meetings: readonly M[]): M[] {
  return [...meetings].sort(compareMeetings);
}

/**
 * The first meeting with a Nr; spaces around either Nr do not count. `undefined` if none has it.
 *
 * @example meetingByNr([{ nr: "2027-01 ", date: "2027-03-11" }], "2027-01")?.date // "2027-03-11"
 */
export function meetingByNr<M extends Pick<Meeting, "nr">>(meetings: readonly M[], nr: string): M | undefined {
  const wanted = nr.trim();
  return meetings.find((m) => m.nr.trim() === wanted);
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
