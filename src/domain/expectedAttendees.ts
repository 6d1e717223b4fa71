import { bodyAudience } from "./bodyAudience";
import { isMemberOn } from "./isMemberOn";
import { personName } from "./personName";
import type { Contact, Located, Meeting, Member, Registers } from "./registers";

/** A person expected at a meeting, as an Anwesenheit row names them. */
export interface ExpectedAttendee {
  readonly member: string;
  /** `Vorname Nachname` (see personName). */
  readonly person: string;
  readonly contact: Located<Contact>;
}

const collator = new Intl.Collator("de");

/**
 * Who is expected at a meeting: the active Ansprechpersonen and Vertretungen of the members that
 * belong to the alliance on its date (Verteiler only get mail) and, with a Gremien sheet, to the
 * meeting's Gremium (see bodyAudience); by member, then name.
 *
 * @example expectedAttendees(registers, { date: "2027-01-14", body: null }).map((a) => `${a.member}: ${a.person}`) // ["Stadt Kaarst: Max Muster", …]
 */
export function expectedAttendees(registers: Pick<Registers, "members" | "contacts" | "bodies">, meeting: Pick<Meeting, "date" | "body">): ExpectedAttendee[] {
  const members = new Map<string, Located<Member>>();
  for (const member of registers.members) if (isMemberOn(member, meeting.date) && !members.has(member.name)) members.set(member.name, member);
  const inBody = bodyAudience(registers, meeting);
  return registers.contacts
    .filter((c) => c.active && c.role !== "Verteiler" && members.has(c.member) && inBody(c))
    .map((contact) => ({ member: contact.member, person: personName(contact), contact }))
    .sort((a, b) => collator.compare(a.member, b.member) || collator.compare(a.contact.lastName, b.contact.lastName) || collator.compare(a.contact.firstName, b.contact.firstName));
}
