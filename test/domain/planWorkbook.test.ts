import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { MEETING_COLUMNS } from "../../src/domain/registers";
import { changed, d, TODAY, VALID_ROWS, workbook } from "./support/registerGrids";

describe("planWorkbook", () => {
  it("plans the year and gives rows in the order of the Sitzungen header", () => {
    const outcome = planWorkbook(workbook(), 2026, TODAY);
    assert.deepEqual(outcome.blockers, []);
    // Vierteljährlich, 2nd Thursday; last host Jüchen → Kaarst, Grevenbroich, Jüchen, Kaarst (Rhein-Kreis Neuss does not host).
    assert.deepEqual(
      outcome.meetings.map((m) => [m.nr, m.date, m.host]),
      [
        ["2026-01", "2026-03-12", "Stadt Kaarst"],
        ["2026-02", "2026-06-11", "Stadt Grevenbroich"],
        ["2026-03", "2026-09-10", "Gemeinde Jüchen"],
        ["2026-04", "2026-12-10", "Stadt Kaarst"],
      ],
    );
    assert.equal(outcome.rows.length, 4);
    assert.equal(outcome.rows[0].length, MEETING_COLUMNS.length);
    assert.deepEqual(outcome.rows[0].slice(0, 6), ["2026-01", { date: "2026-03-12" }, { time: "10:00" }, { time: "12:00" }, "Präsenz", "Stadt Kaarst"]);
  });

  it("follows a reordered header with extra columns", () => {
    const wb = workbook();
    const grids = wb.grids.map((g) => (g.sheet === "Sitzungen" ? { ...g, header: ["Notiz", ...[...g.header].reverse()], rows: g.rows.map((r) => [null, ...[...r].reverse()]) } : g));
    const outcome = planWorkbook({ ...wb, grids }, 2026, TODAY);
    assert.deepEqual(outcome.rows[0].slice(-2), [{ date: "2026-03-12" }, "2026-01"]);
    assert.equal(outcome.rows[0][0], null);
  });

  it("stops at blockers with empty meetings and rows, but not at contact or agenda errors", () => {
    const blocked = planWorkbook(workbook({ Mitglieder: changed("Mitglieder", 0, { 3: "gestern" }) }), 2026, TODAY);
    assert.deepEqual(blocked.meetings, []);
    assert.deepEqual(blocked.rows, []);
    assert.deepEqual(blocked.blockers.map((f) => [f.code, f.cell]), [["datum-ungueltig", "D2"]]);
    assert.ok(blocked.findings.includes(blocked.blockers[0]));

    const contactsOnly = planWorkbook(workbook({ Kontakte: changed("Kontakte", 0, { 6: "kaputt" }), Tagesordnung: [["2099-01", "1", "x", null, "viel"]] }), 2026, TODAY);
    assert.deepEqual(contactsOnly.blockers, []);
    assert.equal(contactsOnly.meetings.length, 4);
    assert.ok(contactsOnly.findings.some((f) => f.code === "email-ungueltig"));
  });

  it("blocks on a missing Sitzungen sheet and on a host that is no member", () => {
    assert.deepEqual(planWorkbook(workbook({ Sitzungen: null }), 2026, TODAY).blockers.map((f) => f.code), ["blatt-fehlt"]);
    const rows = changed("Sitzungen", 1, { 5: "Jüchen" });
    assert.deepEqual(planWorkbook(workbook({ Sitzungen: rows }), 2026, TODAY).blockers.map((f) => [f.code, f.cell]), [["gastgeber-kein-mitglied", "F3"]]);
  });

  it("blocks with a finding of its own when no member can host in that year", () => {
    const members = VALID_ROWS.Mitglieder.map((row) => row.map((cell, i) => (i === 4 ? d("2025-12-31") : cell)));
    const outcome = planWorkbook(workbook({ Mitglieder: members, Sitzungen: [] }), 2026, "2025-06-01" as PlainDate);
    assert.deepEqual(outcome.blockers.map((f) => [f.code, f.sheet, f.row]), [["kein-gastgeber", "Mitglieder", null]]);
    assert.match(outcome.blockers[0].message, /Im Jahr 2026 kann kein Mitglied Gastgeber sein/);
    assert.equal(planWorkbook(workbook({ Mitglieder: members, Sitzungen: [] }), 2025, "2025-06-01" as PlainDate).blockers.length, 0);
  });

  it("adds nothing when the year is planned already", () => {
    const first = planWorkbook(workbook(), 2026, TODAY);
    const again = planWorkbook(workbook({ Sitzungen: [...VALID_ROWS.Sitzungen, ...first.rows] }), 2026, TODAY);
    assert.deepEqual(again.meetings, []);
    assert.deepEqual(again.blockers, []);
  });
});
