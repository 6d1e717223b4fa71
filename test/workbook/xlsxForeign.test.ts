import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxBook } from "../../src/workbook/xlsxBook";
import { readZip } from "../../src/workbook/zipPackage";

/*
 * Real workbooks from calamine's test suite (test/fixtures/workbooks/calamine/README.md): where
 * calamine's own tests check a cell (1904, _x000D_, rPh), the same value is expected here.
 */

const DIR = path.join(__dirname, "..", "fixtures", "workbooks", "calamine");

function firstSheet(name: string): { book: XlsxBook; cell: (row: number, column: number) => unknown } {
  const book = new XlsxBook(readZip(readFileSync(path.join(DIR, name))));
  const cells = book.scanSheet(book.sheets[0]).cells;
  return { book, cell: (row, column) => cells.get(row)?.get(column) ?? null };
}

describe("workbooks saved by Excel and others (calamine's test files)", () => {
  it("date_1904.xlsx: the 1904 date system, serials as stored (42735 = 01.01.2021)", () => {
    const { book, cell } = firstSheet("date_1904.xlsx");
    assert.equal(book.date1904, true);
    assert.equal(cell(1, 1), 42735);
  });

  it("strict_iso_paths.xlsx: Strict Open XML with absolute part names", () => {
    const { book, cell } = firstSheet("strict_iso_paths.xlsx");
    assert.deepEqual(book.sheets.map((s) => s.name), ["ml_out"]);
    assert.equal(cell(1, 1), "Item");
    assert.equal(cell(2, 1), "150-031260-001_B");
    assert.equal(cell(2, 2), 1.5);
  });

  it("date_iso.xlsx: ISO 8601 date, date-time and time cells as serials", () => {
    const { cell } = firstSheet("date_iso.xlsx");
    assert.equal(cell(1, 1), 44197);
    assert.ok(Math.abs((cell(2, 1) as number) - 44197.423726851855) < 1e-9);
    assert.ok(Math.abs((cell(3, 1) as number) - 0.4237268518518518) < 1e-9);
  });

  it("has_x000D_.xlsx, rph.xlsx, nonstandard-xml-ns-prefix.xlsx, table_with_absolute_paths.xlsx", () => {
    assert.equal(firstSheet("has_x000D_.xlsx").cell(1, 1), "ABC\r\nDEF");
    assert.equal(firstSheet("rph.xlsx").cell(1, 1), "課きく　毛こ");
    const prefixed = firstSheet("nonstandard-xml-ns-prefix.xlsx");
    assert.deepEqual([prefixed.cell(1, 1), prefixed.cell(2, 2), prefixed.cell(3, 2)], ["a", 3, 4]);
    const table = firstSheet("table_with_absolute_paths.xlsx");
    assert.deepEqual([table.cell(1, 2), table.cell(4, 2)], ["Name", "West"]);
    assert.deepEqual(table.book.relationships(table.book.sheets[0].part).filter((r) => r.kind === "table").length, 1);
  });
});
