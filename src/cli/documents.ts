import path from "node:path";
import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors, type Finding } from "../domain/finding";
import type { PlainDate } from "../domain/plainDate";
import type { Registers } from "../domain/registers";
import { checkTemplate } from "../documents/checkTemplate";
import { DEFAULT_TEMPLATE_FILES, documentFileName, documentFor } from "../documents/documentFor";
import { registersOfChosenBody } from "../documents/chosenBody";
import { DocumentInputError } from "../documents/documentInputError";
import { TEMPLATE_KIND_LABELS, type TemplateKind } from "../documents/fields";
import { TemplateProblemsError } from "../documents/fillTemplate";
import { buildMailing, zipMailing, type Mailing } from "../documents/mailing";
import type { NamedFile } from "../documents/zip";
import type { XlsxRegisterStore } from "../workbook/xlsxStore";
import { FileError, openWorkbook, readInput, writeIntoFolder } from "./files";
import { FINDINGS, OK, type CliIo } from "./io";
import { findingsSection } from "./report";

/** What `protokoll` and `versand` share: the workbook, the options and where to print. */
export interface DocumentRun {
  readonly workbook: string;
  /** `--vorlage`: the user's template; default: the workbook's own template of the kind, else the one in assets/. */
  readonly template: string | undefined;
  /** `--aus`: the folder to write into; default: see each command. */
  readonly folder: string | undefined;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly today: PlainDate;
  /** `--briefdatum`, else the Stichtag: the date the letters carry. */
  readonly letterDate: PlainDate;
  readonly io: CliIo;
}

/** The mailing `versand` makes: for one meeting, or the schedule of a year; the minutes mailing sends the finished file (`--datei`). */
export type MailingRequest =
  | { readonly kind: "einladung"; readonly nr: string }
  | { readonly kind: "protokoll"; readonly nr: string; readonly file: string }
  /** `body`: only this Gremium's meetings, to its people (`--gremium`). */
  | { readonly kind: "jahresplanung"; readonly year: number; readonly body?: string };

const ASSETS = path.join(__dirname, "..", "..", "assets");

/**
 * `allianz protokoll`: the minutes of one meeting as `Protokoll_NR.docx`, by default in the
 * current folder.
 *
 * @example await writeMinutes("2027-01", run) // 0, 1 or 2; writes "Protokoll_2027-01.docx"
 */
