import assert from "node:assert/strict";
import type { RawCell } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import type { PlainDate } from "../../src/domain/plainDate";
import { ExcelRegisterStore, ExcelStoreError, MAX_HIGHLIGHTS } from "../../src/workbook/excelStore";
import { cellValue, installFakeOffice, sheetValues, type FakeOffice, type FakeSheetState } from "../fakes/officeFake";
import { syncsPerCommand } from "./syncFigures";

const MEETING_HEADER = ["Nr", "Datum", "Beginn", "Ende", "Format", "Gastgeber", "Ort", "Protokoll", "Thema", "Referierende", "Status", "Hinweis"];
const SERIAL_2026_03_05 = 46086;

function meetingsSheet(table: boolean): FakeSheetState {
  return {
    name: "Sitzungen",
    cells: [MEETING_HEADER, ["2026-01", SERIAL_2026_03_05, 10 / 24, 12 / 24, "Präsenz", "Stadt Jüchen", "Rathaus", "Stadt Jüchen", null, null, "durchgeführt", null]],
    tables: table ? [{ name: "tblSitzungen", address: "A1:L2" }] : [],
    formats: { B2: { numberFormat: "dd.mm.yyyy" } },
  };
}

const planned: RawCell[] = ["2027-01", { date: "2027-01-14" as PlainDate }, { time: "10:00" }, { time: "12:00" }, "Präsenz", "Stadt Kaarst", "Bürgerhaus", "Stadt Kaarst", null, null, "geplant", "verschoben vom 07.01.2027 (Sperrzeit: Weihnachtsferien)"];

describe("strict Office.js fake", () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  it("throws on reading a property that was not loaded and synced", async () => {
    office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(false)] });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sitzungen").getRange("A1:B2");
      assert.throws(() => range.values, { code: "PropertyNotLoaded" });
      range.load("values");
      assert.throws(() => range.values, { code: "PropertyNotLoaded" }, "loaded but not yet synced");
      assert.throws(() => range.address, { code: "PropertyNotLoaded" });
      await context.sync();
      assert.deepEqual(range.values, [["Nr", "Datum"], ["2026-01", SERIAL_2026_03_05]]);
      assert.throws(() => range.address, { code: "PropertyNotLoaded" }, "only what was loaded");
    });
  });

  it("knows isNullObject only after a sync and fails getItem of a missing sheet at sync", async () => {
    office = installFakeOffice({ date1904: false, sheets: [] });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Mitglieder");
      assert.throws(() => missing.isNullObject, { code: "PropertyNotLoaded" });
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.throws(() => missing.name, { code: "InvalidObjectPath" }, "a null object has no properties");
      context.workbook.worksheets.getItem("Mitglieder").load("name");
      assert.equal(office.syncCount, 1, "nothing fails before the sync");
      await assert.rejects(context.sync(), { code: "ItemNotFound" });
    });
  });

  it("applies writes only at sync and counts syncs and payload", async () => {
    office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(false)] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sitzungen").getRange("I2").values = [["Klimaanpassung"]];
      assert.equal(cellValue(office.state, "Sitzungen", "I2"), null);
      await context.sync();
    });
    assert.equal(cellValue(office.state, "Sitzungen", "I2"), "Klimaanpassung");
    assert.equal(office.syncCount, 1);
    assert.ok(office.payloadBytes[0] > "Klimaanpassung".length);
  });

  it("reads text written to a General cell like typed input, as Excel does", async () => {
    office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(false)] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sitzungen");
      sheet.getRange("A3:B3").values = [["2027-01", "10:00"]];
      const text = sheet.getRange("A4");
      text.numberFormat = [["@"]];
      text.values = [["2027-01"]];
      await context.sync();
    });
    assert.equal(cellValue(office.state, "Sitzungen", "A3"), 46388, "2027-01 became 01.01.2027");
    assert.equal(cellValue(office.state, "Sitzungen", "B3"), 10 / 24);
    assert.equal(cellValue(office.state, "Sitzungen", "A4"), "2027-01");
  });

  it("rejects a request over the payload limit like Excel on the web", async () => {
    office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(false)] }, { payloadLimitBytes: 1000 });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sitzungen").getRange("A10:A209").values = Array.from({ length: 200 }, () => ["ziemlich langer Text"]);
      await assert.rejects(context.sync(), { code: "RequestPayloadSizeLimitExceeded" });
    });
    assert.equal(cellValue(office.state, "Sitzungen", "A10"), null);
  });
});

