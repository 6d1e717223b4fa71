import { bodyNamed, type PlanningBody } from "./bodiesOf";
import { bodyMembers } from "./bodyMembers";
import type { PlainDate } from "./plainDate";
import type { Meeting, Member } from "./registers";

/** Two meetings of different bodies on one day whose bodies share members. */
export interface BodyClash<M> {
  readonly date: PlainDate;
  readonly first: M;
  readonly second: M;
  readonly firstBody: PlanningBody;
  readonly secondBody: PlanningBody;
  /** Mitglied names in both bodies, in register order. */
  readonly shared: string[];
}

/**
 * Pairs of meetings (not cancelled) of two different bodies on the same day where someone would
 * have to be in two places: the bodies have members in common. Meetings of one body on one day are
 * the Sitzungen rule's business, not this one's.
 *
 * @example bodyClashes([plenum("2027-03-11"), akWaerme("2027-03-11")], bodies, members)[0].shared // ["Stadt Kaarst"]
 */
export function bodyClashes<M extends Pick<Meeting, "date" | "status" | "body">>(
  meetings: readonly M[],
  bodies: readonly PlanningBody[],
  members: readonly Pick<Member, "name" | "shortName">[],
): BodyClash<M>[] {
  if (bodies.length < 2) return [];
  const memberNames = new Map(bodies.map((body) => [body, new Set(bodyMembers(body, members).map((m) => m.name))]));
  const byDate = new Map<PlainDate, { meeting: M; body: PlanningBody }[]>();
  for (const meeting of meetings) {
    const body = bodyNamed(bodies, meeting.body);
    if (meeting.status === "abgesagt" || body === null) continue;
    byDate.set(meeting.date, [...(byDate.get(meeting.date) ?? []), { meeting, body }]);
  }
  const clashes: BodyClash<M>[] = [];
  for (const [date, held] of byDate) {
    held.forEach((a, i) => {
      for (const b of held.slice(i + 1)) {
        if (a.body === b.body) continue;
        const theirs = memberNames.get(b.body)!;
        const shared = [...memberNames.get(a.body)!].filter((name) => theirs.has(name));
        if (shared.length > 0) clashes.push({ date, first: a.meeting, second: b.meeting, firstBody: a.body, secondBody: b.body, shared });
      }
    });
  }
  return clashes;
}

/**
 * German sentence naming a clash's shared members, at most three of them.
 *
 * @example clashMembers(["Stadt Kaarst", "Stadt Jüchen", "Stadt Neuss", "Stadt Dormagen"]) // "Stadt Kaarst, Stadt Jüchen, Stadt Neuss und 1 weitere"
 */
export function clashMembers(shared: readonly string[]): string {
  const shown = shared.slice(0, 3).join(", ");
  return shared.length > 3 ? `${shown} und ${shared.length - 3} weitere` : shown;
}
