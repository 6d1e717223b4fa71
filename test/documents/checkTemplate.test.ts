import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { checkTemplate } from "../../src/documents/checkTemplate";
import type { TemplateKind } from "../../src/documents/fields";
import { minimalDocx } from "./docxText";

const messages = (paragraphs: string[], kind: TemplateKind) => checkTemplate(minimalDocx(paragraphs), kind).map((p) => p.message);
const asset = (file: string) => readFileSync(join(__dirname, "..", "..", "assets", file));

describe("checkTemplate", () => {
  it("accepts the default templates for their own kind", () => {
    assert.deepEqual(checkTemplate(asset("Vorlage-Protokoll.docx"), "protokoll"), []);
    assert.deepEqual(checkTemplate(asset("Vorlage-Einladung.docx"), "einladung"), []);
    assert.deepEqual(checkTemplate(asset("Vorlage-Jahresplanung.docx"), "jahresplanung"), []);
  });

  it("checks headers and footers too", () => {
    const zip = new PizZip(asset("Vorlage-Protokoll.docx"));
    zip.file("word/header1.xml", zip.file("word/header1.xml")!.asText().replace("{Allianz}", "{Allianzz}"));
    assert.deepEqual(
      checkTemplate(zip.generate({ type: "uint8array" }), "protokoll").map((p) => p.message),
      ["Unbekanntes Feld „{Allianzz}“ – meinten Sie „{Allianz}“?"],
    );
  });

  it("names a misspelt field and suggests the closest one (case, umlauts and spaces do not count)", () => {
    assert.deepEqual(messages(["{Datun}"], "einladung"), ["Unbekanntes Feld „{Datun}“ – meinten Sie „{Datum}“?"]);
    assert.deepEqual(messages(["{Protokollführung}"], "protokoll"), ["Unbekanntes Feld „{Protokollführung}“ – meinten Sie „{Protokollfuehrung}“?"]);
    assert.deepEqual(messages(["{Rueckmeldung bis}"], "einladung"), ["Unbekanntes Feld „{Rueckmeldung bis}“ – meinten Sie „{Rueckmeldung}“?"]);
    assert.deepEqual(messages(["{#Tagesordung}{/Tagesordung}"], "protokoll"), ["Unbekanntes Feld „{#Tagesordung}“ – meinten Sie „{#Tagesordnung}“?"]);
  });

  it("names an unknown field without a guess when nothing is close, once however often it is used", () => {
    assert.deepEqual(messages(["{Foobar} und {Foobar}"], "protokoll"), [
      "Unbekanntes Feld „{Foobar}“ – bitte ein Feld aus der Feldliste der Anleitung verwenden oder die Marke löschen.",
    ]);
  });

  it("names a field used outside its loop, a field of another kind and a list used as text", () => {
    assert.deepEqual(messages(["{Name}"], "einladung"), ["Das Feld „{Name}“ gibt es nur innerhalb der Schleife „{#Briefe}…{/Briefe}“ – bitte die Marke dorthin verschieben."]);
    assert.match(messages(["{Jahr}"], "protokoll")[0], /„\{Jahr\}“ gibt es nur in Vorlagen für „Jahresplanung“, nicht für „Protokoll“/);
    assert.deepEqual(messages(["{Tagesordnung}"], "protokoll"), ["„{Tagesordnung}“ ist eine Liste – bitte als Schleife „{#Tagesordnung}…{/Tagesordnung}“ schreiben."]);
    assert.equal(checkTemplate(asset("Vorlage-Einladung.docx"), "protokoll").length > 0, true);
  });

  it("knows the fields outside a loop inside it, and text fields as conditions", () => {
    assert.deepEqual(messages(["{#Thema}Thema: {Thema}{/Thema}", "{#Briefe}", "{Name}, {Datum} {^Referierende}ohne Gäste{/Referierende}", "{/Briefe}"], "einladung"), []);
    assert.deepEqual(messages(["{#Teilnehmende}{Mitglied}{#Personen}{Name} {Nr}{/Personen}{/Teilnehmende}"], "protokoll"), []);
  });

  it("turns docxtemplater's syntax errors into German: unclosed loop, wrong closing, open brackets", () => {
    assert.deepEqual(messages(["{#Tagesordnung}", "{Titel}"], "protokoll"), [
      "Die Schleife „{#Tagesordnung}“ wird nicht geschlossen – bitte „{/Tagesordnung}“ an ihrem Ende ergänzen.",
    ]);
    assert.deepEqual(messages(["{#Briefe}{/Brief}"], "einladung"), ["Die Schleife „{#Briefe}“ wird mit „{/Brief}“ geschlossen – bitte beide mit demselben Namen schreiben."]);
    assert.deepEqual(messages(["{/Briefe}"], "einladung"), [
      "Die Schleife „{/Briefe}“ wird geschlossen, aber nirgends geöffnet – bitte „{#Briefe}“ an ihrem Anfang ergänzen oder „{/Briefe}“ löschen.",
    ]);
    assert.deepEqual(messages(["{Datum"], "protokoll"), ["Die Feldmarke „{Datum“ wird nicht geschlossen – bitte die schließende Klammer „}“ ergänzen."]);
    assert.deepEqual(messages(["Datum}"], "protokoll"), ["Vor „Datum}“ fehlt die öffnende Klammer „{“ – bitte ergänzen oder die Klammer „}“ löschen."]);
    assert.match(messages(["{{Datum}"], "protokoll")[0], /öffnende Klammer doppelt/);
    assert.match(messages(["{@Datum}"], "protokoll")[0], /„\{@Datum\}“ fügt Word-Code ein/);
  });

  it("says so when the file is not a .docx: random bytes, an empty file, a zip without a document, an Excel file", () => {
    const notDocx = [{ code: "not_docx", message: "Die Datei ist keine Word-Vorlage (.docx) – bitte eine in Word als „Word-Dokument (*.docx)“ gespeicherte Datei wählen." }];
    assert.deepEqual(checkTemplate(new TextEncoder().encode("%PDF-1.7 kein Word"), "protokoll"), notDocx);
    assert.deepEqual(checkTemplate(new Uint8Array(0), "protokoll"), notDocx);
    const otherZip = new PizZip();
    otherZip.file("notiz.txt", "kein Word");
    assert.deepEqual(checkTemplate(otherZip.generate({ type: "uint8array" }), "protokoll"), notDocx);
    const xlsx = new PizZip();
    xlsx.file("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>');
    xlsx.file("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    assert.deepEqual(checkTemplate(xlsx.generate({ type: "uint8array" }), "protokoll"), notDocx);
  });
});
