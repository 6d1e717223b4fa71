import ExcelJS from "exceljs";
import type { RawCell, RawGrid, WorkbookGrids } from "../domain/grid";
import { columnLetter } from "../domain/grid";
import { matchKey } from "../domain/matchKey";
import type { RegisterLayout } from "../domain/layouts";
import { WORKBOOK_SHEETS, type ColumnSpec, type RegisterName, type WorkbookSheet } from "../domain/registers";
import { dateSerialCell, jsDateToSerial, plainDateToJsDate, timeToDayFraction } from "./cellValues";
import { DATE_FORMAT, dropDownChoices, dropDownMessage, freeTableName, knownHeaders, TIME_FORMAT } from "./registerSheet";
import type { RowUpdate } from "../domain/meetingCells";
import type { RegisterStore } from "./store";
import { RegisterLayoutError } from "./fileErrors";

const MAX_ROWS = 1_048_576;

/** What exceljs keeps of a table (ListObject); loaded tables carry only these, not their rows. */
interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
}

/** Where a register sits on its sheet: 1-based rows and columns, inclusive. */
interface Region {
  sheet: ExcelJS.Worksheet;
  table: TableModel | null;
  headerRow: number;
  firstColumn: number;
  lastColumn: number;
  /** Last data row (the header row when there is none; above a table's totals row). */
  lastRow: number;
}

/**
 * A new register workbook made with exceljs: "einrichten" (`setUp`) and, for examples and tests,
 * rows appended, then written as .xlsx (`toBuffer`). Existing files are read and planned by the
 * package-level {@link XlsxRegisterStore} instead, which keeps every part of the user's file.
 *
 * @example
 * const store = new NewWorkbookStore();
 * await store.setUp(registerLayouts());
 * await writeFile("Allianz.xlsx", await store.toBuffer());
 */
export class NewWorkbookStore implements RegisterStore {
  constructor(readonly workbook: ExcelJS.Workbook = new ExcelJS.Workbook()) {}

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  async read(): Promise<WorkbookGrids> {
    const date1904 = this.date1904();
    const grids: RawGrid[] = [];
    for (const register of WORKBOOK_SHEETS) {
      const region = this.locate(register);
      if (region) grids.push(readGrid(region, date1904));
    }
    return { date1904, grids };
  }

  async append(register: RegisterName, rows: readonly (readonly RawCell[])[]): Promise<void> {
    if (rows.length === 0) return;
    const region = this.locate(register);
    if (!region) throw new RegisterLayoutError(`Das Tabellenblatt „${register}“ fehlt. Bitte zuerst „Arbeitsmappe einrichten“ ausführen.`);
    const { sheet, table } = region;
    const start = firstFreeRow(region);
    const end = start + rows.length - 1;
    const width = Math.max(region.lastColumn - region.firstColumn + 1, ...rows.map((row) => row.length));
    const tableBottom = table ? decodeRange(table.tableRef).bottom : region.lastRow;
    // Rows beyond the table (or below a totals row that has to move down) must be empty.
    const moveTotals = table?.totalsRow ? end - region.lastRow : 0;
    const mustBeEmptyFrom = Math.max(start, tableBottom + 1);
    const mustBeEmptyTo = end + moveTotals;
    for (let r = mustBeEmptyFrom; r <= mustBeEmptyTo; r++) {
      for (let c = region.firstColumn; c < region.firstColumn + width; c++) {
        if (!isEmpty(sheet.getCell(r, c).value)) {
          throw new RegisterLayoutError(
            `Unter der Tabelle auf „${sheet.name}“ steht in ${columnLetter(c - 1)}${r} schon etwas. Bitte den Bereich unter der Tabelle freiräumen und erneut versuchen.`,
          );
        }
      }
    }
    if (moveTotals > 0 && table) moveRow(sheet, region.lastRow + 1, region.lastRow + 1 + moveTotals, region.firstColumn, region.lastColumn);

    rows.forEach((row, i) => {
      const r = start + i;
      for (let j = 0; j < width; j++) {
        const c = region.firstColumn + j;
        const cell = sheet.getCell(r, c);
        // A new row looks like the row above it (formats, drop-downs), as when Excel extends a table.
        if (r > region.headerRow + 1) inheritFrom(sheet, cell, sheet.getCell(r - 1, c));
        writeCell(cell, row[j] ?? null);
      }
    });

    if (table) {
      const ref = decodeRange(table.tableRef);
      const newBottom = Math.max(ref.bottom, end + (table.totalsRow ? 1 : 0));
      table.tableRef = encodeRange(ref.left, ref.top, ref.right, newBottom);
      if (table.autoFilterRef) table.autoFilterRef = encodeRange(ref.left, ref.top, ref.right, newBottom - (table.totalsRow ? 1 : 0));
    }
  }

