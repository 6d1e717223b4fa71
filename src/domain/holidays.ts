import { addDays, isoWeekday, plainDate, type PlainDate } from "./plainDate";
import type { STATES } from "./registers";

/** A German state by its two-letter code (`NW`, `BY`, …). */
export type GermanState = (typeof STATES)[number];

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
 *
 * @example easterSunday(2026) // "2026-04-05"
 * @example easterSunday(2027) // "2027-03-28"
 */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return plainDate(year, month, day) as PlainDate;
}

type HolidayRule = {
  readonly name: string;
  readonly date: (year: number, easter: PlainDate) => PlainDate;
  /** States that keep it; absent = nationwide. */
  readonly states?: readonly GermanState[];
  /** First year it is a public holiday there (introduced by state law). */
  readonly since?: number;
  /** A one-off holiday in this year only. */
  readonly only?: number;
};

const fixed = (month: number, day: number) => (year: number) => plainDate(year, month, day) as PlainDate;
const fromEaster = (days: number) => (_year: number, easter: PlainDate) => addDays(easter, days);

/** Buß- und Bettag: the last Wednesday before 23 November. */
function repentanceDay(year: number): PlainDate {
  const nov22 = plainDate(year, 11, 22) as PlainDate;
  return addDays(nov22, -((isoWeekday(nov22) - 3 + 7) % 7));
}

const WEST_CATHOLIC: readonly GermanState[] = ["BW", "BY", "NW", "RP", "SL"];

/*
 * The statutory public holidays under current state law. Left out on purpose: holidays of only
 * parts of a state (Mariä Himmelfahrt in Catholic Bavarian communities, Fronleichnam in parts of
 * Saxony and Thuringia, the Augsburger Friedensfest): a secretariat planning for a whole network
 * should not lose a date to a holiday most of its members do not have.
 */
const RULES: readonly HolidayRule[] = [
  { name: "Neujahr", date: fixed(1, 1) },
  { name: "Heilige Drei Könige", date: fixed(1, 6), states: ["BW", "BY", "ST"] },
  { name: "Internationaler Frauentag", date: fixed(3, 8), states: ["BE"], since: 2019 },
  { name: "Internationaler Frauentag", date: fixed(3, 8), states: ["MV"], since: 2023 },
  { name: "Karfreitag", date: fromEaster(-2) },
  // Hesse lists the Sundays in its Feiertagsgesetz too; they only matter for Sunday blocking.
  { name: "Ostersonntag", date: fromEaster(0), states: ["BB", "HE"] },
  { name: "Ostermontag", date: fromEaster(1) },
  { name: "Tag der Arbeit", date: fixed(5, 1) },
  { name: "Tag der Befreiung", date: fixed(5, 8), states: ["BE"], only: 2020 },
  { name: "Tag der Befreiung", date: fixed(5, 8), states: ["BE"], only: 2025 },
  { name: "Christi Himmelfahrt", date: fromEaster(39) },
  { name: "Pfingstsonntag", date: fromEaster(49), states: ["BB", "HE"] },
  { name: "Pfingstmontag", date: fromEaster(50) },
  { name: "Fronleichnam", date: fromEaster(60), states: [...WEST_CATHOLIC, "HE"] },
  { name: "Mariä Himmelfahrt", date: fixed(8, 15), states: ["SL"] },
  { name: "Weltkindertag", date: fixed(9, 20), states: ["TH"], since: 2019 },
  { name: "Tag der Deutschen Einheit", date: fixed(10, 3) },
  { name: "Reformationstag", date: fixed(10, 31), states: ["BB", "MV", "SN", "ST", "TH"] },
  { name: "Reformationstag", date: fixed(10, 31), states: ["HB", "HH", "NI", "SH"], since: 2018 },
  // The 500th anniversary of the Reformation was a holiday in every state.
  { name: "Reformationstag", date: fixed(10, 31), only: 2017 },
  { name: "Allerheiligen", date: fixed(11, 1), states: WEST_CATHOLIC },
  { name: "Buß- und Bettag", date: repentanceDay, states: ["SN"] },
  { name: "1. Weihnachtstag", date: fixed(12, 25) },
  { name: "2. Weihnachtstag", date: fixed(12, 26) },
];

/**
 * The statutory public holidays of one German state in one year, by date, with German names.
 *
 * @example publicHolidays(2026, "NW").get("2026-06-04") // "Fronleichnam"
 */
export function publicHolidays(year: number, state: GermanState): Map<PlainDate, string> {
  const easter = easterSunday(year);
  const holidays = new Map<PlainDate, string>();
  for (const rule of RULES) {
    if (rule.states && !rule.states.includes(state)) continue;
    if (rule.since !== undefined && year < rule.since) continue;
    if (rule.only !== undefined && year !== rule.only) continue;
    holidays.set(rule.date(year, easter), rule.name);
  }
  return holidays;
}
