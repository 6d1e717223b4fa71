import type { Contact } from "../domain/registers";

/** The parts of a contact a name or salutation is made of. */
export type NamedContact = Pick<Contact, "salutation" | "title" | "firstName" | "lastName">;

/**
 * Title, first and last name, as in an address block.
 *
 * @example fullName({ salutation: "Frau", title: "Dr.", firstName: "Alex", lastName: "Beispiel" }) // "Dr. Alex Beispiel"
 */
export function fullName(contact: NamedContact): string {
  return [contact.title, contact.firstName, contact.lastName]
    .map((part) => part?.trim() ?? "")
    .filter((part) => part !== "")
    .join(" ");
}

/**
 * The opening line of a letter or mail (SPEC §8). Without an Anrede the salutation is neutral and
 * names the whole person, so nobody is addressed with a guessed gender.
 *
 * @example salutation({ salutation: "Frau", title: "Dr.", firstName: "Alex", lastName: "Beispiel" }) // "Sehr geehrte Frau Dr. Beispiel,"
 * @example salutation({ salutation: "Herr", title: null, firstName: "Max", lastName: "Muster" }) // "Sehr geehrter Herr Muster,"
 * @example salutation({ salutation: null, title: null, firstName: "Alex", lastName: "Beispiel" }) // "Guten Tag Alex Beispiel,"
 */
export function salutation(contact: NamedContact): string {
  const titledLastName = [contact.title, contact.lastName]
    .map((part) => part?.trim() ?? "")
    .filter((part) => part !== "")
    .join(" ");
  switch (contact.salutation) {
    case "Frau":
      return `Sehr geehrte Frau ${titledLastName},`;
    case "Herr":
      return `Sehr geehrter Herr ${titledLastName},`;
    case null:
      return `Guten Tag ${fullName(contact)},`;
  }
}
