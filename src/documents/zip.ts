import PizZip from "pizzip";

export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/*
 * Zip entries carry a DOS date in local time. A fixed local date-time gives the same fields under
 * every TZ, so the same files always give the same zip bytes.
 */
const ENTRY_DATE = new Date(2020, 0, 1, 0, 0, 0);

/**
 * One deflated zip of the files, in their order; the same files give the same bytes.
 *
 * @example zipFiles([{ name: "Empfaenger.csv", bytes }]) // Uint8Array starting with "PK"
 */
export function zipFiles(files: readonly NamedFile[]): Uint8Array {
  const zip = new PizZip();
  for (const file of files) zip.file(file.name, file.bytes, { binary: true, date: ENTRY_DATE, createFolders: false });
  return zip.generate({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
