import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { plainDateToSerial } from "../../src/domain/excelSerial";
import type { RawCell } from "../../src/domain/grid";
import { fromDayNumber, type PlainDate } from "../../src/domain/plainDate";
import { XML_ILLEGAL_CHARACTERS } from "../../src/domain/rules/textCharacterRules";
import { timeToDayFraction } from "../../src/workbook/cellValues";
import { XlsxBook } from "../../src/workbook/xlsxBook";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { readZip, type ZipEntry } from "../../src/workbook/zipPackage";

/*
 * Property: appending any rows to the Sitzungen register of any fixture changes no byte outside
 * the Sitzungen sheet and its table (.ods: content.xml), and the rows read back as written — text
 * exactly, line breaks included, less the characters XML cannot hold.
 */

const DIR = path.join(__dirname, "..", "fixtures", "workbooks");
const FIXTURES = readdirSync(DIR).filter((name) => /\.(xlsx|ods)$/.test(name));
const sources = new Map(FIXTURES.map((name) => [name, readFileSync(path.join(DIR, name))]));

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.constantFrom("Zeile\r\nzwei", "\r", "\n", "\t", "  ", " ", "\u0007", "\ud800", "\uffff", "_x0041_", "<&>\"'", "ä€😀", "=SUMME(A1)"), { maxLength: 6 }).map((parts) => parts.join("")),
);
const day = fc.integer({ min: -25_500, max: 2_932_000 }).map((n) => fromDayNumber(n)).filter((d): d is PlainDate => d !== null && d >= "1900-03-01");
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  day.map((date) => ({ date })),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => ({ time: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}` })),
  fc.constant({ error: "#N/A" }),
);
const row = fc.tuple(fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/), fc.array(cell, { minLength: 11, maxLength: 11 })).map(([nr, rest]) => [nr, ...rest] as RawCell[]);

/** What a written cell reads back as: the value as Excel's `values` hands it out. */
function readBack(value: RawCell, ods: boolean, date1904: boolean): RawCell {
  if (typeof value === "string") {
    const kept = value.replace(XML_ILLEGAL_CHARACTERS, (ch) => (!ods && ch.charCodeAt(0) < 0x20 ? ch : ""));
    const lines = ods ? kept.replace(/\r\n|\r/g, "\n") : kept;
    return lines === "" ? null : lines;
  }
  if (typeof value === "number") return Object.is(value, -0) ? 0 : value;
  if (value === null || typeof value === "boolean") return value;
  if ("date" in value) return plainDateToSerial(value.date, date1904) ?? value.date;
  if ("time" in value) return timeToDayFraction(value.time);
  return value.error;
}

/** The parts holding the Sitzungen register: its sheet and table parts (.ods: content.xml). */
function sitzungenParts(name: string, input: Uint8Array): string[] {
  if (name.endsWith(".ods")) return ["content.xml"];
  const book = new XlsxBook(readZip(input));
  const sheet = book.sheetNamed("Sitzungen")!;
  return [sheet.part, ...book.relationships(sheet.part).filter((r) => r.kind === "table").map((r) => r.part)];
}

const rounded = (cells: readonly RawCell[]) => cells.map((c) => (typeof c === "number" ? Math.round(c * 1e9) / 1e9 : c));

function sameEntry(a: ZipEntry, b: ZipEntry): boolean {
  const central = (e: ZipEntry) => [...e.central.subarray(0, 42), ...e.central.subarray(46)];
  return Buffer.from(a.local).equals(Buffer.from(b.local)) && Buffer.from(central(a)).equals(Buffer.from(central(b)));
}

describe("planen changes nothing but the Sitzungen register (property)", function () {
  this.timeout(120_000);

  it("any rows appended to any fixture: only the Sitzungen sheet and table change, the rows read back as written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), fc.array(row, { minLength: 1, maxLength: 12 }), async (name, rows) => {
        const input = sources.get(name)!;
        const store = await XlsxRegisterStore.fromBuffer(input, name);
        const before = await store.read();
        const meetings = before.grids.find((g) => g.sheet === "Sitzungen")!;
        await store.append("Sitzungen", rows);
        const output = await store.toBuffer();

        const a = readZip(input).entries;
        const b = readZip(output).entries;
        assert.deepEqual(b.map((e) => e.name), a.map((e) => e.name));
        const changed = a.filter((e, i) => !sameEntry(e, b[i])).map((e) => e.name);
        assert.ok(changed.every((part) => sitzungenParts(name, input).includes(part)), changed.join(", "));

        const after = await (await XlsxRegisterStore.fromBuffer(output, name)).read();
        assert.deepEqual(after.grids.filter((g) => g.sheet !== "Sitzungen"), before.grids.filter((g) => g.sheet !== "Sitzungen"));
        const grown = after.grids.find((g) => g.sheet === "Sitzungen")!;
        assert.deepEqual(grown.rows.slice(0, meetings.rows.length), meetings.rows);
        const ods = name.endsWith(".ods");
        const expected = rows.map((r) => rounded(r.map((c) => readBack(c, ods, before.date1904))));
        const actual = grown.rows.slice(meetings.rows.length).map((r) => rounded([...r, ...Array(12).fill(null)].slice(0, 12)));
        assert.deepEqual(actual, expected);
      }),
      { numRuns: 60 },
    );
  });
});
