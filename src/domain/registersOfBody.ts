import { bodiesOf, bodyNamed } from "./bodiesOf";
import { bodyAudience } from "./bodyAudience";
import { bodyMembers } from "./bodyMembers";
import { bodyPeriods } from "./bodyPeriods";
import type { Registers } from "./registers";
import { taskBody } from "./taskBody";

/**
 * The registers as one Gremium sees them: its members, its people, its meetings with their agenda
 * and attendance, its tasks, its Sperrzeiten — so that a year's schedule, its letters and mails and
 * its part of the Jahresbericht are the Gremium's alone.
 * `null` when no Gremium of the Gremien sheet has that name or Kurzname (or there is no sheet).
 *
 * @example registersOfBody(registers, "AK-Wärme")?.meetings.map((m) => m.nr) // ["AK-Wärme-2027-01", …]
 */
export function registersOfBody(registers: Registers, name: string): Registers | null {
  const bodies = bodiesOf(registers);
  const body = bodies[0].listed ? bodyNamed(bodies, name) : null;
  if (body === null) return null;
  const row = registers.bodies!.find((b) => b.name === body.name)!;
  const meetings = registers.meetings.filter((m) => bodyNamed(bodies, m.body) === body);
  const numbers = new Set(meetings.map((m) => m.nr.trim()));
  const inBody = bodyAudience(registers, { body: body.name });
  return {
    ...registers,
    members: bodyMembers(body, registers.members),
    contacts: registers.contacts.filter(inBody),
    meetings,
    agenda: registers.agenda.filter((item) => numbers.has(item.meeting.trim())),
    attendance: registers.attendance.filter((row) => numbers.has(row.meeting.trim())),
    tasks: registers.tasks.filter((task) => taskBody(bodies, registers.meetings, task) === body),
    blockedPeriods: bodyPeriods(bodies, body, registers.blockedPeriods),
    bodies: [row],
  };
}
