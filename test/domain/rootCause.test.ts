import assert from "node:assert/strict";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import { uniqueFindings } from "../../src/domain/findingOrder";
import type { Finding } from "../../src/domain/finding";
import { registerLayouts } from "../../src/domain/layouts";
import { similarity } from "../../src/domain/sheetColumns";
import { TODAY, workbook } from "./support/registerGrids";

/** The valid workbook with one header of one sheet replaced. */
function withHeader(sheet: string, from: string, to: string) {
  const wb = workbook();
  const grids = wb.grids.map((g) => (g.sheet === sheet ? { ...g, header: g.header.map((h) => (h === from ? to : h)) } : g));
  assert.ok(grids.some((g) => g.sheet === sheet && g.header.includes(to)), `${sheet} has a header ${from}`);
  return { ...wb, grids };
}

/** A typo a colleague makes: one letter changed in the middle, or "Eintritt" for "Beitritt". */
const TYPOS: Record<string, string> = { Beitritt: "Eintritt", Mitglied: "Mitgleid", "E-Mail": "EMail", Nr: "Nr.", Sitzung: "Sitzungen", Von: "Vom", Bis: "Biss", Einstellung: "Einstellungen", TOP: "TOP." };

describe("root causes, not cascades", () => {
  it("the valid workbook has no findings (the baseline of the tests below)", () => {
    assert.deepEqual(checkWorkbook(workbook(), TODAY).findings, []);
  });

  it("renaming „Beitritt“ to „Eintritt“ is one error at that header cell, with a suggestion; no false member errors elsewhere", () => {
    const { findings } = checkWorkbook(withHeader("Mitglieder", "Beitritt", "Eintritt"), TODAY);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join("\n"));
    assert.deepEqual({ ...findings[0], message: "" }, { severity: "error", code: "spalte-fehlt", sheet: "Mitglieder", row: 1, column: "Eintritt", cell: "D1", message: "" });
    assert.match(findings[0].message, /„Eintritt“.*Meinten Sie „Beitritt“\?/);
  });

  for (const layout of registerLayouts()) {
    for (const column of layout.columns) {
      const typo = TYPOS[column.header] ?? `${column.header.slice(0, -1)}${column.header.at(-1) === "e" ? "a" : "e"}`;
      it(`${layout.name}: the header typo „${typo}“ for „${column.header}“ gives exactly one finding, at the header, naming „${column.header}“`, () => {
        const { findings } = checkWorkbook(withHeader(layout.name, column.header, typo), TODAY);
        assert.equal(findings.length, 1, findings.map((f) => `${f.cell} ${f.message}`).join("\n"));
        const [finding] = findings;
        assert.equal(finding.sheet, layout.name);
        assert.equal(finding.row, 1);
        assert.equal(finding.column, typo);
        assert.match(finding.message, new RegExp(`Meinten Sie „${column.header.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}“\\?`));
        assert.equal(finding.severity, column.required ? "error" : "warning");
      });
    }
  }

  it("a missing Mitglieder sheet is one error; contacts and meetings naming members stay silent", () => {
    const { findings } = checkWorkbook(workbook({ Mitglieder: null }), TODAY);
    assert.deepEqual(findings.map((f) => [f.sheet, f.code]), [["Mitglieder", "blatt-fehlt"]]);
  });

  it("an unknown header that resembles no register column is left alone (users add their own columns)", () => {
    const { findings } = checkWorkbook(withHeader("Mitglieder", "Anschrift", "Bemerkung"), TODAY);
    assert.deepEqual(findings, []);
  });

  it("a required column missing without a look-alike header is reported where it could be added", () => {
    const wb = withHeader("Sitzungen", "Status", "Bemerkung");
    const columns = wb.grids.find((g) => g.sheet === "Sitzungen")!.header.length;
    const { findings } = checkWorkbook(wb, TODAY);
    // The first free header cell, right of the last column.
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["spalte-fehlt", `${String.fromCharCode(65 + columns)}1`]]);
  });

  it("findings saying the same thing about the same cell are one", () => {
    const f: Finding = { severity: "error", code: "x", sheet: "Kontakte", row: 2, column: "E-Mail", cell: "G2", message: "m" };
    assert.deepEqual(uniqueFindings([f, { ...f }, { ...f, cell: "G3" }, { ...f, message: "n" }]), [f, { ...f, cell: "G3" }, { ...f, message: "n" }]);
  });

  it("similarity: difflib's ratio", () => {
    assert.equal(similarity("eintritt", "beitritt"), 0.875);
    assert.equal(similarity("", ""), 1);
    assert.ok(similarity("status", "stand") < 0.6);
  });
});
