import { deflateSync, Inflate, inflateSync } from "fflate";

/*
 * The zip container of .xlsx and .ods files, read and rewritten at the byte level: an entry that
 * is not replaced is copied as it was stored (local header, compressed data, data descriptor), in
 * the same order, so everything the program does not touch stays byte-identical. Inflating is
 * capped per part, so a zip bomb ends with a message instead of filling the memory.
 */

/** A zip file that cannot be read, or a part too large; the message is German, without the file name. */
export class ZipPackageError extends Error {
  override readonly name = "ZipPackageError";
}

/** One stored entry, with the raw bytes it occupies in the file. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** From the local header to the next entry: local header, data and any data descriptor, as stored. */
  readonly local: Uint8Array;
  /** The entry's central directory record as stored (its local header offset is rewritten on output). */
  readonly central: Uint8Array;
  /** Offset of the compressed data within {@link local}. */
  readonly dataOffset: number;
}

/** A zip package: its entries in central directory order and the archive comment. */
export interface ZipPackage {
  readonly entries: readonly ZipEntry[];
  readonly comment: Uint8Array;
}

/** Upper bound for one unpacked part: far above any register workbook's sheet, far below the memory. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of a zip file; throws {@link ZipPackageError} for anything that is not a plain zip
 * (zip64, encrypted entries, names with `..`, overlapping or truncated entries).
 *
 * @example readZip(await readFile("Allianz.xlsx")).entries.map((e) => e.name) // ["[Content_Types].xml", "_rels/.rels", …]
 */
export function readZip(bytes: Uint8Array): ZipPackage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  if (count === 0xffff || centralOffset === 0xffffffff || centralSize === 0xffffffff) throw new ZipPackageError("Die Datei ist ein Zip64-Archiv; solche Arbeitsmappen werden nicht unterstützt.");
  if (count > MAX_ENTRIES) throw new ZipPackageError(`Die Datei enthält ${count} Teile, mehr als ${MAX_ENTRIES}.`);
  if (centralOffset + centralSize > eocd) throw new ZipPackageError("Das Inhaltsverzeichnis des Zip-Archivs ist beschädigt.");

  const records: { name: string; method: number; flags: number; compressedSize: number; uncompressedSize: number; offset: number; central: Uint8Array }[] = [];
  let p = centralOffset;
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw new ZipPackageError("Das Inhaltsverzeichnis des Zip-Archivs ist beschädigt.");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLen;
    if (end > eocd) throw new ZipPackageError("Das Inhaltsverzeichnis des Zip-Archivs ist beschädigt.");
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    checkName(name);
    if (flags & 1) throw new ZipPackageError(`Der Teil „${name}“ ist verschlüsselt.`);
    if (names.has(name.toLowerCase())) throw new ZipPackageError(`Der Teil „${name}“ steht zweimal im Zip-Archiv.`);
    names.add(name.toLowerCase());
    records.push({ name, method, flags, compressedSize, uncompressedSize, offset, central: bytes.subarray(p, end) });
    p = end;
  }

  const byOffset = [...records].sort((a, b) => a.offset - b.offset);
  const nextOffset = new Map(byOffset.map((r, i) => [r, i + 1 < byOffset.length ? byOffset[i + 1].offset : centralOffset]));
  const entries = records.map((r): ZipEntry => {
    const end = nextOffset.get(r)!;
    if (r.offset + 30 > end || view.getUint32(r.offset, true) !== LOCAL) throw new ZipPackageError(`Der Teil „${r.name}“ ist beschädigt.`);
    const dataOffset = 30 + view.getUint16(r.offset + 26, true) + view.getUint16(r.offset + 28, true);
    if (r.offset + dataOffset + r.compressedSize > end) throw new ZipPackageError(`Der Teil „${r.name}“ ist beschädigt oder abgeschnitten.`);
    return { name: r.name, method: r.method, compressedSize: r.compressedSize, uncompressedSize: r.uncompressedSize, local: bytes.subarray(r.offset, end), central: r.central, dataOffset };
  });
  return { entries, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength) };
}

