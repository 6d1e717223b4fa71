import { bodyNamed, type PlanningBody } from "./bodiesOf";
import { meetingByNr } from "./meetingChoice";
import type { Meeting, Registers, Task } from "./registers";

/**
 * The Gremium a task belongs to: the one its own Gremium cell names, else the Gremium of the
 * meeting that agreed it (an Arbeitskreis's task may be agreed in the plenary and say so). `null`
 * for a Gremium no row has (a validation warning).
 *
 * @example taskBody(bodies, meetings, { meeting: "2027-02", body: "AK-Wärme" })?.name // "Arbeitskreis Wärme"
 * @example taskBody(bodies, meetings, { meeting: "AK-Wärme-2027-01", body: null })?.name // "Arbeitskreis Wärme"
 */
export function taskBody<B extends Pick<PlanningBody, "name" | "shortName">>(bodies: readonly B[], meetings: readonly Pick<Meeting, "nr" | "body">[], task: Pick<Task, "meeting" | "body">): B | null {
  const own = task.body?.trim();
  return bodyNamed(bodies, own ? own : meetingByNr(meetings, task.meeting)?.body);
}

/**
 * Whether a task concerns the Gremium of a meeting: always without a Gremien sheet (one body),
 * else when the task belongs to the same Gremium as the meeting.
 *
 * @example registers.tasks.filter(sameBodyAs(registers, meeting)) // the tasks of the meeting's Gremium
 */
export function sameBodyAs(registers: Pick<Registers, "bodies" | "meetings">, meeting: Pick<Meeting, "body">): (task: Pick<Task, "meeting" | "body">) => boolean {
  const rows = registers.bodies ?? [];
  if (rows.length === 0) return () => true;
  const body = bodyNamed(rows, meeting.body);
  return (task) => body !== null && taskBody(rows, registers.meetings, task) === body;
}
