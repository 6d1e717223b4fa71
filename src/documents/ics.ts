import type { PlainDate } from "../domain/plainDate";
import { isMailAddress, type MailAddress } from "./eml";
import { icsUtc, type Timestamp } from "./timestamp";

/** iTIP methods (RFC 5546) the mailings use: an invitation (or its update) that asks for an answer, a cancellation, or a schedule to import. */
export type IcsMethod = "REQUEST" | "CANCEL" | "PUBLISH";

/** A local date and time of day (`HH:MM`) in Germany. */
export interface LocalDateTime {
  readonly date: PlainDate;
  readonly time: string;
}

export interface CalendarEvent {
  /** Stays the same for the same meeting across runs, so calendars update instead of duplicating. */
  readonly uid: string;
  /** Revision (RFC 5545 SEQUENCE): a calendar applies an update only with a higher or equal one. */
  readonly sequence: number;
  readonly cancelled: boolean;
  readonly start: LocalDateTime;
  readonly end: LocalDateTime;
  readonly summary: string;
  readonly location: string;
  readonly description: string;
  /** Link to join online (RFC 5545 URL and RFC 7986 CONFERENCE), or null. */
  readonly url: string | null;
}

/**
 * How an attendee is asked (RFC 5545 ROLE and RSVP): a contact person is required and asked to
 * answer, a deputy is optional, a distribution-list contact takes no part and is not asked.
 */
export type AttendeeRole = "REQ-PARTICIPANT" | "OPT-PARTICIPANT" | "NON-PARTICIPANT";

export interface CalendarAttendee extends MailAddress {
  readonly role: AttendeeRole;
}

export interface CalendarOptions {
  readonly method: IcsMethod;
  readonly events: readonly CalendarEvent[];
  readonly organizer: MailAddress;
  /** Invited people; written for REQUEST and CANCEL (a published schedule has no attendees). */
  readonly attendees?: readonly CalendarAttendee[];
  /** PRODID, e.g. `-//Allianz-Planer//Sitzungen//DE`. */
  readonly prodId: string;
  /** DTSTAMP: when the file was made. */
  readonly stamp: Timestamp;
}

/*
 * Europe/Berlin with the EU rules in force since 1996 (CEST from the last Sunday of March 02:00
 * to the last Sunday of October 03:00), so the file is complete without a time zone database.
 */
const VTIMEZONE_BERLIN = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * An iCalendar file (RFC 5545) with the events in Europe/Berlin time: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 character, text escaped, control characters removed.
 * Throws a RangeError for an organizer or attendee address that {@link isMailAddress} rejects.
 *
 * @example buildIcs({ method: "PUBLISH", events, organizer, prodId: "-//Allianz-Planer//DE", stamp }).startsWith("BEGIN:VCALENDAR\r\n") // true
 */
export function buildIcs(options: CalendarOptions): string {
  const lines = ["BEGIN:VCALENDAR", `PRODID:${cleanText(options.prodId)}`, "VERSION:2.0", "CALSCALE:GREGORIAN", `METHOD:${options.method}`, ...VTIMEZONE_BERLIN];
  for (const event of options.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${cleanText(event.uid)}`,
      `DTSTAMP:${icsUtc(options.stamp)}`,
      `SEQUENCE:${event.sequence}`,
      `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      `DTSTART;TZID=Europe/Berlin:${localDateTime(event.start)}`,
      `DTEND;TZID=Europe/Berlin:${localDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location === "" ? [] : [`LOCATION:${escapeText(event.location)}`]),
      ...(event.description === "" ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      ...(event.url === null ? [] : [`URL:${cleanUri(event.url)}`, `CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Online teilnehmen:${cleanUri(event.url)}`]),
      `ORGANIZER${commonName(options.organizer)}:${mailto(options.organizer)}`,
      ...(options.method === "PUBLISH" ? [] : (options.attendees ?? []).map((a) => attendeeLine(a, options.method))),
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/**
 * An ATTENDEE line: only someone asked to take part is asked to answer.
 *
 * @example attendeeLine({ name: "Alex Beispiel", email: "alex@example.org", role: "NON-PARTICIPANT" }) // 'ATTENDEE;CN="Alex Beispiel";ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:alex@example.org'
 */
function attendeeLine(attendee: CalendarAttendee, method: IcsMethod): string {
  // A cancellation asks for no answer (RFC 5546 §3.2.5): role only.
  if (method === "CANCEL") return `ATTENDEE${commonName(attendee)};ROLE=${attendee.role}:${mailto(attendee)}`;
  const rsvp = attendee.role === "NON-PARTICIPANT" ? "FALSE" : "TRUE";
  return `ATTENDEE${commonName(attendee)};ROLE=${attendee.role};PARTSTAT=NEEDS-ACTION;RSVP=${rsvp}:${mailto(attendee)}`;
}

/** A URI value is not TEXT: no escaping, but nothing that would end or break the line. */
function cleanUri(uri: string): string {
  return uri.replace(/[\u0000-\u0020\u007f-\u009f"]/g, "");
}

/** @example localDateTime({ date: "2027-01-14", time: "10:00" }) // "20270114T100000" */
function localDateTime({ date, time }: LocalDateTime): string {
  return `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
}

/** Control characters other than line breaks have no place in calendar text. */
function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]+/g, " ").replace(/[\r\n\u2028\u2029]+/g, " ");
}

/** RFC 5545 §3.3.11 TEXT: backslash, `;` and `,` escaped, line breaks as `\n`. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, " ")
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\n/g, "\\n");
}

/** `;CN="…"` for a named person; a parameter value cannot hold a double quote. */
function commonName(person: MailAddress): string {
  const name = cleanText(person.name).replace(/"/g, "'").trim();
  return name === "" ? "" : `;CN="${name}"`;
}

function mailto(person: MailAddress): string {
  if (!isMailAddress(person.email)) throw new RangeError(`Ungültige E-Mail-Adresse: ${JSON.stringify(person.email)}`);
  return `mailto:${person.email}`;
}

/** Folds a content line into pieces of at most 75 octets; continuation lines start with a space. */
function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out += ch;
    octets += size;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
