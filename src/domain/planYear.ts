import { bodiesOf, bodyNamed, type PlanningBody } from "./bodiesOf";
import { bodyClashes, clashMembers } from "./bodyClashes";
import { bodyMembers } from "./bodyMembers";
import { bodyPeriods } from "./bodyPeriods";
import { bodySlots } from "./bodySlots";
import type { Finding } from "./finding";
import { hostRing } from "./hostRing";
import { isMemberOn } from "./isMemberOn";
import { matchKey } from "./matchKey";
import { nextHost, previousTurn, takenTurns, type Turn } from "./nextHost";
import { dateParts, formatDateDe, type PlainDate } from "./plainDate";
import type { Located, Meeting, Member, Registers, Settings } from "./registers";
import { sheetFinding } from "./sheetColumns";
import { addMinutes } from "./timeOfDay";

/** The meetings planned for a year, in date order, and what the secretariat should know about it. */
export interface YearPlan {
  readonly meetings: Meeting[];
  readonly findings: Finding[];
}

/**
 * Plans the meetings of a calendar year (SPEC §5, "Nächstes Jahr planen") for every body of the
 * workbook, or only the one named by `only` (Gremium or Kurzname). Per body: one slot per
 * Sitzungsmonat (or week, or fortnight) that has no meeting row of the body yet (so planning twice
 * adds nothing), dated by the weekday rule around blocked days, hosted along the body's host rule.
 * Existing rows are never changed; Nr continue after the highest `Y-NN` (with the body's Kurzname in
 * front, if it has one). A slot without a free day or host gets no meeting but a warning, and so do
 * two bodies with shared members meeting on one day. Without a Gremien sheet the one body is ruled
 * by the Einstellungen, as in version 1.
 *
 * @example planYear(registers, 2026).meetings[0]
 * // { nr: "2026-01", date: "2026-03-05", start: "10:00", end: "12:00", format: "Präsenz", host: "Stadt Jüchen", … }
 */
export function planYear(registers: Registers, year: number, only: string | null = null): YearPlan {
  const bodies = bodiesOf(registers);
  const chosen = only === null ? bodies : bodies.filter((body) => body === bodyNamed(bodies, only));
  const plans = chosen.map((body) => planBody(registers, bodies, body, year));
  const meetings = plans.flatMap((plan) => plan.meetings).sort((a, b) => (a.date === b.date ? (a.nr < b.nr ? -1 : 1) : a.date < b.date ? -1 : 1));
  const planned = new Set<Pick<Meeting, "date" | "status" | "body">>(meetings);
  const clashes = bodyClashes([...registers.meetings, ...meetings], bodies, registers.members).filter((c) => planned.has(c.first) || planned.has(c.second));
  const clashFindings = clashes.map((clash) =>
    warning(
      "gremien-gleicher-tag",
      `Am ${formatDateDe(clash.date)} tagen „${clash.firstBody.name}“ (${clash.first.nr}) und „${clash.secondBody.name}“ (${clash.second.nr}); beiden gehören ${clashMembers(clash.shared)} an. ` +
        `Bitte einen der Termine in „Sitzungen“ verlegen oder Wochentag bzw. Woche im Monat eines Gremiums im Blatt „Gremien“ ändern.`,
    ),
  );
  return { meetings, findings: [...plans.flatMap((plan) => plan.findings), ...clashFindings] };
}

