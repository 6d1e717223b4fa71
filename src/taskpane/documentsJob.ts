import { checkWorkbook } from "../domain/checkWorkbook";
import { applyChanges } from "../domain/meetingChange";
import { meetingByNr } from "../domain/meetingChoice";
import { changeMailing } from "../documents/changeMailing";
import { registersOfChosenBody } from "../documents/chosenBody";
import { documentErrors } from "../documents/documentFindings";
import { documentFileName, documentFor } from "../documents/documentFor";
import { buildMailing, zipMailing, type MailingKind, type MailingOptions } from "../documents/mailing";
import { ACTION_TEMPLATE, type ChangeJob, type DocumentJob, type DocumentResult } from "./documentsProtocol";

/** Progress as the view shows it: a text, and for the mail drafts how many of how many are done. */
export type Progress = (text: string, done?: number, total?: number) => void;

/** Progress is reported about a hundred times per mailing, however many mails it has. */
const PROGRESS_STEPS = 100;

/**
 * The work behind the view's four buttons, run in the worker: checks the registers, fills the
 * template (the minutes mailing takes the finished minutes instead) and, for a mailing, makes the
 * drafts and zips them. Input no document can be made from
 * throws a DocumentInputError with a German message.
 *
 * @example makeDocument({ type: "make", action: "einladung", grids, nr: "2027-01", today, stamp }, template, () => {}).file.name // "Einladung_2027-01.zip"
 */
export function makeDocument(job: DocumentJob, template: Uint8Array, progress: Progress): DocumentResult {
  progress("Register werden geprüft …");
  const checked = checkWorkbook(job.grids, job.today);
  const concerning = documentErrors(checked.findings, checked.registers, ACTION_TEMPLATE[job.action], { nr: job.nr, year: job.year });
  // A Gremium's year schedule: its meetings, to its people (as `allianz versand --gremium`).
  const registers = job.action === "jahresplanung" && job.body !== undefined ? registersOfChosenBody(checked.registers, job.body) : checked.registers;
  const target = { nr: job.nr, year: job.year, letterDate: job.today };
  if (job.action === "protokoll") {
    progress("Protokoll wird ausgefüllt …");
    const bytes = documentFor("protokoll", registers, target, template);
    return { file: { name: documentFileName("protokoll", target), bytes }, mails: 0, findings: concerning };
  }
  const kind: MailingKind = ACTION_TEMPLATE[job.action];
  // The minutes mailing sends the finished minutes the user chose; the letters are filled from the template.
  let content: Pick<MailingOptions, "letterDocx" | "minutesFile">;
  if (kind === "protokoll") {
    content = job.minutesFile === undefined ? {} : { minutesFile: job.minutesFile };
  } else {
    progress("Serienbrief wird erstellt …");
    content = { letterDocx: documentFor(kind, registers, target, template) };
  }
  const mailing = buildMailing(kind, registers, { nr: job.nr, year: job.year, stamp: job.stamp, ...content, onProgress: mailProgress(progress) });
  progress("ZIP-Datei wird gepackt …");
  return { file: zipMailing(mailing), mails: mailing.recipients.length, findings: [...concerning, ...mailing.findings] };
}

/**
 * The mailing of a cancellation or move, run in the worker: the change applied to the registers
 * as read, then letter, calendar, recipient list and mail drafts as `changeMailing` makes them for
 * the CLI, zipped.
 *
 * @example makeChangeMailing({ type: "change", kind: "absage", grids, change, reason: null, today, stamp }, template, () => {}).file.name // "Absage_2027-02.zip"
 */
export function makeChangeMailing(job: ChangeJob, template: Uint8Array, progress: Progress): DocumentResult {
  progress("Register werden geprüft …");
  const { registers } = checkWorkbook(job.grids, job.today);
  const after = applyChanges(registers, [job.change]);
  progress("Serienbrief wird erstellt …");
  const mailing = changeMailing(
    job.kind,
    after,
    { nr: job.change.nr, reason: job.reason, former: meetingByNr(registers.meetings, job.change.nr), letterDate: job.today, stamp: job.stamp, onProgress: mailProgress(progress) },
    template,
  );
  progress("ZIP-Datei wird gepackt …");
  return { file: zipMailing(mailing), mails: mailing.recipients.length, findings: mailing.findings };
}

/** Progress of the mail drafts, reported about PROGRESS_STEPS times however many there are. */
function mailProgress(progress: Progress): (done: number, total: number) => void {
  return (done, total) => {
    if (done % Math.max(1, Math.floor(total / PROGRESS_STEPS)) === 0 || done === total) progress(`Mails ${done} von ${total} …`, done, total);
  };
}
