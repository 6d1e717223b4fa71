import type { Finding } from "../domain/finding";
import type { PlainDate } from "../domain/plainDate";
import { meetingByNr, meetingsByDate } from "../domain/meetingChoice";
import { formatDateDe, plainDate } from "../domain/plainDate";
import type { Meeting, Registers } from "../domain/registers";
import { recipientsCsv } from "./csv";
import { DocumentInputError } from "./documentInputError";
import { documentFileName, targetNr, targetYear } from "./documentFor";
import { buildEml, DOCX_CONTENT_TYPE, icsContentType, isMailAddress, type MailAddress, type MailAttachment } from "./eml";
import { asciiFileName } from "./fileName";
import { buildIcs, type IcsMethod } from "./ics";
import { meetingEvent } from "./meetingEvent";
import type { Recipient } from "./recipients";
import { recipientsOn } from "./recipients";
import { stableHash } from "./stableHash";
import { formatLongDateDe } from "./formatDe";
import { findMeeting, invitationData, meetingData, minutesData, senderLines, yearPlanData } from "./templateData";
import { parseTimestamp } from "./timestamp";
import { zipFiles, type NamedFile } from "./zip";

/** The mailings of issue 3: an invitation to one meeting, the year's schedule, the minutes of one meeting. */
export const MAILING_KINDS = ["einladung", "jahresplanung", "protokoll"] as const;
/** The mailings of a meeting's change (`allianz absagen`, `allianz verschieben`): made with the change, not by `versand`. */
export const CHANGE_MAILING_KINDS = ["absage", "verschiebung"] as const;
export type MailingKind = (typeof MAILING_KINDS)[number] | (typeof CHANGE_MAILING_KINDS)[number];

export interface MailingOptions {
  /** Meeting Nr, for `einladung` and `protokoll`. */
  readonly nr?: string;
  /** Year, for `jahresplanung`. */
  readonly year?: number;
  /** The filled serial letter, added to the files as `Serienbrief.docx`. */
  readonly letterDocx?: Uint8Array;
  /** The filled minutes, for `protokoll`: attached to every mail and added as `Protokoll_NR.docx`. */
  readonly attachmentDocx?: Uint8Array;
  /** For `absage`: the reason given, if any. */
  readonly reason?: string | null;
  /** For `verschiebung`: the meeting as it was before the move (the registers hold it as it is now). */
  readonly former?: Meeting;
  /** When the mailing is made, an ISO instant in UTC (`new Date().toISOString()`): mail Date and calendar DTSTAMP. */
  readonly stamp: string;
  /** Called after each mail draft, so a long mailing can show its progress (the task pane's worker does). */
  readonly onProgress?: (mailsDone: number, mailsTotal: number) => void;
}

/** Who a mailing goes to, as the CLI's `--json` lists them. */
export interface MailingRecipient {
  readonly name: string;
  readonly email: string;
  readonly mitglied: string;
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
  const { recipients, findings } = mailableRecipients(recipientsOn(registers, plan.recipientsDate));
  if (recipients.length === 0) {
    throw new DocumentInputError(`Niemand kann die Mails bekommen: am ${formatDateDe(plan.recipientsDate)} hat kein Mitglied einen aktiven Kontakt mit gültiger E-Mail-Adresse – bitte das Blatt Kontakte ergänzen.`);
  }

