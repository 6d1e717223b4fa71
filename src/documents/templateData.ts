import { bodiesOf, bodyNamed } from "../domain/bodiesOf";
import { bodyAudience } from "../domain/bodyAudience";
import { isMemberOn } from "../domain/isMemberOn";
import { compareMeetings, meetingByNr } from "../domain/meetingChoice";
import type { PlainDate } from "../domain/plainDate";
import { addDays, formatDateDe, isoWeekday, plainDate } from "../domain/plainDate";
import { personName } from "../domain/personName";
import type { Attendance, Meeting, Registers, Settings, Task } from "../domain/registers";
import { CONTACT_ROLES } from "../domain/registers";
import { memberAddressLines, RETURN_LINE_MAX, textLines } from "../domain/letterAddress";
import { meetingAccess } from "../domain/meetingAccess";
import { cancellationReason } from "../domain/meetingHistory";
import { sameBodyAs } from "../domain/taskBody";
import { todayInGermany } from "../workbook/today";
import { DocumentInputError } from "./documentInputError";
import type { TemplateData } from "./fields";
import { formatLongDateDe, formatTimeDe } from "./formatDe";
import { meetingTimes, meetingVenue } from "./meetingFacts";
import { memberGenitive } from "./memberNames";
import type { Recipient } from "./recipients";
import { recipientsOn } from "./recipients";
import { addressee } from "./salutation";

/*
 * Pure builders from the registers to the data a template is filled with. The result types come
 * from the field catalogue (fields.ts), so every field is filled and no other is. Input that no
 * document can be made from throws a DocumentInputError with a German message.
 */

export interface InvitationOptions {
  /** Date of the letters; default: the day they are made (today in Germany). */
  readonly letterDate?: PlainDate;
  /** Reply-by date; default: see {@link replyByDate}. */
  readonly replyBy?: PlainDate;
}

export interface CancellationOptions {
  /** Date of the letters; default: the day they are made (today in Germany). */
  readonly letterDate?: PlainDate;
  /** The reason given; default: the one the Hinweis holds ("abgesagt am …: Grund"). */
  readonly reason?: string | null;
}

export interface YearPlanOptions {
  /** Date of the letters; default: the day they are made (today in Germany). */
  readonly letterDate?: PlainDate;
}

type AllianceData = Pick<
  TemplateData<"protokoll">,
  "Allianz" | "Vorsitz" | "VorsitzPerson" | "Absender" | "AbsenderName" | "AbsenderZeile" | "AbsenderEmail" | "Ruecksendeangabe" | "Ansprechpartner" | "Telefon"
>;
type MeetingData = TemplateData<"jahresplanung">["Sitzungen"][number];
type AgendaData = TemplateData<"protokoll">["Tagesordnung"][number];
type LetterData = TemplateData<"einladung">["Briefe"][number];
type AttendanceData = TemplateData<"protokoll">["Teilnehmende"][number];
type TaskData = TemplateData<"protokoll">["Aufgaben"][number];

const collator = new Intl.Collator("de");
/** Orders "2" before "10" and "2.1" after "2" (TOP numbers). */
const numericCollator = new Intl.Collator("de", { numeric: true });

/**
 * The data of the minutes (Protokoll) of one meeting.
 *
 * @example minutesData(registers, "2027-01").NaechsteSitzung // "Donnerstag, 13. Mai 2027, 10:00 Uhr, Rathaus Meerbusch"
 */