describe("ExcelRegisterStore", () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  describe("read", () => {
    it("reads every register in two syncs, the header found below a title and right of column A", async () => {
      office = installFakeOffice({
        date1904: false,
        sheets: [
          { name: "Notizen", cells: [["nicht lesen"]], tables: [] },
          {
            name: "mitglieder",
            cells: [[null, "Mitgliederliste 2026"], [], [null, " MITGLIED ", "Art", "Beitritt", "Gastgeber"], [null, "Stadt Kaarst", "Stadt", 38718, "Ja"], [null, "Stadt Neuss", "", "#NV", true]],
            tables: [],
          },
          meetingsSheet(true),
        ],
      });
      const store = new ExcelRegisterStore();
      const wb = await store.read();
      assert.equal(office.syncCount, 2, "where the registers are, then their values");
      assert.equal(wb.date1904, false);
      assert.deepEqual(
        wb.grids.map((g) => g.sheet),
        ["mitglieder", "Sitzungen"],
      );
      const members = wb.grids[0];
      assert.equal(members.headerRow, 3);
      assert.equal(members.firstColumn, 1);
      assert.deepEqual(members.header, [" MITGLIED ", "Art", "Beitritt", "Gastgeber"]);
      assert.deepEqual(members.rows, [
        ["Stadt Kaarst", "Stadt", 38718, "Ja"],
        ["Stadt Neuss", null, "#NV", true],
      ]);
      assert.deepEqual(wb.grids[1].rows[0].slice(0, 3), ["2026-01", SERIAL_2026_03_05, 10 / 24]);
    });

    it("gives an empty register sheet an empty grid", async () => {
      office = installFakeOffice({ date1904: false, sheets: [{ name: "Sperrzeiten", cells: [], tables: [] }] });
      const wb = await new ExcelRegisterStore().read();
      assert.deepEqual(wb.grids, [{ sheet: "Sperrzeiten", headerRow: 1, firstColumn: 0, header: [], rows: [] }]);
    });

    it("tells the 1904 date system from the 1900 one with released APIs (DATE in the workbook's system)", async () => {
      for (const date1904 of [true, false]) {
        office = installFakeOffice({ date1904, sheets: [meetingsSheet(false)] }, { apiVersion: "1.12" });
        assert.equal((await new ExcelRegisterStore().read()).date1904, date1904);
        assert.equal(office.syncCount, 2);
        office.uninstall();
      }
      office = installFakeOffice({ date1904: false, sheets: [] });
    });

    it("warns in German instead of guessing when Excel does not tell the date system", async () => {
      office = installFakeOffice({ date1904: true, sheets: [meetingsSheet(false)] }, { worksheetFunctionsFail: true });
      await assert.rejects(new ExcelRegisterStore().read(), (e: Error) => e instanceof ExcelStoreError && /1904-Datumswerte.*nichts getan/.test(e.message));
    });

    it("reads 100,000 rows in requests under 5 MB, and splits further where long texts make a request too large", async () => {
      const rows = Array.from({ length: 100_000 }, (_, i) => [`2030-${i}`, SERIAL_2026_03_05 + i, 10 / 24, 12 / 24, "Präsenz", "Stadt Jüchen", "Rathaus", "Stadt Jüchen", null, null, "geplant", null]);
      office = installFakeOffice({ date1904: false, sheets: [{ ...meetingsSheet(true), cells: [MEETING_HEADER, ...rows], tables: [{ name: "tblSitzungen", address: "A1:L100001" }] }] });
      const wb = await new ExcelRegisterStore().read();
      assert.equal(wb.grids[0].rows.length, 100_000);
      assert.deepEqual(wb.grids[0].rows[99_999].slice(0, 2), ["2030-99999", SERIAL_2026_03_05 + 99_999]);
      assert.ok(Math.max(...office.payloadBytes) < 5 * 1024 * 1024, `${Math.max(...office.payloadBytes)} bytes`);
      assert.ok(office.syncCount > 2 && office.syncCount < 20, `${office.syncCount} syncs`);
      office.uninstall();

      const long = "x".repeat(400);
      office = installFakeOffice({ date1904: false, sheets: [{ ...meetingsSheet(false), cells: [MEETING_HEADER, ...Array.from({ length: 300 }, (_, i) => [`2030-${i}`, null, null, null, null, null, null, null, long])] }] }, { payloadLimitBytes: 40_000 });
      const split = await new ExcelRegisterStore().read();
      assert.equal(split.grids[0].rows.length, 300);
      assert.equal(split.grids[0].rows[299][8], long);
      assert.ok(office.responseBytes.filter((b) => b > 40_000).length > 0, "some request was refused and split");
    });
  });

  describe("append", () => {
    it("adds rows to the table holding the header in two syncs, with date, time and text formats", async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
      const store = new ExcelRegisterStore();
      await store.read();
      const before = sheetValues(office.state, "Sitzungen");
      office.resetCounters();
      await store.append("Sitzungen", [planned, ["2027-02", { date: "2027-03-11" as PlainDate }]]);
      assert.equal(office.syncCount, 2);
      const after = sheetValues(office.state, "Sitzungen");
      assert.deepEqual(after.slice(0, 2), before, "existing cells unchanged");
      assert.deepEqual(after[2], ["2027-01", 46401, 10 / 24, 12 / 24, "Präsenz", "Stadt Kaarst", "Bürgerhaus", "Stadt Kaarst", "", "", "geplant", "verschoben vom 07.01.2027 (Sperrzeit: Weihnachtsferien)"]);
      assert.deepEqual(after[3].slice(0, 3), ["2027-02", 46457, ""]);
      const sheet = office.state.sheets[0];
      assert.equal(sheet.tables[0].address, "A1:L4");
      assert.equal(sheet.formats?.B3.numberFormat, "dd.mm.yyyy");
      assert.equal(sheet.formats?.C3.numberFormat, "hh:mm");
      assert.equal(sheet.formats?.A3.numberFormat, "@");
    });

    it("fills a new table's blank row first", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      const store = new ExcelRegisterStore();
      await store.setUp(registerLayouts());
      await store.read();
      await store.append("Sitzungen", [planned]);
      const sheet = office.state.sheets.find((s) => s.name === "Sitzungen")!;
      assert.equal(sheet.tables[0].address, "A1:M2");
      assert.equal(cellValue(office.state, "Sitzungen", "A2"), "2027-01");
      assert.equal(cellValue(office.state, "Sitzungen", "B2"), 46401);
    });

    it("writes below the last used row of a plain range, in the 1904 system where the workbook uses it", async () => {
      office = installFakeOffice({ date1904: true, sheets: [{ ...meetingsSheet(false), cells: [[], ["Sitzungsplan"], MEETING_HEADER, ["2026-01"], [], ["2026-02"]] }] });
      const store = new ExcelRegisterStore();
      await store.read();
      await store.append("Sitzungen", [planned]);
      const values = sheetValues(office.state, "Sitzungen");
      assert.equal(values.length, 7);
      assert.deepEqual(values[6].slice(0, 2), ["2027-01", 46401 - 1462]);
      assert.deepEqual(values[5].slice(0, 2), ["2026-02", null]);
    });

    it("keeps a calculated column's formula in the reused blank row and in every added row", async () => {
      // A 13th column "Tage bis" computed by the user: the register does not own it.
      const sheet = meetingsSheet(true);
      sheet.cells[0] = [...MEETING_HEADER, "Tage bis"];
      sheet.cells.push([]);
      sheet.tables = [{ name: "tblSitzungen", address: "A1:M3", calculatedColumns: { 12: "=[@Datum]-HEUTE()" } }];
      sheet.formulas = { M2: "=[@Datum]-HEUTE()", M3: "=[@Datum]-HEUTE()" };
      office = installFakeOffice({ date1904: false, sheets: [sheet] });
      const store = new ExcelRegisterStore();
      await store.read();
      await store.append("Sitzungen", [planned, ["2027-02", { date: "2027-03-11" as PlainDate }]]);
      assert.equal(office.state.sheets[0].tables[0].address, "A1:M4");
      assert.deepEqual(sheetValues(office.state, "Sitzungen").map((row) => row[0]), ["Nr", "2026-01", "2027-01", "2027-02"]);
      assert.deepEqual(office.state.sheets[0].formulas, { M2: "=[@Datum]-HEUTE()", M3: "=[@Datum]-HEUTE()", M4: "=[@Datum]-HEUTE()" });
    });

    it("re-reads the table's size and says so when Excel left rows outside the table", async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
      const store = new ExcelRegisterStore();
      await store.read();
      // A blank row is not taken into the table (office-js #3013): the store notices.
      await assert.rejects(store.append("Sitzungen", [planned, Array.from({ length: 12 }, () => null)]), /nicht vollständig in die Tabelle „tblSitzungen“ übernommen.*Tabellengröße ändern/);
    });

    it("refuses in German, writing nothing, while a filter or hidden rows are in the way", async () => {
      for (const change of [(s: FakeSheetState) => (s.tables[0].filtered = true), (s: FakeSheetState) => (s.filtered = true), (s: FakeSheetState) => (s.hiddenRows = [1])]) {
        const sheet = meetingsSheet(true);
        change(sheet);
        office = installFakeOffice({ date1904: false, sheets: [sheet] });
        const store = new ExcelRegisterStore();
        await store.read();
        await assert.rejects(store.append("Sitzungen", [planned]), (e: Error) => e instanceof ExcelStoreError && /ausgeblendet oder gefiltert\. Es wurde nichts eingetragen/.test(e.message));
        assert.equal(sheetValues(office.state, "Sitzungen").length, 2);
        office.uninstall();
      }
      office = installFakeOffice({ date1904: false, sheets: [] });
    });

    it("refuses when the header changed since reading", async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
      const store = new ExcelRegisterStore();
      await store.read();
      office.state.sheets[0].cells[0][1] = "Termin";
      await assert.rejects(store.append("Sitzungen", [planned]), (e: Error) => e instanceof ExcelStoreError && /Kopfzeile|geändert/.test(e.message));
      assert.equal(sheetValues(office.state, "Sitzungen").length, 2);
    });

    it("refuses to drop values that would fall outside the table", async () => {
      office = installFakeOffice({ date1904: false, sheets: [{ ...meetingsSheet(false), tables: [{ name: "tblSitzungen", address: "A1:F2" }] }] });
      const store = new ExcelRegisterStore();
      await store.read();
      await assert.rejects(store.append("Sitzungen", [planned]), /Spalte „Ort“.*außerhalb der Tabelle/);
      assert.equal(office.state.sheets[0].tables[0].address, "A1:F2");
    });

    it("names a missing register sheet in German", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      await assert.rejects(new ExcelRegisterStore().append("Sitzungen", [planned]), /Tabellenblatt „Sitzungen“ fehlt.*Arbeitsmappe einrichten/);
    });
  });

  describe("setUp", () => {
    it("creates every register sheet with a table, formats, drop-downs and the settings in two syncs", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      const created = await new ExcelRegisterStore().setUp(registerLayouts());
      assert.equal(office.syncCount, 2);
      assert.deepEqual(created, ["Mitglieder", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen", "Sperrzeiten", "Anwesenheit", "Aufgaben"]);
      const members = office.state.sheets.find((s) => s.name === "Mitglieder")!;
      assert.deepEqual(sheetValues(office.state, "Mitglieder"), [["Mitglied", "Kurzname", "Art", "Beitritt", "Austritt", "Gastgeber", "Sitzungsort", "Anschrift"]]);
      assert.deepEqual(members.tables, [{ name: "tblMitglieder", address: "A1:H2", style: "TableStyleMedium2" }]);
      assert.equal(members.formats?.D2.numberFormat, "dd.mm.yyyy");
      assert.equal(members.formats?.A2.numberFormat, "@");
      assert.deepEqual(members.validations?.find((v) => v.address === "C2:C1048576")?.rule, { list: { inCellDropDown: true, source: "Kreis,Stadt,Gemeinde,Sonstige" } });
      assert.equal((members.validations?.find((v) => v.address === "F2:F1048576")?.errorAlert as { style: string }).style, "Warning");
      assert.equal(members.columnWidths?.A, Math.round(28 * 5.7 + 4));
      assert.equal(members.frozenRows, 1);
      const meetings = office.state.sheets.find((s) => s.name === "Sitzungen")!;
      assert.equal(meetings.formats?.C2.numberFormat, "hh:mm");
      const settings = sheetValues(office.state, "Einstellungen");
      assert.deepEqual(settings[0], ["Einstellung", "Wert"]);
      assert.deepEqual(settings.find((r) => r[0] === "Beginn"), ["Beginn", "10:00"], "a time stays text in the text column");
      assert.deepEqual(settings.find((r) => r[0] === "Turnus"), ["Turnus", "zweimonatlich"]);
    });

    it("never touches an existing sheet and avoids a table name already taken", async () => {
      const existing: FakeSheetState = { name: "MITGLIEDER", cells: [["Mitglied"], ["Stadt Kaarst"]], tables: [], formats: { A2: { fill: "#FFFF00" } } };
      const elsewhere: FakeSheetState = { name: "Archiv", cells: [["Alt"], ["x"]], tables: [{ name: "tblKontakte", address: "A1:A2" }] };
      office = installFakeOffice({ date1904: false, sheets: [existing, elsewhere] });
      const snapshot = structuredClone(existing);
      const created = await new ExcelRegisterStore().setUp(registerLayouts());
      assert.ok(!created.includes("Mitglieder"));
      assert.deepEqual(office.state.sheets[0], snapshot);
      assert.equal(office.state.sheets.find((s) => s.name === "Kontakte")!.tables[0].name, "tblKontakte2");
      office.resetCounters();
      assert.deepEqual(await new ExcelRegisterStore().setUp(registerLayouts()), []);
      assert.equal(office.syncCount, 1);
    });
  });

  describe("select", () => {
    it("activates the sheet and selects the cell", async () => {
      office = installFakeOffice({ date1904: false, sheets: [{ name: "Notizen", cells: [], tables: [] }, meetingsSheet(true)] });
      await new ExcelRegisterStore().select("Sitzungen", "G5");
      assert.equal(office.activeSheet, "Sitzungen");
      assert.deepEqual(office.selection, { sheet: "Sitzungen", address: "G5" });
      assert.equal(office.syncCount, 1);
    });

    it("says in German when the sheet is gone", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      await assert.rejects(new ExcelRegisterStore().select("Kontakte", "A2"), (e: Error) => e instanceof ExcelStoreError && e.message.includes("„Kontakte“ gibt es nicht mehr"));
    });
  });

  describe("highlight", () => {
    const fill = (cell: string) => office.state.sheets.find((s) => s.name === "Sitzungen")!.formats?.[cell]?.fill;

    it("paints problem cells and restores the user's own fills on the next run", async () => {
      const sheet = meetingsSheet(true);
      sheet.formats = { ...sheet.formats, F2: { fill: "#FFFF00" } };
      office = installFakeOffice({ date1904: false, sheets: [sheet] });
      const store = new ExcelRegisterStore();
      await store.read();
      office.resetCounters();
      await store.highlight([
        { sheet: "Sitzungen", cell: "F2", severity: "error" },
        { sheet: "Sitzungen", cell: "B2", severity: "warning" },
        { sheet: "Sitzungen", cell: "B2", severity: "error" },
        { sheet: "Kontakte", cell: "A2" },
      ]);
      assert.equal(office.syncCount, 2);
      assert.equal(fill("F2"), "#FDE7E9");
      assert.equal(fill("B2"), "#FDE7E9", "an error outranks a warning on the same cell");
      assert.equal(office.state.sheets[0].formats?.B2.numberFormat, "dd.mm.yyyy");

      await store.highlight([{ sheet: "Sitzungen", cell: "K2", severity: "warning" }]);
      assert.equal(fill("F2"), "#FFFF00", "the user's yellow is back");
      assert.equal(fill("B2"), undefined, "no fill again");
      assert.equal(fill("K2"), "#FFF4CE");
      assert.ok(office.state.settings, "the painted cells are saved with the workbook");
    });

    it("says in German when Excel cannot save which cells it painted", async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] }, { settingsSaveFails: true });
      const store = new ExcelRegisterStore();
      await store.read();
      await assert.rejects(store.highlight([{ sheet: "Sitzungen", cell: "E2" }]), (e: Error) => e instanceof ExcelStoreError && /nicht merken.*Keine Füllung/.test(e.message));
    });

    it("leaves a highlighted cell alone that the user recoloured meanwhile", async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
      const store = new ExcelRegisterStore();
      await store.read();
      await store.highlight([{ sheet: "Sitzungen", cell: "E2" }]);
      office.state.sheets[0].formats!.E2.fill = "#00B050";
      await store.highlight([]);
      assert.equal(fill("E2"), "#00B050");
    });

    it(`paints at most ${MAX_HIGHLIGHTS} cells`, async () => {
      office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
      const store = new ExcelRegisterStore();
      await store.read();
      await store.highlight(Array.from({ length: 1500 }, (_, i) => ({ sheet: "Sitzungen", cell: `I${i + 2}` })));
      const painted = Object.values(office.state.sheets[0].formats ?? {}).filter((f) => f.fill).length;
      assert.equal(painted, MAX_HIGHLIGHTS);
    });
  });
});

