import type { PlainDate } from "../domain/plainDate";
import { dateParts, isoWeekday, MONTHS_DE, WEEKDAYS_DE } from "../domain/plainDate";

/**
 * The date as German letters and documents write it: weekday, day without a leading zero, month name.
 *
 * @example formatLongDateDe("2027-03-11" as PlainDate) // "Donnerstag, 11. März 2027"
 */
export function formatLongDateDe(date: PlainDate): string {
  const { year, month, day } = dateParts(date);
  return `${WEEKDAYS_DE[isoWeekday(date)]}, ${day}. ${MONTHS_DE[month]} ${year}`;
}

/**
 * A time of day `HH:MM` as documents write it.
 *
 * @example formatTimeDe("10:00") // "10:00 Uhr"
 */
export function formatTimeDe(time: string): string {
  return `${time} Uhr`;
}
