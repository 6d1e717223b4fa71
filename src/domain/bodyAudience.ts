import { bodyNamed } from "./bodiesOf";
import { bodyMembers } from "./bodyMembers";
import type { Contact, Meeting, Registers } from "./registers";

/**
 * Who a meeting's letters, mails and attendance list are for: with a Gremien sheet, the contacts of
 * the members of the meeting's Gremium whose own Gremium cell is empty, `alle` or names it; without
 * one (or without a meeting, as for the year's schedule), every contact.
 *
 * @example contacts.filter(bodyAudience(registers, { body: "AK-Wärme" })) // the Arbeitskreis's people
 */
export function bodyAudience(registers: Pick<Registers, "bodies" | "members">, meeting?: Pick<Meeting, "body">): (contact: Pick<Contact, "member" | "bodies">) => boolean {
  const rows = registers.bodies ?? [];
  if (rows.length === 0 || meeting === undefined) return () => true;
  const body = bodyNamed(rows, meeting.body);
  // A Gremium no row has is a validation error; nobody is better than the wrong people.
  if (body === null) return () => false;
  const names = new Set(bodyMembers({ members: body.members ?? "alle" }, registers.members).map((m) => m.name));
  return (contact) => names.has(contact.member) && (contact.bodies === null || contact.bodies === undefined || contact.bodies === "alle" || contact.bodies.some((name) => bodyNamed(rows, name) === body));
}