function planBody(registers: Registers, bodies: readonly PlanningBody[], body: PlanningBody, year: number): YearPlan {
  const { settings, members } = registers;
  // Without a Gremien sheet every row belongs to the one body, whatever a Gremium column says.
  const ours = (name: string | null | undefined) => !body.listed || bodyNamed(bodies, name) === body;
  const bodyMeetings = registers.meetings.filter((m) => ours(m.body));
  const periods = bodyPeriods(bodies, body, registers.blockedPeriods);
  const inYear = bodyMeetings.filter((m) => dateParts(m.date).year === year);
  const slots = bodySlots(body, year, settings, periods).filter((slot) => !inYear.some((m) => slot.first <= m.date && m.date <= slot.last));
  const ring = hostRing(bodyMembers(body, members));
  const turns = takenTurns(bodyMeetings, members);
  // Gremien cells name members like the Gremien rules read them (case and spaces aside); the Einstellungen' Vorsitz stays exact, as in version 1.
  const member = (name: string | null) => (body.listed ? memberNamed(name, members) : chairMember(name, members));
  const chair = member(body.chair);
  const fixedHost = body.hostRule === "fest" ? member(body.host) : body.hostRule === "keiner" ? chair : null;
  const minutesKeeper = body.minutesRule === "Vorsitz" ? chair : body.minutesRule === "Gastgeber" ? null : member(body.minutesRule);
  const end = addMinutes(body.startTime, body.durationMinutes);
  const named = body.listed ? `„${body.name}“: ` : "";

  const meetings: Meeting[] = [];
  const findings: Finding[] = [];
  const prefix = body.shortName === null ? "" : `${body.shortName}-`;
  let number = highestNumber(registers.meetings, prefix, year);
  let lastPlanned: Turn | null = null;
  for (const slot of slots) {
    if (slot.date.date === null) {
      findings.push(
        warning(
          "kein-freier-termin",
          `${named}${slot.noDay(slot.date.reason)} wurde keine Sitzung geplant. ` +
            `Bitte den Termin von Hand in „Sitzungen“ eintragen oder Sperrzeiten bzw. Sitzungsmonate anpassen.`,
        ),
      );
      continue;
    }
    const date = slot.date.date;
    let host: Located<Member> | null;
    if (body.hostRule === "reihum") {
      host = nextHost(ring, previousTurn(turns, lastPlanned, date)?.shortName ?? null, date);
    } else {
      host = fixedHost !== null && isMemberOn(fixedHost, date) ? fixedHost : null;
    }
    if (host === null) {
      findings.push(warning("kein-gastgeber", `${named}${noHostMessage(body, date)}`));
      continue;
    }
    number += 1;
    const nr = `${prefix}${year}-${String(number).padStart(2, "0")}`;
    meetings.push({
      nr,
      date,
      start: body.startTime,
      end,
      format: body.format,
      host: host.name,
      venue: body.format === "Online" ? "Online" : host.venue,
      minutesBy: minutesKeeper?.name ?? host.name,
      // A Gremium's Zugang goes into its planned meetings; without Gremien there is none, as before.
      access: body.access,
      topic: null,
      speakers: null,
      status: "geplant",
      note: slot.date.note,
      ...(body.listed ? { body: body.name } : {}),
    });
    lastPlanned = { date, nr, shortName: host.shortName };
  }
  if (body.minutesRule === "Vorsitz" && chair === null && meetings.length > 0) findings.push(missingChair(settings));
  return { meetings, findings };
}

/** The highest NN among Nr of the form `PREFIX Y-NN` (0 if none). */
function highestNumber(meetings: readonly Pick<Meeting, "nr">[], prefix: string, year: number): number {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${year}-(\\d+)$`);
  let highest = 0;
  for (const { nr } of meetings) {
    const match = pattern.exec(nr);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/**
 * The member named as Vorsitz (or fixed host, or minutes keeper), by Mitglied or by Kurzname.
 *
 * @example chairMember("Kaarst", members)?.name // "Stadt Kaarst"
 */
export function chairMember(chair: string | null, members: readonly Located<Member>[]): Located<Member> | null {
  if (chair === null) return null;
  return members.find((m) => m.name === chair) ?? members.find((m) => m.shortName === chair) ?? null;
}

/** The member a Gremien cell names by Mitglied or Kurzname, case and spaces aside. */
function memberNamed(name: string | null, members: readonly Located<Member>[]): Located<Member> | null {
  if (name === null) return null;
  const key = matchKey(name);
  return members.find((m) => matchKey(m.name) === key) ?? members.find((m) => matchKey(m.shortName) === key) ?? null;
}

function noHostMessage(body: PlanningBody, date: PlainDate): string {
  if (body.hostRule === "reihum") {
    return (
      `Für die Sitzung am ${formatDateDe(date)} gibt es keinen Gastgeber: an diesem Tag gehört kein Mitglied mit Gastgeber = Ja der Allianz an. ` +
      `Bitte in „Mitglieder“ bei mindestens einem Mitglied Gastgeber = Ja setzen oder Beitritt/Austritt prüfen.`
    );
  }
  const who = body.hostRule === "fest" ? `der feste Gastgeber „${body.host ?? ""}“` : `der Vorsitz „${body.chair ?? ""}“, der bei Gastgeber-Regel „keiner“ einlädt,`;
  return `Für die Sitzung am ${formatDateDe(date)} gibt es keinen Gastgeber: ${who} ist an diesem Tag kein Mitglied. Bitte im Blatt „Gremien“ oder in „Mitglieder“ korrigieren.`;
}

function missingChair(settings: Settings): Finding {
  const named = settings.chair === null ? "ist kein Vorsitz eingetragen" : `„${settings.chair}“ ist kein Mitglied`;
  return sheetFinding(
    "Einstellungen",
    "warning",
    "vorsitz-fehlt",
    `„Protokoll führt“ steht auf „Vorsitz“, aber unter „Vorsitz“ ${named}. Die geplanten Sitzungen nennen deshalb den Gastgeber als Protokoll. ` +
      `Bitte unter „Vorsitz“ ein Mitglied aus „Mitglieder“ eintragen.`,
  );
}

function warning(code: string, message: string): Finding {
  return sheetFinding("Sitzungen", "warning", code, message);
}
