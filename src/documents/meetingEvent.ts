import { meetingAccess } from "../domain/meetingAccess";
import type { Meeting, Registers } from "../domain/registers";
import type { CalendarEvent } from "./ics";
import { meetingTimes, meetingVenue } from "./meetingFacts";
import { calendarSequence } from "./calendarSequence";
import { stableHash } from "./stableHash";
import type { Timestamp } from "./timestamp";

/**
 * The calendar UID of a meeting: a hash of the alliance name and the Nr, so every export of the
 * same meeting (invitation, year schedule, a second run) updates one calendar entry.
 *
 * @example meetingUid("Allianz Rhein-Kreis Neuss", "2027-01") // "sitzung-2027-01-…@allianz-planer"
 */
export function meetingUid(allianceName: string, nr: string): string {
  const readable = nr.trim().replace(/[^A-Za-z0-9-]+/g, "_").slice(0, 20);
  return `sitzung-${readable}-${stableHash(`${allianceName.trim()}\u0000${nr.trim()}`)}@allianz-planer`;
}

/**
 * A meeting as a calendar event in a file made at `stamp`, with how to join it online where it has
 * access (see meetingAccess). A cancelled or moved meeting gets a SEQUENCE above any sent before
 * (see calendarSequence) and a cancelled one STATUS:CANCELLED, so a calendar that holds an earlier
 * version takes the update.
 *
 * @example meetingEvent(registers.meetings[0], registers, "2026-12-01T09:30:00Z").start // { date: "2027-01-14", time: "10:00" }
 */
export function meetingEvent(meeting: Meeting, registers: Pick<Registers, "members" | "settings">, stamp: Timestamp): CalendarEvent {
  const allianceName = registers.settings.allianceName ?? "";
  const { start, end } = meetingTimes(meeting, registers.settings);
  const access = meetingAccess(meeting, registers.settings);
  const venue = meetingVenue(meeting, registers.members);
  const details = [
    meeting.topic === null ? null : `Thema: ${meeting.topic}`,
    meeting.speakers === null ? null : `Referierende: ${meeting.speakers}`,
    `Format: ${meeting.format}`,
    `Gastgeber: ${meeting.host}`,
    `Protokoll: ${meeting.minutesBy}`,
    access === null ? null : `Zugang:\n${access.text}`,
  ];
  return {
    uid: meetingUid(allianceName, meeting.nr),
    sequence: calendarSequence(meeting, stamp),
    cancelled: meeting.status === "abgesagt",
    start: { date: meeting.date, time: start },
    // Past midnight the end stays on the meeting's day rather than inventing a second day.
    end: { date: meeting.date, time: end ?? "23:59" },
    summary: allianceName === "" ? `Sitzung ${meeting.nr}` : `Sitzung ${meeting.nr} – ${allianceName}`,
    // An online meeting takes place at its link: calendars show LOCATION as where to go.
    location: meeting.format === "Online" && access !== null ? (access.url ?? access.text.split("\n")[0]) : venue,
    description: details.filter((line) => line !== null).join("\n"),
    url: access?.url ?? null,
  };
}
