import type { Finding } from "./finding";
import type { Meeting } from "./registers";

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
