import { compareShortNames } from "./hostRing";
import { isMemberOn } from "./isMemberOn";
import type { PlainDate } from "./plainDate";
import type { Meeting, Member } from "./registers";

/** A meeting that used up its host's turn, reduced to what the rotation needs. */
export interface Turn {
  readonly date: PlainDate;
  readonly nr: string;
  /** Kurzname of the host: it fixes the host's place in the ring even after the host left. */
  readonly shortName: string;
}

/**
 * Orders turns by date, then Nr (two meetings on one day: the higher Nr came later).
 *
 * @example compareTurns({ date: "2026-03-05", nr: "2026-02", shortName: "Kaarst" }, { date: "2026-03-05", nr: "2026-01", shortName: "Jüchen" }) // 1
 */
export function compareTurns(a: Turn, b: Turn): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.nr === b.nr ? 0 : a.nr < b.nr ? -1 : 1;
}

/**
 * The turns taken by existing meetings, in order. A cancelled meeting (`abgesagt`) does not use
 * up its host's turn. A meeting whose Gastgeber names no member is left out too: it cannot say
 * where the ring stands, so the rotation continues from the meeting before it (validation reports
 * the unknown host as an error).
 *
 * @example takenTurns([{ nr: "2025-06", date: "2025-12-11", host: "Stadt Grevenbroich", status: "durchgeführt" }], [{ name: "Stadt Grevenbroich", shortName: "Grevenbroich" }])
 * // [{ date: "2025-12-11", nr: "2025-06", shortName: "Grevenbroich" }]
 */
export function takenTurns(
  meetings: readonly Pick<Meeting, "nr" | "date" | "host" | "status">[],
  members: readonly Pick<Member, "name" | "shortName">[],
): Turn[] {
  const shortNames = new Map(members.map((m) => [m.name, m.shortName]));
  const turns: Turn[] = [];
  for (const meeting of meetings) {
    const shortName = shortNames.get(meeting.host);
    if (meeting.status !== "abgesagt" && shortName !== undefined) turns.push({ date: meeting.date, nr: meeting.nr, shortName });
  }
  return turns.sort(compareTurns);
}

/**
 * The latest turn strictly before a date, from turns in {@link compareTurns} order (binary search,
 * so planning many slots over a long history stays fast).
 *
 * @example lastTurnBefore([{ date: "2025-12-11", nr: "2025-06", shortName: "Grevenbroich" }], "2026-03-05") // { date: "2025-12-11", … }
 */
export function lastTurnBefore(turns: readonly Turn[], date: PlainDate): Turn | null {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (turns[mid].date < date) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? null : turns[low - 1];
}

/**
 * The turn before a slot on `date` when slots are given hosts one after another in date order:
 * the later of the existing turn before the date and the slot given a host just before.
 *
 * @example previousTurn(turns, { date: "2026-03-05", nr: "2026-01", shortName: "Jüchen" }, "2026-06-11")?.shortName // "Jüchen"
 */
export function previousTurn(turns: readonly Turn[], lastPlanned: Turn | null, date: PlainDate): Turn | null {
  const existing = lastTurnBefore(turns, date);
  return lastPlanned !== null && (existing === null || compareTurns(lastPlanned, existing) > 0) ? lastPlanned : existing;
}

/**
 * The host of a slot on `date` (SPEC §5): the first member after the previous host in ring order,
 * cyclically, that is a member on that date. The previous host's place is found by its Kurzname,
 * so it counts even if that member has left or stopped hosting. Without a previous host the ring
 * starts from the top. `null` if no ring member is a member on that date.
 *
 * @example // ring: Grevenbroich, Jüchen, Kaarst (all members since 2021)
 * nextHost(ring, "Grevenbroich", "2026-03-05") // the Jüchen member
 * nextHost(ring, "Hamm", "2026-03-05") // Jüchen too: a former host keeps its alphabetical place
 */
export function nextHost<M extends Pick<Member, "shortName" | "joined" | "left">>(ring: readonly M[], previousHost: string | null, date: PlainDate): M | null {
  const start = previousHost === null ? 0 : firstAfter(ring, previousHost);
  for (let step = 0; step < ring.length; step++) {
    const candidate = ring[(start + step) % ring.length];
    if (isMemberOn(candidate, date)) return candidate;
  }
  return null;
}

/** Index of the first ring member whose Kurzname sorts after `shortName` (ring.length if none). */
function firstAfter(ring: readonly Pick<Member, "shortName">[], shortName: string): number {
  let low = 0;
  let high = ring.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareShortNames(ring[mid].shortName, shortName) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
