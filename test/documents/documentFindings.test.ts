import assert from "node:assert/strict";
import type { Finding } from "../../src/domain/finding";
import { concernsDocuments, documentErrors } from "../../src/documents/documentFindings";

describe("concernsDocuments", () => {
  it("keeps the registers documents are made from, not the blocked periods, however the sheet is spelt", () => {
    const finding = (sheet: string): Finding => ({ severity: "error", code: "x", sheet, row: 2, column: null, cell: "A2", message: "…" });
    assert.deepEqual(
      ["Mitglieder", "Sperrzeiten", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen", " mitglieder "].map(finding).filter(concernsDocuments).map((f) => f.sheet),
      ["Mitglieder", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen", " mitglieder "],
    );
  });
});

describe("documentErrors", () => {
  const finding = (sheet: string, row: number | null, severity: Finding["severity"] = "error", code = "wert-ungueltig"): Finding => ({ severity, code, sheet, row, column: null, cell: null, message: "…" });
  const registers = { meetings: [{ nr: "2027-01", date: "2027-01-14", row: 5 }, { nr: "2027-02", date: "2027-03-11", row: 6 }, { nr: "2026-06", date: "2026-11-12", row: 4 }] } as never;

  it("keeps errors outside the meetings, on the sheet itself and on the rows of the meeting or year", () => {
    const all = [finding("Mitglieder", 3), finding("Einstellungen", 7), finding("Sitzungen", null), finding(" sitzungen", 1, "error", "spalte-fehlt"), finding("Sitzungen", 5), finding("Sitzungen", 6), finding("Sitzungen", 4), finding("Sperrzeiten", 2), finding("Kontakte", 4, "warning")];
    assert.deepEqual(documentErrors(all, registers, "einladung", { nr: " 2027-01" }), [all[0], all[1], all[2], all[3], all[4]]);
    assert.deepEqual(documentErrors(all, registers, "jahresplanung", { year: 2027 }), [all[0], all[1], all[2], all[3], all[4], all[5]]);
  });
});
