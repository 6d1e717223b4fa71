import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ExcelRegisterStore } from "../../src/workbook/excelStore";
import { MAP_FILE, requirementSetJson } from "../tools/requirement-sets";
import { memberSupported } from "./clientObject";
import { installFakeOffice, type FakeSheetState } from "./officeFake";

const TASKPANE = readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.ts"), "utf8");
const floor = (name: string) => /const (\w+) = "(\d+\.\d+)";/g.exec(TASKPANE.slice(TASKPANE.indexOf(`const ${name}`)))?.[2];

const sheet = (): FakeSheetState => ({ name: "Sitzungen", cells: [["Nr", "Datum"], ["2026-01", 46086]], tables: [{ name: "tblSitzungen", address: "A1:B2" }] });

describe("requirement sets of the strict fakes (from @types/office-js)", () => {
  it("are generated from the installed @types/office-js (run test/tools/requirement-sets.ts after an update)", () => {
    assert.equal(readFileSync(MAP_FILE, "utf8"), requirementSetJson());
  });

  it("know each member's set: released ones up to the host's version, other sets never", () => {
    const excel = (version: string) => ({ host: "Excel" as const, version });
    assert.equal(memberSupported(excel("1.8"), "Worksheet", "autoFilter"), false, "ExcelApi 1.9");
    assert.equal(memberSupported(excel("1.12"), "Worksheet", "autoFilter"), true);
    assert.equal(memberSupported(excel("1.12"), "Range", "getLastRow"), true);
    assert.equal(memberSupported(excel("1.20"), "Range", "getMergedAreasOrNullObject"), true);
    assert.equal(memberSupported(excel("1.12"), "Range", "getMergedAreasOrNullObject"), false, "ExcelApi 1.13");
    assert.equal(memberSupported({ host: "Word", version: "1.3" }, "Application", "createDocument"), true);
    assert.equal(memberSupported({ host: "Word", version: "1.2" }, "Application", "createDocument"), false);
  });

  it("fail a member above the configured set with ApiNotFound at sync, as Office does", async () => {
    const office = installFakeOffice({ date1904: false, sheets: [sheet()] }, { apiVersion: "1.8" });
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sitzungen").autoFilter.load("isDataFiltered");
        await assert.rejects(context.sync(), { code: "ApiNotFound" });
      });
      // The store's append checks filters (ExcelApi 1.9): below the floor it cannot run.
      const store = new ExcelRegisterStore();
      await store.read();
      await assert.rejects(store.append("Sitzungen", [["2027-01", null]]), { code: "ApiNotFound" });
    } finally {
      office.uninstall();
    }
  });

  it("run the Excel store at the stated floor, the fakes' default (ExcelApi 1.12, WordApi 1.3)", async () => {
    assert.equal(floor("EXCEL_API"), "1.12");
    assert.equal(floor("WORD_API"), "1.3");
    const office = installFakeOffice({ date1904: false, sheets: [sheet()] });
    try {
      const store = new ExcelRegisterStore();
      await store.read();
      await store.append("Sitzungen", [["2027-01", null]]);
      await store.highlight([{ sheet: "Sitzungen", cell: "A2" }]);
      await store.saveTemplate({ kind: "einladung", fileName: "Brief.docx", bytes: new Uint8Array([80, 75, 3, 4]) });
      assert.equal((await store.loadTemplates()).length, 1);
    } finally {
      office.uninstall();
    }
  });
});
