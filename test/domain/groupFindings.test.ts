import assert from "node:assert/strict";
import type { Finding } from "../../src/domain/finding";
import { groupFindings } from "../../src/domain/groupFindings";

function finding(sheet: string, severity: Finding["severity"], cell: string): Finding {
  return { sheet, severity, cell, code: "test", row: Number(cell.slice(1)), column: null, message: `${sheet} ${cell}` };
}

describe("groupFindings", () => {
  it("keeps the order of first appearance of the sheets and splits each sheet by severity", () => {
    const a = finding("Mitglieder", "warning", "B2");
    const b = finding("Kontakte", "error", "G3");
    const c = finding("Mitglieder", "error", "D4");
    const d = finding("Mitglieder", "warning", "E5");
    assert.deepEqual(groupFindings([a, b, c, d]), [
      { sheet: "Mitglieder", errors: [c], warnings: [a, d] },
      { sheet: "Kontakte", errors: [b], warnings: [] },
    ]);
  });

  it("gives no groups for no findings", () => {
    assert.deepEqual(groupFindings([]), []);
  });
});
