import { blockedDayReason } from "./blockedDays";
import { addDays, dateParts, daysInMonth, formatDateDe, isoWeekday, plainDate, type PlainDate } from "./plainDate";
import type { BlockedPeriod, Settings } from "./registers";

/** The date a slot gets, with the Hinweis why it moved; or why the month has no free date. */
export type SlotDate = { readonly date: PlainDate; readonly note: string | null } | { readonly date: null; readonly reason: string };

/**
 * The rule date of a month: the n-th (or last) given ISO weekday.
 *
 * @example ruleDate(2026, 6, 4, 1) // "2026-06-04" (1st Thursday)
 * @example ruleDate(2026, 12, 4, "letzte") // "2026-12-31"
 */
export function ruleDate(year: number, month: number, weekday: number, weekOfMonth: Settings["weekOfMonth"]): PlainDate {
  if (weekOfMonth === "letzte") {
    const last = plainDate(year, month, daysInMonth(year, month)) as PlainDate;
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = plainDate(year, month, 1) as PlainDate;
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (weekOfMonth - 1));
}

/**
 * The date of the slot in a month (SPEC §5): the rule date, else the same weekday 1, 2, … weeks
 * later within the month, else 1, 2, … weeks earlier; the first day that is not blocked wins.
 *
 * @example slotDate(2026, 6, { ...DEFAULT_SETTINGS, weekOfMonth: 1 }, [])
 * // { date: "2026-06-11", note: "verschoben vom 04.06.2026 (Fronleichnam)" }
 */
export function slotDate(
  year: number,
  month: number,
  settings: Pick<Settings, "weekday" | "weekOfMonth" | "state" | "avoidCarnival">,
  periods: readonly BlockedPeriod[],
): SlotDate {
  const rule = ruleDate(year, month, settings.weekday, settings.weekOfMonth);
  return firstFreeDay(rule, [...weeksFrom(rule, month, 7), ...weeksFrom(rule, month, -7)], settings, periods);
}

/**
 * The date of a weekly or fortnightly slot: the rule date, else the next working days of its week
 * (up to Friday), else the earlier ones (back to Monday); a fortnightly slot may also take a working
 * day of the following week, which is still before the next slot. Only days of the rule date's year.
 *
 * @example weekSlotDate("2026-06-04", DEFAULT_SETTINGS, [], 1) // { date: "2026-06-05", note: "verschoben vom 04.06.2026 (Fronleichnam)" }
 * @example weekSlotDate("2027-01-01", DEFAULT_SETTINGS, [], 2) // { date: "2027-01-04", note: "verschoben vom 01.01.2027 (Neujahr)" }
 */
export function weekSlotDate(rule: PlainDate, settings: Pick<Settings, "state" | "avoidCarnival">, periods: readonly BlockedPeriod[], weeks: 1 | 2): SlotDate {
  const weekday = isoWeekday(rule);
  const later = [1, 2, 3, 4].filter((n) => weekday + n <= 5).map((n) => addDays(rule, n));
  const earlier = [1, 2, 3, 4].filter((n) => weekday - n >= 1).map((n) => addDays(rule, -n));
  const nextWeek = weeks === 2 ? [0, 1, 2, 3, 4].map((n) => addDays(rule, 8 - weekday + n)) : [];
  const year = dateParts(rule).year;
  return firstFreeDay(rule, [...later, ...earlier, ...nextWeek].filter((d) => dateParts(d).year === year), settings, periods);
}

/** The rule date if it is free, else the first free candidate with the Hinweis why it moved; else why none is free. */
function firstFreeDay(rule: PlainDate, candidates: readonly PlainDate[], settings: Pick<Settings, "state" | "avoidCarnival">, periods: readonly BlockedPeriod[]): SlotDate {
  const ruleReason = blockedDayReason(rule, settings, periods);
  if (ruleReason === null) return { date: rule, note: null };
  const reasons = new Set([ruleReason]);
  for (const candidate of candidates) {
    const reason = blockedDayReason(candidate, settings, periods);
    if (reason === null) return { date: candidate, note: `verschoben vom ${formatDateDe(rule)} (${ruleReason})` };
    reasons.add(reason);
  }
  return { date: null, reason: [...reasons].join(", ") };
}

/** The dates `step`, `2·step`, … days from `date` that stay in `month`. */
function weeksFrom(date: PlainDate, month: number, step: number): PlainDate[] {
  const dates: PlainDate[] = [];
  for (let d = addDays(date, step); dateParts(d).month === month; d = addDays(d, step)) dates.push(d);
  return dates;
}
