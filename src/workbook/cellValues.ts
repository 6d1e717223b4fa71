import type { RawCell } from "../domain/grid";
import { fractionToTime, serialToPlainDate } from "../domain/excelSerial";
import { toDayNumber, type PlainDate } from "../domain/plainDate";

/*
 * Date cells of both adapters: Office.js hands out serials and number formats, exceljs hands out
 * JS Dates (UTC instants it computed as serial 25569 = 1970-01-01, less 1462 days in the 1904
 * system); both end up in {@link dateSerialCell}.
 */

const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;
// Half a second: a serial that misses midnight only by float noise still counts as that day.
const EPSILON = 0.5 / 86_400;

/**
 * True if a number format shows a date or a time (what Excel uses to tell a date cell from a number).
 *
 * @example isDateNumberFormat("dd.mm.yyyy") // true
 * @example isDateNumberFormat("#,##0.00") // false
 */
export function isDateNumberFormat(numberFormat: string | null | undefined): boolean {
  return /[ymdhs]/i.test(formatTokens(numberFormat));
}

/**
 * The cell a date-formatted serial stands for: a time of day for time-only formats and for serials
 * on Excel's day zero (1899-12-30/31 in the 1900 system, 1904-01-01 in the 1904 system), else the day.
 *
 * @example dateSerialCell(46392, false, "dd.mm.yyyy") // { date: "2027-01-05" }
 * @example dateSerialCell(0.4375, false, "hh:mm") // { time: "10:30" }
 */
export function dateSerialCell(serial: number, date1904: boolean, numberFormat: string | null | undefined): RawCell {
  const whole = Math.floor(serial + EPSILON);
  const timeOnlyFormat = !/[dy]/i.test(formatTokens(numberFormat));
  const dayZero = whole === 0 || (!date1904 && whole === 1 && serial > 1);
  if (timeOnlyFormat || dayZero) {
    const time = fractionToTime(serial);
    return time === null ? serial : { time };
  }
  const date = serialToPlainDate(whole, date1904);
  return date === null ? serial : { date };
}

/**
 * The serial of a JS Date as exceljs reads it (a UTC instant standing for the wall-clock value).
 *
 * @example jsDateToSerial(new Date(Date.UTC(2027, 0, 5)), false) // 46392
 */
export function jsDateToSerial(value: Date, date1904: boolean): number {
  return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/**
 * The UTC-midnight JS Date exceljs writes as the cell for a plain date.
 *
 * @example plainDateToJsDate("2027-01-05" as PlainDate).toISOString() // "2027-01-05T00:00:00.000Z"
 */
export function plainDateToJsDate(date: PlainDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY);
}

/**
 * A time of day `HH:MM` as the day fraction Excel stores.
 *
 * @example timeToDayFraction("10:30") // 0.4375
 */
export function timeToDayFraction(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours * 60 + minutes) / 1440;
}

/** The format without quoted literals and `[...]` parts (colours, locales, elapsed-time markers). */
function formatTokens(numberFormat: string | null | undefined): string {
  return (numberFormat ?? "").replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
}
