import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import PizZip from "pizzip";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { DOCS, excelPaneSuite, fakeState, sheetCells } from "./excelPane";

/*
 * A workbook with a Gremien sheet (production build, headless Chromium, strict Office fake): the
 * pane offers the Gremium as a choice where it matters — planning, the year schedule in
 * "Dokumente", the Jahresbericht — and keeps to the one chosen.
 */

describe("task pane with Gremien (headless Chromium, strict Office fake)", function () {
  this.timeout(120_000);
  const suite = excelPaneSuite();

  /** The example plus a Gremien sheet (plenary and an Arbeitskreis) and a Gremium column in Sitzungen, within its table. */
  function withGremien(): FakeWorkbookState {
    const state = structuredClone(suite.pane.example);
    const meetings = state.sheets.find((s) => s.name === "Sitzungen")!;
    const header = sheetCells(state, "Sitzungen")[0];
    header.push("Gremium");
    for (const table of meetings.tables) table.address = table.address.replace(/^A1:([A-Z])(\d+)$/, (_, col: string, row: string) => `A1:${String.fromCharCode(col.charCodeAt(0) + 1)}${row}`);
    state.sheets.push({
      name: "Gremien",
      tables: [{ name: "tblGremien", address: "A1:E3" }],
      cells: [
        ["Gremium", "Kurzname", "Turnus", "Wochentag", "Mitglieder"],
        ["Plenum", null, null, null, "alle"],
        ["Arbeitskreis Wärme", "AK-Wärme", "vierteljährlich", "Dienstag", "Kaarst; Neuss; Jüchen"],
      ],
    });
    return state;
  }

  it("offers the Gremium after the first preview, plans only the chosen one and writes its name", async () => {
    const page = await suite.pane.open(withGremien());
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByRole("table", { name: /^Vorschau 2027: 10 Sitzungen$/ }).waitFor();
    const gremium = page.getByLabel("Gremium", { exact: true });
    assert.deepEqual(await gremium.locator("option").allTextContents(), ["Alle Gremien", "Plenum", "Arbeitskreis Wärme"]);

    await gremium.selectOption("Arbeitskreis Wärme");
    assert.equal(await page.locator("#planen table").count(), 0, "a preview of another Gremium is gone");
    await page.getByRole("button", { name: "Vorschau" }).click();
    const table = page.getByRole("table", { name: /^Vorschau 2027: 4 Sitzungen$/ });
    await table.waitFor();
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? "")));
    assert.deepEqual(rows.map((row) => [row[0], row[2]]), [1, 2, 3, 4].map((n) => [`AK-Wärme-2027-0${n}`, "Arbeitskreis Wärme"]));
    await page.screenshot({ path: path.join(DOCS, "taskpane-planen-gremium.png"), fullPage: false });

    await page.getByRole("button", { name: "4 Sitzungen übernehmen" }).click();
    await page.getByText("4 Sitzungen wurden in das Blatt „Sitzungen“ eingetragen.").first().waitFor();
    const written = await page.evaluate(() => (window as unknown as { __fakeOffice: { state: FakeWorkbookState } }).__fakeOffice.state);
    const cells = sheetCells(written, "Sitzungen");
    const column = cells[0].indexOf("Gremium");
    assert.deepEqual(cells.slice(-4).map((row) => row[column]), Array(4).fill("Arbeitskreis Wärme"));
  });

  async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await (file as Download).path())) };
  }

  /** Plans the Arbeitskreis's 2027 through the suite.pane. */
  async function planArbeitskreis(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByLabel("Gremium", { exact: true }).selectOption("Arbeitskreis Wärme");
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByRole("button", { name: "4 Sitzungen übernehmen" }).click();
    await page.getByText("4 Sitzungen wurden in das Blatt „Sitzungen“ eingetragen.").first().waitFor();
  }

  it("makes the year schedule in „Dokumente“ for the chosen Gremium: its meetings, to its people", async () => {
    const plain = await suite.pane.open(suite.pane.example);
    await plain.getByRole("button", { name: "Dokumente", exact: true }).click();
    await plain.getByRole("heading", { name: "Vorlagen" }).waitFor();
    assert.equal(await plain.getByLabel("Gremium", { exact: true }).count(), 0, "without Gremien there is nothing to choose");
    await suite.pane.closePanes();

    const page = await suite.pane.open(withGremien());
    await planArbeitskreis(page);
    await page.getByRole("button", { name: "Dokumente", exact: true }).click();
    await page.getByRole("heading", { name: "Vorlagen" }).waitFor();
    const gremium = page.locator("#dokumente").getByLabel("Gremium", { exact: true });
    assert.deepEqual(await gremium.locator("option").allTextContents(), ["Alle Gremien", "Plenum", "Arbeitskreis Wärme"]);
    await page.locator("#dokumente").getByLabel("Jahr", { exact: true }).selectOption("2027");
    await gremium.selectOption("Arbeitskreis Wärme");
    await page.screenshot({ path: path.join(DOCS, "taskpane-dokumente-gremium.png"), fullPage: false });

    const schedule = new PizZip((await download(page, "Jahresplanung")).bytes);
    const ics = schedule.file("Sitzungen_2027.ics")!.asText();
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 4);
    assert.match(ics, /AK-Wärme-2027-01/);
    const recipients = schedule.file("Empfaenger.csv")!.asText();
    assert.match(recipients, /Stadt Kaarst/);
    assert.doesNotMatch(recipients, /Stadt Dormagen/, "Dormagen is not in the Arbeitskreis");

    await gremium.selectOption("");
    const all = new PizZip((await download(page, "Jahresplanung")).bytes);
    assert.equal(all.file("Sitzungen_2027.ics")!.asText().match(/BEGIN:VEVENT/g)?.length, 4, "the plenary's 2027 is not planned yet: all Gremien have the Arbeitskreis's four");
    assert.match(all.file("Empfaenger.csv")!.asText(), /Stadt Dormagen/);
  });

  it("makes the Jahresbericht with a chapter per Gremium, or of the chosen Gremium only", async () => {
    const page = await suite.pane.open(withGremien());
    await page.getByRole("button", { name: "Sitzungen", exact: true }).click();
    await page.getByRole("heading", { name: "Jahresbericht" }).waitFor();
    await page.getByLabel("Jahr", { exact: true }).selectOption("2026");
    const gremium = page.locator("#sitzungen-bericht-gremium");
    assert.deepEqual(await gremium.locator("option").allTextContents(), ["Alle Gremien", "Plenum", "Arbeitskreis Wärme"]);

    const all = await download(page, "Jahresbericht");
    assert.equal(all.name, "Jahresbericht_2026.docx");
    const chapters = (docx: Uint8Array) => [...new PizZip(docx).file("word/document.xml")!.asText().matchAll(/<w:pStyle w:val="Heading1"\/>(?:<w:pageBreakBefore\/>)?<\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g)].map((m) => m[1]);
    assert.deepEqual(chapters(all.bytes), ["Plenum", "Arbeitskreis Wärme"]);

    await gremium.selectOption("Plenum");
    const plenum = await download(page, "Jahresbericht");
    assert.equal(plenum.name, "Jahresbericht_2026_Plenum.docx");
    assert.deepEqual(chapters(plenum.bytes), ["Plenum"]);
    assert.match(new PizZip(plenum.bytes).file("word/charts/chart1.xml")!.asText(), /Teilnahme je Mitglied: Plenum/);
  });

  it("„Arbeitsmappe einrichten“ with „Mehrere Gremien“ creates the Gremien sheet with drop-downs and the Gremium columns", async () => {
    const page = await suite.pane.open({ date1904: false, sheets: [{ name: "Tabelle1", cells: [], tables: [] }] });
    await page.getByRole("button", { name: "Einrichten", exact: true }).click();
    await page.getByRole("checkbox", { name: "Mehrere Gremien" }).check();
    await page.screenshot({ path: path.join(DOCS, "taskpane-einrichten-gremien.png"), fullPage: false });
    await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
    await page.locator("#einrichten .message", { hasText: /^Angelegt: Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten, Anwesenheit, Aufgaben, Gremien\./ }).waitFor();
    const state = await fakeState(page);
    const gremien = state.sheets.find((s) => s.name === "Gremien")!;
    assert.deepEqual(gremien.tables.map((t) => t.name), ["tblGremien"]);
    assert.deepEqual(sheetCells(state, "Gremien")[0].slice(0, 3), ["Gremium", "Kurzname", "Turnus"]);
    const turnus = gremien.validations?.find((v) => v.address.startsWith("C2:"));
    assert.match(JSON.stringify(turnus?.rule), /monatlich,zweimonatlich,vierteljährlich,halbjährlich,wöchentlich,zweiwöchentlich/);
    for (const sheet of ["Kontakte", "Sitzungen", "Tagesordnung", "Sperrzeiten", "Aufgaben"]) assert.equal(sheetCells(state, sheet)[0].at(-1), "Gremium", sheet);
    await suite.pane.closePanes();

    // A workbook with its registers: only the Gremien sheet is new; the pane says where the column is missing.
    const example = await suite.pane.open(suite.pane.example);
    await example.getByRole("button", { name: "Einrichten", exact: true }).click();
    await example.getByRole("checkbox", { name: "Mehrere Gremien" }).check();
    await example.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
    await example.locator("#einrichten .message", { hasText: /^Angelegt: Gremien\. Tragen Sie jetzt die Gremien ein\./ }).waitFor();
    await example.locator("#einrichten .message", { hasText: "In den schon vorhandenen Blättern „Kontakte“, „Sitzungen“, „Tagesordnung“, „Sperrzeiten“, „Aufgaben“ fehlt die Spalte „Gremium“." }).waitFor();
  });
});
