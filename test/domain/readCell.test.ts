import assert from "node:assert/strict";
import fc from "fast-check";
import type { RawCell } from "../../src/domain/grid";
import { cellText, readCell } from "../../src/domain/readCell";
import type { CellKind } from "../../src/domain/registers";

const opts = { date1904: false };
const value = (cell: RawCell, kind: CellKind, values?: readonly string[]) => readCell(cell, kind, { ...opts, values }).value;
const code = (cell: RawCell, kind: CellKind, values?: readonly string[]) => readCell(cell, kind, { ...opts, values }).problem?.code ?? null;

describe("readCell", () => {
  it("treats error values and error-looking text as errors in every kind", () => {
    const kinds: CellKind[] = ["text", "multiline", "date", "time", "yesno", "enum", "email", "integer"];
    for (const kind of kinds) {
      for (const cell of [{ error: "#NV" }, "#NV", " #N/A ", "#WERT!", "#DIV/0!", "#bezug!", "#NAME?"] as RawCell[]) {
        const read = readCell(cell, kind, { ...opts, values: ["A"] });
        assert.equal(read.value, null);
        assert.equal(read.problem?.code, "excel-fehler", `${kind} ${JSON.stringify(cell)}`);
        assert.match(read.problem!.message, /Fehlerwert „#/);
      }
    }
  });

  it("reads text: trims, collapses spaces, numbers and booleans become their text", () => {
    assert.equal(value("  Stadt   Kaarst ", "text"), "Stadt Kaarst");
    assert.equal(value("Zeile 1\nZeile 2", "text"), "Zeile 1 Zeile 2");
    assert.equal(value("Am Markt 1 \r\n41564  Kaarst", "multiline"), "Am Markt 1\n41564 Kaarst");
    assert.equal(value(2027, "text"), "2027");
    assert.equal(value(2.1, "text"), "2.1");
    assert.equal(value(true, "text"), "WAHR");
    assert.equal(value({ date: "2026-03-05" } as RawCell, "text"), "05.03.2026");
    assert.equal(value("   ", "text"), null);
    assert.equal(code(NaN, "text"), "unlesbar");
    assert.equal(String(value("x".repeat(32767), "text")).length, 32767);
  });

  it("reads dates from date cells, serials, German and ISO text (text with a warning)", () => {
    assert.deepEqual(readCell({ date: "2026-03-05" } as RawCell, "date", opts), { value: "2026-03-05", problem: null });
    assert.equal(value(46097, "date"), "2026-03-16");
    assert.equal(readCell(46097 - 1462, "date", { date1904: true }).value, "2026-03-16");
    const text = readCell(" 5.3.2026 ", "date", opts);
    assert.equal(text.value, "2026-03-05");
    assert.equal(text.problem?.severity, "warning");
    assert.equal(text.problem?.code, "datum-als-text");
    assert.match(text.problem!.message, /^Datum als Text/);
    assert.equal(readCell("2026-03-05", "date", opts).problem?.code, "datum-als-text");
    assert.equal(code("31.02.2026", "date"), "datum-ungueltig");
    assert.equal(code("morgen", "date"), "datum-ungueltig");
    assert.equal(code(true, "date"), "datum-ungueltig");
    assert.equal(code(60, "date"), "datum-ungueltig");
    assert.equal(code({ date: "2026-02-30" } as RawCell, "date"), "unlesbar");
    assert.equal(readCell(null, "date", opts).problem, null);
  });

  it("reads times from time cells, fractions and text", () => {
    assert.equal(value({ time: "9:30" }, "time"), "09:30");
    assert.equal(value(0.375, "time"), "09:00");
    assert.equal(value(46097.4375, "time"), "10:30");
    for (const text of ["10:00", "10.00", "10 Uhr", "10:00 Uhr", "10:00:00"]) assert.equal(value(text, "time"), "10:00", text);
    assert.equal(code("25:00", "time"), "uhrzeit-ungueltig");
    assert.equal(code("mittags", "time"), "uhrzeit-ungueltig");
    assert.equal(code(-1, "time"), "uhrzeit-ungueltig");
  });

  it("reads yes/no in all the usual spellings; empty is not given", () => {
    for (const yes of ["Ja", "ja", " JA ", "x", "X", "WAHR", "TRUE", true, 1, "1"] as RawCell[]) assert.equal(value(yes, "yesno"), true, String(yes));
    for (const no of ["Nein", "nein", "FALSCH", "false", false, 0, "0"] as RawCell[]) assert.equal(value(no, "yesno"), false, String(no));
    assert.deepEqual(readCell("", "yesno", opts), { value: null, problem: null });
    assert.equal(code("vielleicht", "yesno"), "ja-nein-ungueltig");
    assert.equal(code(2, "yesno"), "ja-nein-ungueltig");
  });

  it("matches enum values ignoring case and spaces and returns the canonical spelling", () => {
    const formats = ["Präsenz", "Online", "Hybrid"];
    assert.equal(value(" präsenz ", "enum", formats), "Präsenz");
    assert.equal(value("ONLINE", "enum", formats), "Online");
    const wrong = readCell("Telefon", "enum", { ...opts, values: formats });
    assert.equal(wrong.problem?.code, "wert-ungueltig");
    assert.match(wrong.problem!.message, /Erlaubt sind: Präsenz, Online, Hybrid/);
  });

  it("reads e-mail addresses and integers", () => {
    assert.equal(value(" mailto:A.Beispiel@example.org ", "email"), "A.Beispiel@example.org");
    assert.equal(code("kein at", "email"), "email-ungueltig");
    assert.equal(value(15, "integer"), 15);
    assert.equal(value(" 30 ", "integer"), 30);
    assert.equal(code(1.5, "integer"), "zahl-ungueltig");
    assert.equal(code("zehn", "integer"), "zahl-ungueltig");
    assert.equal(code(Infinity, "integer"), "zahl-ungueltig");
  });

  it("shortens long content in messages", () => {
    const message = readCell("y".repeat(32000), "date", opts).problem!.message;
    assert.ok(message.length < 200);
  });

  it("never throws, whatever the cell", () => {
    const kinds = fc.constantFrom<CellKind>("text", "multiline", "date", "time", "yesno", "enum", "email", "integer");
    fc.assert(
      fc.property(fc.anything(), kinds, fc.boolean(), (cell, kind, date1904) => {
        const read = readCell(cell as RawCell, kind, { date1904, values: ["Ja"] });
        assert.ok(read.value !== undefined);
        assert.ok(cellText(cell as RawCell, kind === "multiline") !== undefined);
      }),
    );
  });
});
