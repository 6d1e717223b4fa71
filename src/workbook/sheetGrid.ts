import type { RawCell, RawGrid } from "../domain/grid";
import { matchKey } from "../domain/matchKey";
import { XML_ILLEGAL_CHARACTERS } from "../domain/rules/textCharacterRules";
import type { WorkbookSheet } from "../domain/registers";
import { RegisterLayoutError } from "./fileErrors";
import { knownHeaders } from "./registerSheet";

/*
 * The cells of a sheet as a file holds them (only cells with a value), and the register grid taken
 * from them exactly as the Office.js adapter takes it from Excel: the used range (cells with
 * values), the header in its first row holding a known header, numbers as they are stored (date
 * cells are serials), empty cells null.
 */

/** Cells with a value by 1-based row, then 1-based column. Sparse: a stray cell far out costs one entry. */
export type SheetCells = Map<number, Map<number, RawCell>>;

/** A rectangle of 1-based rows and columns, inclusive. */
export interface CellBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Stores a cell unless it is empty (null or `""`, which Excel's used range leaves out too).
 *
 * @example putCell(cells, 2, 1, "Stadt Kaarst")
 */
export function putCell(cells: SheetCells, row: number, column: number, value: RawCell): void {
  if (value === null || value === "") return;
  let line = cells.get(row);
  if (!line) cells.set(row, (line = new Map()));
  line.set(column, value);
}

/**
 * The bounding box of the cells, or null for an empty sheet.
 *
 * @example usedBox(cells) // { top: 1, left: 1, bottom: 51, right: 12 }
 */
export function usedBox(cells: SheetCells): CellBox | null {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const [row, line] of cells) {
    for (const column of line.keys()) {
      if (!box) box = { top: row, left: column, bottom: row, right: column };
      else {
        if (row < box.top) box.top = row;
        if (row > box.bottom) box.bottom = row;
        if (column < box.left) box.left = column;
        if (column > box.right) box.right = column;
      }
    }
  }
  return box;
}

/** Shared by every row without cells (a stray far cell makes a million of them). */
const EMPTY_ROW: RawCell[] = Object.freeze([]) as unknown as RawCell[];

/**
 * The register's grid from a sheet's cells, as the Office.js adapter reads it. Rows end at their
 * last cell with a value (the domain reads missing cells as empty), so a stray value in XFD1048576
 * costs one long row, not a billion cells.
 *
 * @example gridFromCells("Sitzungen", "Sitzungen", cells).header // ["Nr", "Datum", …]
 */
export function gridFromCells(register: WorkbookSheet, sheet: string, cells: SheetCells): RawGrid {
  const box = usedBox(cells);
  if (!box) return { sheet, headerRow: 1, firstColumn: 0, header: [], rows: [] };
  const known = knownHeaders(register);
  let headerRow = box.top;
  for (let r = box.top; r <= box.bottom; r++) {
    const line = cells.get(r);
    if (line && [...line.values()].some((v) => typeof v === "string" && known.has(matchKey(v)))) {
      headerRow = r;
      break;
    }
  }
  const rowOf = (r: number): RawCell[] => {
    const line = cells.get(r);
    if (!line) return EMPTY_ROW;
    const last = Math.max(...line.keys());
    const row: RawCell[] = [];
    for (let c = box.left; c <= last; c++) row.push(line.get(c) ?? null);
    return row;
  };
  const rows: RawCell[][] = [];
  for (let r = headerRow + 1; r <= box.bottom; r++) rows.push(rowOf(r));
  return { sheet, headerRow, firstColumn: box.left - 1, header: rowOf(headerRow), rows };
}

/**
 * Text of a spreadsheet string with OOXML's `_xHHHH_` escapes resolved (how Excel stores control
 * characters such as CR: `_x000D_`); `_x005F_` escapes a literal underscore sequence.
 *
 * @example unescapeOoxml("Zeile 1_x000D_\nZeile 2") // "Zeile 1\r\nZeile 2"
 */
export function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A string for a spreadsheet cell: characters XML cannot hold are written as `_xHHHH_` (control
 * characters) or dropped (U+FFFE, U+FFFF, lone surrogates); a literal `_xHHHH_` is protected.
 *
 * @example escapeOoxml("a\u0007b") // "a_x0007_b"
 */
export function escapeOoxml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`)
    .replace(XML_ILLEGAL_CHARACTERS, "");
}

/**
 * 1-based row and column of an A1 reference (`$` allowed), or null.
 *
 * @example decodeCell("C12") // { row: 12, column: 3 }
 */
export function decodeCell(reference: string): { row: number; column: number } | null {
  let i = 0;
  let column = 0;
  const ref = reference.trim();
  if (ref[i] === "$") i++;
  while (i < ref.length && /[A-Za-z]/.test(ref[i])) column = column * 26 + (ref.charCodeAt(i++) & 0x1f);
  if (ref[i] === "$") i++;
  const digits = ref.slice(i);
  if (column === 0 || column > 16384 || !/^\d{1,7}$/.test(digits)) return null;
  const row = Number(digits);
  return row >= 1 && row <= 1_048_576 ? { row, column } : null;
}

/**
 * A range `A1:C3` (or a single cell) as a box; whole columns/rows (`A:A`, `1:1`) span the sheet.
 *
 * @example decodeRange("B2:D10") // { top: 2, left: 2, bottom: 10, right: 4 }
 */
export function decodeRange(range: string): CellBox | null {
  const [a, b = a] = range.split(":");
  const corner = (ref: string, first: boolean) => {
    const cell = decodeCell(ref);
    if (cell) return cell;
    const bare = ref.replace(/\$/g, "").trim();
    if (/^\d+$/.test(bare)) return { row: Number(bare), column: first ? 1 : 16384 };
    if (/^[A-Za-z]{1,3}$/.test(bare)) return { row: first ? 1 : 1_048_576, column: decodeCell(`${bare}1`)?.column ?? 0 };
    return null;
  };
  const tl = corner(a, true);
  const br = corner(b, false);
  if (!tl || !br || tl.column === 0 || br.column === 0) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.column, br.column), bottom: Math.max(tl.row, br.row), right: Math.max(tl.column, br.column) };
}

/**
 * Cell updates grouped by row, then column (1-based); an address that is not one cell is refused.
 *
 * @example cellUpdatesByRow([{ cell: "K3", value: "abgesagt" }]) // Map { 3 => Map { 11 => "abgesagt" } }
 */
export function cellUpdatesByRow(updates: readonly { readonly cell: string; readonly value: RawCell }[]): Map<number, Map<number, RawCell>> {
  const byRow = new Map<number, Map<number, RawCell>>();
  for (const { cell, value } of updates) {
    const at = decodeCell(cell);
    if (!at) throw new RegisterLayoutError(`„${cell}“ ist keine Zelladresse.`);
    if (!byRow.has(at.row)) byRow.set(at.row, new Map());
    byRow.get(at.row)!.set(at.column, value);
  }
  return byRow;
}
