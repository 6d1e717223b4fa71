import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { NamedFile } from "../documents/zip";
import { XlsxRegisterStore, type WorkbookFormat } from "../workbook/xlsxStore";

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

/** Larger inputs are not register workbooks (and would not fit the memory bound). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Opens a workbook file (.xlsx or .ods) as a register store. */
export async function openWorkbook(file: string): Promise<XlsxRegisterStore> {
  return XlsxRegisterStore.fromBuffer(await readWorkbookFile(file), file);
}

/** Reads a workbook file: a regular file of bounded size (not a folder, device or pipe). */
async function readWorkbookFile(file: string): Promise<Buffer> {
  const stat = await fs.stat(file).catch((error: unknown) => {
    throw new FileError(ioMessage(error, file, "gelesen"));
  });
  if (stat.isDirectory()) throw new FileError(`„${file}“ ist ein Ordner, keine Datei.`);
  if (!stat.isFile()) throw new FileError(`„${file}“ ist keine gewöhnliche Datei (z. B. ein Gerät oder eine Pipe). Bitte eine Arbeitsmappe (.xlsx oder .ods) angeben.`);
  if (stat.size > MAX_INPUT_BYTES) throw new FileError(`„${file}“ ist ${Math.round(stat.size / 1024 / 1024)} MB groß; Register-Arbeitsmappen sind viel kleiner. Bitte die richtige Datei angeben.`);
  return readInput(file);
}

/**
 * The extension a planned copy has: `.ods` for an OpenDocument file, `.xlsm` for a workbook read
 * from an .xlsm (its macros stay, and Excel opens a workbook with macros only under .xlsm), else `.xlsx`.
 *
 * @example plannedExtension("Allianz.XLSM", "xlsx") // ".xlsm"
 */
export function plannedExtension(input: string, format: WorkbookFormat): string {
  if (format === "ods") return ".ods";
  return path.extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
}

/**
 * The default output of `planen`: `MAPPE.geplant.xlsx` (or `.xlsm`, `.ods`) beside the input.
 *
 * @example plannedFileName("daten/Allianz.xlsx", "xlsx") // "daten/Allianz.geplant.xlsx"
 * @example plannedFileName("daten/Allianz.ods", "ods") // "daten/Allianz.geplant.ods"
 */
export function plannedFileName(input: string, format: WorkbookFormat): string {
  const ext = path.extname(input);
  return `${input.slice(0, input.length - ext.length)}.geplant${plannedExtension(input, format)}`;
}

/** Refuses output names that would not open as a workbook of the kind written (`.xlsx`, `.xlsm`, `.ods`). */
export function requireWorkbookName(file: string, extension: string): void {
  if (path.extname(file).toLowerCase() !== extension) throw new FileError(`„${file}“ endet nicht auf ${extension}. Bitte einen Dateinamen wie „Allianz${extension}“ angeben.`);
}

/**
 * Checks that a workbook may be written to `output`: a name with the format's extension in a
 * folder that exists, never the input, an existing file only when overwriting is allowed.
 */
export async function checkOutput(output: string, input: string | null, overwrite: boolean, extension: string): Promise<void> {
  requireWorkbookName(output, extension);
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
 * an existing one only when overwriting is allowed). A missing folder (its parent must exist) is
 * filled under a temporary name and renamed when complete; in an existing folder each file is
 * written under a temporary name and renamed, and if one fails, the files this call created are
 * removed again. Returns the paths written, in the order given.
 *
 * @example await writeIntoFolder("Einladung_2027-01", files, { inputs: ["Allianz.xlsx"], overwrite: false }) // ["Einladung_2027-01/Serienbrief.docx", …]
 */
export async function writeIntoFolder(folder: string, files: readonly NamedFile[], options: { readonly inputs: readonly string[]; readonly overwrite: boolean }, write: WriteFile = writeDurably): Promise<string[]> {
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
    // A new folder is filled under a temporary name and renamed when complete.
    const temporary = path.join(path.dirname(folder), `.${path.basename(folder)}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      await fs.mkdir(temporary);
      for (const file of files) await writeOutput(path.join(temporary, file.name), file.bytes, false, write);
      await fs.rename(temporary, folder);
    } catch (error) {
      await fs.rm(temporary, { recursive: true, force: true });
      throw error instanceof FileError ? error : new FileError(ioMessage(error, folder, "geschrieben"));
    }
    return targets;
  }
  const created: string[] = [];
  try {
    for (const [i, target] of targets.entries()) {
      await writeOutput(target, files[i].bytes, existed.has(target), write);
      if (!existed.has(target)) created.push(target);
    }
  } catch (error) {
    await Promise.all(created.map((file) => fs.rm(file, { force: true })));
    throw error;
  }
  return targets;
}

/**
 * Writes a file completely or not at all: the bytes go to a temporary name beside the target
 * (`.NAME.xxxxxxxx.tmp`), are flushed to disk, and only then take the final name — by a hard link
 * for a new file (which fails if the name was taken meanwhile), by rename over an existing one.
 * A full disk or a killed process leaves at most the temporary file, never a half-written target.
 */
export async function writeOutput(file: string, bytes: Uint8Array, overwrite: boolean, write: WriteFile = writeDurably): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    try {
      await write(temporary, bytes);
      if (overwrite) await fs.rename(temporary, file);
      else await linkOrRename(temporary, file);
    } finally {
      await fs.rm(temporary, { force: true });
    }
  } catch (error) {
    throw new FileError(ioMessage(error, file, "geschrieben"));
  }
}

/** A new name for a finished file that fails if the name is taken; renames where links are unsupported (FAT, some shares). */
async function linkOrRename(temporary: string, file: string): Promise<void> {
  try {
    await fs.link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (await fs.lstat(file).catch(() => null)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await fs.rename(temporary, file);
  }
}

/** Writes a new file's bytes (the seam where tests inject a full disk). */
export type WriteFile = (file: string, bytes: Uint8Array) => Promise<void>;

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
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
    case "ENOSPC":
    case "EDQUOT":
      return `„${file}“ kann nicht ${verb} werden: der Datenträger ist voll. Es wurde nichts Halbfertiges gespeichert.`;
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return `„${file}“ kann nicht ${verb} werden: keine Berechtigung oder die Datei ist gerade geöffnet (z. B. in Excel). Bitte schließen und erneut versuchen.`;
    default:
      return `„${file}“ kann nicht ${verb} werden (${code ?? String(error)}).`;
  }
}
