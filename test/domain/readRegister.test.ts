import assert from "node:assert/strict";
import type { RawCell } from "../../src/domain/grid";
import { readRegister } from "../../src/domain/readRegister";
import { BLOCKED_PERIOD_COLUMNS, BlockedPeriodSchema, CONTACT_COLUMNS, ContactSchema, MEETING_COLUMNS, MeetingSchema, MEMBER_COLUMNS, MemberSchema } from "../../src/domain/registers";
import { d, grid } from "./support/registerGrids";

const opts = { date1904: false };
const periods = (header: RawCell[], rows: RawCell[][], headerRow = 1, firstColumn = 0) =>
  readRegister(grid("Sperrzeiten", header, rows, headerRow, firstColumn), BLOCKED_PERIOD_COLUMNS, BlockedPeriodSchema, opts);

describe("readRegister", () => {
  it("finds columns by name, ignoring case, spaces, order and extra columns", () => {
    const { rows, findings } = periods(["Notiz", " grund ", "BIS", "von"], [["egal", "Sommerferien", d("2026-08-25"), d("2026-07-13")]]);
    assert.deepEqual(findings, []);
    assert.deepEqual(rows, [{ from: "2026-07-13", to: "2026-08-25", reason: "Sommerferien", row: 2 }]);
  });

  it("reports a missing required column at the first free header cell and reads no rows", () => {
    const { rows, findings } = periods(["Von", "Grund"], [[d("2026-07-13"), "x"]], 3, 1);
    assert.deepEqual(rows, []);
    assert.equal(findings.length, 1);
    assert.deepEqual({ ...findings[0], message: "" }, { severity: "error", code: "spalte-fehlt", sheet: "Sperrzeiten", row: 3, column: "Bis", cell: "D3", message: "" });
    assert.match(findings[0].message, /Im Blatt „Sperrzeiten“ fehlt in der Kopfzeile \(Zeile 3\) die Pflichtspalte „Bis“/);
  });

  it("warns about a repeated header and reads the first of them", () => {
    const { rows, findings } = periods(["Von", "Bis", "von"], [[d("2026-07-13"), d("2026-08-25"), d("2020-01-01")]]);
    assert.equal(rows[0].from, "2026-07-13");
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["spalte-doppelt", "C1"]]);
  });

  it("skips fully empty rows (also ragged and whitespace-only ones) and counts Excel rows correctly", () => {
    const { rows, findings } = periods(["Von", "Bis"], [[], [null, "  "], [d("2026-07-13"), d("2026-08-25")]], 4, 2);
    assert.deepEqual(findings, []);
    assert.equal(rows[0].row, 7);
  });

  it("drops a row with an empty or bad required cell and names the cell", () => {
    const { rows, findings } = periods(["Von", "Bis", "Grund"], [[d("2026-07-13"), null, "a"], [{ error: "#NV" }, d("2026-08-25"), "b"]], 1, 1);
    assert.deepEqual(rows, []);
    assert.deepEqual(
      findings.map((f) => [f.code, f.row, f.column, f.cell]),
      [
        ["pflichtfeld", 2, "Bis", "C2"],
        ["excel-fehler", 3, "Von", "B3"],
      ],
    );
    assert.match(findings[0].message, /„Bis“ ist ein Pflichtfeld und leer/);
    assert.match(findings[1].message, /bleibt unberücksichtigt/);
  });

  it("keeps a row with a bad optional cell as null, with a finding", () => {
    const header = MEETING_COLUMNS.map((c) => c.header);
    const row: RawCell[] = ["2026-01", d("2026-03-05"), "25:00", { time: "12:00" }, "präsenz", "Stadt Kaarst", null, "Stadt Kaarst", null, null, "Geplant", null];
    const { rows, findings } = readRegister(grid("Sitzungen", header, [row]), MEETING_COLUMNS, MeetingSchema, opts);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].start, null);
    assert.equal(rows[0].format, "Präsenz");
    assert.equal(rows[0].status, "geplant");
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["uhrzeit-ungueltig", "C2"]]);
    assert.match(findings[0].message, /Der Wert wird nicht verwendet/);
  });

  it("uses the zod schema as the final gate and reports its issues in German on the right cell", () => {
    const header = MEMBER_COLUMNS.map((c) => c.header);
    const { rows, findings } = readRegister(grid("Mitglieder", header, [["Stadt Kaarst", null, "Stadt", d("2021-05-01"), null, "Ja", null, null]]), MEMBER_COLUMNS, MemberSchema, opts);
    // Kurzname is required by the schema; without the default filled in, zod refuses the row.
    assert.deepEqual(rows, []);
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["wert-ungueltig", "B2"]]);
    assert.match(findings[0].message, /^„Kurzname“ /);
    const completed = readRegister(grid("Mitglieder", header, [["Stadt Kaarst", null, "Stadt", d("2021-05-01"), null, "Ja", null, null]]), MEMBER_COLUMNS, MemberSchema, {
      ...opts,
      complete: (draft) => ({ ...draft, shortName: "Kaarst" }),
    });
    assert.equal(completed.rows[0].shortName, "Kaarst");
  });

  it("reports e-mail addresses that only zod refuses as a German finding", () => {
    const header = CONTACT_COLUMNS.map((c) => c.header);
    const { rows, findings } = readRegister(grid("Kontakte", header, [["Stadt Kaarst", null, null, "A", "B", null, "a@b.c", null, "Ansprechperson", "Ja"]]), CONTACT_COLUMNS, ContactSchema, opts);
    assert.deepEqual(rows, []);
    assert.deepEqual(findings.map((f) => [f.code, f.cell]), [["wert-ungueltig", "G2"]]);
    assert.match(findings[0].message, /Keine gültige E-Mail-Adresse/);
  });
});
