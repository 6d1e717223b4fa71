import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { XlsxBook } from "../../src/workbook/xlsxBook";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { readZip, unpack } from "../../src/workbook/zipPackage";
import { libreOfficeSheets } from "../support/libreOfficeCsv";

// openpyxl writes a table with a calculated column as Excel keeps it (test/fixtures/make-fixtures.py).
const FIXTURE = path.join(__dirname, "..", "fixtures", "workbooks", "berechnet", "openpyxl-berechnete-spalte.xlsx");
const FORMULA = 'TEXT(tblSitzungen[[#This Row],[Datum]],"dddd")';

/** Names of the zip entries whose bytes differ. */
function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const after = new Map(readZip(b).entries.map((e) => [e.name, e]));
  return readZip(a)
    .entries.filter((e) => !Buffer.from(unpack(e)).equals(Buffer.from(unpack(after.get(e.name)!))))
    .map((e) => e.name);
}

describe("a calculated column of the user's own in the Sitzungen table", function () {
  this.timeout(120_000);

  it("planen writes its formula into every new row (without a result, as openpyxl does), and LibreOffice calculates it", async () => {
    const store = await XlsxRegisterStore.fromBuffer(readFileSync(FIXTURE), "berechnet.xlsx");
    const outcome = planWorkbook(await store.read(), 2027, "2026-11-24" as PlainDate);
    await store.append("Sitzungen", outcome.rows);
    const output = await store.toBuffer();

    const book = new XlsxBook(readZip(output));
    const sheet = book.text(book.sheetNamed("Sitzungen")!.part);
    const formulas = [...sheet.matchAll(/<c r="M(\d+)"[^>]*><f>([^<]*)<\/f><\/c>/g)].map((m) => [Number(m[1]), m[2].replace(/&quot;/g, '"')]);
    assert.deepEqual(formulas, outcome.rows.map((_, i) => [20 + i, FORMULA]));
    // Only the Sitzungen sheet and its table part change: the contract keeps every other part byte
    // for byte, so workbook.xml's calcPr is left as it is.
    assert.deepEqual(changedParts(readFileSync(FIXTURE), output), [book.sheetNamed("Sitzungen")!.part, "xl/tables/table3.xml"]);

    const dir = mkdtempSync(path.join(tmpdir(), "allianz-berechnet-"));
    try {
      writeFileSync(path.join(dir, "geplant.xlsx"), output);
      const lines = libreOfficeSheets([path.join(dir, "geplant.xlsx")])[0].get("Sitzungen")!.trim().split("\n").slice(-outcome.rows.length);
      const weekdays = outcome.meetings.map((m) => new Date(`${m.date}T12:00:00Z`).toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" }));
      assert.deepEqual(lines.map((line) => line.split(",").at(-1)), weekdays);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
