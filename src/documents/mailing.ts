import type { Finding } from "../domain/finding";
import type { PlainDate } from "../domain/plainDate";
import { meetingByNr, meetingsByDate } from "../domain/meetingChoice";
import { formatDateDe, plainDate } from "../domain/plainDate";
import type { ContactRole, Meeting, Registers } from "../domain/registers";
import { recipientsCsv } from "./csv";
import { DocumentInputError } from "./documentInputError";
import { targetNr, targetYear } from "./documentFor";
import { buildEml, DOCX_CONTENT_TYPE, icsContentType, isMailAddress, PDF_CONTENT_TYPE, type MailAddress, type MailAttachment } from "./eml";
import type { TemplateKind } from "./fields";
import { asciiFileName } from "./fileName";
import { buildIcs, type AttendeeRole, type CalendarAttendee, type IcsMethod } from "./ics";
import { meetingEvent } from "./meetingEvent";
import type { Recipient } from "./recipients";
import { recipientsOn } from "./recipients";
import { stableHash } from "./stableHash";
import { formatLongDateDe } from "./formatDe";
import { findMeeting, hostKeepsTurn, invitationData, meetingData, meetingDuties, minutesData, nextMeetingText, senderLines, yearPlanData } from "./templateData";
import { parseTimestamp } from "./timestamp";
import { zipFiles, type NamedFile } from "./zip";

/** The mailings of issue 3: an invitation to one meeting, the year's schedule, the minutes of one meeting. */
export const MAILING_KINDS = ["einladung", "jahresplanung", "protokoll"] as const;
/** The mailings of a meeting's change (`allianz absagen`, `allianz verschieben`): made with the change, not by `versand`. */
export const CHANGE_MAILING_KINDS = ["absage", "verschiebung"] as const;
export type ChangeMailingKind = (typeof CHANGE_MAILING_KINDS)[number];
export type MailingKind = (typeof MAILING_KINDS)[number] | ChangeMailingKind;
/** The template a change's serial letter is filled from: the cancellation letter; a move sends the invitation again, for the new date. */
export const CHANGE_TEMPLATE: Record<ChangeMailingKind, TemplateKind> = { absage: "absage", verschiebung: "einladung" };

export interface MailingOptions {
  /** Meeting Nr, for `einladung` and `protokoll`. */
  readonly nr?: string;
  /** Year, for `jahresplanung`. */
  readonly year?: number;
  /** The filled serial letter, added to the files as `Serienbrief.docx`. */
  readonly letterDocx?: Uint8Array;
  /**
   * The finished minutes, for `protokoll`: the .docx or PDF the minute-keeper wrote, attached to
   * every mail with exactly these bytes and added as `Protokoll_NR.docx` or `.pdf`.
   */
  readonly minutesFile?: MinutesFile;
  /** For `absage`: the reason given, if any. */
  readonly reason?: string | null;
  /** For `verschiebung`: the meeting as it was before the move (the registers hold it as it is now). */
  readonly former?: Meeting;
  /** When the mailing is made, an ISO instant in UTC (`new Date().toISOString()`): mail Date and calendar DTSTAMP. */
  readonly stamp: string;
  /** Called after each mail draft, so a long mailing can show its progress (the task pane's worker does). */
  readonly onProgress?: (mailsDone: number, mailsTotal: number) => void;
}

