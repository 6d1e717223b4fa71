import ExcelJS from "exceljs";
import { jsDateToSerial } from "../../src/workbook/cellValues";
import type { FakeSheetState, FakeWorkbookState } from "../fakes/officeFake";

type FakeCell = FakeSheetState["cells"][number][number];

/**
 * The strict Office fake's state for an .xlsx file: every sheet's values from A1 as Office.js
 * `range.values` would give them (dates and times as serial numbers, formulas as their cached
 * result, errors as their text such as `#NV`), and every table with its address.
 */
export async function fakeStateFromXlsx(xlsx: Buffer | ArrayBuffer): Promise<FakeWorkbookState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as ArrayBuffer);
  const date1904 = Boolean(workbook.properties.date1904);
  const sheets: FakeSheetState[] = workbook.worksheets.map((worksheet) => {
    const cells: FakeCell[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const value = officeValue(cell.value, date1904);
        if (value === null) return;
        while (cells.length < rowNumber) cells.push([]);
        const target = cells[rowNumber - 1];
        while (target.length < columnNumber) target.push(null);
        target[columnNumber - 1] = value;
      });
    });
    // Office's values are rectangular: pad every row to the widest one.
    const width = Math.max(0, ...cells.map((r) => r.length));
    for (const r of cells) while (r.length < width) r.push(null);
    const tables = worksheet.getTables().map((table) => {
      const model = (table as unknown as { table: { name: string; tableRef?: string; ref: string } }).table;
      return { name: model.name, address: model.tableRef ?? model.ref };
    });
    return { name: worksheet.name, cells, tables };
  });
  return { date1904, sheets };
}

function officeValue(value: ExcelJS.CellValue, date1904: boolean): FakeCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return jsDateToSerial(value, date1904);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return officeValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, date1904);
  if ("text" in value) return typeof value.text === "string" ? value.text : officeValue(value.text as ExcelJS.CellValue, date1904);
  return null;
}
