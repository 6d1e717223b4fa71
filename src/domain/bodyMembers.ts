import { matchKey } from "./matchKey";
import type { Member } from "./registers";
import type { PlanningBody } from "./bodiesOf";

/**
 * The members of a body: all members for `alle`, else those its Mitglieder list names by Mitglied
 * or Kurzname (case and spaces ignored), in register order.
 *
 * @example bodyMembers({ members: ["kaarst", "Stadt Jüchen"] }, members).map((m) => m.name) // ["Stadt Kaarst", "Stadt Jüchen"]
 */
export function bodyMembers<M extends Pick<Member, "name" | "shortName">>(body: Pick<PlanningBody, "members">, members: readonly M[]): M[] {
  if (body.members === "alle") return [...members];
  const keys = new Set(body.members.map(matchKey));
  return members.filter((m) => keys.has(matchKey(m.name)) || keys.has(matchKey(m.shortName)));
}
