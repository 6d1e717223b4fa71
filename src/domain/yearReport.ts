import { bodiesOf, bodyNamed } from "./bodiesOf";
import { isMemberOn } from "./isMemberOn";
import { meetingsByDate } from "./meetingChoice";
import { dateParts, type PlainDate } from "./plainDate";
import type { Meeting, Registers, Task } from "./registers";
import { registersOfBody } from "./registersOfBody";

/** One member's participation in a year: meetings attended of the meetings held while a member. */
export interface Participation {
  readonly member: string;
  readonly attended: number;
  /** Meetings held in the year on days the member belonged to the alliance. */
  readonly held: number;
}

/** A topic of a held meeting: the meeting's Thema or an agenda item, with its speakers. */
export interface ReportTopic {
  readonly nr: string;
  readonly date: PlainDate;
  readonly title: string;
  readonly speakers: string;
}

/** What the Jahresbericht says about a year. */
export interface YearReport {
  readonly year: number;
  /** Meetings `durchgeführt` in the year, in date order. */
  readonly held: readonly Meeting[];
  /** Meetings `abgesagt` in the year, in date order. */
  readonly cancelled: readonly Meeting[];
  /** Meetings of the year still `geplant` or `eingeladen`. */
  readonly pending: readonly Meeting[];
  readonly topics: readonly ReportTopic[];
  /** Every member that belonged to the alliance on a day a meeting was held, in name order. */
  readonly participation: readonly Participation[];
  /** Tasks agreed in meetings of the year. */
  readonly tasksOpened: readonly Task[];
  /** Tasks done in the year (Erledigt am in the year), whenever they were agreed. */
  readonly tasksDone: readonly Task[];
  /** Tasks still open at the end of the year (agreed in or before it). */
  readonly tasksOpenAtEnd: readonly Task[];
}

const collator = new Intl.Collator("de");
const numeric = new Intl.Collator("de", { numeric: true });

/**
 * The facts of a year for the Jahresbericht: meetings held and cancelled, their hosts, topics and
 * speakers, each member's participation (Anwesenheit rows `anwesend` for held meetings, of the
 * meetings held while the member belonged to the alliance) and the tasks opened and done. A member
 * counts as present when at least one of its people is recorded `anwesend`. A task counts in the
 * year of the meeting that agreed it, looked up in `taskMeetings` (a Gremium's task may be agreed in
 * another Gremium's meeting).
 *
 * @example yearReport(registers, 2025).participation[0] // { member: "Gemeinde Jüchen", attended: 1, held: 2 }
 */
export function yearReport(registers: Pick<Registers, "meetings" | "members" | "agenda" | "attendance" | "tasks">, year: number, taskMeetings: readonly Meeting[] = registers.meetings): YearReport {
  const inYear = meetingsByDate(registers.meetings.filter((m) => dateParts(m.date).year === year));
  const held = inYear.filter((m) => m.status === "durchgeführt");
  const heldNr = new Map(held.map((m) => [m.nr.trim(), m]));
  const present = new Set<string>();
  for (const row of registers.attendance) if (row.status === "anwesend" && heldNr.has(row.meeting.trim())) present.add(`${row.meeting.trim()}\u0000${row.member}`);

  const participation: Participation[] = [];
  const counted = new Set<string>();
  for (const member of [...registers.members].sort((a, b) => collator.compare(a.name, b.name))) {
    const during = held.filter((m) => isMemberOn(member, m.date));
    // A name twice in Mitglieder is a validation error; it is counted once.
    if (during.length === 0 || counted.has(member.name)) continue;
    counted.add(member.name);
    const attended = during.filter((m) => present.has(`${m.nr.trim()}\u0000${member.name}`)).length;
    participation.push({ member: member.name, attended, held: during.length });
  }

  const topics: ReportTopic[] = [];
  for (const meeting of held) {
    if (meeting.topic !== null) topics.push({ nr: meeting.nr, date: meeting.date, title: meeting.topic, speakers: meeting.speakers ?? "" });
    const items = registers.agenda.filter((item) => item.meeting.trim() === meeting.nr.trim()).sort((a, b) => numeric.compare(a.item, b.item));
    for (const item of items) topics.push({ nr: meeting.nr, date: meeting.date, title: `TOP ${item.item}: ${item.title}`, speakers: item.speaker ?? "" });
  }

  const dateOf = new Map(taskMeetings.map((m) => [m.nr.trim(), m.date]));
  const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
  const agreedIn = (task: Task) => dateOf.get(task.meeting.trim());
  const tasksOpened = registers.tasks.filter((t) => {
    const date = agreedIn(t);
    return date !== undefined && dateParts(date).year === year;
  });
  const tasksDone = registers.tasks.filter((t) => t.status === "erledigt" && t.doneOn !== null && dateParts(t.doneOn).year === year);
  const tasksOpenAtEnd = registers.tasks.filter((t) => {
    const date = agreedIn(t);
    const stillOpen = t.status === "offen" || (t.doneOn !== null && t.doneOn > yearEnd);
    return date !== undefined && date <= yearEnd && stillOpen;
  });
  return {
    year,
    held,
    cancelled: inYear.filter((m) => m.status === "abgesagt"),
    pending: inYear.filter((m) => m.status === "geplant" || m.status === "eingeladen"),
    topics,
    participation,
    tasksOpened,
    tasksDone,
    tasksOpenAtEnd,
  };
}

/** One part of the Jahresbericht: a Gremium's year, or (`body` null, without a Gremien sheet) the alliance's. */
export interface BodyYearReport {
  readonly body: string | null;
  readonly report: YearReport;
}

/**
 * The Jahresbericht's parts: without a Gremien sheet one part for the whole alliance, exactly as
 * before Gremien existed; with one, a part per Gremium in the sheet's order — its meetings,
 * members, attendance and tasks (see registersOfBody) — or only the Gremium `only` names (by name
 * or Kurzname; none for a name no Gremium has).
 *
 * @example bodyYearReports(registers, 2027).map((p) => p.body) // ["Plenum", "Arbeitskreis Wärme", "Netzwerk Klimaschutzmanagement"]
 * @example bodyYearReports(registers, 2027, "AK-Wärme").map((p) => p.body) // ["Arbeitskreis Wärme"]
 */
export function bodyYearReports(registers: Registers, year: number, only: string | null = null): BodyYearReport[] {
  const bodies = bodiesOf(registers);
  if (!bodies[0].listed) return [{ body: null, report: yearReport(registers, year) }];
  const chosen = only === null ? bodies : bodies.filter((b) => b === bodyNamed(bodies, only));
  return chosen.map((body) => ({ body: body.name, report: yearReport(registersOfBody(registers, body.name)!, year, registers.meetings) }));
}
