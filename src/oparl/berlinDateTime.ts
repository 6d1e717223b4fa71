import type { PlainDate } from "../domain/plainDate";
import { berlinTime, type Timestamp } from "../documents/timestamp";

/**
 * A wall-clock time in Germany as an ISO date-time with the UTC offset in force that day (CET
 * `+01:00`, CEST `+02:00`), as OParl's `date-time` fields want it. Through Intl's time zone data,
 * so the machine's own `TZ` does not matter.
 *
 * @example berlinDateTime("2027-01-14", "10:00") // "2027-01-14T10:00:00+01:00"
 * @example berlinDateTime("2027-07-08", "10:00") // "2027-07-08T10:00:00+02:00"
 */
export function berlinDateTime(date: PlainDate, time: string): string {
  const wall = `${date}T${time}:00`;
  for (const hours of [1, 2]) {
    const instant = new Date(Date.parse(`${wall}Z`) - hours * 3_600_000).toISOString().slice(0, 19) + "Z";
    const seen = berlinTime(instant as Timestamp);
    if (seen.hour === Number(time.slice(0, 2)) && seen.day === Number(date.slice(8, 10))) return `${wall}+0${hours}:00`;
  }
  // Only the hour skipped when clocks go forward (02:00–03:00 on the last Sunday in March) lands here.
  return `${wall}+02:00`;
}