/** A finished minutes file as the user chose it. */
export interface MinutesFile {
  /** The name it had, e.g. `Protokoll März final.pdf`: only its ending is used. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Who a mailing goes to, as the CLI's `--json` lists them. */
export interface MailingRecipient {
  readonly name: string;
  readonly email: string;
  readonly mitglied: string;
  readonly rolle: ContactRole;
}

export interface Mailing {
  readonly kind: MailingKind;
  /** Name for the zip of all files, e.g. `Einladung_2027-01.zip`. */
  readonly zipName: string;
  /** In this order: Serienbrief.docx (if given), the minutes (protokoll), the .ics, Empfaenger.csv, one .eml per recipient. */
  readonly files: readonly NamedFile[];
  readonly recipients: readonly MailingRecipient[];
  /** Contacts left out (no usable address, address twice), as warnings on the Kontakte sheet. */
  readonly findings: readonly Finding[];
}

const PROD_ID = "-//Allianz-Planer//Sitzungen//DE";

/**
 * Everything one mailing sends: one `.eml` draft per recipient (Outlook opens it ready to send),
 * the calendar file, the recipient list for Excel and the serial letter when given. Recipients
 * are the active contacts of the members active on the meeting date (for the year's schedule: on
 * 1 January). Input no mailing can be made from throws a {@link DocumentInputError} with a German
 * message; contacts without a usable address are left out with a warning.
 *
 * @example buildMailing("einladung", registers, { nr: "2027-01", stamp: new Date().toISOString() }).files.map((f) => f.name)
 * // ["Sitzung_2027-01.ics", "Empfaenger.csv", "01_Oezdemir_Jana.eml", …]
 */
export function buildMailing(kind: MailingKind, registers: Registers, options: MailingOptions): Mailing {
  const stamp = parseTimestamp(options.stamp);
  if (stamp === null) throw new DocumentInputError(`Der Zeitstempel „${options.stamp}“ ist ungültig – bitte einen Zeitpunkt wie 2026-12-01T09:30:00Z angeben.`);
  const from = senderAddress(registers);
  const plan = mailPlan(kind, registers, options);
  const { recipients, findings } = mailableRecipients(recipientsOn(registers, plan.recipientsDate, plan.audience));
  if (recipients.length === 0) {
    throw new DocumentInputError(`Niemand kann die Mails bekommen: am ${formatDateDe(plan.recipientsDate)} hat kein Mitglied einen aktiven Kontakt mit gültiger E-Mail-Adresse – bitte das Blatt Kontakte ergänzen.`);
  }

  const encoder = new TextEncoder();
  const calendar = plan.calendar;
  const events = calendar?.meetings.map((m) => meetingEvent(m, registers, stamp)) ?? [];
  const icsBytes = (method: IcsMethod, attendees: readonly CalendarAttendee[]) =>
    encoder.encode(buildIcs({ method, events, organizer: from, attendees, prodId: PROD_ID, stamp }));
  const calendarFile = calendar && { name: calendar.fileName, bytes: icsBytes(calendar.method, recipients.map(toAttendee)) };
  const attachmentsFor = (recipient: Recipient): MailAttachment[] => {
    const attachments: MailAttachment[] = [];
    if (calendar && calendarFile) {
      // A published schedule has no attendees, so every mail carries the same bytes; an invitation
      // names only its own recipient, so no mail discloses the other contacts' addresses.
      const bytes = calendar.method === "PUBLISH" ? calendarFile.bytes : icsBytes(calendar.method, [toAttendee(recipient)]);
      attachments.push({ fileName: calendar.fileName, contentType: icsContentType(calendar.method), bytes });
    }
    if (plan.attachment) attachments.push({ fileName: plan.attachment.name, contentType: plan.attachment.contentType, bytes: plan.attachment.bytes });
    return attachments;
  };

  const width = Math.max(2, String(recipients.length).length);
  const domain = from.email.slice(from.email.indexOf("@") + 1);
  const emls = recipients.map((recipient, index) => {
    const eml = {
      name: `${String(index + 1).padStart(width, "0")}_${asciiFileName(`${recipient.contact.lastName}_${recipient.contact.firstName}`) || "Empfaenger"}.eml`,
      bytes: buildEml({
        from,
        to: [toAddress(recipient)],
        subject: plan.subject,
        text: `${recipient.salutation}\n\n${plan.body(recipient)}\n\nMit freundlichen Grüßen\n\n${senderLines(registers.settings).join("\n")}\n`,
        date: stamp,
        messageId: `${stableHash(`${kind}\u0000${plan.key}\u0000${recipient.email.toLowerCase()}\u0000${stamp}`)}.${kind}@${domain}`,
        attachments: attachmentsFor(recipient),
      }),
    };
    options.onProgress?.(index + 1, recipients.length);
    return eml;
  });

  const files: NamedFile[] = [
    ...(options.letterDocx ? [{ name: "Serienbrief.docx", bytes: options.letterDocx }] : []),
    ...(plan.attachment ? [{ name: plan.attachment.name, bytes: plan.attachment.bytes }] : []),
    ...(calendarFile ? [calendarFile] : []),
    { name: "Empfaenger.csv", bytes: recipientsCsv(recipients, plan.csvMeeting) },
    ...emls,
  ];
  return {
    kind,
    zipName: `${plan.zipStem}.zip`,
    files,
    recipients: recipients.map((r) => ({ name: r.name, email: r.email, mitglied: r.member.name, rolle: r.contact.role })),
    findings,
  };
}

/**
 * All files of a mailing as one zip, named as the mailing says.
 *
 * @example zipMailing(mailing).name // "Einladung_2027-01.zip"
 */
export function zipMailing(mailing: Mailing): NamedFile {
  return { name: mailing.zipName, bytes: zipFiles(mailing.files) };
}

/** What differs between the kinds of mailing. */
interface MailPlan {
  /** Identifies the mailing in Message-IDs. */
  readonly key: string;
  readonly zipStem: string;
  readonly recipientsDate: PlainDate;
  /** The meeting whose Gremium's people get the mail; none for the year's schedule (everyone). */
  readonly audience?: Meeting;
  readonly subject: string;
  /** The text between salutation and closing, in the words for the reader's role (and their member's part in the meeting). */
  readonly body: (recipient: Recipient) => string;
  readonly calendar?: { readonly fileName: string; readonly method: IcsMethod; readonly meetings: readonly Meeting[] };
  readonly attachment?: NamedFile & { readonly contentType: string };
  readonly csvMeeting?: { readonly nr: string; readonly date: PlainDate };
}

function mailPlan(kind: MailingKind, registers: Registers, options: MailingOptions): MailPlan {
  switch (kind) {
    case "jahresplanung":
      return yearPlan(registers, targetYear(options));
    case "einladung":
      return invitation(registers, targetNr(kind, options));
    case "protokoll":
      return minutes(registers, targetNr(kind, options), options);
    case "absage":
      return cancellation(registers, targetNr("einladung", options), options.reason ?? null);
    case "verschiebung":
      return move(registers, targetNr("einladung", options), options.former);
  }
}

/** The meeting of a change mailing, as it is after the change. */
function changedMeeting(registers: Registers, nr: string): Meeting {
  const meeting = meetingByNr(registers.meetings, nr);
  if (meeting === undefined) throw new DocumentInputError(`Die Sitzung „${nr.trim()}“ steht nicht im Blatt Sitzungen – bitte eine vorhandene Nr angeben.`);
  return meeting;
}

function cancellation(registers: Registers, nr: string, reason: string | null): MailPlan {
  const meeting = changedMeeting(registers, nr);
  const of = allianceOf(registers);
  const day = formatLongDateDe(meeting.date);
  const why = reason?.trim() ? ` Grund: ${reason.trim()}` : "";
  const fileStem = asciiFileName(meeting.nr);
  const next = `Nächster Termin: ${nextMeetingText(registers, meeting, false)}`;
  const opening: Record<ContactRole, string> = {
    Ansprechperson: `die Sitzung ${meeting.nr}${of} am ${day} muss leider entfallen.${why}`,
    Vertretung: `die Sitzung ${meeting.nr}${of} am ${day} muss leider entfallen.${why} Als Vertretung erhalten Sie diese Nachricht zur Kenntnis; für diesen Termin ist keine Vertretung nötig.`,
    Verteiler: `zu Ihrer Information: Die Sitzung ${meeting.nr}${of} am ${day} entfällt.${why}`,
  };
  const calendarHint = "Bitte entfernen Sie den Termin aus Ihrem Kalender – die angehängte Kalenderdatei erledigt das in den meisten Kalendern.";
  const turn = hostKeepsTurn(registers, meeting) ? " Sie behält ihren Turnus als Gastgeber und richtet eine der nächsten Sitzungen aus; den Termin stimmen wir mit Ihnen ab." : "";
  const hostText = `Ihre Verwaltung hätte die Sitzung ausgerichtet.${turn} Eine Raumreservierung für den ${formatDateDe(meeting.date)} können Sie freigeben.`;
  return {
    key: `absage\u0000${meeting.nr}`,
    zipStem: `Absage_${fileStem}`,
    recipientsDate: meeting.date,
    audience: meeting,
    subject: `Abgesagt: Sitzung ${meeting.nr}${of} am ${day}`,
    body: (recipient) => {
      const duty = meetingDuties(meeting, recipient.member.name, recipient.contact.role);
      return [
        opening[recipient.contact.role],
        ...(duty.host ? ["", hostText] : []),
        ...(duty.minutes ? ["", "Das Protokoll, das Ihre Verwaltung führen sollte, entfällt mit der Sitzung."] : []),
        "",
        next,
        "",
        recipient.contact.role === "Verteiler" ? "Sie erhalten diese Nachricht über den Verteiler; eine Rückmeldung ist nicht nötig." : calendarHint,
      ].join("\n");
    },
    calendar: { fileName: `Absage_${fileStem}.ics`, method: "CANCEL", meetings: [meeting] },
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
}

function move(registers: Registers, nr: string, former: Meeting | undefined): MailPlan {
  const meeting = changedMeeting(registers, nr);
  if (former === undefined) throw new DocumentInputError(`Für die Mitteilung über die Verschiebung der Sitzung „${meeting.nr}“ fehlt der bisherige Termin.`);
  const of = allianceOf(registers);
  const was = meetingData(registers, former);
  const now = meetingData(registers, meeting);
  const fileStem = asciiFileName(meeting.nr);
  const dates = [
    `Bisher: ${was.Datum}, ${was.Beginn}${was.Ort === "" ? "" : `, ${was.Ort}`}`,
    `Neu: ${now.Datum}, ${now.Ende === "" ? `ab ${now.Beginn}` : `${now.Beginn} bis ${now.Ende}`}${now.Ort === "" ? "" : `, ${now.Ort}`}`,
  ];
  const calendarHint = "Die angehängte Kalenderdatei ändert den Termin in Ihrem Kalender.";
  const closing: Record<ContactRole, string> = {
    Ansprechperson: `${calendarHint} Bitte geben Sie uns Bescheid, ob Sie zum neuen Termin teilnehmen können. Wenn Sie verhindert sind, informieren Sie bitte Ihre Vertretung.`,
    Vertretung: `${calendarHint} Ist die Ansprechperson Ihrer Verwaltung zum neuen Termin verhindert, nehmen Sie bitte an ihrer Stelle teil und geben Sie uns Bescheid.`,
    Verteiler: `${calendarHint} Sie erhalten diese Nachricht über den Verteiler zur Information; eine Rückmeldung ist nicht nötig.`,
  };
  // An online meeting needs no room: the host only confirms the new date.
  const hostRequest =
    meeting.format === "Online"
      ? `Ihre Verwaltung richtet die Sitzung aus: Bitte bestätigen Sie uns den neuen Termin am ${now.DatumKurz}.`
      : `Ihre Verwaltung richtet die Sitzung aus: Bitte bestätigen Sie uns, dass der Raum${now.Ort === "" ? "" : ` (${now.Ort})`} am ${now.DatumKurz} zur Verfügung steht, und geben Sie die Reservierung für den ${was.DatumKurz} frei.`;
  return {
    key: `verschiebung\u0000${meeting.nr}\u0000${meeting.date}`,
    zipStem: `Verschiebung_${fileStem}`,
    recipientsDate: meeting.date,
    audience: meeting,
    subject: `Verschoben: Sitzung ${meeting.nr}${of} – neu am ${now.Datum}`,
    body: (recipient) => {
      const duty = meetingDuties(meeting, recipient.member.name, recipient.contact.role);
      return [
        `${recipient.contact.role === "Verteiler" ? "zu Ihrer Information: D" : "d"}ie Sitzung ${meeting.nr}${of} wird verschoben.`,
        "",
        ...dates,
        ...(duty.host ? ["", hostRequest] : []),
        ...(duty.minutes ? ["", `Ihre Verwaltung führt das Protokoll; bitte planen Sie dafür den neuen Termin ein.`] : []),
        "",
        closing[recipient.contact.role],
      ].join("\n");
    },
    calendar: { fileName: `Sitzung_${fileStem}.ics`, method: "REQUEST", meetings: [meeting] },
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
}

function allianceOf(registers: Registers): string {
  const name = registers.settings.allianceName?.trim() ?? "";
  return name === "" ? "" : ` der ${name}`;
}

function invitation(registers: Registers, nr: string): MailPlan {
  const meeting = findMeeting(registers, nr, "Einladung");
  const data = invitationData(registers, nr);
  const of = data.Allianz === "" ? "" : ` der ${data.Allianz}`;
  const agenda = data.Tagesordnung.map((item) => {
    const extra = [item.Referent, item.Minuten === "" ? "" : `${item.Minuten} Min.`].filter((part) => part !== "").join(", ");
    return `TOP ${item.TOP}: ${item.Titel}${extra === "" ? "" : ` (${extra})`}`;
  });
  const facts = [
    `Datum: ${data.Datum}`,
    `Uhrzeit: ${data.Ende === "" ? `ab ${data.Beginn}` : `${data.Beginn} bis ${data.Ende}`}`,
    ...(data.Ort === "" ? [] : [`Ort: ${data.Ort}`]),
    `Format: ${data.Format}`,
    ...(data.Zugang === "" ? [] : ["Zugang:", ...data.Zugang.split("\n").map((line) => `  ${line}`)]),
    `Gastgeber: ${data.Gastgeber}`,
    `Protokoll: ${withPerson(data.Protokollfuehrung, data.ProtokollPerson)}`,
    ...(data.Thema === "" ? [] : [`Thema: ${data.Thema}`]),
    ...(data.Referierende === "" ? [] : [`Referierende: ${data.Referierende}`]),
    ...(agenda.length === 0 ? [] : ["", "Tagesordnung:", ...agenda]),
    ...(data.OffeneAufgaben.length === 0 ? [] : ["", "Offene Aufgaben aus früheren Sitzungen:", ...data.OffeneAufgaben.map((t) => `- ${t.Aufgabe} (${t.Verantwortlich}${t.Frist === "" ? "" : `, Frist ${t.Frist}`})`)]),
  ];
  const host = `auf Einladung ${data.GastgeberGenitiv}`;
  const opening: Record<ContactRole, string> = {
    Ansprechperson: `hiermit laden wir Sie herzlich zur Sitzung ${data.Nr}${of} ein. Sie findet ${host} statt.`,
    Vertretung: `zur Sitzung ${data.Nr}${of} ${host} laden wir die Ansprechpersonen der Mitglieder ein. Als Vertretung erhalten Sie die Einladung zur Kenntnis.`,
    Verteiler: `zu Ihrer Information: Die Sitzung ${data.Nr}${of} findet ${host} statt.`,
  };
  const closing: Record<ContactRole, string> = {
    Ansprechperson: `Bitte geben Sie uns bis ${data.Rueckmeldung} Bescheid, ob Sie teilnehmen – am einfachsten über die angehängte Kalendereinladung. Wenn Sie verhindert sind, informieren Sie bitte Ihre Vertretung.`,
    Vertretung: `Ist die Ansprechperson Ihrer Verwaltung verhindert, nehmen Sie bitte an ihrer Stelle teil und geben Sie uns bis ${data.Rueckmeldung} Bescheid.`,
    Verteiler: "Sie erhalten diese Nachricht über den Verteiler; eine Rückmeldung ist nicht nötig.",
  };
  const fileStem = asciiFileName(meeting.nr);
  return {
    key: meeting.nr,
    zipStem: `Einladung_${fileStem}`,
    recipientsDate: meeting.date,
    audience: meeting,
    subject: `Einladung zur Sitzung ${data.Nr}${of} am ${data.Datum}`,
    body: ({ contact: { role } }) => [opening[role], "", ...facts, "", closing[role]].join("\n"),
    calendar: { fileName: `Sitzung_${fileStem}.ics`, method: "REQUEST", meetings: [meeting] },
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
}

/** @example withPerson("Stadt Jüchen", "Alex Beispiel") // "Stadt Jüchen (Alex Beispiel)" */
function withPerson(member: string, persons: string): string {
  return persons === "" ? member : `${member} (${persons})`;
}

function yearPlan(registers: Registers, year: number): MailPlan {
  const data = yearPlanData(registers, year);
  const of = data.Allianz === "" ? "" : ` der ${data.Allianz}`;
  const lines = data.Sitzungen.map((m) => {
    const time = m.Ende === "" ? `ab ${m.Beginn}` : `${m.Beginn} bis ${m.Ende}`;
    return `- ${m.Datum}, ${time}${m.Ort === "" ? "" : `, ${m.Ort}`} (auf Einladung ${m.GastgeberGenitiv})`;
  });
  const calendarHint = `Mit der angehängten Kalenderdatei übernehmen Sie alle Termine in Ihren Kalender.`;
  const closing: Record<ContactRole, string> = {
    Ansprechperson: `${calendarHint} Die Einladung mit der Tagesordnung folgt jeweils ${registers.settings.invitationLeadDays} Tage vor der Sitzung.`,
    Vertretung: `${calendarHint} Als Vertretung erhalten Sie die Termine zur Kenntnis, falls Sie an Stelle der Ansprechperson teilnehmen.`,
    Verteiler: `${calendarHint} Sie erhalten diese Nachricht über den Verteiler zur Information.`,
  };
  const body = ({ contact: { role } }: Recipient) => [`anbei erhalten Sie die Sitzungstermine${of} im Jahr ${data.Jahr}:`, "", ...lines, "", closing[role]].join("\n");
  // The calendar also holds the year's cancelled meetings, so calendars that hold them take the cancellation.
  const meetings = meetingsByDate(registers.meetings.filter((m) => m.date.startsWith(`${year}-`)));
  return {
    key: String(year),
    zipStem: `Jahresplanung_${year}`,
    recipientsDate: plainDate(year, 1, 1)!,
    subject: `Sitzungstermine ${data.Jahr}${of}`,
    body,
    calendar: { fileName: `Sitzungen_${year}.ics`, method: "PUBLISH", meetings },
  };
}

function minutes(registers: Registers, nr: string, options: MailingOptions): MailPlan {
  const meeting = findMeeting(registers, nr, "Protokoll");
  const data = minutesData(registers, nr);
  if (options.minutesFile === undefined) {
    throw new DocumentInputError(
      `Für den Protokollversand fehlt das fertige Protokoll der Sitzung „${data.Nr}“ – bitte die Datei angeben, die die Protokollführung geschrieben hat (.docx oder .pdf).`,
    );
  }
  const of = data.Allianz === "" ? "" : ` der ${data.Allianz}`;
  const fileStem = asciiFileName(meeting.nr);
  const body = `anbei erhalten Sie das Protokoll der Sitzung ${data.Nr}${of} vom ${data.Datum}. Das Protokoll führte ${withPerson(data.Protokollfuehrung, data.ProtokollPerson)}.`;
  return {
    key: meeting.nr,
    zipStem: `Protokollversand_${fileStem}`,
    recipientsDate: meeting.date,
    audience: meeting,
    subject: `Protokoll der Sitzung ${data.Nr}${of} vom ${data.Datum}`,
    body: () => body,
    attachment: minutesAttachment(options.minutesFile, fileStem),
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
}

/**
 * The finished minutes as an attachment, its bytes unchanged: a Word file (.docx, a zip) or a PDF,
 * recognised by its content, so a renamed or wrong file is refused with a German message.
 *
 * @example minutesAttachment({ fileName: "Protokoll final.pdf", bytes }, "2027-01").name // "Protokoll_2027-01.pdf"
 */
export function minutesAttachment(file: MinutesFile, fileStem: string): NamedFile & { contentType: string } {
  const starts = (magic: string) => file.bytes.length >= magic.length && [...magic].every((ch, i) => file.bytes[i] === ch.charCodeAt(0));
  if (starts("%PDF-")) return { name: `Protokoll_${fileStem}.pdf`, contentType: PDF_CONTENT_TYPE, bytes: file.bytes };
  if (starts("PK\u0003\u0004") && /\.docx$/i.test(file.fileName)) return { name: `Protokoll_${fileStem}.docx`, contentType: DOCX_CONTENT_TYPE, bytes: file.bytes };
  throw new DocumentInputError(
    `„${file.fileName}“ ist weder ein Word-Dokument (.docx) noch eine PDF-Datei – bitte das fertige Protokoll als .docx oder .pdf angeben.`,
  );
}

/** From: the Absender-E-Mail, shown with the first line of the Absender. */
function senderAddress(registers: Registers): MailAddress {
  const email = registers.settings.senderEmail?.trim() ?? "";
  if (!isMailAddress(email)) {
    const what = email === "" ? "fehlt die Einstellung „Absender-E-Mail“" : `ist die „Absender-E-Mail“ „${email}“ keine gültige Adresse`;
    throw new DocumentInputError(`Im Blatt Einstellungen ${what} – bitte die Adresse eintragen, von der die Mails verschickt werden.`);
  }
  return { name: senderLines(registers.settings)[0] ?? "", email };
}

function toAddress(recipient: Recipient): MailAddress {
  return { name: recipient.name, email: recipient.email };
}

/** Contact persons are asked to answer, deputies may come, the distribution list is informed only. */
const ATTENDEE_ROLES: Record<ContactRole, AttendeeRole> = {
  Ansprechperson: "REQ-PARTICIPANT",
  Vertretung: "OPT-PARTICIPANT",
  Verteiler: "NON-PARTICIPANT",
};

function toAttendee(recipient: Recipient): CalendarAttendee {
  return { ...toAddress(recipient), role: ATTENDEE_ROLES[recipient.contact.role] };
}

/** One mail per address: contacts without a usable address, or with one already taken, are left out with a warning. */
function mailableRecipients(candidates: readonly Recipient[]): { recipients: Recipient[]; findings: Finding[] } {
  const seen = new Map<string, Recipient>();
  const recipients: Recipient[] = [];
  const findings: Finding[] = [];
  const warn = (recipient: Recipient, code: string, message: string) =>
    findings.push({ severity: "warning", code, sheet: "Kontakte", row: recipient.contact.row, column: "E-Mail", cell: null, message });
  for (const recipient of candidates) {
    const key = recipient.email.toLowerCase();
    const earlier = seen.get(key);
    if (!isMailAddress(recipient.email)) {
      warn(recipient, "email-unbrauchbar", `${recipient.name} (${recipient.member.name}) bekommt keine Mail: „${recipient.email}“ ist keine gültige E-Mail-Adresse. Bitte die Adresse im Blatt Kontakte korrigieren.`);
    } else if (earlier !== undefined) {
      warn(recipient, "email-doppelt", `${recipient.name} (${recipient.member.name}) bekommt keine eigene Mail: die Adresse ${recipient.email} hat schon ${earlier.name} (Zeile ${earlier.contact.row}). Bitte im Blatt Kontakte jeder Person eine eigene Adresse geben.`);
    } else {
      seen.set(key, recipient);
      recipients.push(recipient);
    }
  }
  return { recipients, findings };
}
