import assert from "node:assert/strict";
import { findGrid, readRegisters } from "../../src/domain/readRegisters";
import { DEFAULT_SETTINGS } from "../../src/domain/registers";
import { changed, grid, workbook } from "./support/registerGrids";

describe("readRegisters", () => {
  it("reads every register of a valid workbook without findings", () => {
    const { registers, findings } = readRegisters(workbook());
    assert.deepEqual(findings, []);
    assert.equal(registers.members.length, 4);
    assert.equal(registers.members[2].shortName, "Jüchen");
    assert.equal(registers.contacts.length, 4);
    assert.equal(registers.meetings[1].date, "2025-11-13");
    assert.equal(registers.agenda[0].minutes, 10);
    assert.deepEqual(registers.blockedPeriods.map((p) => p.reason), ["Sommerferien"]);
    assert.deepEqual(registers.settings.meetingMonths, [3, 6, 9, 12]);
  });

  it("keeps a Kurzname given in the sheet", () => {
    const { registers } = readRegisters(workbook({ Mitglieder: changed("Mitglieder", 3, { 1: "Kaarst am Rhein" }) }));
    assert.equal(registers.members[3].shortName, "Kaarst am Rhein");
  });

  it("finds sheets ignoring case and spaces", () => {
    const wb = workbook();
    const renamed = { ...wb, grids: wb.grids.map((g) => ({ ...g, sheet: ` ${g.sheet.toUpperCase()} ` })) };
    assert.equal(findGrid(renamed, "Sitzungen")?.sheet, " SITZUNGEN ");
    assert.deepEqual(readRegisters(renamed).findings, []);
  });

  it("reports missing Mitglieder, Kontakte and Sitzungen as errors and a missing Einstellungen sheet as a warning", () => {
    const { registers, findings } = readRegisters(workbook({ Mitglieder: null, Kontakte: null, Sitzungen: null, Einstellungen: null, Tagesordnung: null, Sperrzeiten: null }));
    assert.deepEqual(registers.settings, DEFAULT_SETTINGS);
    assert.deepEqual(
      findings.map((f) => [f.severity, f.code, f.sheet, f.row, f.cell]),
      [
        ["error", "blatt-fehlt", "Mitglieder", null, null],
        ["error", "blatt-fehlt", "Kontakte", null, null],
        ["error", "blatt-fehlt", "Sitzungen", null, null],
        ["warning", "blatt-fehlt", "Einstellungen", null, null],
      ],
    );
    assert.equal(findings[2].message, "Das Blatt „Sitzungen“ fehlt. Legen Sie es mit „Arbeitsmappe einrichten“ an.");
  });

  it("reads Excel serials with the workbook's date system", () => {
    const rows = changed("Mitglieder", 0, { 3: 44317 - 1462 });
    assert.equal(readRegisters(workbook({ Mitglieder: rows }, true)).registers.members[0].joined, "2021-05-01");
  });

  it("marks a register with a missing required column as unreadable", () => {
    const wb = workbook();
    const grids = wb.grids.map((g) => (g.sheet === "Kontakte" ? grid("Kontakte", g.header.filter((h) => h !== "E-Mail"), []) : g));
    const { sheets, findings } = readRegisters({ ...wb, grids });
    assert.equal(sheets.contacts, null);
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["spalte-fehlt", "J1"]]);
  });
});
