import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync, zipSync } from "fflate";
import { readZip, unpack, writeZip } from "../../src/workbook/zipPackage";
import { allianzWith, assertGermanErrorWithoutStack } from "./cliProcess";

/*
 * Hostile and broken files (issue 7): every command ends within seconds with a German message
 * (exit 2) or a correct result, in a Node limited to 300 MB of heap (the runs below pass
 * --max-old-space-size, so running out of memory would fail them with a crash, not exit 2).
 */

const EXAMPLE = readFileSync(path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx"));
const PLAIN = readFileSync(path.join(__dirname, "..", "fixtures", "workbooks", "openpyxl-bereiche.xlsx"));
const STICHTAG = ["--stichtag", "2026-11-24"];
const LIMIT = ["--max-old-space-size=300"];

/** The example with one part's XML changed (every other entry copied as it is). */
function withPart(xlsx: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const pkg = readZip(xlsx);
  const xml = new TextDecoder().decode(unpack(pkg.entries.find((e) => e.name === part)!));
  return writeZip(pkg, new Map([[part, new TextEncoder().encode(change(xml))]]));
}

describe("allianz and hostile or broken files", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const timed = async (...args: string[]) => {
    const started = Date.now();
    const run = await allianzWith(dir, LIMIT, args);
    return { ...run, seconds: (Date.now() - started) / 1000 };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-feindlich-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a zip bomb (a sheet that unpacks to 70 MB) is refused with the part named", async () => {
    const pkg = readZip(EXAMPLE);
    const bomb = new Uint8Array(70 * 1024 * 1024).fill(0x20);
    // The entry is replaced by hand so that it is stored deflated as a bomb would be.
    const replaced = writeZip(pkg, new Map([["xl/worksheets/sheet1.xml", new Uint8Array(0)]]));
    const patched = readZip(replaced);
    const entry = patched.entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const data = deflateSync(bomb, { level: 1 });
    const local = new Uint8Array(entry.dataOffset + data.length);
    local.set(entry.local.subarray(0, entry.dataOffset));
    local.set(data, entry.dataOffset);
    const view = new DataView(local.buffer);
    view.setUint32(18, data.length, true);
    view.setUint32(22, 1000, true);
    const central = new Uint8Array(entry.central);
    new DataView(central.buffer).setUint32(20, data.length, true);
    new DataView(central.buffer).setUint32(24, 1000, true);
    const entries = patched.entries.map((e) => (e === entry ? { ...e, local, central, compressedSize: data.length } : e));
    writeFileSync(file("Bombe.xlsx"), writeZip({ entries, comment: patched.comment }, new Map()));
    const run = await timed("pruefen", "Bombe.xlsx", ...STICHTAG);
    assertGermanErrorWithoutStack(run, /„Bombe\.xlsx“ ist keine lesbare Arbeitsmappe: Der Teil „xl\/worksheets\/sheet1\.xml“ ist entpackt größer als 64 MB\./);
    assert.ok(run.seconds < 10, `${run.seconds} s`);
  });

  it("a stray value in XFD1048576 of a sheet without a table: pruefen reads it in seconds, planen names the cell", async () => {
    writeFileSync(file("Weit.xlsx"), withPart(PLAIN, "xl/worksheets/sheet3.xml", (xml) => xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')));
    const check = await timed("pruefen", "Weit.xlsx", ...STICHTAG);
    assert.equal(check.code, 0, check.stderr);
    const plan = await timed("planen", "Weit.xlsx", ...STICHTAG);
    assertGermanErrorWithoutStack(plan, /Auf „Sitzungen“ ist kein Platz für 6 neue Zeilen: die letzte belegte Zeile ist 1048576 \(Zelle XFD1048576\)\. Steht dort versehentlich etwas, bitte löschen und erneut planen\./);
  });

  it("a whole-sheet validation (A1:XFD1048576) is kept as it is and planning is quick", async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    writeFileSync(file("Ganz.xlsx"), withPart(EXAMPLE, "xl/worksheets/sheet3.xml", (xml) => xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, validation)));
    const run = await timed("planen", "Ganz.xlsx", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    const sheet = new TextDecoder().decode(unpack(readZip(readFileSync(file("Ganz.geplant.xlsx"))).entries.find((e) => e.name === "xl/worksheets/sheet3.xml")!));
    assert.ok(sheet.includes(validation), "the validation is unchanged: it covers the new rows already");
  });

  it("/dev/zero, a folder, a truncated file and zip entries named with .. get a German message", async () => {
    assertGermanErrorWithoutStack(await timed("pruefen", "/dev/zero"), /^Fehler: „\/dev\/zero“ ist keine gewöhnliche Datei/);
    mkdirSync(file("Ordner.xlsx"));
    assertGermanErrorWithoutStack(await timed("pruefen", "Ordner.xlsx"), /^Fehler: „Ordner\.xlsx“ ist ein Ordner, keine Datei\.\n$/);
    writeFileSync(file("Halb.xlsx"), EXAMPLE.subarray(0, EXAMPLE.length / 2));
    assertGermanErrorWithoutStack(await timed("pruefen", "Halb.xlsx"), /„Halb\.xlsx“ ist keine lesbare Arbeitsmappe: Die Datei ist kein vollständiges Zip-Archiv/);
    const entries = Object.fromEntries(readZip(EXAMPLE).entries.map((e) => [e.name, unpack(e)]));
    writeFileSync(file("Pfad.xlsx"), zipSync({ ...entries, "../../ausserhalb.xml": new TextEncoder().encode("<x/>") }));
    assertGermanErrorWithoutStack(await timed("planen", "Pfad.xlsx"), /unzulässigen Teilnamen \(„\.\.\/\.\.\/ausserhalb\.xml“\)/);
    assert.deepEqual(readdirSync(dir).sort(), ["Halb.xlsx", "Ordner.xlsx", "Pfad.xlsx"]);
  });

  it("malformed XML and an entity bomb in a sheet are refused; a long foreign custom XML part takes no time", async () => {
    writeFileSync(file("Kaputt.xlsx"), withPart(EXAMPLE, "xl/worksheets/sheet1.xml", (xml) => xml.replace("</sheetData>", "<row></sheetData>")));
    assertGermanErrorWithoutStack(await timed("pruefen", "Kaputt.xlsx"), /Der Teil „xl\/worksheets\/sheet1\.xml“ ist kein gültiges XML/);
    const bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    writeFileSync(file("Entitaet.xlsx"), withPart(EXAMPLE, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/^(<\?xml[^>]*\?>)/, `$1${bomb}`)));
    assertGermanErrorWithoutStack(await timed("pruefen", "Entitaet.xlsx"), /Dokumenttyp-Definition \(DOCTYPE\)/);

    const pkg = readZip(EXAMPLE);
    const long = `<daten xmlns="urn:fremd">${"<vorlage art='einladung' datei='x'".repeat(50_000)}</daten>`;
    const entries = Object.fromEntries(pkg.entries.map((e) => [e.name, unpack(e)]));
    writeFileSync(file("Lang.xlsx"), zipSync({ ...entries, "customXml/item1.xml": new TextEncoder().encode(long) }, { level: 9 }));
    const run = await timed("protokoll", "Lang.xlsx", "--sitzung", "2026-06", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.seconds < 10, `${run.seconds} s`);
  });
});
