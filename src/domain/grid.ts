import type { PlainDate } from "./plainDate";

/**
 * One cell as an adapter hands it to the domain. Adapters turn real date cells (and numbers with a
 * date format) into `{ date }`, time-of-day cells into `{ time: "HH:MM" }`, error values such as
 * `#NV` into `{ error }`; everything else stays as the plain value. A bare number in a date column
 * is an Excel serial and is read with the grid's date system.
 */
export type RawCell =
  | null
  | string
  | number
  | boolean
  | { readonly date: PlainDate }
  | { readonly time: string }
  | { readonly error: string };

/** A register as found in the workbook: the header row and the data rows below it. */
export interface RawGrid {
  /** Worksheet name, e.g. `Mitglieder`. */
  readonly sheet: string;
  /** Excel row number (1-based) of the header row. */
  readonly headerRow: number;
  /** 0-based column index of the grid's first column (0 = column A). */
  readonly firstColumn: number;
  readonly header: readonly RawCell[];
  /** Data rows; row i is Excel row `headerRow + 1 + i`. Rows may be shorter or longer than the header. */
  readonly rows: readonly (readonly RawCell[])[];
}

/** Every register sheet the adapter found, keyed by sheet name as written in the workbook. */
export interface WorkbookGrids {
  /** True where the workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904: boolean;
  readonly grids: readonly RawGrid[];
}

/**
 * Column letters of a 0-based column index.
 *
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a grid cell.
 *
 * @example cellAddress({ headerRow: 1, firstColumn: 0 }, 0, 6) // "G2"
 */
export function cellAddress(grid: Pick<RawGrid, "headerRow" | "firstColumn">, rowIndex: number, columnIndex: number): string {
  return `${columnLetter(grid.firstColumn + columnIndex)}${grid.headerRow + 1 + rowIndex}`;
}