export function minutesData(registers: Registers, nr: string): TemplateData<"protokoll"> {
  const meeting = findMeeting(registers, nr, "Protokoll");
  const attendees = recipientsOn(registers, meeting.date, meeting).filter((r) => r.contact.role !== "Verteiler");
  const inBody = bodyAudience(registers, meeting);
  const recorded = registers.attendance.filter((a) => a.meeting.trim() === meeting.nr.trim());
  // A row names a person, or (without Person) the member as a whole.
  const statusOf = new Map(recorded.map((a) => [`${a.member}\u0000${a.person?.trim() ?? ""}`, a.status]));
  const attendance: AttendanceData[] = registers.members
    .filter((member) => isMemberOn(member, meeting.date) && inBody({ member: member.name }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((member) => ({
      Mitglied: member.name,
      Personen: attendees
        .filter((r) => r.member.name === member.name)
        .sort((a, b) => CONTACT_ROLES.indexOf(a.contact.role) - CONTACT_ROLES.indexOf(b.contact.role))
        .map((r) => ({
          Name: r.name,
          Funktion: r.contact.position ?? "",
          Rolle: r.contact.role,
          Status: statusOf.get(`${member.name}\u0000${personName(r.contact)}`) ?? statusOf.get(`${member.name}\u0000`) ?? "",
        })),
    }));
  const listed = (status: Attendance["status"]) =>
    recorded
      .filter((a) => a.status === status)
      .sort((a, b) => collator.compare(a.member, b.member) || collator.compare(a.person ?? "", b.person ?? ""))
      .map((a) => ({ Name: a.person ?? "", Mitglied: a.member, Bemerkung: a.remark ?? "" }));
  return {
    ...allianceData(registers, meeting.date),
    ...meetingData(registers, meeting),
    Tagesordnung: agendaData(registers, meeting),
    Teilnehmende: attendance,
    Anwesend: listed("anwesend"),
    Entschuldigt: listed("entschuldigt"),
    Aufgaben: registers.tasks
      .filter((t) => t.meeting.trim() === meeting.nr.trim())
      .sort((a, b) => numericCollator.compare(a.nr, b.nr))
      .map(taskData),
    Verteiler: attendance.map((a) => a.Mitglied).join(", "),
    NaechsteSitzung: nextMeetingText(registers, meeting),
  };
}

/**
 * The open tasks an invitation reminds of: open, of the meeting's Gremium (with a Gremien sheet),
 * agreed in another meeting before this one (or in one not in Sitzungen), by Frist (without Frist
 * last), then Nr.
 *
 * @example openTasks(registers, meeting).map((t) => t.nr) // ["3", "1"]
 */
export function openTasks(registers: Pick<Registers, "tasks" | "meetings" | "bodies">, meeting: Meeting): Task[] {
  const dates = new Map(registers.meetings.map((m) => [m.nr.trim(), m.date]));
  const ofBody = sameBodyAs(registers, meeting);
  return registers.tasks
    .filter((t) => t.status === "offen" && ofBody(t) && t.meeting.trim() !== meeting.nr.trim() && (dates.get(t.meeting.trim()) ?? meeting.date) <= meeting.date)
    .sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || numericCollator.compare(a.nr, b.nr));
}

function taskData(task: Task): TaskData {
  return {
    Nr: task.nr,
    Sitzung: task.meeting,
    TOP: task.item ?? "",
    Aufgabe: task.task,
    Verantwortlich: task.responsible,
    Frist: task.due === null ? "" : formatDateDe(task.due),
    Status: task.status,
  };
}

/**
 * The data of the invitation letters to one meeting: one letter per recipient on the meeting date.
 *
 * @example invitationData(registers, "2027-01").Briefe.length // number of recipients
 */
export function invitationData(registers: Registers, nr: string, options: InvitationOptions = {}): TemplateData<"einladung"> {
  const meeting = findMeeting(registers, nr, "Einladung");
  const leadDays = registers.settings.invitationLeadDays;
  return {
    ...allianceData(registers, meeting.date),
    ...meetingData(registers, meeting),
    Tagesordnung: agendaData(registers, meeting),
    Briefdatum: formatDateDe(options.letterDate ?? todayInGermany()),
    Rueckmeldung: formatLongDateDe(options.replyBy ?? replyByDate(meeting.date, leadDays)),
    OffeneAufgaben: openTasks(registers, meeting).map(taskData),
    Briefe: letters(registers, meeting.date, meeting),
  };
}

/**
 * The data of the cancellation letters (Absage) of a cancelled meeting: one letter per recipient
 * on the meeting date, with who would have hosted it or kept its minutes.
 *
 * @example cancellationData(registers, "2027-02", { reason: "Krankheit" }).Grund // "Krankheit"
 */
export function cancellationData(registers: Registers, nr: string, options: CancellationOptions = {}): TemplateData<"absage"> {
  const meeting = meetingByNr(registers.meetings, nr.trim());
  if (meeting === undefined) throw new DocumentInputError(`Die Sitzung „${nr.trim()}“ steht nicht im Blatt Sitzungen – bitte eine vorhandene Nr angeben.`);
  if (meeting.status !== "abgesagt") {
    throw new DocumentInputError(`Die Sitzung „${meeting.nr}“ ist nicht abgesagt – den Absagebrief gibt es erst, wenn sie abgesagt ist (im Excel-Add-in unter „Sitzungen“ oder mit „allianz absagen“).`);
  }
  const flag = (yes: boolean) => (yes ? "ja" : "");
  return {
    ...allianceData(registers, meeting.date),
    ...meetingData(registers, meeting),
    Briefdatum: formatDateDe(options.letterDate ?? todayInGermany()),
    Grund: (options.reason === undefined ? cancellationReason(meeting.note) : options.reason)?.replace(/\s+/g, " ").trim() ?? "",
    NaechsterTermin: nextMeetingText(registers, meeting, false),
    TurnusBleibt: flag(hostKeepsTurn(registers, meeting)),
    Briefe: letters(registers, meeting.date, meeting).map((letter) => {
      const duty = meetingDuties(meeting, letter.Mitglied, letter.Rolle);
      return { ...letter, IstGastgeber: flag(duty.host), IstProtokollfuehrung: flag(duty.minutes) };
    }),
  };
}

/**
 * What a reader speaking for a member had to do for the meeting: host it, keep its minutes. The
 * distribution list speaks for nobody; contact persons and deputies speak for their member.
 *
 * @example meetingDuties(meeting, "Stadt Kaarst", "Ansprechperson") // { host: true, minutes: false }
 */
export function meetingDuties(meeting: Pick<Meeting, "host" | "minutesBy">, member: string, role: string): { host: boolean; minutes: boolean } {
  const speaks = role !== "Verteiler";
  return { host: speaks && member === meeting.host, minutes: speaks && member === meeting.minutesBy };
}

/**
 * Whether the host of a cancelled meeting keeps its turn: where hosts take turns (Gastgeber-Regel
 * „reihum“), not where one member always hosts or the chair invites.
 *
 * @example hostKeepsTurn(registers, meeting) // true without a Gremien sheet
 */
export function hostKeepsTurn(registers: Pick<Registers, "bodies" | "settings">, meeting: Pick<Meeting, "body">): boolean {
  const rule = bodyNamed(bodiesOf(registers), meeting.body)?.hostRule ?? "reihum";
  return rule === "reihum";
}

/**
 * The data of the year's schedule (Jahresplanung): the year's meetings that are not cancelled,
 * and one letter per recipient on 1 January.
 *
 * @example yearPlanData(registers, 2027).Sitzungen.map((s) => s.DatumKurz) // ["14.01.2027", …]
 */
export function yearPlanData(registers: Registers, year: number, options: YearPlanOptions = {}): TemplateData<"jahresplanung"> {
  const newYear = plainDate(year, 1, 1);
  if (newYear === null) throw new DocumentInputError(`„${year}“ ist kein gültiges Jahr – bitte ein Jahr wie 2027 angeben.`);
  const meetings = registers.meetings
    .filter((m) => m.date.startsWith(`${year}-`) && m.status !== "abgesagt")
    .sort(compareMeetings);
  if (meetings.length === 0) {
    throw new DocumentInputError(`Für ${year} steht keine Sitzung im Blatt Sitzungen – bitte zuerst das Jahr planen („Nächstes Jahr planen“).`);
  }
  return {
    ...allianceData(registers, newYear),
    Jahr: String(year),
    Briefdatum: formatDateDe(options.letterDate ?? todayInGermany()),
    Sitzungen: meetings.map((m) => meetingData(registers, m)),
    Briefe: letters(registers, newYear),
  };
}

/**
 * Reply-by date of an invitation: a week before the meeting; with a Ladungsfrist under 14 days,
 * half of it, so the members keep at least as long to answer as the secretariat does to plan.
 * A weekend moves back to the Friday before.
 *
 * @example replyByDate("2027-03-11" as PlainDate, 14) // "2027-03-04"
 * @example replyByDate("2027-03-11" as PlainDate, 6) // "2027-03-08"
 */
export function replyByDate(meetingDate: PlainDate, leadDays: number): PlainDate {
  return previousWeekday(addDays(meetingDate, -Math.min(7, Math.floor(leadDays / 2))));
}

/** @example previousWeekday("2027-03-07" as PlainDate) // "2027-03-05" (Sunday → Friday) */
function previousWeekday(date: PlainDate): PlainDate {
  const weekday = isoWeekday(date);
  return weekday > 5 ? addDays(date, 5 - weekday) : date;
}

/**
 * The meeting a document is for; a German DocumentInputError for an unknown Nr or a cancelled meeting.
 *
 * @example findMeeting(registers, "2027-01", "Einladung").date // "2027-03-11"
 */
export function findMeeting(registers: Pick<Registers, "meetings">, nr: string, document: string): Meeting {
  const wanted = nr.trim();
  const meeting = meetingByNr(registers.meetings, wanted);
  if (meeting === undefined) {
    const known = registers.meetings.length > 0 ? `, z. B. „${registers.meetings[registers.meetings.length - 1].nr}“` : "";
    throw new DocumentInputError(`Die Sitzung „${wanted}“ steht nicht im Blatt Sitzungen – bitte eine vorhandene Nr angeben${known}.`);
  }
  if (meeting.status === "abgesagt") {
    throw new DocumentInputError(`Die Sitzung „${wanted}“ ist abgesagt – für sie gibt es kein Dokument „${document}“. Bitte eine andere Sitzung wählen oder den Status ändern.`);
  }
  return meeting;
}

/** The alliance's own data; the chair is named as the persons it had on `date`. */
function allianceData(registers: Registers, date: PlainDate): AllianceData {
  const { allianceName, chair, sender, senderEmail, contactPerson, phone } = registers.settings;
  const senderRows = senderLines(registers.settings);
  return {
    Allianz: allianceName ?? "",
    Vorsitz: chair ?? "",
    VorsitzPerson: chair === null ? "" : contactPersonsOf(registers, chair, date),
    Absender: sender ?? allianceName ?? "",
    AbsenderName: senderRows[0] ?? "",
    AbsenderZeile: senderRows.join(", "),
    AbsenderEmail: senderEmail ?? "",
    Ruecksendeangabe: returnLine(registers.settings),
    Ansprechpartner: contactPerson ?? "",
    Telefon: phone ?? "",
  };
}

/**
 * The return line above the address (DIN 5008: within the address field's width): the setting
 * „Rücksendeangabe“, else the Absender in one line. A longer Absender keeps its first line and its
 * last two (street, town) and shortens the first line until it fits.
 *
 * @example returnLine({ returnAddress: null, sender: "Geschäftsstelle\nOberstraße 91\n41460 Neuss", allianceName: null }) // "Geschäftsstelle · Oberstraße 91 · 41460 Neuss"
 */
export function returnLine(settings: Pick<Settings, "returnAddress" | "sender" | "allianceName">): string {
  if (settings.returnAddress !== null) return settings.returnAddress;
  const rows = senderLines(settings);
  const full = rows.join(" · ");
  if (full.length <= RETURN_LINE_MAX || rows.length < 2) return shorten(full, RETURN_LINE_MAX);
  const [name, ...rest] = rows.length > 3 ? [rows[0], ...rows.slice(-2)] : rows;
  const tail = ` · ${rest.join(" · ")}`;
  return tail.length >= RETURN_LINE_MAX - 4 ? shorten(tail.slice(3), RETURN_LINE_MAX) : `${shorten(name, RETURN_LINE_MAX - tail.length)}${tail}`;
}

/** @example shorten("Allianz für Klima", 10) // "Allianz f…" */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The active Ansprechpersonen of a member on a date, by name: „Max Muster, Erika Ärmel“. */
function contactPersonsOf(registers: Registers, memberName: string, date: PlainDate): string {
  return recipientsOn(registers, date)
    .filter((r) => r.member.name === memberName && r.contact.role === "Ansprechperson")
    .map((r) => r.name)
    .join(", ");
}

/**
 * The lines of the Absender, or without one the name of the alliance; blank lines dropped.
 *
 * @example senderLines({ sender: "Allianz Rhein-Kreis Neuss\nOberstraße 91", allianceName: null }) // ["Allianz Rhein-Kreis Neuss", "Oberstraße 91"]
 */
export function senderLines(settings: Pick<Settings, "sender" | "allianceName">): string[] {
  return textLines(settings.sender ?? settings.allianceName ?? "");
}

/**
 * A meeting's facts as documents write them (long date, times with "Uhr", venue with defaults).
 *
 * @example meetingData(registers, meeting).Datum // "Donnerstag, 14. Januar 2027"
 */
export function meetingData(registers: Registers, meeting: Meeting): MeetingData {
  const { start, end } = meetingTimes(meeting, registers.settings);
  const host = registers.members.find((m) => m.name === meeting.host);
  const access = meetingAccess(meeting, registers.settings);
  return {
    Nr: meeting.nr,
    Datum: formatLongDateDe(meeting.date),
    DatumKurz: formatDateDe(meeting.date),
    Beginn: formatTimeDe(start),
    Ende: end === null ? "" : formatTimeDe(end),
    Format: meeting.format,
    Ort: meetingVenue(meeting, registers.members),
    Gastgeber: meeting.host,
    GastgeberGenitiv: memberGenitive(host ?? { name: meeting.host, kind: "Sonstige" }),
    Protokollfuehrung: meeting.minutesBy,
    ProtokollPerson: contactPersonsOf(registers, meeting.minutesBy, meeting.date),
    Thema: meeting.topic ?? "",
    Referierende: meeting.speakers ?? "",
    Zugang: access?.text ?? "",
    ZugangLink: access?.url ?? "",
  };
}

/** The meeting's items of the Tagesordnung sheet; without any, the Standard-TOPs numbered from 1. */
function agendaData(registers: Registers, meeting: Meeting): AgendaData[] {
  const items = registers.agenda
    .filter((item) => item.meeting.trim() === meeting.nr.trim())
    .sort((a, b) => numericCollator.compare(a.item, b.item))
    .map((item) => ({
      TOP: item.item,
      Titel: item.title,
      Referent: item.speaker ?? "",
      Minuten: item.minutes === null ? "" : String(item.minutes),
    }));
  if (items.length > 0) return items;
  return registers.settings.standardAgenda.map((title, index) => ({ TOP: String(index + 1), Titel: title, Referent: "", Minuten: "" }));
}

/**
 * The next meeting of the same Gremium after this one that is not cancelled, as documents write it: date, start and
 * (unless `withVenue` is false) venue, else „noch nicht geplant“. A cancellation leaves the venue
 * out: the next meeting's host, and with it the venue, may change with the host recomputation.
 *
 * @example nextMeetingText(registers, meeting) // "Donnerstag, 13. Mai 2027, 10:00 Uhr, Rathaus Meerbusch"
 * @example nextMeetingText(registers, meeting, false) // "Donnerstag, 13. Mai 2027, 10:00 Uhr"
 */
export function nextMeetingText(registers: Registers, meeting: Meeting, withVenue = true): string {
  // The next meeting of the same Gremium (with a Gremien sheet).
  const rows = registers.bodies ?? [];
  const body = bodyNamed(rows, meeting.body);
  const next = registers.meetings
    .filter((m) => m.status !== "abgesagt" && compareMeetings(m, meeting) > 0 && (rows.length === 0 || bodyNamed(rows, m.body) === body))
    .sort(compareMeetings)[0];
  if (next === undefined) return "noch nicht geplant";
  const { Datum, Beginn, Ort } = meetingData(registers, next);
  return [Datum, Beginn, withVenue ? Ort : ""].filter((part) => part !== "").join(", ");
}

function letters(registers: Registers, date: PlainDate, meeting?: Meeting): LetterData[] {
  const recipients = recipientsOn(registers, date, meeting);
  if (recipients.length === 0) {
    throw new DocumentInputError(
      `Am ${formatDateDe(date)} hat kein Mitglied einen aktiven Kontakt – bitte im Blatt Kontakte Ansprechpersonen eintragen (Aktiv = Ja).`,
    );
  }
  const flag = (yes: boolean) => (yes ? "ja" : "");
  return recipients.map((r) => ({
    Anschrift: addressBlock(r),
    Anrede: r.salutation,
    Name: r.name,
    Funktion: r.contact.position ?? "",
    Mitglied: r.member.name,
    EMail: r.email,
    Rolle: r.contact.role,
    IstAnsprechperson: flag(r.contact.role === "Ansprechperson"),
    IstVertretung: flag(r.contact.role === "Vertretung"),
    IstVerteiler: flag(r.contact.role === "Verteiler"),
  }));
}

/**
 * DIN 5008 address of a person at an administration: the member, „Frau“/„Herrn“ and the name,
 * then the rest of the member's Anschrift (see memberAddressLines).
 */
function addressBlock(recipient: Recipient): string {
  return [recipient.member.name.trim(), addressee(recipient.contact), ...memberAddressLines(recipient.member)].join("\n");
}
