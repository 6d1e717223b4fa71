import type { Finding } from "./finding";
import type { Meeting, Registers } from "./registers";

/** The cells of one Sitzungen row that Absagen, Verschieben or the host recomputation change. */
export type MeetingFields = Partial<Pick<Meeting, "date" | "start" | "end" | "venue" | "host" | "minutesBy" | "status" | "note">>;

/** A change to one meeting: the new values of only the fields that change, and what to know about it. */
export interface MeetingChange {
  readonly nr: string;
  readonly fields: MeetingFields;
  readonly findings: readonly Finding[];
}

/** A meeting that cannot be changed as asked; the message is German and says why. */
export class MeetingChangeError extends Error {
  override readonly name = "MeetingChangeError";
}

/**
 * The registers as they are after the changes (for the mailing and the host preview that follow).
 *
 * @example applyChanges(registers, [change]).meetings.find((m) => m.nr === "2027-02")?.status // "abgesagt"
 */
export function applyChanges<R extends Pick<Registers, "meetings">>(registers: R, changes: readonly Pick<MeetingChange, "nr" | "fields">[]): R {
  const byNr = new Map(changes.map((c) => [c.nr, c.fields]));
  return { ...registers, meetings: registers.meetings.map((m) => (byNr.has(m.nr) ? { ...m, ...byNr.get(m.nr) } : m)) };
}
