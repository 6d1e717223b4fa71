import assert from "node:assert/strict";
import fc from "fast-check";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import type { RawCell, RawGrid, WorkbookGrids } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import { changed, d, TODAY, VALID_ROWS, workbook } from "./support/registerGrids";

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1000, max: 32767 })).map(([s, n]) => s.repeat(n).slice(0, 32767)),
  fc.constantFrom("Ja", "nein", "x", "#NV", "#WERT!", "05.03.2026", "2026-03-05", "31.02.2026", "10:00", "10 Uhr", "Präsenz", "geplant", "Stadt Kaarst", "a@example.org", "  "),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, 60, 46097, 0.375, -1),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom<RawCell>({ error: "#NV" }, { error: "#DIV/0!" }, { date: "2026-03-05" } as RawCell, { date: "kaputt" } as RawCell, { time: "10:00" }, { time: "99:99" }),
  fc.anything() as fc.Arbitrary<RawCell>,
);

const headers = registerLayouts().flatMap((layout) => layout.columns.map((c) => c.header));
const headerCell: fc.Arbitrary<RawCell> = fc.oneof(fc.constantFrom(...headers), fc.constantFrom(...headers).map((h) => ` ${h.toUpperCase()} `), cell);
const sheetName = fc.oneof(fc.constantFrom(...registerLayouts().map((l) => l.name)), fc.string());

const rawGrid: fc.Arbitrary<RawGrid> = fc.record({
  sheet: sheetName,
  headerRow: fc.integer({ min: 1, max: 50 }),
  firstColumn: fc.integer({ min: 0, max: 30 }),
  header: fc.array(headerCell, { maxLength: 14 }),
  rows: fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 }),
});

/** A register sheet with all its columns (shuffled, plus stray ones), so that rows get read and validated. */
const registerGrid: fc.Arbitrary<RawGrid> = fc.constantFrom(...registerLayouts()).chain((layout) =>
  fc.record({
    sheet: fc.constantFrom(layout.name, layout.name.toUpperCase()),
    headerRow: fc.integer({ min: 1, max: 50 }),
    firstColumn: fc.integer({ min: 0, max: 30 }),
    header: fc.tuple(fc.shuffledSubarray(layout.columns.map((c) => c.header as RawCell), { minLength: layout.columns.length }), fc.array(headerCell, { maxLength: 3 })).map(([a, b]) => [...a, ...b]),
    rows: fc.array(fc.array(cell, { minLength: 4, maxLength: 16 }), { maxLength: 8 }),
  }),
);

describe("checkWorkbook", () => {
  it("sorts findings by sheet order, row and column", () => {
    const members = changed("Mitglieder", 3, { 5: "vielleicht", 2: "Dorf" });
    const contacts = [...VALID_ROWS.Kontakte, ["Stadt Neuss", null, null, "N", "N", null, "n@example.org", null, "Verteiler", "Ja"]];
    const meetings = [...VALID_ROWS.Sitzungen, ["2026-01", d("2026-06-04"), null, null, "Präsenz", "Stadt Neuss", null, "Stadt Neuss", null, null, "durchgeführt", null]];
    const findings = checkWorkbook(workbook({ Sitzungen: meetings, Kontakte: contacts, Mitglieder: members, Einstellungen: [["Farbe", "rot"]] }), TODAY).findings;
    assert.deepEqual(
      findings.map((f) => `${f.sheet}!${f.cell}:${f.code}`),
      [
        "Mitglieder!C5:wert-ungueltig",
        "Mitglieder!F5:ja-nein-ungueltig",
        "Kontakte!A6:mitglied-unbekannt",
        "Sitzungen!B4:sperrtag",
        "Sitzungen!F4:gastgeber-kein-mitglied",
        "Sitzungen!H4:protokoll-kein-mitglied",
        "Sitzungen!K4:durchgefuehrt-in-zukunft",
        "Einstellungen!A2:einstellung-unbekannt",
      ],
    );
  });

  it("never throws on arbitrary grids; every finding names a sheet, row-level ones a row and an A1 cell", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(rawGrid, registerGrid), { maxLength: 7 }), fc.boolean(), (grids, date1904) => {
        const { findings } = checkWorkbook({ date1904, grids }, TODAY);
        for (const finding of findings) {
          assert.equal(typeof finding.sheet, "string");
          assert.ok(finding.message.length > 0);
          if (finding.row !== null) {
            assert.ok(Number.isInteger(finding.row) && finding.row >= 1);
            assert.match(finding.cell ?? "", /^[A-Z]+\d+$/);
            assert.ok(finding.cell!.endsWith(String(finding.row)));
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it("never throws when random cells replace cells of a valid workbook", () => {
    const base = workbook();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cell), { maxLength: 12 }), (changes) => {
        const grids = base.grids.map((g) => ({ ...g, rows: g.rows.map((r) => [...r]) }));
        for (const [gi, ri, ci, value] of changes) {
          const g = grids[gi % grids.length];
          if (g.rows.length) g.rows[ri % g.rows.length][ci % 12] = value;
        }
        const wb: WorkbookGrids = { date1904: false, grids };
        for (const finding of checkWorkbook(wb, TODAY).findings) if (finding.row !== null) assert.match(finding.cell ?? "", /^[A-Z]+\d+$/);
      }),
      { numRuns: 200 },
    );
  });

  // Its time is a figure of `npm run bench`, not asserted here: a loaded machine must not fail the suite.
  it("reads and validates 400 members, 1,000 contacts and 10 years of meetings", () => {
    const wb = syntheticWorkbook({ members: 400, contacts: 1000, meetings: 60, lastYear: 2026 });
    const { registers } = checkWorkbook(wb, TODAY);
    assert.equal(registers.members.length, 400);
  });
});
