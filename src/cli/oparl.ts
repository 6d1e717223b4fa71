import { promises as fs } from "node:fs";
import path from "node:path";
import PizZip from "pizzip";
import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors } from "../domain/finding";
import type { PlainDate } from "../domain/plainDate";
import { oparlExport } from "../oparl/oparlExport";
import { UsageError } from "./args";
import { openWorkbook, readInput, writeIntoFolder } from "./files";
import { FINDINGS, OK, type CliIo } from "./io";
import { formatFindings } from "./report";

/** `allianz oparl` as asked on the command line. */
export interface OparlRun {
  readonly workbook: string;
  readonly baseUrl: string | undefined;
  readonly folder: string | undefined;
  readonly withPersons: boolean;
  readonly withContactDetails: boolean;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly today: PlainDate;
  readonly io: CliIo;
}

/**
 * Writes the OParl 1.1 export of a workbook into a folder (default `MAPPE-oparl` beside it), all
 * files or none. `created`/`modified` are the workbook's last save (docProps/core.xml, as Excel and
 * LibreOffice write it), else the file's modification time: the same file gives the same export.
 */
export async function writeOparl(run: OparlRun): Promise<number> {
  const baseUrl = baseUrlOption(run.baseUrl);
  if (run.withContactDetails && !run.withPersons) throw new UsageError("--mit-kontaktdaten gilt nur zusammen mit --mit-personen.");
  const bytes = await readInput(run.workbook);
  const store = await openWorkbook(run.workbook);
  const { registers, findings } = checkWorkbook(await store.read(), run.today);
  const stamp = savedAt(bytes) ?? (await fs.stat(run.workbook)).mtime.toISOString().slice(0, 19) + "Z";
  const files = oparlExport(registers, { baseUrl, stamp, withPersons: run.withPersons, withContactDetails: run.withContactDetails });
  const folder = run.folder ?? `${run.workbook.slice(0, run.workbook.length - path.extname(run.workbook).length)}-oparl`;
  const written = await writeIntoFolder(folder, files, { inputs: [run.workbook], overwrite: run.overwrite });
  if (run.json) {
    run.io.out(`${JSON.stringify({ dateien: written, findings })}\n`);
  } else {
    const persons = run.withPersons ? (run.withContactDetails ? "mit Personen samt E-Mail und Telefon" : "mit Personen (Namen und Rollen)") : "ohne personenbezogene Daten";
    run.io.out(`OParl-Export ${persons}: ${written.length} Dateien in „${folder}“, Einstieg ${baseUrl}/system.json (Stand ${stamp}).\n`);
    if (findings.length > 0) run.io.out(`\n${formatFindings(findings)}\n`);
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/** The required `--basis-url`: an http(s) URL, kept without a trailing slash. */
function baseUrlOption(option: string | undefined): string {
  if (option === undefined) throw new UsageError("Es fehlt --basis-url: die Adresse, unter der die Dateien veröffentlicht werden, z. B. --basis-url https://allianz.example/oparl");
  let parsed: URL;
  try {
    parsed = new URL(option);
  } catch {
    throw new UsageError(`„${option}“ ist keine gültige Adresse. Bitte mit https:// angeben, z. B. https://allianz.example/oparl`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new UsageError(`„${option}“ ist keine Web-Adresse. Bitte mit https:// angeben.`);
  if (parsed.search !== "" || parsed.hash !== "") throw new UsageError(`„${option}“ enthält „?“ oder „#“. Bitte nur die Adresse des Ordners angeben.`);
  return parsed.href.replace(/\/+$/, "");
}

/** `dcterms:modified` of an Office or LibreOffice .xlsx, normalised to seconds in UTC; `null` if absent. */
function savedAt(bytes: Uint8Array): string | null {
  try {
    const core = new PizZip(bytes).file("docProps/core.xml")?.asText() ?? "";
    const match = /<dcterms:modified[^>]*>([^<]+)<\/dcterms:modified>/.exec(core);
    const time = match ? Date.parse(match[1].trim()) : NaN;
    return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 19) + "Z";
  } catch {
    return null;
  }
}
