/**
 * The moment a mailing is made, passed in by the caller (no hidden clock, so the same input gives
 * the same bytes): an ISO instant in UTC such as `2026-12-01T09:30:00Z`.
 */
export type Timestamp = string & { readonly __timestamp: unique symbol };

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/**
 * Reads an ISO instant in UTC (as `new Date().toISOString()` writes it), dropping fractions of a
 * second; `null` if it is not one.
 *
 * @example parseTimestamp("2026-12-01T09:30:00.123Z") // "2026-12-01T09:30:00Z"
 */
export function parseTimestamp(text: string): Timestamp | null {
  const m = ISO_UTC.exec(text);
  if (!m) return null;
  const normalised = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const time = Date.parse(normalised);
  // Date.parse accepts 2026-02-30 by rolling over; a round trip rejects it.
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) + "Z" !== normalised) return null;
  return normalised as Timestamp;
}

/** @example icsUtc("2026-12-01T09:30:00Z" as Timestamp) // "20261201T093000Z" */
export function icsUtc(stamp: Timestamp): string {
  return stamp.replace(/[-:]/g, "");
}

/** Wall-clock fields of the instant in Germany, with the UTC offset in force then. */
export interface BerlinTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** `+0100` (CET) or `+0200` (CEST). */
  readonly offset: string;
}

const berlinFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/**
 * The instant as a clock in Germany shows it. Through Intl's time zone data, so the machine's own
 * `TZ` does not matter.
 *
 * @example berlinTime("2026-07-01T08:00:00Z" as Timestamp) // { …, hour: 10, offset: "+0200" }
 */
export function berlinTime(stamp: Timestamp): BerlinTime {
  const instant = Date.parse(stamp);
  const parts = Object.fromEntries(berlinFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const fields = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
  const offsetMinutes = Math.round((Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) - instant) / 60000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return { ...fields, offset: `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}` };
}

const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The instant as an RFC 5322 `Date:` header value in German local time.
 *
 * @example rfc5322Date("2026-12-01T09:30:00Z" as Timestamp) // "Tue, 01 Dec 2026 10:30:00 +0100"
 */
export function rfc5322Date(stamp: Timestamp): string {
  const t = berlinTime(stamp);
  const weekday = DAY_NAMES[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  const two = (n: number) => String(n).padStart(2, "0");
  return `${weekday}, ${two(t.day)} ${MONTH_NAMES[t.month - 1]} ${t.year} ${two(t.hour)}:${two(t.minute)}:${two(t.second)} ${t.offset}`;
}
