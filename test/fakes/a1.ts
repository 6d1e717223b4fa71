import { columnLetter } from "../../src/domain/grid";

/** Excel's sheet size: the last row and column index (0-based) a range may reach. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

/** A rectangle of cells, 0-based and inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * 0-based column index of column letters.
 *
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads an A1 reference as Excel's getRange does: a cell (`G5`), a rectangle (`A1:H10`), whole
 * columns (`D:F`) or whole rows (`2:4`); `$` signs are ignored. `null` if it is none of these.
 *
 * @example parseA1("B2:C3") // { top: 1, left: 1, bottom: 2, right: 2 }
 */
export function parseA1(address: string): Box | null {
  const parts = address.replace(/\$/g, "").trim().toUpperCase().split(":");
  if (parts.length > 2) return null;
  const [a, b = a] = parts;
  const cols = /^([A-Z]{1,3})$/;
  const rows = /^(\d+)$/;
  const cell = /^([A-Z]{1,3})(\d+)$/;
  let box: Box | null = null;
  if (cols.test(a) && cols.test(b)) box = { top: 0, bottom: LAST_ROW, left: columnIndex(a), right: columnIndex(b) };
  else if (rows.test(a) && rows.test(b)) box = { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: LAST_COLUMN };
  else {
    const m1 = cell.exec(a);
    const m2 = cell.exec(b);
    if (!m1 || !m2) return null;
    box = { top: Number(m1[2]) - 1, left: columnIndex(m1[1]), bottom: Number(m2[2]) - 1, right: columnIndex(m2[1]) };
  }
  const normal = { top: Math.min(box.top, box.bottom), bottom: Math.max(box.top, box.bottom), left: Math.min(box.left, box.right), right: Math.max(box.left, box.right) };
  const inSheet = normal.top >= 0 && normal.left >= 0 && normal.bottom <= LAST_ROW && normal.right <= LAST_COLUMN;
  return inSheet ? normal : null;
}

/**
 * The A1 address of a box, a single cell without the colon.
 *
 * @example formatA1({ top: 0, left: 0, bottom: 9, right: 7 }) // "A1:H10"
 */
export function formatA1(box: Box): string {
  const start = `${columnLetter(box.left)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${columnLetter(box.right)}${box.bottom + 1}`;
}

/** The address with its sheet as Excel reports it: `Sitzungen!A1:L20`, `'Mein Blatt'!B2`. */
export function sheetAddress(sheet: string, box: Box): string {
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${formatA1(box)}`;
}

/** True if the boxes share a cell. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
