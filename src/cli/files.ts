import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { XlsxRegisterStore } from "../workbook/xlsxStore";

/** A file that cannot be read or written as asked; the message is German and names the file (exit status 2). */
export class FileError extends Error {
  override readonly name = "FileError";
}

/** Opens an .xlsx file as a register store. */
export async function openWorkbook(file: string): Promise<XlsxRegisterStore> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new FileError(ioMessage(error, file, "gelesen"));
  }
  return XlsxRegisterStore.fromBuffer(bytes, file);
}

/**
 * The default output of `planen`: `MAPPE.geplant.xlsx` beside the input.
 *
 * @example plannedFileName("daten/Allianz.xlsx") // "daten/Allianz.geplant.xlsx"
 */
export function plannedFileName(input: string): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.geplant.xlsx`;
}

/** Refuses output names that Excel would not open as a workbook. */
export function requireXlsxName(file: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new FileError(`„${file}“ endet nicht auf .xlsx. Bitte einen Dateinamen wie „Allianz.xlsx“ angeben.`);
}

/**
 * Checks that `output` may be written: never the input (also not through another path, a symlink
 * or a hard link), an existing file only when overwriting is allowed, and its folder must exist.
 */
export async function checkOutput(output: string, input: string | null, overwrite: boolean): Promise<void> {
  requireXlsxName(output);
  const folder = path.dirname(path.resolve(output));
  const folderStat = await fs.stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new FileError(`Der Ordner „${path.dirname(output)}“ für „${output}“ existiert nicht. Bitte zuerst anlegen.`);
  const existing = await fs.stat(output).catch(() => null);
  if (input !== null) {
    const target = existing ? await fs.realpath(output) : path.join(await fs.realpath(folder), path.basename(output));
    const source = await fs.stat(input);
    const sameFile = target === (await fs.realpath(input)) || (existing !== null && existing.dev === source.dev && existing.ino === source.ino);
    if (sameFile) throw new FileError(`„${output}“ ist die Eingabedatei. Sie wird nie überschrieben; bitte mit --aus einen anderen Dateinamen angeben.`);
  }
  if (existing?.isDirectory()) throw new FileError(`„${output}“ ist ein Ordner, keine Datei.`);
  if (existing && !overwrite) throw new FileError(`„${output}“ gibt es schon. Zum Ersetzen --ueberschreiben angeben oder mit --aus einen anderen Namen wählen.`);
}

/**
 * Writes a file completely or not at all: new files are created exclusively, an existing one is
 * replaced by renaming a finished temporary file over it.
 */
export async function writeOutput(file: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  try {
    if (!overwrite) {
      await fs.writeFile(file, bytes, { flag: "wx" });
      return;
    }
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      await fs.writeFile(temporary, bytes, { flag: "wx" });
      await fs.rename(temporary, file);
    } finally {
      await fs.rm(temporary, { force: true });
    }
  } catch (error) {
    throw new FileError(ioMessage(error, file, "geschrieben"));
  }
}

function ioMessage(error: unknown, file: string, verb: "gelesen" | "geschrieben"): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return `Die Datei „${file}“ wurde nicht gefunden. Bitte Namen und Ordner prüfen.`;
    case "EISDIR":
      return `„${file}“ ist ein Ordner, keine Datei.`;
    case "EEXIST":
      return `„${file}“ gibt es schon; sie wird nicht überschrieben.`;
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return `„${file}“ kann nicht ${verb} werden: keine Berechtigung oder die Datei ist gerade geöffnet (z. B. in Excel). Bitte schließen und erneut versuchen.`;
    default:
      return `„${file}“ kann nicht ${verb} werden (${code ?? String(error)}).`;
  }
}
