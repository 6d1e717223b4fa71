import { matchKey } from "../matchKey";
import type { Located, Member } from "../registers";

export interface MemberIndex {
  /** The member of that exact `Mitglied` name. */
  readonly byName: ReadonlyMap<string, Located<Member>>;
  /** A German hint naming the member the user probably meant (case slip or Kurzname), or `""`. */
  suggest(name: string): string;
}

/**
 * Looks members up by name. References must use the exact `Mitglied` name (the planner matches
 * exactly); near misses only produce a hint.
 *
 * @example memberIndex(members).suggest("kaarst") // " Meinten Sie „Stadt Kaarst“?"
 */
export function memberIndex(members: readonly Located<Member>[]): MemberIndex {
  const byName = new Map<string, Located<Member>>();
  const loose = new Map<string, Located<Member>>();
  for (const member of members) {
    if (!byName.has(member.name)) byName.set(member.name, member);
    for (const key of [matchKey(member.name), matchKey(member.shortName)]) if (!loose.has(key)) loose.set(key, member);
  }
  return {
    byName,
    suggest(name) {
      const member = loose.get(matchKey(name));
      return member ? ` Meinten Sie „${member.name}“?` : "";
    },
  };
}
