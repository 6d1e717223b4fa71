import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import PizZip from "pizzip";
import type { RawCell, RawGrid } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import { REGISTER_NAMES } from "../../src/domain/registers";
import { RegisterLayoutError } from "../../src/workbook/fileErrors";
import { NewWorkbookStore } from "../../src/workbook/newWorkbook";

const d = (date: string) => ({ date }) as RawCell;
const t = (time: string) => ({ time }) as RawCell;

/** Writes and re-reads the workbook: what a later run (or Excel) sees. */
async function roundTrip(store: NewWorkbookStore): Promise<NewWorkbookStore> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await store.toBuffer()) as unknown as ExcelJS.Buffer);
  return new NewWorkbookStore(workbook);
}

async function grid(store: NewWorkbookStore, sheet: string): Promise<RawGrid> {
  const found = (await store.read()).grids.find((g) => g.sheet === sheet);
  assert.ok(found, `Blatt ${sheet} fehlt`);
  return found;
}

function tableModel(store: NewWorkbookStore, sheet: string): { tableRef: string; autoFilterRef?: string; columns: { name: string }[] } {
  const tables = (store.workbook.getWorksheet(sheet) as unknown as { tables: Record<string, { model: never }> }).tables;
  const [only] = Object.values(tables);
  return only.model;
}

const kaarst: RawCell[] = ["Stadt Kaarst", null, "Stadt", d("2021-05-10"), null, "Ja", "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst", "Stadt Kaarst\nAm Neumarkt 2\n41564 Kaarst"];
const neuss: RawCell[] = ["Stadt Neuss", "Neuss", "Stadt", d("2024-07-01"), d("2030-12-31"), true, null, null];

