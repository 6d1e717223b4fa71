import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import type { RawCell, RawGrid, WorkbookGrids } from "../../src/domain/grid";
import type { PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { ExcelRegisterStore } from "../../src/workbook/excelStore";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { readZip, unpack, writeZip, type ZipPackage } from "../../src/workbook/zipPackage";
import { installFakeOffice, type FakeCellValue } from "../fakes/officeFake";
import { libreOfficeSheets } from "../support/libreOfficeCsv";

/*
 * The fixture corpus (test/fixtures/make-fixtures.py): the example's registers as openpyxl and
 * LibreOffice write them. Each is read like Excel's values would be handed to the Office.js
 * adapter, planned, compared part by part with its input, and read back.
 */

const DIR = path.join(__dirname, "..", "fixtures", "workbooks");
const TODAY = "2026-11-24" as PlainDate;
const FIXTURES = readdirSync(DIR).filter((name) => /\.(xlsx|ods)$/.test(name) && name !== "openpyxl-formel.xlsx");
const NEW_NUMBERS = ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"];

/**
 * Rows without their trailing empty cells, and no trailing empty rows: what both adapters agree
 * on. Numbers to 9 decimals: openpyxl hands times out as times of day, not the stored doubles
 * (LibreOffice stores 10:00 as 0.416666666666667).
 */
function normalised(wb: WorkbookGrids): unknown {
  const trim = (row: readonly RawCell[]) => {
    const out = row.map((cell) => (typeof cell === "number" ? Math.round(cell * 1e9) / 1e9 : cell));
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
    return out;
  };
  return {
    date1904: wb.date1904,
    grids: wb.grids.map((g: RawGrid) => {
      const rows = g.rows.map(trim);
      while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
      return { sheet: g.sheet, headerRow: g.headerRow, firstColumn: g.firstColumn, header: trim(g.header), rows };
    }),
  };
}

/** The grids the Office.js adapter reads from a workbook holding the values openpyxl read from the file. */
async function officeGrids(values: { date1904: boolean; sheets: Record<string, FakeCellValue[][]> }): Promise<WorkbookGrids> {
  // ExcelApi 1.20: the adapter can ask for the date system.
  const office = installFakeOffice({ date1904: values.date1904, sheets: Object.entries(values.sheets).map(([name, cells]) => ({ name, cells, tables: [] })) }, { apiVersion: "1.20" });
  try {
    return await new ExcelRegisterStore().read();
  } finally {
    office.uninstall();
  }
}

/** Planned copy of a fixture: the store after appending the 2027 plan, and the rows it planned. */
async function planned(name: string): Promise<{ input: Uint8Array; output: Uint8Array; rows: number }> {
  const input = readFileSync(path.join(DIR, name));
  const store = await XlsxRegisterStore.fromBuffer(input, name);
  const outcome = planWorkbook(await store.read(), 2027, TODAY);
  assert.deepEqual(outcome.blockers, []);
  await store.append("Sitzungen", outcome.rows);
  return { input, output: await store.toBuffer(), rows: outcome.rows.length };
}

/** The Sitzungen sheet's XML after planning a fixture whose Sitzungen sheet (sheet3) was changed first. */
async function plannedSheet(name: string, change: (xml: string) => string): Promise<string> {
  const part = "xl/worksheets/sheet3.xml";
  const pkg = readZip(readFileSync(path.join(DIR, name)));
  const xml = new TextDecoder().decode(unpack(pkg.entries.find((e) => e.name === part)!));
  const store = await XlsxRegisterStore.fromBuffer(writeZip(pkg, new Map([[part, new TextEncoder().encode(change(xml))]])), name);
  const outcome = planWorkbook(await store.read(), 2027, TODAY);
  await store.append("Sitzungen", outcome.rows);
  return new TextDecoder().decode(unpack(readZip(await store.toBuffer()).entries.find((e) => e.name === part)!));
}

/** Entry names whose stored bytes differ (local header with data, central record without its offset). */
function changedEntries(before: ZipPackage, after: ZipPackage): string[] {
  assert.deepEqual(after.entries.map((e) => e.name), before.entries.map((e) => e.name), "same entries in the same order");
  const central = (bytes: Uint8Array) => [...bytes.subarray(0, 42), ...bytes.subarray(46)];
  return before.entries.filter((e, i) => !sameBytes(e.local, after.entries[i].local) || !sameBytes(Uint8Array.from(central(e.central)), Uint8Array.from(central(after.entries[i].central)))).map((e) => e.name);
}

function withoutRows<T extends { row: number }>(items: readonly T[]): Omit<T, "row">[] {
  return items.map(({ row: _, ...rest }) => rest);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

describe("workbooks written by other programs (test/fixtures)", function () {
  this.timeout(120_000);

  for (const name of FIXTURES.filter((n) => n.endsWith(".xlsx"))) {
    it(`${name}: reads the grids the Office.js adapter reads from the same values`, async () => {
      const values = JSON.parse(readFileSync(path.join(DIR, name.replace(".xlsx", ".werte.json")), "utf8"));
      const store = await XlsxRegisterStore.fromBuffer(readFileSync(path.join(DIR, name)), name);
      assert.deepEqual(normalised(await store.read()), normalised(await officeGrids(values)));
    });
  }

  it("every fixture holds the example's registers: same meetings, same findings (none)", async () => {
    const example = await XlsxRegisterStore.fromBuffer(readFileSync(path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx")));
    const expected = checkWorkbook(await example.read(), TODAY).registers;
    for (const name of FIXTURES) {
      const { registers, findings } = checkWorkbook(await (await XlsxRegisterStore.fromBuffer(readFileSync(path.join(DIR, name)), name)).read(), TODAY);
      assert.deepEqual(findings, [], name);
      // Rows differ where a fixture has a title above the header.
      assert.deepEqual(withoutRows(registers.meetings), withoutRows(expected.meetings), name);
      assert.deepEqual(withoutRows(registers.members), withoutRows(expected.members), name);
      assert.deepEqual(registers.settings, expected.settings, name);
    }
  });

  it("openpyxl-formel.xlsx: a formula without a stored result is a finding at its cell, never a value", async () => {
    const store = await XlsxRegisterStore.fromBuffer(readFileSync(path.join(DIR, "openpyxl-formel.xlsx")));
    const { findings } = checkWorkbook(await store.read(), TODAY);
    assert.deepEqual(findings.map((f) => [f.severity, f.code, f.sheet, f.cell]), [["error", "formel-ohne-ergebnis", "Sitzungen", "I3"]]);
    assert.match(findings[0].message, /kein gespeichertes Ergebnis .* einmal in Excel oder LibreOffice öffnen und speichern/);
  });

  it("the 1904 fixture is read in its date system, the ISO fixture from its date cells", async () => {
    const wb1904 = await (await XlsxRegisterStore.fromBuffer(readFileSync(path.join(DIR, "openpyxl-1904.xlsx")))).read();
    assert.equal(wb1904.date1904, true);
    const iso = readZip(readFileSync(path.join(DIR, "openpyxl-iso-datum.xlsx")));
    assert.match(new TextDecoder().decode(unpack(iso.entries.find((e) => e.name === "xl/worksheets/sheet3.xml")!)), /<c r="B2" s="\d+" t="d"><v>2024-01-11T00:00:00<\/v>/);
  });

  for (const name of FIXTURES) {
    it(`${name}: planen changes only the Sitzungen sheet and its table, the new rows inside it`, async () => {
      const { input, output, rows } = await planned(name);
      assert.equal(rows, 6);
      const changed = changedEntries(readZip(input), readZip(output));
      if (name.endsWith(".ods")) assert.deepEqual(changed, ["content.xml"]);
      else {
        const sheets = changed.filter((part) => /worksheets\/sheet\d+\.xml$/.test(part));
        const tables = changed.filter((part) => /tables\/table\d+\.xml$/.test(part));
        assert.equal(sheets.length, 1, changed.join(", "));
        assert.deepEqual([...sheets, ...tables].sort(), [...changed].sort());
        assert.equal(tables.length, name.includes("bereiche") ? 0 : 1);
      }
      const reread = await XlsxRegisterStore.fromBuffer(output, name);
      const { registers, findings } = checkWorkbook(await reread.read(), TODAY);
      assert.deepEqual(findings, []);
      assert.deepEqual(registers.meetings.slice(-6).map((m) => m.nr), NEW_NUMBERS);
      assert.equal(planWorkbook(await reread.read(), 2027, TODAY).meetings.length, 0, "a second run adds nothing");
      if (!name.endsWith(".ods") && !name.includes("bereiche")) {
        const pkg = readZip(output);
        const table = changed.find((part) => part.includes("tables/"))!;
        const xml = new TextDecoder().decode(unpack(pkg.entries.find((e) => e.name === table)!));
        assert.match(xml, /ref="A1:L25"/);
      }
    });
  }

  it("openpyxl-extras.xlsx: the validation covering the written rows grows, the whole-column one stays, no overlap", async () => {
    const { output } = await planned("openpyxl-extras.xlsx");
    const sheet = new TextDecoder().decode(unpack(readZip(output).entries.find((e) => e.name === "xl/worksheets/sheet3.xml")!));
    assert.match(sheet, /sqref="K2:K19 K20:K25"/);
    assert.match(sheet, /sqref="E1:E1048576"/);
    assert.doesNotMatch(sheet, /E20:E25/);
  });

  it("openpyxl-tabellen.xlsx: a validation in the extension list (x14, as Excel writes lists from other sheets) grows too", async () => {
    const ext =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Mitglieder!$A$2:$A$10</xm:f></x14:formula1><xm:sqref>F2:F19</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    const sheet = await plannedSheet("openpyxl-tabellen.xlsx", (xml) => xml.replace("</worksheet>", `${ext}</worksheet>`));
    assert.match(sheet, /<xm:sqref>F2:F19 F20:F25<\/xm:sqref>/);
  });

  it("openpyxl-bereiche.xlsx with only its header row: new cells take the column's style (the date format of Datum)", async () => {
    const sheet = await plannedSheet("openpyxl-bereiche.xlsx", (xml) => xml.replace(/<row r="4"[\s\S]*<\/sheetData>/, "</sheetData>"));
    assert.match(sheet, /<c r="B4" s="1"><v>46401<\/v><\/c><c r="C4" s="6"><v>0\.4166666666666667<\/v><\/c>/);
  });

  it("libreoffice-extras.ods: new cells keep the drop-downs (validity rules) of the last data row", async () => {
    const { output } = await planned("libreoffice-extras.ods");
    const content = new TextDecoder().decode(unpack(readZip(output).entries.find((e) => e.name === "content.xml")!));
    const rows = content.split("<table:table-row").filter((row) => row.includes(">2027-0"));
    assert.equal(rows.length, 6);
    const rule = (row: string) => [...row.matchAll(/table:content-validation-name="([^"]+)"/g)].map((m) => m[1]);
    const before = content.split("<table:table-row").find((row) => row.includes(">2026-06<"))!;
    for (const row of rows) assert.deepEqual(rule(row), rule(before));
    assert.ok(rule(before).length > 0);
  });

  it("LibreOffice reads every planned copy back with the new rows", async function () {
    const dir = mkdtempSync(path.join(tmpdir(), "allianz-lo-"));
    try {
      const files: string[] = [];
      for (const name of FIXTURES) {
        const file = path.join(dir, `geplant-${name}`);
        writeFileSync(file, (await planned(name)).output);
        files.push(file);
      }
      const sheets = libreOfficeSheets(files);
      FIXTURES.forEach((name, i) => {
        const csv = sheets[i].get("Sitzungen")!;
        const lines = csv.trim().split("\n").slice(-6);
        assert.deepEqual(lines.map((line) => line.split(",")[0]), NEW_NUMBERS, name);
        assert.match(lines[0], /^2027-01,(01\/14\/2027|14\.01\.2027),10:00:00 AM,12:00:00 PM,Präsenz,Gemeinde Rommerskirchen,/, name);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
