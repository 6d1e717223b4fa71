import { bodyNamed, type PlanningBody } from "./bodiesOf";
import type { BlockedPeriod } from "./registers";

/**
 * The Sperrzeiten that block a body's meetings: those with an empty Gremium cell and those naming
 * the body. Without a Gremien sheet (one body) every Sperrzeit counts, as in version 1.
 *
 * @example bodyPeriods(bodies, akWaerme, [{ from: "2027-07-01", to: "2027-08-10", reason: "Sommerpause", body: "Plenum" }]) // []
 */
export function bodyPeriods<P extends Pick<BlockedPeriod, "body">>(bodies: readonly PlanningBody[], body: PlanningBody | null, periods: readonly P[]): P[] {
  if (bodies.length < 2 || !body?.listed) return [...periods];
  return periods.filter((p) => p.body === null || p.body === undefined || p.body.trim() === "" || bodyNamed(bodies, p.body) === body);
}