describe("Office.js batching (the task pane's commands)", function () {
  this.timeout(120_000);

  it("needs the same, at most four, syncs per command for 10 and 10,000 meeting rows, under 5 MB each", async () => {
    const small = await syncsPerCommand(10);
    const large = await syncsPerCommand(10_000);
    assert.equal(large.pruefen, small.pruefen);
    assert.equal(large.uebernehmen, small.uebernehmen);
    assert.equal(large.einrichten, small.einrichten);
    for (const figures of [small, large]) {
      assert.ok(figures.pruefen <= 4 && figures.uebernehmen <= 4 && figures.einrichten <= 2, JSON.stringify(figures));
    }
    assert.ok(large.uebernehmenMaxPayload < 5 * 1024 * 1024, `${large.uebernehmenMaxPayload} bytes`);
    assert.ok(large.pruefenMaxPayload < 5 * 1024 * 1024, `${large.pruefenMaxPayload} bytes`);
  });

  it("keeps a 10,000-row append under 5 MB in its syncs", async () => {
    const office = installFakeOffice({ date1904: false, sheets: [meetingsSheet(true)] });
    const store = new ExcelRegisterStore();
    await store.read();
    office.resetCounters();
    const rows = Array.from({ length: 10_000 }, (_, i) => [`2030-${i}`, ...planned.slice(1)]);
    await store.append("Sitzungen", rows);
    // Where the rows go, then the rows in two requests under the limit (each row's values travel twice).
    assert.equal(office.syncCount, 3);
    assert.ok(Math.max(...office.payloadBytes) < 5 * 1024 * 1024, `${Math.max(...office.payloadBytes)} bytes`);
    assert.equal(office.state.sheets[0].tables[0].address, "A1:L10002");
    office.uninstall();
  });
});
