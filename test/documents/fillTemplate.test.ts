import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { fillTemplate, TemplateProblemsError, withoutEmptyLastSection } from "../../src/documents/fillTemplate";
import { invitationData, minutesData, yearPlanData } from "../../src/documents/templateData";
import type { Located, Contact } from "../../src/domain/registers";
import { allText, docxPart, minimalDocx, paragraphTexts } from "./docxText";
import { contact } from "../support/exampleRegisters";
import { templateRegisters as registers } from "./templateRegisters";

const asset = (file: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", file)));
const count = (text: string, part: string) => text.split(part).length - 1;

describe("fillTemplate with the default templates (read back with PizZip)", () => {
  it("Protokoll: every field filled, agenda in TOP order with room for results, attendance per person, tasks, signatures, distribution", () => {
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
      "Stadt Kaarst (Max Muster)",
      "TOP 2.1: Kommunale Wärmeplanung – Stand & nächste Schritte",
      "Erika Ärmel – Vertretung, Klimaschutzmanagerin",
      "Donnerstag, 8. Juli 2027, 14:00 Uhr, Bürgerhaus Kaarst",
      "Mitglieder der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss: Rhein-Kreis Neuss, Stadt Jüchen, Stadt Kaarst, Stadt Zons",
      "Datum, Unterschrift Vorsitz",
      "Datum, Unterschrift Protokollführung",
      "Protokoll der Sitzung 2027-01 · 11.03.2027",
    ]) {
      assert.ok(text.includes(expected), `fehlt: ${expected}`);
    }
    const body = paragraphTexts(docxPart(bytes));
    const titles = ["TOP 1: Begrüßung und Protokoll der letzten Sitzung", "TOP 2: Bericht aus den Kommunen", "TOP 2.1: Kommunale Wärmeplanung – Stand & nächste Schritte", "TOP 10: Verschiedenes"];
    assert.deepEqual(titles.map((t) => body.indexOf(t)), titles.map((t) => body.indexOf(t)).sort((a, b) => a - b));
    assert.equal(count(text, "Ergebnis / Beschluss:"), 4);
    // Two boxes (anwesend, entschuldigt) for each of the 4 persons, one for a deputy per member (4).
    assert.equal(count(text, "☐"), 4 * 2 + 4);
    assert.ok(body.includes("Stadt Jüchen") && !text.includes("Gemeinde Rommerskirchen"));
    assert.doesNotMatch(text, /Im Blatt Tagesordnung/);
  });

  it("Protokoll: a meeting without agenda items gets the Standard-TOPs, never a hint meant for the secretariat", () => {
    const text = allText(fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-03")));
    assert.ok(text.includes("TOP 1: Begrüßung\n") && text.includes("TOP 3: Verschiedenes\n"), text);
    assert.doesNotMatch(text, /[{}]|Blatt/);
  });

  it("every filled default document names its structure with Word's heading styles, as python-docx reads them", () => {
    const headings = (bytes: Uint8Array) => {
      const dir = mkdtempSync(join(tmpdir(), "allianz-headings-"));
      try {
        writeFileSync(join(dir, "d.docx"), bytes);
        const script = "import sys, docx\nfor p in docx.Document(sys.argv[1]).paragraphs:\n    if p.style.name.startswith(('Heading', 'Title')): print(p.style.name + ': ' + p.text)";
        return execFileSync("/usr/bin/python3", ["-c", script, join(dir, "d.docx")], { encoding: "utf8" }).trim().split("\n");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    assert.deepEqual(headings(fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-03"))), [
      "Title: Protokoll",
      "Heading 1: Anwesenheit",
      "Heading 1: Tagesordnung und Ergebnisse",
      "Heading 2: TOP 1: Begrüßung",
      "Heading 2: TOP 2: Genehmigung des Protokolls der letzten Sitzung",
      "Heading 2: TOP 3: Verschiedenes",
      "Heading 1: Vereinbarte Aufgaben",
      "Heading 1: Nächste Sitzung",
      "Heading 1: Verteiler",
    ]);
    const letters = headings(fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(registers, "2027-01")));
    assert.deepEqual(letters.slice(0, 2), ["Heading 1: Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am Donnerstag, 11. März 2027", "Heading 2: Tagesordnung"]);
    assert.equal(letters.length, 2 * invitationData(registers, "2027-01").Briefe.length);
    assert.deepEqual(headings(fillTemplate(asset("Vorlage-Jahresplanung.docx"), "jahresplanung", yearPlanData(registers, 2027)))[0], "Heading 1: Sitzungstermine 2027 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss");
  });

  it("Einladung: one section per letter, a DIN 5008 address in a frame fixed to the page, the words for each reader", () => {
    const data = invitationData(registers, "2027-01");
    const bytes = fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", data);
    const xml = docxPart(bytes);
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(data.Briefe.length, 5);
    // A section break after each letter but the last, whose section is the document's own.
    assert.equal(count(xml, "<w:sectPr"), 5);
    assert.equal(count(xml, '<w:pgNumType w:start="1"/>'), 5);
    for (const letter of data.Briefe) assert.equal(count(text, letter.Anrede), 1, letter.Anrede);
    assert.equal(count(text, "Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am Donnerstag, 11. März 2027"), 5);
    assert.doesNotMatch(text, /Betreff/);
    assert.ok(paragraphTexts(xml).includes("Stadt Jüchen\nAlex Beispiel\nAm Rathaus 5\n41363 Jüchen"));
    assert.ok(paragraphTexts(xml).includes("Stadt Kaarst\nHerrn Max Muster\nMarkt 1\n41000 Kaarst"));
    // 85 × 27.3 mm at 20 mm from the left and 62.7 mm from the top of the page: the address zone.
    assert.ok(xml.includes('<w:framePr w:w="4819" w:h="1548" w:x="1134" w:y="3555" w:hAnchor="page" w:vAnchor="page" w:hRule="exact"'));
    // Fold marks at 105 and 210 mm, the punch mark at 148.5 mm, in the left margin of every first page.
    for (const y of [5953, 11906, 8419]) assert.equal(count(xml, `w:x="227" w:y="${y}"`), 5, `Marke bei ${y}`);
    // Contact persons are asked to reply, deputies to stand in, the distribution list only informed.
    assert.equal(count(text, "Bitte teilen Sie uns bis Donnerstag, 4. März 2027 mit, ob Sie teilnehmen (E-Mail an allianz@example.org)."), 3);
    assert.equal(count(text, "Ist die Ansprechperson Ihrer Verwaltung verhindert, nehmen Sie bitte an ihrer Stelle teil"), 1);
    assert.equal(count(text, "eine Rückmeldung ist nicht nötig"), 1);
    assert.equal(count(text, "auf Einladung der Stadt Jüchen"), 5);
    assert.equal(count(text, "2.1\tKommunale Wärmeplanung – Stand & nächste Schritte (Dr. Ümit Öz)"), 5);
    assert.ok(text.includes("Geschäftsstelle der Allianz, Oberstraße 91, 41460 Neuss · allianz@example.org"));
    assert.ok(text.includes("Geschäftsstelle der Allianz · Oberstraße 91 · 41460 Neuss"));
    // Later pages count the pages of their letter (Word's SECTIONPAGES); the first page has its own footer.
    const footers = Object.keys(new PizZip(bytes).files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => docxPart(bytes, name));
    assert.ok(footers.some((footer) => /<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:instrText[^>]*>SECTIONPAGES<\/w:instrText>/.test(footer)));
    assert.ok(xml.includes("<w:titlePg/>"));
  });

  it("Jahresplanung: a letter per recipient on 1 January, each with the table of the year's meetings", () => {
    const data = yearPlanData(registers, 2027);
    const bytes = fillTemplate(asset("Vorlage-Jahresplanung.docx"), "jahresplanung", data);
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(count(docxPart(bytes), "<w:sectPr"), 4);
    assert.equal(count(text, "Sitzungstermine 2027 der Allianz"), 4);
    assert.equal(count(text, "Donnerstag, 8. Juli 2027"), 4);
    assert.equal(count(text, "Thema: Wärmeplanung in Städten & Gemeinden"), 4);
    assert.ok(!text.includes("13. Mai 2027"), "abgesagte Sitzung steht nicht im Plan");
  });

  it("renders a serial letter to 300 recipients in one pass", () => {
    const many: Located<Contact>[] = Array.from({ length: 300 }, (_, i) => contact("Stadt Kaarst", `Vorname${i}`, `Nachname${i}`));
    const bytes = fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData({ ...registers, contacts: many }, "2027-01"));
    assert.equal(count(docxPart(bytes), "<w:sectPr"), 300);
  });

  it("leaves no empty section after the last letter, and takes over its section's settings", () => {
    const body = (last: string) => `<w:body><w:p><w:r><w:t>Brief 1</w:t></w:r></w:p><w:p><w:pPr><w:keepLines/>${last}</w:pPr><w:r><w:t>Gruß</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906"/></w:sectPr></w:body>`;
    assert.equal(
      withoutEmptyLastSection(body('<w:sectPr><w:pgSz w:w="11906"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>')),
      '<w:body><w:p><w:r><w:t>Brief 1</w:t></w:r></w:p><w:p><w:pPr><w:keepLines/></w:pPr><w:r><w:t>Gruß</w:t></w:r></w:p><w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906"/><w:pgNumType w:start="1"/><w:titlePg/></w:sectPr></w:body>',
    );
    // A last section with content of its own stays as it is.
    const ownContent = body("<w:sectPr><w:titlePg/></w:sectPr>").replace("<w:sectPr><w:headerReference", '<w:p><w:r><w:t>Anhang</w:t></w:r></w:p><w:sectPr><w:headerReference');
    assert.equal(withoutEmptyLastSection(ownContent), ownContent);
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
