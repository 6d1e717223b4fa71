import { checkWorkbook } from "../domain/checkWorkbook";
import { registersOfChosenBody } from "../documents/chosenBody";
import { documentErrors } from "../documents/documentFindings";
import { documentFileName, documentFor } from "../documents/documentFor";
import { buildMailing, zipMailing, type MailingKind, type MailingOptions } from "../documents/mailing";
import { ACTION_TEMPLATE, type DocumentJob, type DocumentResult } from "./documentsProtocol";

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
  const step = (total: number) => Math.max(1, Math.floor(total / PROGRESS_STEPS));
  const mailing = buildMailing(kind, registers, {
    nr: job.nr,
    year: job.year,
    stamp: job.stamp,
    ...content,
    onProgress: (done, total) => {
      if (done % step(total) === 0 || done === total) progress(`Mails ${done} von ${total} …`, done, total);
    },
  });
  progress("ZIP-Datei wird gepackt …");
  return { file: zipMailing(mailing), mails: mailing.recipients.length, findings: [...concerning, ...mailing.findings] };
}