/**
 * The unpacked bytes of an entry, at most `limit` bytes (else {@link ZipPackageError}): the limit
 * holds whatever sizes the archive claims.
 *
 * @example new TextDecoder().decode(unpack(entry)) // "<?xml …"
 */
export function unpack(entry: ZipEntry, limit: number = MAX_PART_BYTES): Uint8Array {
  const data = entry.local.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const tooLarge = () => new ZipPackageError(`Der Teil „${entry.name}“ ist entpackt größer als ${Math.round(limit / 1024 / 1024)} MB. So große Arbeitsmappen werden nicht gelesen (oder die Datei ist absichtlich so gebaut).`);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw new ZipPackageError(`Der Teil „${entry.name}“ ist mit einem unbekannten Verfahren (${entry.method}) gepackt.`);
  if (entry.uncompressedSize > limit) throw tooLarge();
  // Fast path: into a buffer of the size the archive claims (one byte more shows a claim too small).
  try {
    const out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
    if (out.length <= entry.uncompressedSize) return out;
  } catch {
    // Corrupt or lying: the capped stream below says which.
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw tooLarge();
    chunks.push(chunk);
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length || i === 0; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  } catch (error) {
    if (error instanceof ZipPackageError) throw error;
    throw new ZipPackageError(`Der Teil „${entry.name}“ ist beschädigt.`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The package with some entries' contents replaced (deflated anew); every other entry is copied
 * byte for byte, in the original order.
 *
 * @example writeZip(pkg, new Map([["xl/worksheets/sheet3.xml", sheetBytes]])) // Uint8Array
 */
export function writeZip(pkg: ZipPackage, replaced: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of pkg.entries) {
    const content = replaced.get(entry.name);
    const { local, central } = content === undefined ? { local: entry.local, central: copy(entry.central) } : newEntry(entry, content);
    new DataView(central.buffer, central.byteOffset, central.byteLength).setUint32(42, offset, true);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22 + pkg.comment.length);
  const view = new DataView(end.buffer);
  view.setUint32(0, EOCD, true);
  view.setUint16(8, pkg.entries.length, true);
  view.setUint16(10, pkg.entries.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, pkg.comment.length, true);
  end.set(pkg.comment, 22);
  return concat([...locals, ...centrals, end]);
}

/** An entry with new content: a local header without data descriptor, the central record updated to match. */
function newEntry(entry: ZipEntry, content: Uint8Array): { local: Uint8Array; central: Uint8Array } {
  const data = deflateSync(content, { level: 6 });
  const crc = crc32(content);
  const oldCentral = new DataView(entry.central.buffer, entry.central.byteOffset, entry.central.byteLength);
  const nameBytes = entry.central.subarray(46, 46 + oldCentral.getUint16(28, true));
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, LOCAL, true);
  lv.setUint16(4, 20, true);
  // Keep only the UTF-8 name flag: no data descriptor, no encryption.
  lv.setUint16(6, oldCentral.getUint16(8, true) & 0x0800, true);
  lv.setUint16(8, 8, true);
  lv.setUint16(10, oldCentral.getUint16(12, true), true);
  lv.setUint16(12, oldCentral.getUint16(14, true), true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, content.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = copy(entry.central);
  const cv = new DataView(central.buffer);
  cv.setUint16(8, lv.getUint16(6, true), true);
  cv.setUint16(10, 8, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, content.length, true);
  return { local, central };
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new ZipPackageError("Die Datei ist kein vollständiges Zip-Archiv (abgeschnitten oder beschädigt).");
}

/** Part names stay inside the package: no `..`, no absolute paths, no drive letters or backslashes. */
function checkName(name: string): void {
  const segments = name.split("/");
  if (name.startsWith("/") || name.includes("\\") || /^[a-z]:/i.test(name) || segments.includes("..") || name.includes("\0")) {
    throw new ZipPackageError(`Das Zip-Archiv enthält einen unzulässigen Teilnamen („${name.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}“).`);
  }
}

function copy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as zip stores it. @example crc32(new TextEncoder().encode("abc")) // 0x352441c2 */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
