/** Who a task is for: a member, and optionally one of its people. */
export interface Responsible {
  readonly member: string;
  readonly person: string | null;
}

/**
 * Splits an Aufgaben `Verantwortlich` cell: the member's name, a person in parentheses after it.
 *
 * @example parseResponsible("Stadt Kaarst (Cora Test)") // { member: "Stadt Kaarst", person: "Cora Test" }
 * @example parseResponsible("Rhein-Kreis Neuss") // { member: "Rhein-Kreis Neuss", person: null }
 */
export function parseResponsible(text: string): Responsible {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text.trim());
  if (match && match[1] !== "") return { member: match[1], person: match[2].trim() === "" ? null : match[2].trim() };
  return { member: text.trim(), person: null };
}
