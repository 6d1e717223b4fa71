import { matchKey } from "./matchKey";
import {
  DEFAULT_MONTHS,
  MINUTES_KEEPERS,
  WEEKDAY_NAMES,
  type BodyCadence,
  type HostRule,
  type Meeting,
  type Registers,
  type Settings,
} from "./registers";

/** A Gremium with every empty cell filled from the Einstellungen: what planning, documents and the OParl export work with. */
export interface PlanningBody {
  readonly name: string;
  /** Prefix of the Nr (`AK-Wärme`); `null`: plain `JJJJ-NN`. */
  readonly shortName: string | null;
  readonly cadence: BodyCadence;
  readonly months: readonly number[];
  /** ISO weekday 1 = Montag … 5 = Freitag. */
  readonly weekday: number;
  readonly weekOfMonth: Settings["weekOfMonth"];
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly format: Meeting["format"];
  readonly hostRule: HostRule;
  /** The member that always hosts (`fest`). */
  readonly host: string | null;
  readonly chair: string | null;
  /** `Gastgeber`, `Vorsitz` or a member's name. */
  readonly minutesRule: string;
  readonly access: string | null;
  /** Member names or Kurznamen as written, or everyone. */
  readonly members: readonly string[] | "alle";
  /** Whether the body came from the Gremien sheet (its meetings carry its name in the Gremium column). */
  readonly listed: boolean;
}

/**
 * The bodies of a workbook, the first being the one that meetings with an empty Gremium cell belong
 * to. Without a Gremien sheet: one body ruled by the Einstellungen, exactly as in version 1. An empty
 * Gremien cell inherits the setting; a Turnus without Sitzungsmonate takes that Turnus's months
 * (weekly and fortnightly: every month).
 *
 * @example bodiesOf({ ...registers, bodies: [{ name: "AK Wärme", cadence: "vierteljährlich", … }] })[0].months // [3, 6, 9, 12]
 */
export function bodiesOf(registers: Pick<Registers, "bodies" | "settings">): PlanningBody[] {
  const { settings } = registers;
  const fromSettings: PlanningBody = {
    name: settings.allianceName ?? "Allianz",
    shortName: null,
    cadence: settings.cadence,
    months: settings.meetingMonths,
    weekday: settings.weekday,
    weekOfMonth: settings.weekOfMonth,
    startTime: settings.startTime,
    durationMinutes: settings.durationMinutes,
    format: settings.format,
    hostRule: "reihum",
    host: null,
    chair: settings.chair,
    minutesRule: settings.minutesKeeper,
    access: null,
    members: "alle",
    listed: false,
  };
  const rows = registers.bodies ?? [];
  if (rows.length === 0) return [fromSettings];
  return rows.map((row) => {
    const cadence = row.cadence ?? settings.cadence;
    const months = row.meetingMonths ?? (row.cadence === null ? settings.meetingMonths : cadence in DEFAULT_MONTHS ? DEFAULT_MONTHS[cadence as keyof typeof DEFAULT_MONTHS] : DEFAULT_MONTHS.monatlich);
    return {
      name: row.name,
      shortName: row.shortName,
      cadence,
      months,
      weekday: row.weekday === null ? settings.weekday : WEEKDAY_NAMES.indexOf(row.weekday) + 1,
      weekOfMonth: row.weekOfMonth ?? settings.weekOfMonth,
      startTime: row.startTime ?? settings.startTime,
      durationMinutes: row.durationMinutes ?? settings.durationMinutes,
      format: row.format ?? settings.format,
      hostRule: row.hostRule ?? "reihum",
      host: row.host,
      chair: row.chair ?? settings.chair,
      minutesRule: row.minutesRule === null ? settings.minutesKeeper : (MINUTES_KEEPERS.find((k) => matchKey(k) === matchKey(row.minutesRule!)) ?? row.minutesRule),
      access: row.access,
      members: row.members ?? "alle",
      listed: true,
    };
  });
}

/**
 * The body a Gremium cell names (by Gremium or Kurzname, case and spaces ignored); an empty cell
 * means the first body. `null` for a name no body has.
 *
 * @example bodyNamed(bodies, "ak-wärme")?.name // "Arbeitskreis Wärme"
 * @example bodyNamed(bodies, null) === bodies[0] // true
 */
export function bodyNamed<B extends Pick<PlanningBody, "name" | "shortName">>(bodies: readonly B[], name: string | null | undefined): B | null {
  if (name === null || name === undefined || name.trim() === "") return bodies[0] ?? null;
  const key = matchKey(name);
  return bodies.find((b) => matchKey(b.name) === key) ?? bodies.find((b) => b.shortName !== null && matchKey(b.shortName) === key) ?? null;
}
