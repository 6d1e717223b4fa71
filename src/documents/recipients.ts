import { bodyAudience } from "../domain/bodyAudience";
import { isMemberOn } from "../domain/isMemberOn";
import type { PlainDate } from "../domain/plainDate";
import type { Contact, Located, Meeting, Member, Registers } from "../domain/registers";
import { fullName, salutation } from "./salutation";

/** One person a letter or mail goes to, with everything the documents need. */
export interface Recipient {
  /** The Kontakte row, with its Excel row for findings. */
  readonly contact: Located<Contact>;
  readonly member: Located<Member>;
  /** Title, first and last name: "Dr. Alex Beispiel". */
  readonly name: string;
  readonly email: string;
  /** "Sehr geehrte Frau Dr. Beispiel," etc. */
  readonly salutation: string;
}

const collator = new Intl.Collator("de");

/**
 * Everyone who gets the alliance's mail on a date (issue 3): the active contacts of every role
 * (Ansprechperson, Vertretung, Verteiler) of the members that belong to the alliance on that date,
 * sorted by member (German collation), then last and first name. Contacts of a member that is not
 * in the Mitglieder register get nothing: validation reports them. With a meeting of a Gremium
 * (issue 12), only that Gremium's people (see bodyAudience).
 *
 * @example recipientsOn(registers, "2027-01-14" as PlainDate).map((r) => r.email)
 */
export function recipientsOn(registers: Pick<Registers, "members" | "contacts" | "bodies">, date: PlainDate, meeting?: Pick<Meeting, "body">): Recipient[] {
  const inBody = bodyAudience(registers, meeting);
  const membersByName = new Map<string, Located<Member>>();
  for (const member of registers.members) if (isMemberOn(member, date)) membersByName.set(member.name, member);
  const recipients: Recipient[] = [];
  for (const contact of registers.contacts) {
    const member = membersByName.get(contact.member);
    if (!contact.active || member === undefined || !inBody(contact)) continue;
    recipients.push({ contact, member, name: fullName(contact), email: contact.email.trim(), salutation: salutation(contact) });
  }
  return recipients.sort(
    (a, b) =>
      collator.compare(a.member.name, b.member.name) ||
      collator.compare(a.contact.lastName, b.contact.lastName) ||
      collator.compare(a.contact.firstName, b.contact.firstName),
  );
}
