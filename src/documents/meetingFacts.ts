import type { Meeting, Member, Settings } from "../domain/registers";
import { addMinutes } from "../domain/timeOfDay";

/**
 * Begin and end of a meeting (SPEC §3.3): its own Beginn/Ende, else Beginn and Dauer from the
 * Einstellungen. `end` is null when the meeting would run past midnight; an Ende that is not after
 * the Beginn is treated as missing.
 *
 * @example meetingTimes({ start: null, end: null }, { startTime: "10:00", durationMinutes: 120 }) // { start: "10:00", end: "12:00" }
 */
export function meetingTimes(
  meeting: Pick<Meeting, "start" | "end">,
  settings: Pick<Settings, "startTime" | "durationMinutes">,
): { start: string; end: string | null } {
  const start = meeting.start ?? settings.startTime;
  const end = meeting.end !== null && meeting.end > start ? meeting.end : addMinutes(start, settings.durationMinutes);
  return { start, end };
}

/**
 * Where a meeting takes place (SPEC §3.3): its Ort, else `Online` for an online meeting, else the
 * host's Sitzungsort; empty when none of these is known.
 *
 * @example meetingVenue({ venue: null, format: "Online", host: "Stadt Kaarst" }, members) // "Online"
 */
export function meetingVenue(meeting: Pick<Meeting, "venue" | "format" | "host">, members: readonly Pick<Member, "name" | "venue">[]): string {
  if (meeting.venue !== null) return meeting.venue;
  if (meeting.format === "Online") return "Online";
  return members.find((m) => m.name === meeting.host)?.venue ?? "";
}