export async function writeMinutes(nr: string, run: DocumentRun): Promise<number> {
  const { source, registers, findings } = await documentSources(run, "protokoll");
  let file: NamedFile;
  try {
    file = minutesFile(registers, nr, source.bytes);
  } catch (error) {
    return notMade(error, findings, { dateien: [] }, run);
  }
  const written = await writeIntoFolder(run.folder ?? ".", [file], { inputs: inputsOf(run), overwrite: run.overwrite });
  if (run.json) {
    run.io.out(`${JSON.stringify({ dateien: written, findings })}\n`);
  } else {
    run.io.out(`Protokoll der Sitzung ${nr.trim()} erstellt:\n${fileList(written)}\n${source.description}\n\n${findingsSection(findings, run.today)}\n`);
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
  const { source, registers, findings: checkFindings } = request.kind === "protokoll" ? await minutesSources(run, request.file) : await documentSources(run, request.kind);
  let mailing: Mailing;
  try {
    mailing = mailingFor(request, request.kind === "jahresplanung" && request.body !== undefined ? registersOfChosenBody(registers, request.body) : registers, source.bytes, run.letterDate);
  } catch (error) {
    return notMade(error, checkFindings, { dateien: [], empfaenger: [] }, run);
  }
  const zip = zipMailing(mailing);
  const folder = run.folder ?? path.basename(zip.name, ".zip");
  const written = await writeIntoFolder(folder, [...mailing.files, zip], { inputs: [...inputsOf(run), ...(request.kind === "protokoll" ? [request.file] : [])], overwrite: run.overwrite });
  const findings = [...checkFindings, ...mailing.findings];
  if (run.json) {
    run.io.out(`${JSON.stringify({ dateien: written, empfaenger: mailing.recipients, findings })}\n`);
  } else {
    const count = mailing.recipients.length;
    run.io.out(
      `${TEMPLATE_KIND_LABELS[request.kind]}: ${count} Empfänger*${count === 1 ? "in" : "innen"}, ${written.length} Dateien in „${folder}“:\n` +
        `${fileList(written)}\n${source.description}\n\n` +
        "Die .eml-Dateien sind Entwürfe: per Doppelklick in Outlook öffnen, prüfen und senden.\n\n" +
        `${findingsSection(findings, run.today)}\n`,
    );
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/**
 * The mailing: letters (einladung, jahresplanung) filled from the template and dated `letterDate`,
 * or the finished minutes (protokoll) attached as they are; stamped now.
 */
function mailingFor(request: MailingRequest, registers: Registers, source: Uint8Array, letterDate: PlainDate): Mailing {
  const stamp = new Date().toISOString();
  if (request.kind === "protokoll") return buildMailing("protokoll", registers, { nr: request.nr, stamp, minutesFile: { fileName: path.basename(request.file), bytes: source } });
  const target = request.kind === "jahresplanung" ? { year: request.year } : { nr: request.nr };
  const letterDocx = documentFor(request.kind, registers, { ...target, letterDate }, source);
  return buildMailing(request.kind, registers, { ...target, stamp, letterDocx });
}

/** The finished minutes and the workbook's registers with their findings. */
async function minutesSources(run: DocumentRun, file: string): Promise<{ source: ChosenSource; registers: Registers; findings: Finding[] }> {
  const store = await openWorkbook(run.workbook);
  const bytes = await readInput(file);
  return { source: { bytes, description: `Protokoll: ${file} (unverändert angehängt)` }, ...checkWorkbook(await store.read(), run.today) };
}


/** The filled minutes, named as the minutes mailing attaches them. */
function minutesFile(registers: Registers, nr: string, template: Uint8Array): NamedFile {
  return { name: documentFileName("protokoll", { nr }), bytes: documentFor("protokoll", registers, { nr }, template) };
}

/** A template checked for its kind (or the finished minutes), with the output line that names it. */
interface ChosenSource {
  readonly bytes: Uint8Array;
  /** E.g. `Vorlage: Briefkopf.docx aus der Arbeitsmappe`. */
  readonly description: string;
}

/** The template for the kind and the workbook's registers with their findings; the workbook is read once. */
async function documentSources(run: DocumentRun, kind: TemplateKind): Promise<{ source: ChosenSource; registers: Registers; findings: Finding[] }> {
  const store = await openWorkbook(run.workbook);
  const source = await chooseTemplate(run, kind, store);
  return { source, ...checkWorkbook(await store.read(), run.today) };
}

/**
 * The template for a kind: `--vorlage`, else the user's own template kept in the workbook, else
 * the default from assets/. It is checked before the registers are read; a template with
 * problems is a file error (exit status 2) listing them all.
 */
export async function chooseTemplate(run: DocumentRun, kind: TemplateKind, store: XlsxRegisterStore): Promise<ChosenSource> {
  if (run.template !== undefined) return checked(await readInput(run.template), kind, { description: run.template, source: `„${run.template}“`, remedy: "" });
  const stored = store.storedTemplates().find((t) => t.kind === kind);
  if (stored) {
    return checked(stored.bytes, kind, {
      description: `${stored.fileName} aus der Arbeitsmappe`,
      source: `Die in „${run.workbook}“ gespeicherte Vorlage „${stored.fileName}“`,
      remedy: "\nBitte in Excel unter „Dokumente“ eine korrigierte Vorlage wählen oder „Standardvorlage verwenden“, oder mit --vorlage eine andere Vorlage angeben.",
    });
  }
  const name = DEFAULT_TEMPLATE_FILES[kind];
  const file = path.join(ASSETS, name);
  return checked(await readInput(file), kind, { description: `Standardvorlage ${name}`, source: `„${file}“`, remedy: "" });
}

/** The template if it can be used for the kind; else the file error naming its source and every problem. */
function checked(bytes: Uint8Array, kind: TemplateKind, names: { readonly description: string; readonly source: string; readonly remedy: string }): ChosenSource {
  const problems = checkTemplate(bytes, kind);
  if (problems.length > 0) throw new FileError(`${names.source}: ${new TemplateProblemsError(kind, problems).message}${names.remedy}\nEs wurde nichts geschrieben.`);
  return { bytes, description: `Vorlage: ${names.description}` };
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
