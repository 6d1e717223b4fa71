import { easterSunday, publicHolidays, type GermanState } from "./holidays";
import { addDays, dateParts, plainDate, type PlainDate } from "./plainDate";
import type { BlockedPeriod, Settings } from "./registers";

// Planning asks for the same few years again and again; the maps are small and never change.
const cache = new Map<string, ReadonlyMap<PlainDate, string>>();

/**
 * Days on which no meeting is planned in one year: public holidays of the state, Heiligabend and
 * Silvester (offices closed or thinly staffed), and with carnival avoidance Weiberfastnacht and
 * Rosenmontag (Rhineland carnival, town halls closed).
 *
 * @example fixedBlockedDays(2026, "NW", true).get("2026-02-16") // "Rosenmontag"
 */
function fixedBlockedDays(year: number, state: GermanState, avoidCarnival: boolean): ReadonlyMap<PlainDate, string> {
  const key = `${year}|${state}|${avoidCarnival}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const days = publicHolidays(year, state);
  days.set(plainDate(year, 12, 24) as PlainDate, "Heiligabend");
  days.set(plainDate(year, 12, 31) as PlainDate, "Silvester");
  if (avoidCarnival) {
    const easter = easterSunday(year);
    days.set(addDays(easter, -52), "Weiberfastnacht");
    days.set(addDays(easter, -48), "Rosenmontag");
  }
  cache.set(key, days);
  return days;
}

/**
 * Why no meeting should take place on a date, in German, or `null` if the day is free.
 * Sperrzeiten include both their first and last day.
 *
 * @example blockedDayReason("2026-06-04", DEFAULT_SETTINGS, []) // "Fronleichnam"
 * @example blockedDayReason("2026-07-16", DEFAULT_SETTINGS, [{ from: "2026-07-13", to: "2026-08-25", reason: "Sommerferien" }]) // "Sperrzeit: Sommerferien"
 * @example blockedDayReason("2026-06-11", DEFAULT_SETTINGS, []) // null
 */
export function blockedDayReason(date: PlainDate, settings: Pick<Settings, "state" | "avoidCarnival">, periods: readonly BlockedPeriod[]): string | null {
  const fixed = fixedBlockedDays(dateParts(date).year, settings.state, settings.avoidCarnival).get(date);
  if (fixed !== undefined) return fixed;
  const period = periods.find((p) => p.from <= date && date <= p.to);
  if (!period) return null;
  const reason = period.reason?.trim();
  return reason ? `Sperrzeit: ${reason}` : "Sperrzeit";
}