  /** Overwrites single cells of guarded rows (see RegisterStore.update); nothing is written if a guard fails. */
  async update(register: RegisterName, rows: readonly RowUpdate[]): Promise<void> {
    if (rows.length === 0) return;
    const region = this.locate(register);
    if (!region) throw new RegisterLayoutError(`Das Tabellenblatt „${register}“ fehlt. Bitte zuerst „Arbeitsmappe einrichten“ ausführen.`);
    const { sheet } = region;
    for (const { guard } of rows) {
      if (String(toRawCell(sheet.getCell(guard.cell), false) ?? "").trim() !== guard.text.trim()) {
        throw new RegisterLayoutError(`In Zelle ${guard.cell} des Blatts „${sheet.name}“ steht nicht „${guard.text}“. Es wurde nichts geändert.`);
      }
    }
    for (const row of rows) for (const { cell, value } of row.updates) writeCell(sheet.getCell(cell), value);
  }

  async setUp(layouts: readonly RegisterLayout[]): Promise<WorkbookSheet[]> {
    const created: WorkbookSheet[] = [];
    for (const layout of layouts) {
      if (this.sheetOf(layout.name)) continue;
      createRegisterSheet(this.workbook, layout, this.uniqueTableName(layout.table));
      created.push(layout.name);
    }
    return created;
  }

  private date1904(): boolean {
    return Boolean((this.workbook.properties as { date1904?: boolean }).date1904);
  }

  private sheetOf(register: WorkbookSheet): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === register.toLowerCase());
  }

  private uniqueTableName(wanted: string): string {
    return freeTableName(wanted, new Set(this.workbook.worksheets.flatMap((ws) => tablesOf(ws).map((t) => t.name.toLowerCase()))));
  }

  /** The register's table (the one with a known header, else the first), or its used range. */
  private locate(register: WorkbookSheet): Region | null {
    const sheet = this.sheetOf(register);
    if (!sheet) return null;
    const known = knownHeaders(register);
    const tables = tablesOf(sheet);
    const withHeader = tables.map((t) => ({ t, headerRow: findHeaderRow(sheet, decodeRange(t.tableRef), known) })).find((x) => x.headerRow !== null);
    const table = withHeader?.t ?? tables[0];
    if (table) {
      const ref = decodeRange(table.tableRef);
      const headerRow = withHeader?.headerRow ?? ref.top;
      const lastRow = Math.max(headerRow, ref.bottom - (table.totalsRow ? 1 : 0));
      return { sheet, table, headerRow, firstColumn: ref.left, lastColumn: ref.right, lastRow };
    }
    const used = usedRange(sheet);
    if (!used) return { sheet, table: null, headerRow: 1, firstColumn: 1, lastColumn: 1, lastRow: 1 };
    const headerRow = findHeaderRow(sheet, used, known) ?? used.top;
    return { sheet, table: null, headerRow, firstColumn: used.left, lastColumn: used.right, lastRow: Math.max(headerRow, used.bottom) };
  }
}

function readGrid(region: Region, date1904: boolean): RawGrid {
  const { sheet, headerRow, firstColumn, lastColumn, lastRow } = region;
  const rowCells = (r: number): RawCell[] => {
    const row = sheet.getRow(r);
    const cells: RawCell[] = [];
    for (let c = firstColumn; c <= lastColumn; c++) cells.push(toRawCell(row.getCell(c), date1904));
    return cells;
  };
  const rows: RawCell[][] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) rows.push(rowCells(r));
  return { sheet: sheet.name, headerRow, firstColumn: firstColumn - 1, header: rowCells(headerRow), rows };
}

/** One exceljs cell as the domain sees it. */
function toRawCell(cell: ExcelJS.Cell, date1904: boolean): RawCell {
  // Merged cells other than the top-left one are empty in Excel; exceljs would repeat the value.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return valueToRawCell(cell.value, date1904, cell.numFmt);
}

function valueToRawCell(value: unknown, date1904: boolean, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateSerialCell(jsDateToSerial(value, date1904), date1904, numFmt ?? DATE_FORMAT);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
  if ("formula" in v || "sharedFormula" in v) return valueToRawCell(v.result, date1904, numFmt);
  if ("hyperlink" in v) return valueToRawCell(v.text, date1904, numFmt);
  return null;
}

function writeCell(cell: ExcelJS.Cell, value: RawCell): void {
  if (value !== null && typeof value === "object") {
    if ("date" in value) {
      cell.value = plainDateToJsDate(value.date);
      cell.numFmt = DATE_FORMAT;
    } else if ("time" in value) {
      cell.value = timeToDayFraction(value.time);
      cell.numFmt = TIME_FORMAT;
    } else {
      cell.value = { error: value.error } as ExcelJS.CellErrorValue;
    }
    return;
  }
  cell.value = value;
}

