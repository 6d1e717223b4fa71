import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { templateXml } from "../../src/workbook/templateXml";
import { allText, minimalDocx } from "../documents/docxText";
import { malformedXmlParts, partBytes, withCustomXml, withParts } from "../workbook/packageParts";
import { allianz, assertGermanErrorWithoutStack } from "./cliProcess";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const STICHTAG = ["--stichtag", "2026-11-24"];
const CUSTOM_PARTS = ["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"];
const CHART = { "xl/charts/chart1.xml": '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>' };

/** The Einladung's own template as the Excel pane keeps it in the workbook. */
const letterhead = (paragraphs: string[]) => templateXml({ kind: "einladung", fileName: "Briefkopf.docx", bytes: minimalDocx(paragraphs) });

describe("allianz and the parts of the workbook besides the registers (own templates, charts)", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-teile-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("planen keeps the own templates and a chart byte for byte, with nothing to warn about", async () => {
    const source = withParts(withCustomXml(readFileSync(EXAMPLE), 1, letterhead(["Briefkopf der Allianz", "{Datum}"])), CHART);
    writeFileSync(file("Allianz.xlsx"), source);
    const run = await allianz(dir, "planen", "Allianz.xlsx", "--json", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).findings, []);
    assert.ok(readFileSync(file("Allianz.xlsx")).equals(source), "input unchanged");
    const planned = readFileSync(file("Allianz.geplant.xlsx"));
    for (const part of [...CUSTOM_PARTS, "xl/charts/chart1.xml"]) assert.deepEqual(partBytes(planned, part), partBytes(source, part), part);
    assert.deepEqual(await malformedXmlParts(planned), []);

    // The planned copy is what the user goes on with: its letters come from the kept template.
    const letters = await allianz(dir, "versand", "Allianz.geplant.xlsx", "--art", "einladung", "--sitzung", "2027-01", ...STICHTAG);
    assert.equal(letters.code, 0, letters.stderr);
    assert.match(allText(readFileSync(file("Einladung_2027-01", "Serienbrief.docx"))), /^Briefkopf der Allianz\nDonnerstag, 14\. Januar 2027/);
  });

  it("protokoll and versand use the workbook's own template of the kind and say so; --vorlage and the default otherwise", async () => {
    const minutesTemplate = templateXml({ kind: "protokoll", fileName: "Amtsprotokoll.docx", bytes: minimalDocx(["Amtsprotokoll {Nr} am {Datum}"]) });
    copyFileSync(EXAMPLE, file("Beispiel.xlsx"));
    assert.equal((await allianz(dir, "planen", "Beispiel.xlsx", "--aus", "Geplant.xlsx", ...STICHTAG)).code, 0);
    writeFileSync(file("Allianz.xlsx"), withCustomXml(readFileSync(file("Geplant.xlsx")), 1, minutesTemplate));

    const own = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", ...STICHTAG);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /^Protokoll der Sitzung 2027-01 erstellt:\n {2}Protokoll_2027-01\.docx\nVorlage: Amtsprotokoll\.docx aus der Arbeitsmappe\n\n/);
    assert.equal(allText(readFileSync(file("Protokoll_2027-01.docx"))), "Amtsprotokoll 2027-01 am Donnerstag, 14. Januar 2027");

    // The Einladung has no own template here.
    const invitation = await allianz(dir, "versand", "Allianz.xlsx", "--art", "einladung", "--sitzung", "2027-01", ...STICHTAG);
    assert.match(invitation.stdout, /\nVorlage: Standardvorlage Vorlage-Einladung\.docx\n/);

    writeFileSync(file("Eigen.docx"), minimalDocx(["Eigenes Protokoll {Nr}"]));
    const chosen = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", "--vorlage", "Eigen.docx", "--aus", "Eigen", ...STICHTAG);
    assert.match(chosen.stdout, /\nVorlage: Eigen\.docx\n/);
    assert.equal(allText(readFileSync(file("Eigen", "Protokoll_2027-01.docx"))), "Eigenes Protokoll 2027-01");
  });

  it("a stored template with a misspelt field is refused like --vorlage, names the workbook and what to do, and writes nothing", async () => {
    writeFileSync(file("Allianz.xlsx"), withCustomXml(readFileSync(EXAMPLE), 1, letterhead(["Einladung am {Datun}"])));
    const run = await allianz(dir, "versand", "Allianz.xlsx", "--art", "einladung", "--sitzung", "2026-06", "--json", ...STICHTAG);
    assertGermanErrorWithoutStack(run, /^Fehler: Die in „Allianz\.xlsx“ gespeicherte Vorlage „Briefkopf\.docx“: Die Vorlage für „Einladung“ kann so nicht verwendet werden:\n– Unbekanntes Feld „\{Datun\}“ – meinten Sie „\{Datum\}“\?\n/);
    assert.match(run.stderr, /Bitte in Excel unter „Dokumente“ eine korrigierte Vorlage wählen oder „Standardvorlage verwenden“, oder mit --vorlage eine andere Vorlage angeben\.\nEs wurde nichts geschrieben\.\n$/);
    assert.deepEqual(readdirSync(dir), ["Allianz.xlsx"]);
  });
});
