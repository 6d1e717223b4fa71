import { fromDayNumber, toDayNumber, type PlainDate } from "./plainDate";
import { timeOfMinutes } from "./timeOfDay";

/*
 * Excel stores dates as day counts ("serials"). The 1900 system counts 1900-01-01 as 1 and, for
 * Lotus 1-2-3 compatibility, has a day 60 = 29.02.1900 that never existed; the 1904 system (old Mac
 * workbooks) counts 1904-01-01 as 0. Times of day are the fraction of a day.
 */

/** Day number (see plainDate.ts) of serial 0 in the 1900 system for serials after the fake leap day. */
const EPOCH_1900 = toDayNumber("1899-12-30" as PlainDate);
const EPOCH_1904 = toDayNumber("1904-01-01" as PlainDate);
const FAKE_LEAP_DAY = 60;

/**
 * The date of an Excel serial (a fraction part, the time of day, is ignored); `null` for Excel's
 * fake 29.02.1900, serials before the first day, non-finite numbers and dates after 9999.
 *
 * @example serialToPlainDate(46097, false) // "2026-03-16"
 * @example serialToPlainDate(60, false) // null (29.02.1900 does not exist)
 * @example serialToPlainDate(0, true) // "1904-01-01"
 */
export function serialToPlainDate(serial: number, date1904: boolean): PlainDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (date1904) return day < 0 ? null : fromDayNumber(EPOCH_1904 + day);
  if (day < 1 || day === FAKE_LEAP_DAY) return null;
  // Before the fake leap day the serials are one day "ahead" of the real calendar.
  return fromDayNumber(EPOCH_1900 + (day < FAKE_LEAP_DAY ? day + 1 : day));
}

/**
 * The Excel serial of a date, or `null` for dates the workbook's date system cannot hold.
 *
 * @example plainDateToSerial("2026-03-16" as PlainDate, false) // 46097
 * @example plainDateToSerial("1904-01-02" as PlainDate, true) // 1
 */
export function plainDateToSerial(date: PlainDate, date1904: boolean): number | null {
  const days = toDayNumber(date);
  if (date1904) return days < EPOCH_1904 ? null : days - EPOCH_1904;
  const serial = days - EPOCH_1900;
  if (serial >= FAKE_LEAP_DAY + 1) return serial;
  const early = serial - 1;
  return early >= 1 ? early : null;
}

/**
 * The time of day of a day fraction as `HH:MM`, rounded to the minute; a whole serial with a fraction
 * (date and time in one cell) gives its time. `null` for non-finite or negative numbers.
 *
 * @example fractionToTime(0.4166666) // "10:00"
 * @example fractionToTime(46097.75) // "18:00"
 */
export function fractionToTime(fraction: number): string | null {
  if (!Number.isFinite(fraction) || fraction < 0) return null;
  // Rounding 23:59:45 up must not give 24:00: wrap to 00:00 like Excel's display does.
  return timeOfMinutes(Math.round((fraction - Math.floor(fraction)) * 24 * 60) % (24 * 60));
}
