/**
 * Calendar dates without a time of day or a time zone.
 *
 * A `PlainDate` is the ISO string `YYYY-MM-DD`: it sorts and compares as text, survives JSON, and
 * can never shift by a day under another `TZ` (a `Date` at local midnight can). All arithmetic
 * goes through whole day numbers, never through `Date`.
 */
export type PlainDate = string & { readonly __plainDate: unique symbol };

/** ISO weekday: 1 = Montag … 7 = Sonntag. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Builds a date from its parts, or `null` if the parts name no real day.
 *
 * @example plainDate(2027, 3, 11) // "2027-03-11"
 * @example plainDate(2027, 2, 30) // null
 */
export function plainDate(year: number, month: number, day: number): PlainDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}` as PlainDate;
}

/**
 * Reads an ISO `YYYY-MM-DD` string, or `null` if it is not a real day.
 *
 * @example parsePlainDate("2026-06-04") // "2026-06-04"
 */
export function parsePlainDate(text: string): PlainDate | null {
  const m = ISO.exec(text);
  return m ? plainDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** @example dateParts("2026-06-04" as PlainDate) // { year: 2026, month: 6, day: 4 } */
export function dateParts(date: PlainDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** @example daysInMonth(2028, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Gregorian leap year. @example isLeapYear(1900) // false */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
 *
 * @example toDayNumber("1970-01-02" as PlainDate) // 1
 */
export function toDayNumber(date: PlainDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number (inverse of {@link toDayNumber}); `null` outside years 1–9999.
 *
 * @example fromDayNumber(0) // "1970-01-01"
 */
export function fromDayNumber(days: number): PlainDate | null {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return plainDate(year, month, day);
}

/**
 * @example addDays("2026-12-31" as PlainDate, 1) // "2027-01-01"
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  const result = fromDayNumber(toDayNumber(date) + days);
  if (result === null) throw new RangeError(`Datum außerhalb des Kalenders: ${date} + ${days}`);
  return result;
}

/** ISO weekday (1 = Montag). @example isoWeekday("2026-06-04" as PlainDate) // 4 (Donnerstag) */
export function isoWeekday(date: PlainDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** German short form. @example formatDateDe("2026-06-04" as PlainDate) // "04.06.2026" */
export function formatDateDe(date: PlainDate): string {
  const { year, month, day } = dateParts(date);
  return `${pad2(day)}.${pad2(month)}.${String(year).padStart(4, "0")}`;
}

/** German weekday names, index = ISO weekday. */
export const WEEKDAYS_DE = ["", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"] as const;

/** German month names, index = month number. */
export const MONTHS_DE = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"] as const;

/** @example formatDateWithWeekdayDe("2026-06-11" as PlainDate) // "Do, 11.06.2026" */
export function formatDateWithWeekdayDe(date: PlainDate): string {
  return `${WEEKDAYS_DE[isoWeekday(date)].slice(0, 2)}, ${formatDateDe(date)}`;
}

/**
 * Reads German text dates `TT.MM.JJJJ` (also `T.M.JJJJ`), or `null`.
 *
 * @example parseDateDe(" 5.3.2026 ") // "2026-03-05"
 */
export function parseDateDe(text: string): PlainDate | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  return m ? plainDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
