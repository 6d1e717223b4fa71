import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fillTemplate, TemplateProblemsError } from "../../src/documents/fillTemplate";
import { invitationData, minutesData, yearPlanData } from "../../src/documents/templateData";
import type { Located, Contact } from "../../src/domain/registers";
import { allText, docxPart, minimalDocx, paragraphTexts } from "./docxText";
import { contact } from "../support/exampleRegisters";
import { templateRegisters as registers } from "./templateRegisters";

const asset = (file: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", file)));
const count = (text: string, part: string) => text.split(part).length - 1;

describe("fillTemplate with the default templates (read back with PizZip)", () => {
  it("Protokoll: every field filled, agenda in TOP order, a box per person of every member of that day", () => {
    const bytes = fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-01"));
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    for (const expected of [
      "Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
      "Donnerstag, 11. März 2027",
      "10:00 Uhr bis 12:00 Uhr",
      "Rathaus Jüchen (Präsenz)",
      "Wärmeplanung in Städten & Gemeinden",
      "Dr. Ümit Öz (Energieagentur)",
      "Kommunale Wärmeplanung – Stand & nächste Schritte",
      "Erika Ärmel – Vertretung, Klimaschutzmanagerin",
      "Donnerstag, 8. Juli 2027, 14:00 Uhr, Bürgerhaus Kaarst",
      "Protokoll der Sitzung 2027-01 · 11.03.2027",
    ]) {
      assert.ok(text.includes(expected), `fehlt: ${expected}`);
    }
    const body = paragraphTexts(docxPart(bytes));
    const titles = ["Begrüßung und Protokoll der letzten Sitzung", "Bericht aus den Kommunen", "Kommunale Wärmeplanung – Stand & nächste Schritte", "Verschiedenes"];
    assert.deepEqual(titles.map((t) => body.indexOf(t)), titles.map((t) => body.indexOf(t)).sort((a, b) => a - b));
    assert.equal(body[body.indexOf("Verschiedenes") - 1], "10");
    // 4 persons plus one free line per member (Rhein-Kreis Neuss, Jüchen, Kaarst, Zons).
    assert.equal(count(text, "☐"), 4 + 4);
    assert.ok(body.includes("Stadt Jüchen") && !text.includes("Gemeinde Rommerskirchen"));
    assert.ok(!text.includes("Im Blatt Tagesordnung ist für diese Sitzung noch kein Punkt eingetragen."));
  });

  it("Protokoll without agenda items says so instead of an empty table", () => {
    const text = allText(fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-03")));
    assert.ok(text.includes("Im Blatt Tagesordnung ist für diese Sitzung noch kein Punkt eingetragen."));
    assert.doesNotMatch(text, /[{}]/);
  });

  it("Einladung: one letter per recipient, each starting on a new page, with a multi-line address", () => {
    const data = invitationData(registers, "2027-01");
    const bytes = fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", data);
    const xml = docxPart(bytes);
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(count(xml, "<w:pageBreakBefore/>"), data.Briefe.length);
    assert.equal(data.Briefe.length, 5);
    for (const letter of data.Briefe) assert.equal(count(text, letter.Anrede), 1, letter.Anrede);
    assert.equal(count(text, "Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am Donnerstag, 11. März 2027"), 5);
    assert.ok(paragraphTexts(xml).includes("Stadt Jüchen\nAlex Beispiel\nAm Rathaus 5\n41363 Jüchen"));
    assert.ok(text.includes("Bitte teilen Sie uns bis Donnerstag, 4. März 2027 mit, ob Sie teilnehmen (E-Mail an allianz@example.org)."));
    assert.equal(count(text, "2.1\tKommunale Wärmeplanung – Stand & nächste Schritte (Dr. Ümit Öz)"), 5);
    assert.equal(count(text, "10\tVerschiedenes\n"), 5);
    assert.ok(text.includes("Geschäftsstelle der Allianz, Oberstraße 91, 41460 Neuss · allianz@example.org"));
  });

  it("Jahresplanung: a letter per recipient on 1 January, each with the table of the year's meetings", () => {
    const data = yearPlanData(registers, 2027);
    const bytes = fillTemplate(asset("Vorlage-Jahresplanung.docx"), "jahresplanung", data);
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(count(docxPart(bytes), "<w:pageBreakBefore/>"), 4);
    assert.equal(count(text, "Sitzungstermine 2027 der Allianz"), 4);
    assert.equal(count(text, "Donnerstag, 8. Juli 2027"), 4);
    assert.equal(count(text, "Thema: Wärmeplanung in Städten & Gemeinden"), 4);
    assert.ok(!text.includes("13. Mai 2027"), "abgesagte Sitzung steht nicht im Plan");
  });

  it("renders a serial letter to 300 recipients in one pass", () => {
    const many: Located<Contact>[] = Array.from({ length: 300 }, (_, i) => contact("Stadt Kaarst", `Vorname${i}`, `Nachname${i}`));
    const bytes = fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData({ ...registers, contacts: many }, "2027-01"));
    assert.equal(count(docxPart(bytes), "<w:pageBreakBefore/>"), 300);
  });

  it("keeps text safe: XML characters, line breaks, empty values", () => {
    const data = { ...minutesData(registers, "2027-01"), Thema: "<b>A & B</b>\n\"Zitat\"", Referierende: "" };
    const bytes = fillTemplate(minimalDocx(["Thema: {Thema}", "Referierende: {Referierende}."]), "protokoll", data);
    assert.deepEqual(paragraphTexts(docxPart(bytes)), ['Thema: <b>A & B</b>\n"Zitat"', "Referierende: ."]);
  });

  it("refuses a broken template with every problem in one German message", () => {
    const broken = minimalDocx(["{Datun}", "{Jahr}"]);
    assert.throws(
      () => fillTemplate(broken, "protokoll", minutesData(registers, "2027-01")),
      (error: unknown) =>
        error instanceof TemplateProblemsError &&
        error.problems.length === 2 &&
        error.message.startsWith("Die Vorlage für „Protokoll“ kann so nicht verwendet werden:\n– Unbekanntes Feld „{Datun}“ – meinten Sie „{Datum}“?\n– "),
    );
  });
});
