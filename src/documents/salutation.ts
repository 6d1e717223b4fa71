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
 * names the whole person, so nobody is addressed with a guessed gender. A professor is addressed
 * by the highest title only, written out (DIN 5008): „Herr Professor“, „Frau Professorin“.
 *
 * @example salutation({ salutation: "Frau", title: "Dr.", firstName: "Alex", lastName: "Beispiel" }) // "Sehr geehrte Frau Dr. Beispiel,"
 * @example salutation({ salutation: "Herr", title: "Prof. Dr.", firstName: "Max", lastName: "Muster" }) // "Sehr geehrter Herr Professor Muster,"
 * @example salutation({ salutation: null, title: null, firstName: "Alex", lastName: "Beispiel" }) // "Guten Tag Alex Beispiel,"
 */
export function salutation(contact: NamedContact): string {
  const title = contact.title?.trim() ?? "";
  const professor = /\bProf(\.|essor(in)?\b)/i.test(title);
  const addressedTitle = (professorTitle: string) => (professor ? professorTitle : title);
  const titledLastName = (professorTitle: string) =>
    [addressedTitle(professorTitle), contact.lastName.trim()].filter((part) => part !== "").join(" ");
  switch (contact.salutation) {
    case "Frau":
      return `Sehr geehrte Frau ${titledLastName("Professorin")},`;
    case "Herr":
      return `Sehr geehrter Herr ${titledLastName("Professor")},`;
    case null:
      return `Guten Tag ${fullName(contact)},`;
  }
}

/**
 * The person line of an address (DIN 5008): „Frau“ or „Herrn“ (accusative, the letter goes *to*
 * him), title, first and last name; without an Anrede only the name.
 *
 * @example addressee({ salutation: "Herr", title: "Dr.", firstName: "Max", lastName: "Muster" }) // "Herrn Dr. Max Muster"
 */
export function addressee(contact: NamedContact): string {
  const form = contact.salutation === "Herr" ? "Herrn" : contact.salutation ?? "";
  return [form, fullName(contact)].filter((part) => part !== "").join(" ");
}
