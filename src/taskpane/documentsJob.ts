import { checkWorkbook } from "../domain/checkWorkbook";
import type { Finding } from "../domain/finding";
import { matchKey } from "../domain/matchKey";
import type { Registers } from "../domain/registers";
import { documentFileName, documentFor } from "../documents/documentFor";
import { buildMailing, zipMailing, type MailingKind } from "../documents/mailing";
import { ACTION_TEMPLATE, type DocumentJob, type DocumentResult } from "./documentsProtocol";

/** Progress as the view shows it: a text, and for the mail drafts how many of how many are done. */
export type Progress = (text: string, done?: number, total?: number) => void;

/** Progress is reported about a hundred times per mailing, however many mails it has. */
const PROGRESS_STEPS = 100;

/**
 * The work behind the view's four buttons, run in the worker: checks the registers, fills the
 * template and, for a mailing, makes the drafts and zips them. Input no document can be made from
 * throws a DocumentInputError with a German message.
 *
 * @example makeDocument({ type: "make", action: "einladung", grids, nr: "2027-01", today, stamp }, template, () => {}).file.name // "Einladung_2027-01.zip"
 */
export function makeDocument(job: DocumentJob, template: Uint8Array, progress: Progress): DocumentResult {
  progress("Register werden geprüft …");
  const { registers, findings } = checkWorkbook(job.grids, job.today);
  const concerning = documentFindings(findings, registers, job);
  const target = { nr: job.nr, year: job.year };
  if (job.action === "protokoll") {
    progress("Protokoll wird ausgefüllt …");
    const bytes = documentFor("protokoll", registers, target, template);
    return { file: { name: documentFileName("protokoll", target), bytes }, mails: 0, findings: concerning };
  }
  const kind: MailingKind = ACTION_TEMPLATE[job.action];
  progress(kind === "protokoll" ? "Protokoll wird ausgefüllt …" : "Serienbrief wird erstellt …");
  const docx = documentFor(kind, registers, target, template);
  const step = (total: number) => Math.max(1, Math.floor(total / PROGRESS_STEPS));
  const mailing = buildMailing(kind, registers, {
    ...target,
    stamp: job.stamp,
    ...(kind === "protokoll" ? { attachmentDocx: docx } : { letterDocx: docx }),
    onProgress: (done, total) => {
      if (done % step(total) === 0 || done === total) progress(`Mails ${done} von ${total} …`, done, total);
    },
  });
  progress("ZIP-Datei wird gepackt …");
  return { file: zipMailing(mailing), mails: mailing.recipients.length, findings: [...concerning, ...mailing.findings] };
}

/**
 * The register errors that concern a document: every error outside Sitzungen and Sperrzeiten (members,
 * contacts, agenda, settings go into every document), and in Sitzungen those of the sheet itself (a
 * missing sheet or column) and of the rows the document is about (the meeting, or the meetings of the year). Warnings are left
 * out: they are "Prüfen"'s business.
 *
 * @example documentFindings(findings, registers, { action: "einladung", nr: "2027-01" }) // errors of Mitglieder, Kontakte, … and of row 2027-01
 */
export function documentFindings(findings: readonly Finding[], registers: Registers, job: Pick<DocumentJob, "action" | "nr" | "year">): Finding[] {
  const meetingRows = new Set(
    registers.meetings.filter((m) => (job.action === "jahresplanung" ? m.date.startsWith(`${job.year}-`) : m.nr.trim() === job.nr?.trim())).map((m) => m.row),
  );
  const meetingSheets = new Set(["Sitzungen", "Sperrzeiten"].map(matchKey));
  return findings.filter((f) => f.severity === "error" && (!meetingSheets.has(matchKey(f.sheet)) || (matchKey(f.sheet) === matchKey("Sitzungen") && (f.row === null || f.code === "spalte-fehlt" || meetingRows.has(f.row)))));
}
