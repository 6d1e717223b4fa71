import { plainDate, type PlainDate } from "../domain/plainDate";

/**
 * Today's date in Germany (Europe/Berlin), whatever the machine's time zone: the registers are
 * German, so "past" and "future" meetings are judged by the German calendar day.
 */
export function todayInGermany(now: Date = new Date()): PlainDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const date = plainDate(get("year"), get("month"), get("day"));
  if (date === null) throw new RangeError("Ungültiges Systemdatum.");
  return date;
}
