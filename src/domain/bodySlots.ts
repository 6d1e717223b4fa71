import type { PlanningBody } from "./bodiesOf";
import { addDays, dateParts, daysInMonth, formatDateDe, isoWeekday, MONTHS_DE, plainDate, WEEKDAYS_DE, type PlainDate } from "./plainDate";
import type { BlockedPeriod, Settings } from "./registers";
import { ruleDate, slotDate, weekSlotDate, type SlotDate } from "./slotDate";

/** One meeting a body's cadence asks for in a year. */
export interface BodySlot {
  /** The days a meeting of the body already takes this slot (its month, or its week for weekly and fortnightly bodies). */
  readonly first: PlainDate;
  readonly last: PlainDate;
  readonly date: SlotDate;
  /** German, for the warning when no day is free: "Im März 2027 ist kein Donnerstag frei (…); für diesen Monat" (… wurde keine Sitzung geplant). */
  readonly noDay: (reason: string) => string;
}

/**
 * The slots of a body's year, in date order. Monthly to half-yearly cadences: one per Sitzungsmonat,
 * dated by the weekday rule of SPEC §5. Weekly: every Wochentag of the Sitzungsmonate. Fortnightly:
 * every second Wochentag from the rule date of the first Sitzungsmonat, kept where it falls in a
 * Sitzungsmonat. Weekly slots move off blocked days within their week, fortnightly ones within
 * their two weeks; a meeting of the body in those days takes the slot.
 *
 * @example bodySlots({ cadence: "zweiwöchentlich", months: [1, …, 12], weekday: 4, weekOfMonth: 1, … }, 2027, DEFAULT_SETTINGS, []).length // 26
 */
export function bodySlots(
  body: Pick<PlanningBody, "cadence" | "months" | "weekday" | "weekOfMonth">,
  year: number,
  blocked: Pick<Settings, "state" | "avoidCarnival">,
  periods: readonly BlockedPeriod[],
): BodySlot[] {
  const months = [...new Set(body.months)].sort((a, b) => a - b);
  if (body.cadence !== "wöchentlich" && body.cadence !== "zweiwöchentlich") {
    return months.map((month) => ({
      first: plainDate(year, month, 1) as PlainDate,
      last: plainDate(year, month, daysInMonth(year, month)) as PlainDate,
      date: slotDate(year, month, { ...blocked, weekday: body.weekday, weekOfMonth: body.weekOfMonth }, periods),
      noDay: (reason) => `Im ${MONTHS_DE[month]} ${year} ist kein ${WEEKDAYS_DE[body.weekday]} frei (${reason}); für diesen Monat`,
    }));
  }
  if (months.length === 0) return [];
  const weekly = body.cadence === "wöchentlich";
  const step = weekly ? 7 : 14;
  const slots: BodySlot[] = [];
  for (let rule = weekly ? ruleDate(year, 1, body.weekday, 1) : ruleDate(year, months[0], body.weekday, body.weekOfMonth); dateParts(rule).year === year; rule = addDays(rule, step)) {
    if (!months.includes(dateParts(rule).month)) continue;
    const monday = addDays(rule, 1 - isoWeekday(rule));
    const weeks = weekly ? 1 : 2;
    const noDay = (reason: string) => `${weekly ? "In der Woche" : "In den zwei Wochen"} vom ${formatDateDe(monday)} ist kein Werktag frei (${reason}); dafür`;
    slots.push({ first: monday, last: addDays(monday, 7 * weeks - 1), date: weekSlotDate(rule, blocked, periods, weeks), noDay });
  }
  return slots;
}
