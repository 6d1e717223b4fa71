import type { Member } from "./registers";

const collator = new Intl.Collator("de");

/**
 * Compares Kurznamen the way a German reader sorts them: umlauts with their base letter, case
 * only as a tie-breaker (plain string order would put every `Ü…` after `Z…`).
 *
 * @example ["Uedem", "Zons", "Übach"].sort(compareShortNames) // ["Übach", "Uedem", "Zons"]
 */
export function compareShortNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The host rotation (SPEC §5): members that take part in hosting (Gastgeber = Ja), in German
 * alphabetical order of their Kurzname. Whether a member may host on a given day is decided per
 * slot (see nextHost), so members who joined later or have left stay in the ring.
 *
 * @example hostRing([{ shortName: "Kaarst", hosts: true }, { shortName: "Jüchen", hosts: true }, { shortName: "Neuss", hosts: false }])
 * // [{ shortName: "Jüchen", … }, { shortName: "Kaarst", … }]
 */
export function hostRing<M extends Pick<Member, "shortName" | "hosts">>(members: readonly M[]): M[] {
  return members.filter((m) => m.hosts).sort((a, b) => compareShortNames(a.shortName, b.shortName));
}