describe("NewWorkbookStore", () => {
  it("sets up every register as a table with headers, formats and drop-downs, and only once", async () => {
    const store = new NewWorkbookStore();
    assert.deepEqual(await store.setUp(registerLayouts()), [...REGISTER_NAMES]);
    const again = await roundTrip(store);
    assert.deepEqual(await again.setUp(registerLayouts()), []);

    const members = await grid(again, "Mitglieder");
    assert.deepEqual(members.header, registerLayouts()[0].columns.map((c) => c.header));
    assert.equal(tableModel(again, "Mitglieder").tableRef, "A1:H2");
    const sheet = again.workbook.getWorksheet("Mitglieder")!;
    assert.deepEqual(sheet.getCell("C2").dataValidation.formulae, ['"Kreis,Stadt,Gemeinde,Sonstige"']);
    assert.deepEqual(sheet.getCell("F2").dataValidation.formulae, ['"Ja,Nein"']);
    assert.equal(sheet.getCell("D2").numFmt, "dd.mm.yyyy");
    assert.equal(again.workbook.getWorksheet("Sitzungen")!.getCell("C2").numFmt, "hh:mm");

    const settings = await grid(again, "Einstellungen");
    assert.deepEqual(settings.rows[1], ["Turnus", "zweimonatlich"]);
  });

  it("leaves existing sheets alone and names a new table so that it does not clash", async () => {
    const store = new NewWorkbookStore();
    store.workbook.addWorksheet("mitglieder").getCell("A1").value = "eigene Daten";
    const other = store.workbook.addWorksheet("Alt");
    other.addTable({ name: "tblKontakte", ref: "A1", columns: [{ name: "X" }], rows: [[1]] });
    const created = await store.setUp(registerLayouts());
    assert.ok(!created.includes("Mitglieder"));
    assert.equal(store.workbook.getWorksheet("mitglieder")!.getCell("A1").value, "eigene Daten");
    const reread = await roundTrip(store);
    assert.ok(Object.keys((reread.workbook.getWorksheet("Kontakte") as unknown as { tables: object }).tables).includes("tblKontakte2"));
  });

  it("round-trips what append wrote: dates, times, yes/no, errors, line breaks", async () => {
    const store = new NewWorkbookStore();
    await store.setUp(registerLayouts());
    await store.append("Mitglieder", [kaarst, neuss]);
    const meeting: RawCell[] = ["2027-01", d("2027-01-14"), t("10:00"), t("12:00"), "Präsenz", "Stadt Kaarst", "Rathaus", "Stadt Kaarst", null, null, "geplant", { error: "#N/A" }, "https://meet.example.org/r/1\nID 123"];
    await store.append("Sitzungen", [meeting]);
    const reread = await roundTrip(store);
    assert.deepEqual((await grid(reread, "Mitglieder")).rows, [kaarst, neuss]);
    assert.deepEqual((await grid(reread, "Sitzungen")).rows, [meeting]);
    assert.equal(reread.workbook.getWorksheet("Sitzungen")!.getCell("B2").numFmt, "dd.mm.yyyy");
  });

  it("extends the table, keeps its filter range consistent and never changes existing cells", async () => {
    const store = new NewWorkbookStore();
    await store.setUp(registerLayouts());
    await store.append("Mitglieder", [kaarst]);
    const first = await roundTrip(store);
    const before = (await grid(first, "Mitglieder")).rows;
    await first.append("Mitglieder", [neuss]);
    const second = await roundTrip(first);
    assert.deepEqual((await grid(second, "Mitglieder")).rows, [...before, neuss]);
    const model = tableModel(second, "Mitglieder");
    assert.equal(model.tableRef, "A1:H3");
    assert.equal(model.autoFilterRef, "A1:H3");
    assert.deepEqual(model.columns.map((c) => c.name), registerLayouts()[0].columns.map((c) => c.header));
    // The new row gets the drop-downs and formats of the row above, as in Excel.
    const sheet = second.workbook.getWorksheet("Mitglieder")!;
    assert.deepEqual(sheet.getCell("C3").dataValidation.formulae, ['"Kreis,Stadt,Gemeinde,Sonstige"']);
    assert.equal(sheet.getCell("E3").numFmt, "dd.mm.yyyy");
  });

  it("moves a totals row down and refuses to write over cells below a table", async () => {
    const store = new NewWorkbookStore();
    const sheet = store.workbook.addWorksheet("Sperrzeiten");
    sheet.addTable({ name: "tblSperr", ref: "A1", totalsRow: true, columns: [{ name: "Von" }, { name: "Bis" }, { name: "Grund", totalsRowFunction: "count" }], rows: [[new Date(Date.UTC(2027, 6, 19)), new Date(Date.UTC(2027, 7, 31)), "Sommerferien"]] });
    await store.append("Sperrzeiten", [[d("2027-10-11"), d("2027-10-23"), "Herbstferien"]]);
    const reread = await roundTrip(store);
    assert.equal(tableModel(reread, "Sperrzeiten").tableRef, "A1:C4");
    assert.equal(tableModel(reread, "Sperrzeiten").autoFilterRef, "A1:C3");
    assert.deepEqual((await grid(reread, "Sperrzeiten")).rows.at(-1), [d("2027-10-11"), d("2027-10-23"), "Herbstferien"]);
    assert.match(String((reread.workbook.getWorksheet("Sperrzeiten")!.getCell("C4").value as { formula: string }).formula), /SUBTOTAL\(103,tblSperr\[Grund\]\)/);

    reread.workbook.getWorksheet("Sperrzeiten")!.getCell("B6").value = "Notiz";
    await assert.rejects(reread.append("Sperrzeiten", [[d("2028-01-01"), d("2028-01-02"), "a"], [d("2028-02-01"), d("2028-02-02"), "b"]]), (e: Error) => {
      assert.ok(e instanceof RegisterLayoutError);
      assert.match(e.message, /B6/);
      return true;
    });
    assert.equal(tableModel(reread, "Sperrzeiten").tableRef, "A1:C4");
  });

  it("finds the header by name in a plain range, with reordered and extra columns", async () => {
    const store = new NewWorkbookStore();
    const sheet = store.workbook.addWorksheet("Sperrzeiten");
    sheet.getCell("B1").value = "Sperrzeiten der Allianz (Stand Mai)";
    sheet.getRow(3).values = [null, " BIS ", "Bemerkung", "von", "Grund"];
    sheet.getRow(4).values = [null, new Date(Date.UTC(2027, 7, 31)), "intern", new Date(Date.UTC(2027, 6, 19)), "Sommerferien"];
    for (const c of ["B4", "D4"]) sheet.getCell(c).numFmt = "dd.mm.yyyy";
    const g = await grid(store, "Sperrzeiten");
    assert.equal(g.headerRow, 3);
    assert.equal(g.firstColumn, 1);
    assert.deepEqual(g.header, [" BIS ", "Bemerkung", "von", "Grund"]);
    assert.deepEqual(g.rows, [[d("2027-08-31"), "intern", d("2027-07-19"), "Sommerferien"]]);

    await store.append("Sperrzeiten", [[d("2027-10-23"), null, d("2027-10-11"), "Herbstferien"]]);
    const reread = await roundTrip(store);
    assert.deepEqual((await grid(reread, "Sperrzeiten")).rows, [...g.rows, [d("2027-10-23"), null, d("2027-10-11"), "Herbstferien"]]);
    assert.equal(reread.workbook.getWorksheet("Sperrzeiten")!.getCell("B1").value, "Sperrzeiten der Allianz (Stand Mai)");
  });

  it("reads the table, not the used range, where the sheet has one", async () => {
    const store = new NewWorkbookStore();
    const sheet = store.workbook.addWorksheet("Sperrzeiten");
    sheet.getCell("A1").value = "Von";
    sheet.getCell("A20").value = "Notiz unter allem";
    sheet.addTable({ name: "tblSperr", ref: "C5", columns: [{ name: "Grund" }, { name: "Von" }, { name: "Bis" }], rows: [["Ferien", 1, 2]] });
    const g = await grid(store, "Sperrzeiten");
    assert.deepEqual({ headerRow: g.headerRow, firstColumn: g.firstColumn, header: g.header, rows: g.rows }, { headerRow: 5, firstColumn: 2, header: ["Grund", "Von", "Bis"], rows: [["Ferien", 1, 2]] });
  });

  it("reads formulas, rich text, links, errors, merged cells and booleans as the domain expects", async () => {
    const store = new NewWorkbookStore();
    const sheet = store.workbook.addWorksheet("Kontakte");
    sheet.getRow(1).values = ["Mitglied", "Vorname", "Nachname", "E-Mail", "Aktiv", "Telefon", "Titel"];
    sheet.getRow(2).values = [
      { formula: 'CONCAT("Stadt ","Kaarst")', result: "Stadt Kaarst" } as ExcelJS.CellFormulaValue,
      { richText: [{ text: "Ma", font: { bold: true } }, { text: "ria" }] },
      { formula: "X1" } as ExcelJS.CellFormulaValue,
      { text: "maria@example.org", hyperlink: "mailto:maria@example.org" },
      true,
      { error: "#N/A" } as ExcelJS.CellErrorValue,
      "Dr.",
    ];
    sheet.mergeCells("G2:G3");
    const reread = await roundTrip(store);
    const g = await grid(reread, "Kontakte");
    assert.deepEqual(g.rows, [
      ["Stadt Kaarst", "Maria", null, "maria@example.org", true, { error: "#N/A" }, "Dr."],
      [null, null, null, null, null, null, null],
    ]);
  });

  it("reads and writes dates in the 1904 date system", async () => {
    const store = new NewWorkbookStore();
    store.workbook.properties.date1904 = true;
    await store.setUp(registerLayouts());
    await store.append("Sperrzeiten", [[d("2027-07-19"), d("2027-08-31"), "Sommerferien"]]);
    const reread = await roundTrip(store);
    const read = await reread.read();
    assert.equal(read.date1904, true);
    assert.deepEqual(read.grids.find((g) => g.sheet === "Sperrzeiten")!.rows, [[d("2027-07-19"), d("2027-08-31"), "Sommerferien"]]);
    // The stored serial is the 1904 one: 19.07.2027 is 46587 in the 1900 system, 1462 days less here.
    const { workbookXml, sheetXml } = rawXml(await reread.toBuffer(), "Sperrzeiten");
    assert.match(workbookXml, /date1904="1"/);
    assert.match(sheetXml, /<c r="A2"[^>]*><v>45125<\/v>/);
  });
});

/** The XML of a sheet as Excel will read it (exceljs resolves values on load, so look at the file). */
function rawXml(xlsx: Uint8Array, sheetName: string): { workbookXml: string; sheetXml: string } {
  const zip = new PizZip(xlsx);
  const workbookXml = zip.file("xl/workbook.xml")!.asText();
  const sheetIndex = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === sheetName) + 1;
  return { workbookXml, sheetXml: zip.file(`xl/worksheets/sheet${sheetIndex}.xml`)!.asText() };
}
