import type { Body, Located } from "../../src/domain/registers";

/** A Gremien row with every optional cell empty (so the Einstellungen apply), plus what a test sets. */
export function gremium(name: string, overrides: Partial<Located<Body>> = {}): Located<Body> {
  return {
    name,
    shortName: null,
    cadence: null,
    meetingMonths: null,
    weekday: null,
    weekOfMonth: null,
    startTime: null,
    durationMinutes: null,
    format: null,
    hostRule: null,
    host: null,
    chair: null,
    minutesRule: null,
    access: null,
    members: null,
    row: 2,
    ...overrides,
  };
}
