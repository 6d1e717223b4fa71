import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fillTemplate } from "../../src/documents/fillTemplate";
import { cancellationData, invitationData, minutesData, yearPlanData } from "../../src/documents/templateData";
import type { AgendaItem, Located, Registers } from "../../src/domain/registers";
import { lineOf, renderDocx, writePagePng, type PlacedWord, type RenderedDocument, type RenderedPage } from "./renderPdf";
import { templateRegisters } from "./templateRegisters";

/*
 * The default documents as LibreOffice prints them (libreoffice-writer-nogui, poppler-utils):
 * where the words land on the page is measured against DIN 5008:2020 Form B and a DL window
 * envelope, in millimetres from the top left corner of the A4 page.
 */

const asset = (file: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", file)));
const SCREENSHOTS = join(__dirname, "..", "..", "assets", "screenshots");
const date = "2027-02-25" as Registers["meetings"][number]["date"];

/** The address field of Form B: 20 mm from the left, 45 mm from the top, 85 × 45 mm; its address zone from 62.7 mm. */
const FIELD = { left: 20, right: 105, top: 45, addressTop: 62.7, bottom: 90 };
/** Half a millimetre for how a PDF reader measures glyph boxes. */
const SLACK = 0.5;

const registers: Registers = {
  ...templateRegisters,
  settings: { ...templateRegisters.settings, contactPerson: "Jana Beispiel", phone: "02131 928-0" },
};

/** 2027-01 cancelled, as „Absagen“ leaves it; its host Stadt Kaarst has a contact person and a deputy. */
const cancelled: Registers = {
  ...registers,
  meetings: registers.meetings.map((m) => (m.nr === "2027-01" ? { ...m, host: "Stadt Kaarst", status: "abgesagt", note: "abgesagt am 25.02.2027: Erkrankung der Referentin" } : m)),
};

/** The letters of each kind of serial letter, in the order they are printed. */
const letters = {
  einladung: () => invitationData(registers, "2027-01").Briefe,
  jahresplanung: () => yearPlanData(registers, 2027).Briefe,
  absage: () => cancellationData(cancelled, "2027-01").Briefe,
};

/** Enough agenda items that the first letter runs to three pages. */
const longAgenda: Located<AgendaItem>[] = Array.from({ length: 75 }, (_, i) => ({
  meeting: "2027-01",
  item: String(i + 1),
  title: `Bericht ${i + 1}: Stand der Klimaschutzmaßnahmen in den Mitgliedskommunen`,
  speaker: null,
  minutes: 5,
  row: i + 2,
}));

const wordsIn = (page: RenderedPage, top: number, bottom: number, left = 0, right = 210): PlacedWord[] =>
  page.words.filter((w) => w.top >= top - SLACK && w.bottom <= bottom + SLACK && w.left >= left - SLACK && w.right <= right + SLACK);

describe("default letters and minutes as LibreOffice prints them (DIN 5008:2020 Form B)", function () {
  this.timeout(240_000);
  let rendered: Record<string, RenderedDocument>;

  before(() => {
    const long = { ...registers, agenda: longAgenda };
    rendered = renderDocx({
      einladung: fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(registers, "2027-01", { letterDate: date })),
      lang: fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(long, "2027-01", { letterDate: date })),
      jahresplanung: fillTemplate(asset("Vorlage-Jahresplanung.docx"), "jahresplanung", yearPlanData(registers, 2027, { letterDate: date })),
      protokoll: fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-01")),
      absage: fillTemplate(asset("Vorlage-Absage.docx"), "absage", cancellationData(cancelled, "2027-01", { letterDate: date })),
    });
    // The README shows the documents as printed.
    writePagePng(rendered.einladung.pdf, 4, join(SCREENSHOTS, "brief-einladung.png"));
    writePagePng(rendered.lang.pdf, 2, join(SCREENSHOTS, "brief-folgeseite.png"));
    writePagePng(rendered.jahresplanung.pdf, 1, join(SCREENSHOTS, "brief-jahresplanung.png"));
    writePagePng(rendered.protokoll.pdf, 1, join(SCREENSHOTS, "protokoll-seite-1.png"));
    writePagePng(rendered.protokoll.pdf, 2, join(SCREENSHOTS, "protokoll-seite-2.png"));
    // The letter to the host, which says the most.
    writePagePng(rendered.absage.pdf, letters.absage().findIndex((letter) => letter.IstGastgeber === "ja") + 1, join(SCREENSHOTS, "brief-absage.png"));
  });

  it("prints one page per short letter and no blank page after the last", () => {
    for (const [name, of] of Object.entries(letters)) assert.equal(rendered[name].pages.length, of().length, name);
  });

  it("puts each address in the address zone of the window, the return line above it within the field's width", () => {
    for (const [name, of] of Object.entries(letters)) {
      const briefe = of();
      rendered[name].pages.forEach((page, index) => {
        // Everything near the field, generously, so a word that strays out of the zone is seen.
        const near = wordsIn(page, FIELD.addressTop - 3, FIELD.bottom + 10, 0, 124).filter((w) => w.top >= FIELD.addressTop - 1);
        assert.equal(near.map((w) => w.text).join(" "), briefe[index].Anschrift.replace(/\n/g, " "), `${name} Seite ${index + 1}`);
        for (const w of near) {
          assert.ok(w.left >= FIELD.left - SLACK && w.right <= FIELD.right + SLACK, `${name}: „${w.text}“ liegt bei ${w.left.toFixed(1)}–${w.right.toFixed(1)} mm, außerhalb 20–105 mm`);
          assert.ok(w.top >= FIELD.addressTop - SLACK && w.bottom <= FIELD.bottom + SLACK, `${name}: „${w.text}“ liegt bei ${w.top.toFixed(1)}–${w.bottom.toFixed(1)} mm, außerhalb der Anschriftzone 62,7–90 mm`);
        }
        assert.ok(Math.abs(near[0].left - FIELD.left) < 1, `Anschrift beginnt bei ${near[0].left.toFixed(1)} mm statt 20 mm`);
        const returnLine = wordsIn(page, FIELD.top, FIELD.addressTop, 0, 124);
        assert.equal(returnLine.map((w) => w.text).join(" "), "Geschäftsstelle der Allianz · Oberstraße 91 · 41460 Neuss");
        const width = Math.max(...returnLine.map((w) => w.right)) - Math.min(...returnLine.map((w) => w.left));
        assert.ok(width <= FIELD.right - FIELD.left, `Rücksendeangabe ${width.toFixed(1)} mm breit`);
      });
    }
  });

  it("fits the longest return line a derived Absender gives into the 85 mm of the field", () => {
    const sender = "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss – Geschäftsstelle\nWWWWWWW-Straße 999\n41460 Neuss-Weißenberg";
    const wide = { ...registers, settings: { ...registers.settings, sender } };
    const [page] = renderDocx({ brief: fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(wide, "2027-01", { letterDate: date })) }).brief.pages;
    const returnLine = wordsIn(page, FIELD.top, FIELD.addressTop, 0, 124);
    assert.match(returnLine.map((w) => w.text).join(" "), /… · WWWWWWW-Straße 999 · 41460 Neuss-Weißenberg$/);
    assert.ok(Math.max(...returnLine.map((w) => w.right)) <= FIELD.right, `endet bei ${Math.max(...returnLine.map((w) => w.right)).toFixed(1)} mm`);
  });

  it("shows the information block at 125 mm beside the field, and starts the text below the field with the subject", () => {
    for (const [name, first] of [["einladung", "Einladung"], ["absage", "Absage"]]) {
      const page = rendered[name].pages[0];
      for (const [label, value] of [["Ansprechpartner*in", "Jana"], ["Telefon", "02131"], ["E-Mail", "allianz@example.org"], ["Datum", "25.02.2027"]]) {
        const [labelWord] = lineOf(page, label);
        assert.ok(labelWord, `${name}: ${label} fehlt im Informationsblock`);
        assert.ok(Math.abs(labelWord.left - 125) < 1 && labelWord.top >= 50 - SLACK && labelWord.bottom <= FIELD.bottom, `${name}: ${label} bei ${labelWord.left.toFixed(1)}/${labelWord.top.toFixed(1)} mm`);
        assert.ok(lineOf(page, label).some((w) => w.text === value), `${name}: ${label}: ${value} fehlt`);
      }
      const subject = lineOf(page, first);
      assert.ok(subject[0].top > FIELD.bottom && subject[0].top < 105, `${name}: Betreff beginnt bei ${subject[0].top.toFixed(1)} mm`);
      assert.ok(!page.text.includes("Betreff"));
    }
  });

  it("prints the reason in every cancellation letter and the host's paragraph only in the host's", () => {
    const hosts = letters.absage().map((letter) => letter.IstGastgeber === "ja");
    rendered.absage.pages.forEach((page, i) => {
      assert.ok(page.text.includes("Grund: Erkrankung der Referentin"), page.text);
      assert.equal(page.text.includes("behält ihren Turnus als Gastgeber"), hosts[i], `Brief ${i + 1}`);
    });
    assert.ok(hosts.includes(true) && hosts.includes(false));
  });

  it("numbers the pages of a three-page letter „Seite 2“, „Seite 3“ at the foot, keeps the closing with the text, and starts the next letter on its own page at page 1", () => {
    const pages = rendered.lang.pages;
    const footer = (page: RenderedPage) => wordsIn(page, 270, 297);
    assert.ok(!footer(pages[0]).some((w) => w.text === "Seite"), "die erste Seite trägt keine Seitenzahl");
    for (const n of [2, 3]) {
      const line = footer(pages[n - 1]);
      const at = line.findIndex((w) => w.text === "Seite");
      assert.ok(at >= 0 && line[at + 1]?.text === String(n), `Seite ${n}: ${line.map((w) => w.text).join(" ")}`);
    }
    const third = pages[2].text;
    assert.ok(third.includes("Wir freuen uns auf Ihre Teilnahme. Mit freundlichen Grüßen Geschäftsstelle der Allianz"), third);
    assert.ok(pages[3].text.includes("Stadt Jüchen Alex Beispiel Am Rathaus 5"), "der zweite Brief beginnt auf Seite 4 mit seiner Anschrift");
    assert.ok(!footer(pages[3]).some((w) => w.text === "Seite"));
  });

  it("prints the minutes with „Seite x von y“ and without a hint meant for the secretariat", () => {
    const pages = rendered.protokoll.pages;
    pages.forEach((page, i) => assert.ok(page.text.includes(`Seite ${i + 1} von ${pages.length}`), page.text.slice(-80)));
    const all = pages.map((p) => p.text).join(" ");
    for (const part of ["Anwesenheit", "Tagesordnung und Ergebnisse", "Ergebnis / Beschluss:", "Vereinbarte Aufgaben", "Verteiler", "Datum, Unterschrift Vorsitz", "Datum, Unterschrift Protokollführung"]) {
      assert.ok(all.includes(part), `fehlt: ${part}`);
    }
    assert.ok(!all.includes("Blatt"));
  });
});
