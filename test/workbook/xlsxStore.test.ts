import assert from "node:assert/strict";
import { plainDateToSerial } from "../../src/domain/excelSerial";
import type { RawCell } from "../../src/domain/grid";
import type { PlainDate } from "../../src/domain/plainDate";
import { UNCALCULATED_FORMULA } from "../../src/domain/readCell";
import { NewWorkbookStore } from "../../src/workbook/newWorkbook";
import { registerLayouts } from "../../src/domain/layouts";
import { RegisterLayoutError, WorkbookFileError, XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { readZip, unpack } from "../../src/workbook/zipPackage";

const d = (date: string) => ({ date }) as RawCell;

/** A part's text in a package. */
function part(xlsx: Uint8Array, name: string): string {
  return new TextDecoder().decode(unpack(readZip(xlsx).entries.find((e) => e.name === name)!));
}

/** Sperrzeiten as a table with a totals row (Excel's „Ergebniszeile“), written by exceljs. */
async function withTotalsRow(): Promise<Uint8Array> {
  const store = new NewWorkbookStore();
  store.workbook.addWorksheet("Sperrzeiten").addTable({
    name: "tblSperr",
    ref: "A1",
    totalsRow: true,
    columns: [{ name: "Von" }, { name: "Bis" }, { name: "Grund", totalsRowFunction: "count" }],
    rows: [[new Date(Date.UTC(2027, 6, 19)), new Date(Date.UTC(2027, 7, 31)), "Sommerferien"]],
  });
  return store.toBuffer();
}

describe("XlsxRegisterStore (package level)", () => {
  it("moves a table's totals row below the new rows, as Excel does, and keeps its formula", async () => {
    const store = await XlsxRegisterStore.fromBuffer(await withTotalsRow());
    await store.append("Sperrzeiten", [[d("2027-10-11"), d("2027-10-23"), "Herbstferien"], [d("2027-12-23"), d("2028-01-06"), "Weihnachtsferien"]]);
    const written = await store.toBuffer();
    const table = part(written, "xl/tables/table1.xml");
    assert.match(table, /<table [^>]*ref="A1:C5"/);
    assert.match(table, /<autoFilter ref="A1:C4"/);
    const sheet = part(written, "xl/worksheets/sheet1.xml");
    assert.match(sheet, /<row r="5"[^>]*>.*<c r="C5"[^>]*><f>SUBTOTAL\(103,tblSperr\[Grund\]\)<\/f>/);
    assert.deepEqual([...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => m[1]), ["1", "2", "3", "4", "5"]);
    assert.doesNotMatch(/<row r="3".*?<\/row>/.exec(sheet)![0], /SUBTOTAL/);
    const grid = (await (await XlsxRegisterStore.fromBuffer(written)).read()).grids[0];
    // exceljs stores the totals formula without a result: read as such, never guessed.
    assert.deepEqual(grid.rows.map((row) => row[2]), ["Sommerferien", "Herbstferien", "Weihnachtsferien", { error: UNCALCULATED_FORMULA }]);
  });

  it("refuses to write over cells below a table, naming the cell", async () => {
    const withNote = new NewWorkbookStore();
    withNote.workbook.addWorksheet("Sperrzeiten").addTable({ name: "tblSperr", ref: "A1", columns: [{ name: "Von" }, { name: "Bis" }, { name: "Grund" }], rows: [["a", "b", "c"]] });
    withNote.workbook.getWorksheet("Sperrzeiten")!.getCell("B4").value = "Notiz";
    const noted = await XlsxRegisterStore.fromBuffer(await withNote.toBuffer());
    await assert.rejects(noted.append("Sperrzeiten", [[d("2028-01-01"), d("2028-01-02"), "x"], [d("2028-02-01"), d("2028-02-02"), "y"], [d("2028-03-01"), d("2028-03-02"), "z"]]), (e: Error) => {
      assert.ok(e instanceof RegisterLayoutError);
      assert.match(e.message, /Unter der Tabelle auf „Sperrzeiten“ steht in B4 schon etwas/);
      return true;
    });
  });

  it("rejects files that are not workbooks with a German message naming the file", async () => {
    await assert.rejects(XlsxRegisterStore.fromBuffer(Buffer.from("Mitglied;Art\nStadt Kaarst;Stadt\n"), "x.csv"), (e: Error) => e instanceof WorkbookFileError && e.message === "„x.csv“ ist keine Excel-Arbeitsmappe (.xlsx) und keine OpenDocument-Tabelle (.ods).");
    await assert.rejects(XlsxRegisterStore.fromBuffer(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0])), (e: Error) => e instanceof WorkbookFileError && /^Die Datei ist keine lesbare Arbeitsmappe: Die Datei ist kein vollständiges Zip-Archiv/.test(e.message));
    await assert.rejects(XlsxRegisterStore.fromBuffer(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), "alt.xls"), /alte Excel-Datei \(\.xls\) oder kennwortgeschützt/);
  });
});

describe("XlsxRegisterStore.update", () => {
  it("changes only the named cells of a guarded row (a date as a date cell), only in the sheet part, and refuses a moved row without writing", async () => {
    const made = new NewWorkbookStore();
    await made.setUp(registerLayouts());
    const row: RawCell[] = ["2027-01", d("2027-01-14"), { time: "10:00" }, { time: "12:00" }, "Präsenz", "Stadt Kaarst", "Rathaus", "Stadt Kaarst", null, null, "geplant", null];
    await made.append("Sitzungen", [row, ["2027-02", ...row.slice(1)]]);
    const before = await made.toBuffer();
    const store = await XlsxRegisterStore.fromBuffer(before);
    await store.update("Sitzungen", [{ guard: { cell: "A3", text: "2027-02" }, updates: [{ cell: "B3", value: d("2027-03-18") }, { cell: "K3", value: "abgesagt" }, { cell: "L3", value: "abgesagt am 01.12.2026" }] }]);
    const after = await store.toBuffer();
    const rowsOf = async (bytes: Uint8Array) => (await (await XlsxRegisterStore.fromBuffer(bytes)).read()).grids.find((g) => g.sheet === "Sitzungen")!.rows;
    const [old, rows] = [await rowsOf(before), await rowsOf(after)];
    // The package reader hands date cells over as serials, as Excel does.
    assert.deepEqual(rows[0], old[0]);
    assert.deepEqual(rows[1], ["2027-02", plainDateToSerial("2027-03-18" as PlainDate, false), ...old[1].slice(2, 10), "abgesagt", "abgesagt am 01.12.2026"]);
    const changed = readZip(after).entries.filter((e) => part(after, e.name) !== part(before, e.name)).map((e) => e.name);
    assert.equal(changed.length, 1);
    assert.match(changed[0], /^xl\/worksheets\/sheet\d+\.xml$/);

    await assert.rejects(store.update("Sitzungen", [{ guard: { cell: "A2", text: "2027-02" }, updates: [{ cell: "K2", value: "abgesagt" }] }]), (e: Error) => e instanceof RegisterLayoutError && /In Zelle A2 des Blatts „Sitzungen“ steht nicht „2027-02“\. Es wurde nichts geändert\./.test(e.message));
    assert.deepEqual(await store.toBuffer(), after);
  });
});
