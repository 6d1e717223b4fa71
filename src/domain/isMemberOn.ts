import type { PlainDate } from "./plainDate";
import type { Member } from "./registers";

/**
 * A member belongs to the alliance from its Beitritt to its Austritt, both days included.
 *
 * @example isMemberOn({ joined: "2021-05-01", left: null }, "2027-03-11") // true
 * @example isMemberOn({ joined: "2021-05-01", left: "2026-12-31" }, "2027-01-14") // false
 */
export function isMemberOn(member: Pick<Member, "joined" | "left">, date: PlainDate): boolean {
  return member.joined <= date && (member.left === null || date <= member.left);
}
