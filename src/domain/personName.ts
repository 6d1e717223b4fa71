import type { Contact } from "./registers";

/**
 * How Anwesenheit and Aufgaben name a person of the Kontakte sheet: first and last name, no title.
 *
 * @example personName({ firstName: "Jana", lastName: "Özdemir" }) // "Jana Özdemir"
 */
export function personName(contact: Pick<Contact, "firstName" | "lastName">): string {
  return `${contact.firstName.trim()} ${contact.lastName.trim()}`;
}
