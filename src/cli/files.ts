import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { NamedFile } from "../documents/zip";
import { XlsxRegisterStore } from "../workbook/xlsxStore";

/** A file that cannot be read or written as asked; the message is German and names the file (exit status 2). */
export class FileError extends Error {
  override readonly name = "FileError";
}

/** Reads an input file; a missing or unreadable one is a {@link FileError}. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    throw new FileError(ioMessage(error, file, "gelesen"));
  }
}

/** Opens an .xlsx file as a register store. */
export async function openWorkbook(file: string): Promise<XlsxRegisterStore> {
  return XlsxRegisterStore.fromBuffer(await readInput(file), file);
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
 * Checks that a workbook may be written to `output`: an .xlsx name in a folder that exists, never
 * the input, an existing file only when overwriting is allowed.
 */
export async function checkOutput(output: string, input: string | null, overwrite: boolean): Promise<void> {
  requireXlsxName(output);
  await requireFolder(path.dirname(output), output);
  await checkTarget(output, input === null ? [] : [input], overwrite, "Dateinamen");
}

/**
 * Checks one file in an existing folder: never one of the inputs (also not through another path,
 * a symlink or a hard link), not a folder, an existing file only when overwriting is allowed.
 */
async function checkTarget(output: string, inputs: readonly string[], overwrite: boolean, other: "Dateinamen" | "Ordner"): Promise<void> {
  const existing = await fs.stat(output).catch(() => null);
  const target = existing ? await fs.realpath(output) : path.join(await fs.realpath(path.dirname(output)), path.basename(output));
  for (const input of inputs) {
    const source = await fs.stat(input);
    const sameFile = target === (await fs.realpath(input)) || (existing !== null && existing.dev === source.dev && existing.ino === source.ino);
    if (sameFile) throw new FileError(`„${output}“ ist die Eingabedatei. Sie wird nie überschrieben; bitte mit --aus einen anderen ${other} angeben.`);
  }
  if (existing?.isDirectory()) throw new FileError(`„${output}“ ist ein Ordner, keine Datei.`);
  if (existing && !overwrite) throw new FileError(`„${output}“ gibt es schon. Zum Ersetzen --ueberschreiben angeben oder mit --aus einen anderen ${other} wählen.`);
}

async function requireFolder(folder: string, forWhat: string): Promise<void> {
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) throw new FileError(`Der Ordner „${folder}“ für „${forWhat}“ existiert nicht. Bitte zuerst anlegen.`);
}

/**
 * Writes files into `folder`, all or none: every file is checked first (never one of the inputs,
 * an existing one only when overwriting is allowed); the folder itself is created when missing
 * (its parent must exist). If a file cannot be written, the files and the folder this call created
 * are removed again. Returns the paths written, in the order given.
 *
 * @example await writeIntoFolder("Einladung_2027-01", files, { inputs: ["Allianz.xlsx"], overwrite: false }) // ["Einladung_2027-01/Serienbrief.docx", …]
 */
export async function writeIntoFolder(folder: string, files: readonly NamedFile[], options: { readonly inputs: readonly string[]; readonly overwrite: boolean }): Promise<string[]> {
  const targets = files.map((file) => path.join(folder, file.name));
  const folderStat = await fs.stat(folder).catch(() => null);
  if (folderStat !== null && !folderStat.isDirectory()) throw new FileError(`„${folder}“ ist eine Datei, kein Ordner. Bitte mit --aus einen Ordner angeben.`);
  const existed = new Set<string>();
  if (folderStat === null) {
    await requireFolder(path.dirname(folder), folder);
  } else {
    for (const target of targets) {
      await checkTarget(target, options.inputs, options.overwrite, "Ordner");
      if (await fs.stat(target).catch(() => null)) existed.add(target);
    }
  }

  if (folderStat === null) {
    await fs.mkdir(folder).catch((error: unknown) => {
      throw new FileError(ioMessage(error, folder, "geschrieben"));
    });
  }
  const created: string[] = [];
  try {
    for (const [i, target] of targets.entries()) {
      await writeOutput(target, files[i].bytes, existed.has(target));
      if (!existed.has(target)) created.push(target);
    }
  } catch (error) {
    await Promise.all(created.map((file) => fs.rm(file, { force: true })));
    if (folderStat === null) await fs.rmdir(folder).catch(() => undefined);
    throw error;
  }
  return targets;
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