function inheritFrom(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, above: ExcelJS.Cell): void {
  if (above.style && Object.keys(above.style).length > 0) cell.style = structuredClone(above.style);
  const validation = above.dataValidation;
  if (validation) sheet.getCell(cell.address).dataValidation = structuredClone(validation);
}

/** Moves a row's cells (values and formats) down, e.g. a table's totals row below appended rows. */
function moveRow(sheet: ExcelJS.Worksheet, from: number, to: number, firstColumn: number, lastColumn: number): void {
  for (let c = firstColumn; c <= lastColumn; c++) {
    const source = sheet.getCell(from, c);
    const target = sheet.getCell(to, c);
    target.value = source.value;
    target.style = structuredClone(source.style);
    source.value = null;
  }
}

/** First row to write to: after the last table row that holds anything (a new table's blank row is reused). */
function firstFreeRow(region: Region): number {
  const { sheet, headerRow, firstColumn, lastColumn } = region;
  let r = region.lastRow;
  while (r > headerRow && rowIsEmpty(sheet, r, firstColumn, lastColumn)) r--;
  return r + 1;
}

function rowIsEmpty(sheet: ExcelJS.Worksheet, r: number, firstColumn: number, lastColumn: number): boolean {
  for (let c = firstColumn; c <= lastColumn; c++) if (!isEmpty(sheet.getCell(r, c).value)) return false;
  return true;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function createRegisterSheet(workbook: ExcelJS.Workbook, layout: RegisterLayout, tableName: string): void {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: "frozen", ySplit: 1 }] });
  layout.columns.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.width;
    const format = columnFormat(spec);
    if (format) column.numFmt = format;
    if (spec.kind === "multiline") column.alignment = { wrapText: true, vertical: "top" };
  });
  // Excel tables always have at least one data row; a blank one is filled by the first append.
  const initialRows = layout.initialRows.length > 0 ? layout.initialRows : [layout.columns.map(() => null)];
  sheet.addTable({
    name: tableName,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.columns.map((spec) => ({ name: spec.header, filterButton: true })),
    rows: initialRows.map((row) => layout.columns.map((_, j) => row[j] ?? null)),
  });
  initialRows.forEach((row, i) => {
    layout.columns.forEach((spec, j) => {
      const cell = sheet.getCell(i + 2, j + 1);
      writeCell(cell, row[j] ?? null);
      const format = columnFormat(spec);
      if (format) cell.numFmt = format;
      if (spec.kind === "multiline") cell.alignment = { wrapText: true, vertical: "top" };
      const validation = dropDown(spec);
      if (validation) cell.dataValidation = validation;
    });
  });
  sheet.getRow(1).font = { bold: true };
}

function columnFormat(spec: ColumnSpec): string | null {
  if (spec.kind === "date") return DATE_FORMAT;
  if (spec.kind === "time") return TIME_FORMAT;
  return null;
}

/** In-cell drop-down for enum and yes/no columns (yes/no only warns: `x` and `WAHR` are accepted too). */
function dropDown(spec: ColumnSpec): ExcelJS.DataValidation | null {
  const values = dropDownChoices(spec);
  if (!values) return null;
  return {
    type: "list",
    allowBlank: !spec.required,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
    errorStyle: spec.kind === "yesno" ? "warning" : "stop",
    errorTitle: spec.header,
    error: dropDownMessage(values),
  };
}

function tablesOf(sheet: ExcelJS.Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables: Record<string, { model: TableModel }> }).tables ?? {};
  return Object.values(tables).map((t) => t.model);
}

/** Rows top to bottom where the first row holding a known header (case and spaces ignored) is the header. */
function findHeaderRow(sheet: ExcelJS.Worksheet, range: RangeBox, known: ReadonlySet<string>): number | null {
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.getRow(r);
    for (let c = range.left; c <= range.right; c++) {
      const value = toRawCell(row.getCell(c), false);
      if (typeof value === "string" && known.has(matchKey(value))) return r;
    }
  }
  return null;
}

interface RangeBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bounding box of the cells that hold a value, or null for an empty sheet. */
function usedRange(sheet: ExcelJS.Worksheet): RangeBox | null {
  let box: RangeBox | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isEmpty(cell.value)) return;
      box = box
        ? { left: Math.min(box.left, c), top: Math.min(box.top, r), right: Math.max(box.right, c), bottom: Math.max(box.bottom, r) }
        : { left: c, top: r, right: c, bottom: r };
    });
  });
  return box;
}

function decodeRange(ref: string): RangeBox {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const tl = decodeCell(a);
  const br = decodeCell(b);
  return { left: tl.col, top: tl.row, right: br.col, bottom: br.row };
}

function decodeCell(address: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address.trim());
  if (!m) return { col: 1, row: 1 };
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Math.min(Number(m[2]), MAX_ROWS) };
}

function encodeRange(left: number, top: number, right: number, bottom: number): string {
  return `${columnLetter(left - 1)}${top}:${columnLetter(right - 1)}${bottom}`;
}
