import assert from "node:assert/strict";
import { meetingStatusCell } from "../../src/domain/statusCell";
import { d, grid, workbook } from "./support/registerGrids";

describe("meetingStatusCell", () => {
  it("names the Status and Nr cells of the meeting's row in the standard layout", () => {
    assert.deepEqual(meetingStatusCell(workbook(), "2025-02"), { sheet: "Sitzungen", nr: "2025-02", nrCell: "A3", statusCell: "K3" });
  });

  it("finds the columns by header name where the table starts lower and further right", () => {
    const wb = workbook();
    const meetings = wb.grids.find((g) => g.sheet === "Sitzungen")!;
    const moved = grid(" sitzungen", [" STATUS", "Notiz", "nr", "Datum", "Format", "Gastgeber", "Protokoll"], [
      [null, null, null, null, null, null, null],
      ["geplant", "x", " 2027-01 ", d("2027-01-14"), "Präsenz", "Stadt Kaarst", "Stadt Kaarst"],
    ], 4, 2);
    const other = { ...wb, grids: [...wb.grids.filter((g) => g !== meetings), moved] };
    assert.deepEqual(meetingStatusCell(other, "2027-01"), { sheet: " sitzungen", nr: "2027-01", nrCell: "E6", statusCell: "C6" });
  });

  it("is null for an unknown Nr and for a sheet without a Status column", () => {
    assert.equal(meetingStatusCell(workbook(), "2030-01"), null);
    const wb = workbook();
    const withoutStatus = {
      ...wb,
      grids: wb.grids.map((g) => (g.sheet === "Sitzungen" ? { ...g, header: g.header.map((h) => (h === "Status" ? "Stand" : h)) } : g)),
    };
    assert.equal(meetingStatusCell(withoutStatus, "2025-02"), null);
  });
});
