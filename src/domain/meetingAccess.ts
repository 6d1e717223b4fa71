import type { Meeting, Settings } from "./registers";

/** How to join a meeting from afar: the text as written and the first link in it. */
export interface MeetingAccess {
  /** Link, meeting ID, dial-in, as in the Zugang cell or the setting „Zugang (Online)“. */
  readonly text: string;
  /** The first http(s) URL in the text, or null. */
  readonly url: string | null;
}

/**
 * The access of an online or hybrid meeting: its own Zugang, else the setting „Zugang (Online)“
 * (a standing online room). A meeting in person has none unless its Zugang says so.
 *
 * @example meetingAccess({ format: "Online", access: null }, { onlineAccess: "https://meet.example.org/allianz\nMeeting-ID 123" }).url // "https://meet.example.org/allianz"
 */
export function meetingAccess(meeting: Pick<Meeting, "format" | "access">, settings: Pick<Settings, "onlineAccess">): MeetingAccess | null {
  const text = meeting.access ?? (meeting.format === "Präsenz" ? null : settings.onlineAccess);
  if (text === null || text.trim() === "") return null;
  return { text: text.trim(), url: firstUrl(text) };
}

/**
 * The first http(s) URL in a text, without trailing punctuation.
 *
 * @example firstUrl("Einwahl: https://meet.example.org/r/123, ID 123") // "https://meet.example.org/r/123"
 */
export function firstUrl(text: string): string | null {
  const match = /https?:\/\/[^\s<>"]+/i.exec(text);
  return match === null ? null : match[0].replace(/[.,;:!?)\]]+$/, "");
}
