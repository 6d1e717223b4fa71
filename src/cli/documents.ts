import path from "node:path";
import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors, type Finding } from "../domain/finding";
import type { PlainDate } from "../domain/plainDate";
import type { Registers } from "../domain/registers";
import { checkTemplate } from "../documents/checkTemplate";
import { DocumentInputError } from "../documents/documentInputError";
import { TEMPLATE_KIND_LABELS, type TemplateKind } from "../documents/fields";
import { asciiFileName } from "../documents/fileName";
import { fillTemplate, TemplateProblemsError } from "../documents/fillTemplate";
import { buildMailing, zipMailing, type Mailing } from "../documents/mailing";
import { invitationData, minutesData, yearPlanData } from "../documents/templateData";
import type { NamedFile } from "../documents/zip";
import { FileError, openWorkbook, readInput, writeIntoFolder } from "./files";
import { FINDINGS, OK, type CliIo } from "./io";
import { findingsSection } from "./report";

/** What `protokoll` and `versand` share: the workbook, the options and where to print. */
export interface DocumentRun {
  readonly workbook: string;
  /** `--vorlage`: the user's template; default: the one in assets/ for the kind. */
  readonly template: string | undefined;
  /** `--aus`: the folder to write into; default: see each command. */
  readonly folder: string | undefined;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly today: PlainDate;
  readonly io: CliIo;
}

/** The mailing `versand` makes: for one meeting, or the schedule of a year. */
export type MailingRequest = { readonly kind: "einladung" | "protokoll"; readonly nr: string } | { readonly kind: "jahresplanung"; readonly year: number };

const ASSETS = path.join(__dirname, "..", "..", "assets");

/**
 * `allianz protokoll`: the minutes of one meeting as `Protokoll_NR.docx`, by default in the
 * current folder.
 *
 * @example await writeMinutes("2027-01", run) // 0, 1 or 2; writes "Protokoll_2027-01.docx"
 */
export async function writeMinutes(nr: string, run: DocumentRun): Promise<number> {
  const template = await loadTemplate(run.template, "protokoll");
  const { registers, findings } = await checkedRegisters(run);
  let file: NamedFile;
  try {
    file = minutesFile(registers, nr, template);
  } catch (error) {
    return notMade(error, findings, { dateien: [] }, run);
  }
  const written = await writeIntoFolder(run.folder ?? ".", [file], { inputs: inputsOf(run), overwrite: run.overwrite });
  if (run.json) {
    run.io.out(`${JSON.stringify({ dateien: written, findings })}\n`);
  } else {
    run.io.out(`Protokoll der Sitzung ${nr.trim()} erstellt:\n${fileList(written)}\n\n${findingsSection(findings, run.today)}\n`);
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/**
 * `allianz versand`: a mailing (serial letter or minutes, .ics, Empfaenger.csv, one .eml per
 * recipient and a .zip of them all), by default in a new folder named like the zip
 * (`Einladung_2027-01`) in the current folder.
 *
 * @example await writeMailing({ kind: "einladung", nr: "2027-01" }, run) // 0, 1 or 2
 */
export async function writeMailing(request: MailingRequest, run: DocumentRun): Promise<number> {
  const template = await loadTemplate(run.template, request.kind);
  const { registers, findings: checkFindings } = await checkedRegisters(run);
  let mailing: Mailing;
  try {
    mailing = mailingFor(request, registers, template);
  } catch (error) {
    return notMade(error, checkFindings, { dateien: [], empfaenger: [] }, run);
  }
  const zip = zipMailing(mailing);
  const folder = run.folder ?? path.basename(zip.name, ".zip");
  const written = await writeIntoFolder(folder, [...mailing.files, zip], { inputs: inputsOf(run), overwrite: run.overwrite });
  const findings = [...checkFindings, ...mailing.findings];
  if (run.json) {
    run.io.out(`${JSON.stringify({ dateien: written, empfaenger: mailing.recipients, findings })}\n`);
  } else {
    const count = mailing.recipients.length;
    run.io.out(
      `${TEMPLATE_KIND_LABELS[request.kind]}: ${count} ${count === 1 ? "Empfängerin oder Empfänger" : "Empfängerinnen und Empfänger"}, ${written.length} Dateien in „${folder}“:\n` +
        `${fileList(written)}\n\n` +
        "Die .eml-Dateien sind Entwürfe: per Doppelklick in Outlook öffnen, prüfen und senden.\n\n" +
        `${findingsSection(findings, run.today)}\n`,
    );
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/** The mailing with its letter (einladung, jahresplanung) or the minutes (protokoll) filled from the template; stamped now. */
function mailingFor(request: MailingRequest, registers: Registers, template: Uint8Array): Mailing {
  const stamp = new Date().toISOString();
  switch (request.kind) {
    case "einladung":
      return buildMailing("einladung", registers, { nr: request.nr, stamp, letterDocx: fillTemplate(template, "einladung", invitationData(registers, request.nr)) });
    case "jahresplanung":
      return buildMailing("jahresplanung", registers, { year: request.year, stamp, letterDocx: fillTemplate(template, "jahresplanung", yearPlanData(registers, request.year)) });
    case "protokoll":
      return buildMailing("protokoll", registers, { nr: request.nr, stamp, attachmentDocx: minutesFile(registers, request.nr, template).bytes });
  }
}

/** The filled minutes, named as the minutes mailing attaches them. */
function minutesFile(registers: Registers, nr: string, template: Uint8Array): NamedFile {
  const data = minutesData(registers, nr);
  return { name: `Protokoll_${asciiFileName(data.Nr)}.docx`, bytes: fillTemplate(template, "protokoll", data) };
}

/**
 * The template for a kind: the user's file, checked before anything else is done, or the default
 * from assets/. A template with problems is a file error (exit status 2) listing them all.
 */
async function loadTemplate(file: string | undefined, kind: TemplateKind): Promise<Uint8Array> {
  const source = file ?? path.join(ASSETS, `Vorlage-${TEMPLATE_KIND_LABELS[kind]}.docx`);
  const bytes = await readInput(source);
  const problems = checkTemplate(bytes, kind);
  if (problems.length > 0) throw new FileError(`„${source}“: ${new TemplateProblemsError(kind, problems).message}\nEs wurde nichts geschrieben.`);
  return bytes;
}

async function checkedRegisters(run: DocumentRun): Promise<{ registers: Registers; findings: Finding[] }> {
  const store = await openWorkbook(run.workbook);
  return checkWorkbook(await store.read(), run.today);
}

/** Files that are read and so must never be written. */
function inputsOf(run: DocumentRun): string[] {
  return run.template === undefined ? [run.workbook] : [run.workbook, run.template];
}

/**
 * Registers no document can be made from (unknown or cancelled meeting, no recipients, …): the
 * German message on stderr, the findings as usual, nothing written, exit status 1. Anything else
 * is not a register problem and goes on to the CLI's own handling.
 */
function notMade(error: unknown, findings: readonly Finding[], emptyJson: Record<string, unknown[]>, run: DocumentRun): number {
  if (!(error instanceof DocumentInputError) || error instanceof TemplateProblemsError) throw error;
  run.io.err(`Fehler: ${error.message}\nEs wurde nichts geschrieben.\n`);
  if (run.json) run.io.out(`${JSON.stringify({ ...emptyJson, findings })}\n`);
  else if (findings.length > 0) run.io.out(`${findingsSection(findings, run.today)}\n`);
  return FINDINGS;
}

function fileList(paths: readonly string[]): string {
  return paths.map((p) => `  ${p}`).join("\n");
}
