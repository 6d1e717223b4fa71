import { hostRing } from "./hostRing";
import { meetingsByDate } from "./meetingChoice";
import type { MeetingFields } from "./meetingChange";
import { nextHost, previousTurn, takenTurns, type Turn } from "./nextHost";
import type { PlainDate } from "./plainDate";
import { chairMember } from "./planYear";
import type { Meeting, Registers } from "./registers";

/** One meeting whose host the rotation now gives to another member: before and after. */
export interface HostChange {
  readonly nr: string;
  readonly date: PlainDate;
  readonly before: Pick<Meeting, "host" | "minutesBy" | "venue">;
  readonly fields: MeetingFields;
}

/**
 * The hosts the rotation gives the meetings still `geplant` from today on, e.g. after a
 * cancellation (a cancelled meeting does not use up its host's turn, SPEC §5): they are given
 * hosts again in date order, after the turns of all other meetings, as "Nächstes Jahr planen"
 * would. Rows `eingeladen`, `durchgeführt` or `abgesagt`, and past rows, are never touched.
 * Protokoll follows the host (unless the Vorsitz keeps the minutes); Ort follows when it was the
 * old host's Sitzungsort. Only meetings that change are listed: the preview.
 *
 * @example recomputeHosts(registers, "2027-02-01").map((c) => `${c.nr}: ${c.before.host} → ${c.fields.host}`) // ["2027-03: Stadt Kaarst → Stadt Jüchen"]
 */
export function recomputeHosts(registers: Pick<Registers, "meetings" | "members" | "settings">, today: PlainDate): HostChange[] {
  const { members, settings } = registers;
  const open = (m: Meeting) => m.status === "geplant" && m.date >= today;
  const ring = hostRing(members);
  const turns = takenTurns(registers.meetings.filter((m) => !open(m)), members);
  const chair = settings.minutesKeeper === "Vorsitz" ? chairMember(settings.chair, members) : null;
  const byName = new Map(members.map((m) => [m.name, m]));
  const changes: HostChange[] = [];
  let lastPlanned: Turn | null = null;
  for (const meeting of meetingsByDate(registers.meetings.filter(open))) {
    const previous: Turn | null = previousTurn(turns, lastPlanned, meeting.date);
    const host = nextHost(ring, previous?.shortName ?? null, meeting.date);
    // Without an eligible host the row keeps its own; validation names the problem.
    if (host === null) continue;
    lastPlanned = { date: meeting.date, nr: meeting.nr, shortName: host.shortName };
    if (host.name === meeting.host) continue;
    const fields: MeetingFields = { host: host.name };
    const minutesBy = chair?.name ?? host.name;
    if (minutesBy !== meeting.minutesBy) fields.minutesBy = minutesBy;
    const oldVenue = byName.get(meeting.host)?.venue ?? null;
    if (meeting.venue !== null && meeting.venue === oldVenue && host.venue !== null) fields.venue = host.venue;
    changes.push({ nr: meeting.nr, date: meeting.date, before: { host: meeting.host, minutesBy: meeting.minutesBy, venue: meeting.venue }, fields });
  }
  return changes;
}