  const encoder = new TextEncoder();
  const calendar = plan.calendar;
  const events = calendar?.meetings.map((m) => meetingEvent(m, registers, stamp)) ?? [];
  const icsBytes = (method: IcsMethod, attendees: readonly MailAddress[]) =>
    encoder.encode(buildIcs({ method, events, organizer: from, attendees, prodId: PROD_ID, stamp }));
  const calendarFile = calendar && { name: calendar.fileName, bytes: icsBytes(calendar.method, recipients.map(toAddress)) };
  const attachmentsFor = (recipient: Recipient): MailAttachment[] => {
    const attachments: MailAttachment[] = [];
    if (calendar && calendarFile) {
      // A published schedule has no attendees, so every mail carries the same bytes; an invitation
      // names only its own recipient, so no mail discloses the other contacts' addresses.
      const bytes = calendar.method === "PUBLISH" ? calendarFile.bytes : icsBytes(calendar.method, [toAddress(recipient)]);
      attachments.push({ fileName: calendar.fileName, contentType: icsContentType(calendar.method), bytes });
    }
    if (plan.docx) attachments.push({ fileName: plan.docx.name, contentType: DOCX_CONTENT_TYPE, bytes: plan.docx.bytes });
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
        text: `${recipient.salutation}\n\n${plan.body}\n\nMit freundlichen Grüßen\n\n${senderLines(registers.settings).join("\n")}\n`,
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
    ...(plan.docx ? [plan.docx] : []),
    ...(calendarFile ? [calendarFile] : []),
    { name: "Empfaenger.csv", bytes: recipientsCsv(recipients, plan.csvMeeting) },
    ...emls,
  ];
  return {
    kind,
    zipName: `${plan.zipStem}.zip`,
    files,
    recipients: recipients.map((r) => ({ name: r.name, email: r.email, mitglied: r.member.name })),
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
  readonly subject: string;
  /** The text between salutation and closing. */
  readonly body: string;
  readonly calendar?: { readonly fileName: string; readonly method: IcsMethod; readonly meetings: readonly Meeting[] };
  readonly docx?: NamedFile;
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
  return {
    key: `absage\u0000${meeting.nr}`,
    zipStem: `Absage_${fileStem}`,
    recipientsDate: meeting.date,
    subject: `Abgesagt: Sitzung ${meeting.nr}${of} am ${day}`,
    body: [
      `die Sitzung ${meeting.nr}${of} am ${day} muss leider entfallen.${why}`,
      "",
      "Bitte entfernen Sie den Termin aus Ihrem Kalender – die angehängte Kalenderdatei erledigt das in den meisten Kalendern. Wir melden uns mit dem nächsten Termin.",
    ].join("\n"),
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
  return {
    key: `verschiebung\u0000${meeting.nr}\u0000${meeting.date}`,
    zipStem: `Verschiebung_${fileStem}`,
    recipientsDate: meeting.date,
    subject: `Verschoben: Sitzung ${meeting.nr}${of} – neu am ${now.Datum}`,
    body: [
      `die Sitzung ${meeting.nr}${of} wird verschoben.`,
      "",
      `Bisher: ${was.Datum}, ${was.Beginn}${was.Ort === "" ? "" : `, ${was.Ort}`}`,
      `Neu: ${now.Datum}, ${now.Ende === "" ? `ab ${now.Beginn}` : `${now.Beginn} bis ${now.Ende}`}${now.Ort === "" ? "" : `, ${now.Ort}`}`,
      "",
      "Die angehängte Kalenderdatei ändert den Termin in Ihrem Kalender. Bitte geben Sie uns Bescheid, ob Sie zum neuen Termin teilnehmen können.",
    ].join("\n"),
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
  const body = [
    `hiermit laden wir Sie herzlich zur Sitzung ${data.Nr}${of} ein.`,
    "",
    `Datum: ${data.Datum}`,
    `Uhrzeit: ${data.Ende === "" ? `ab ${data.Beginn}` : `${data.Beginn} bis ${data.Ende}`}`,
    ...(data.Ort === "" ? [] : [`Ort: ${data.Ort}`]),
    `Format: ${data.Format}`,
    `Gastgeber: ${data.Gastgeber}`,
    `Protokoll: ${data.Protokollfuehrung}`,
    ...(data.Thema === "" ? [] : [`Thema: ${data.Thema}`]),
    ...(data.Referierende === "" ? [] : [`Referierende: ${data.Referierende}`]),
    ...(agenda.length === 0 ? [] : ["", "Tagesordnung:", ...agenda]),
    ...(data.OffeneAufgaben.length === 0 ? [] : ["", "Offene Aufgaben aus früheren Sitzungen:", ...data.OffeneAufgaben.map((t) => `- ${t.Aufgabe} (${t.Verantwortlich}${t.Frist === "" ? "" : `, Frist ${t.Frist}`})`)]),
    "",
    `Bitte geben Sie uns bis ${data.Rueckmeldung} Bescheid, ob Sie teilnehmen – am einfachsten über die angehängte Kalendereinladung.`,
  ].join("\n");
  const fileStem = asciiFileName(meeting.nr);
  return {
    key: meeting.nr,
    zipStem: `Einladung_${fileStem}`,
    recipientsDate: meeting.date,
    subject: `Einladung zur Sitzung ${data.Nr}${of} am ${data.Datum}`,
    body,
    calendar: { fileName: `Sitzung_${fileStem}.ics`, method: "REQUEST", meetings: [meeting] },
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
}

function yearPlan(registers: Registers, year: number): MailPlan {
  const data = yearPlanData(registers, year);
  const of = data.Allianz === "" ? "" : ` der ${data.Allianz}`;
  const lines = data.Sitzungen.map((m) => {
    const time = m.Ende === "" ? `ab ${m.Beginn}` : `${m.Beginn} bis ${m.Ende}`;
    return `- ${m.Datum}, ${time}${m.Ort === "" ? "" : `, ${m.Ort}`} (Gastgeber: ${m.Gastgeber})`;
  });
  const body = [
    `anbei erhalten Sie die Sitzungstermine${of} im Jahr ${data.Jahr}:`,
    "",
    ...lines,
    "",
    `Mit der angehängten Kalenderdatei übernehmen Sie alle Termine in Ihren Kalender. Die Einladung mit der Tagesordnung folgt jeweils ${registers.settings.invitationLeadDays} Tage vor der Sitzung.`,
  ].join("\n");
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
  if (options.attachmentDocx === undefined) throw new DocumentInputError(`Für den Protokollversand fehlt das ausgefüllte Protokoll der Sitzung „${data.Nr}“ – bitte zuerst das Protokoll erstellen.`);
  const of = data.Allianz === "" ? "" : ` der ${data.Allianz}`;
  const fileStem = asciiFileName(meeting.nr);
  return {
    key: meeting.nr,
    zipStem: `Protokollversand_${fileStem}`,
    recipientsDate: meeting.date,
    subject: `Protokoll der Sitzung ${data.Nr}${of} vom ${data.Datum}`,
    body: `anbei erhalten Sie das Protokoll der Sitzung ${data.Nr}${of} vom ${data.Datum}. Das Protokoll führte ${data.Protokollfuehrung}.`,
    docx: { name: documentFileName("protokoll", meeting), bytes: options.attachmentDocx },
    csvMeeting: { nr: meeting.nr, date: meeting.date },
  };
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
