import { bodiesOf, bodyNamed, type PlanningBody } from "../domain/bodiesOf";
import type { Registers } from "../domain/registers";
import { registersOfBody } from "../domain/registersOfBody";
import { DocumentInputError } from "./documentInputError";

/**
 * The Gremium a user chose (`--gremium`, a pane's Gremium select) by name or Kurzname, as the
 * Gremien sheet has it; a name no Gremium has is a DocumentInputError with a German message.
 *
 * @example chosenBody(registers, "ak-wärme").name // "Arbeitskreis Wärme"
 */
export function chosenBody(registers: Pick<Registers, "bodies" | "settings">, name: string): PlanningBody {
  const bodies = bodiesOf(registers);
  // An empty name would mean the first Gremium; a user who typed nothing chose none.
  const body = bodies[0].listed && name.trim() !== "" ? bodyNamed(bodies, name) : null;
  if (body === null) {
    const names = registers.bodies?.map((b) => b.name).join(", ");
    throw new DocumentInputError(`Das Gremium „${name}“ gibt es nicht${names ? ` – im Blatt „Gremien“ stehen: ${names}` : " – die Arbeitsmappe hat kein Blatt „Gremien“"}.`);
  }
  return body;
}

/**
 * The registers as the chosen Gremium sees them (its meetings, to its people): what its year
 * schedule is made from.
 *
 * @example registersOfChosenBody(registers, "AK-Wärme").meetings.length // 4
 */
export function registersOfChosenBody(registers: Registers, name: string): Registers {
  return registersOfBody(registers, chosenBody(registers, name).name) as Registers;
}
