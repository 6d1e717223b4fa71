import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import type { Download, Page } from "playwright-core";
import PizZip from "pizzip";
import { allText } from "../documents/docxText";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { DOCS, excelPaneSuite, fakeState, sheetCells } from "./excelPane";

/*
 * "Sitzungen verwalten" in the production build: headless Chromium, the strict Office fake with the
 * example workbook (today = 24.11.2026), 2027 planned through the pane first. Downloads are read
 * back with PizZip and ical.js; the fake's cells are compared before and after.
 */

describe("Sitzungen verwalten end to end (headless Chromium, strict Office fake)", function () {
  this.timeout(120_000);
  const suite = excelPaneSuite();

  async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await (file as Download).path())) };
  }

  async function planned2027(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByRole("button", { name: /^\d+ Sitzungen übernehmen$/ }).click();
    await page.getByText(/Sitzungen wurden in das Blatt „Sitzungen“ eingetragen\./).first().waitFor();
  }

  async function openMeetings(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Sitzungen", exact: true }).click();
    await page.getByRole("heading", { name: "Jahresbericht" }).waitFor();
  }

  /** Every cell that differs between two states, as "Sheet!row,column". */
  function changedCells(before: FakeWorkbookState, after: FakeWorkbookState): string[] {
    const changed: string[] = [];
    for (const sheet of after.sheets) {
      const old = before.sheets.find((s) => s.name === sheet.name)?.cells ?? [];
      const rows = Math.max(old.length, sheet.cells.length);
      for (let r = 0; r < rows; r++) {
        const width = Math.max(old[r]?.length ?? 0, sheet.cells[r]?.length ?? 0);
        for (let c = 0; c < width; c++) if ((old[r]?.[c] ?? null) !== (sheet.cells[r]?.[c] ?? null)) changed.push(`${sheet.name}!${r + 1},${c + 1}`);
      }
    }
    return changed;
  }

  it("cancels a planned meeting: Status and Hinweis only, the cancellation mailing, then the host preview changes only geplant rows", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await planned2027(page);
    await openMeetings(page);
    await page.getByLabel("Sitzung", { exact: true }).selectOption("2027-02");
    await page.getByLabel("Grund (optional)").fill("Krankheit");
    const before = await fakeState(page);
    const zip = await download(page, () => page.getByRole("button", { name: "Absagen", exact: true }).click());
    assert.equal(zip.name, "Absage_2027-02.zip");
    await page.getByText(/^Die Sitzung 2027-02 ist abgesagt; im Blatt „Sitzungen“ wurden 2 Zellen geändert\.$/).first().waitFor();

    const afterCancel = await fakeState(page);
    const header = sheetCells(afterCancel, "Sitzungen")[0];
    const row = sheetCells(afterCancel, "Sitzungen").findIndex((r) => r[header.indexOf("Nr")] === "2027-02");
    assert.deepEqual(changedCells(before, afterCancel), [`Sitzungen!${row + 1},${header.indexOf("Status") + 1}`, `Sitzungen!${row + 1},${header.indexOf("Hinweis") + 1}`].sort());
    assert.equal(sheetCells(afterCancel, "Sitzungen")[row][header.indexOf("Status")], "abgesagt");
    assert.match(String(sheetCells(afterCancel, "Sitzungen")[row][header.indexOf("Hinweis")]), /abgesagt am 24\.11\.2026: Krankheit$/);

    const files = new PizZip(zip.bytes);
    const ics = files.file("Absage_2027-02.ics")!.asText();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.getFirstPropertyValue("method"), "CANCEL");
    assert.equal(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("status"), "CANCELLED");
    assert.ok(Object.keys(files.files).some((name) => name.endsWith(".eml")));
    // The cancellation letter from the default template (fetched by the worker), one per recipient, with the reason.
    await page.getByText(/^„Absage_2027-02\.zip“ ist heruntergeladen: Absagebrief \(Serienbrief\), Kalender-Absage, Empfängerliste und \d+ Mail-Entwürfe\.$/).first().waitFor();
    const letter = allText(files.file("Serienbrief.docx")!.asUint8Array());
    const drafts = Object.keys(files.files).filter((name) => name.endsWith(".eml")).length;
    assert.equal(letter.match(/^Absage der Sitzung 2027-02 .* am Donnerstag, 11\. März 2027$/gm)?.length, drafts);
    assert.equal(letter.match(/^Grund: Krankheit$/gm)?.length, drafts);
    await page.getByText(/geplante Sitzungen jetzt einen anderen Gastgeber/).first().waitFor();
    await page.screenshot({ path: path.join(DOCS, "taskpane-sitzungen.png") });
    assert.match(await page.getByLabel("Sitzung", { exact: true }).locator("option:checked").textContent() ?? "", /^2027-02 – 11\.03\.2027 – .* \(abgesagt\)$/);
    // A second click refuses in German and changes nothing.
    await page.getByRole("button", { name: "Absagen", exact: true }).click();
    await page.getByText("Die Sitzung 2027-02 ist schon abgesagt. Es wurde nichts geändert.").first().waitFor();
    assert.deepEqual(changedCells(afterCancel, await fakeState(page)), []);

    await page.getByRole("button", { name: "Vorschau" }).click();
    const table = page.getByRole("table", { name: "Neue Gastgeber" });
    await table.waitFor();
    const previewRows = await table.locator("tbody tr").count();
    assert.ok(previewRows > 0);
    await page.getByRole("button", { name: `${previewRows} Sitzungen übernehmen` }).click();
    await page.getByText(`Gastgeber von ${previewRows} Sitzungen geändert.`).first().waitFor();
    const afterHosts = await fakeState(page);
    const changed = changedCells(afterCancel, afterHosts);
    const rows = new Set(changed.map((c) => Number(c.split("!")[1].split(",")[0]) - 1));
    assert.equal(rows.size, previewRows);
    for (const r of rows) assert.equal(sheetCells(afterCancel, "Sitzungen")[r][header.indexOf("Status")], "geplant");
    const allowed = new Set(["Gastgeber", "Protokoll", "Ort"].map((h) => header.indexOf(h) + 1));
    assert.ok(changed.every((c) => c.startsWith("Sitzungen!") && allowed.has(Number(c.split(",")[1]))), changed.join(" "));
  });

  it("checks a new date before moving: a blocked day is a warning, the move writes Datum and Hinweis", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await planned2027(page);
    await openMeetings(page);
    await page.getByLabel("Sitzung", { exact: true }).selectOption("2027-01");
    await page.getByLabel("Neues Datum").fill("2027-05-20");
    await page.getByRole("button", { name: "Termin prüfen" }).click();
    await page.getByText("Der neue Termin (Do, 20.05.2027) ist frei: kein Feiertag, keine Sperrzeit, keine andere Sitzung.").first().waitFor();
    await page.getByLabel("Neues Datum").fill("2027-05-06");
    await page.getByRole("button", { name: "Termin prüfen" }).click();
    await page.getByText(/Der 06\.05\.2027 ist ein gesperrter Tag \(Christi Himmelfahrt\)/).first().waitFor();
    const before = await fakeState(page);
    const zip = await download(page, () => page.getByRole("button", { name: "Auf 06.05.2027 verschieben" }).click());
    assert.equal(zip.name, "Verschiebung_2027-01.zip");
    const calendar = new ICAL.Component(ICAL.parse(new PizZip(zip.bytes).file("Sitzung_2027-01.ics")!.asText()));
    assert.equal(calendar.getFirstPropertyValue("method"), "REQUEST");
    assert.equal(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("dtstart")?.toString().slice(0, 10), "2027-05-06");
    // As on the command line: the invitation to the new date as serial letter.
    await page.getByText(/^„Verschiebung_2027-01\.zip“ ist heruntergeladen: Serienbrief mit der Einladung zum neuen Termin/).first().waitFor();
    assert.match(allText(new PizZip(zip.bytes).file("Serienbrief.docx")!.asUint8Array()), /^Einladung zur Sitzung 2027-01 .* am Donnerstag, 6\. Mai 2027$/m);
    const after = await fakeState(page);
    assert.equal(changedCells(before, after).length, 2);
  });

  it("records attendance in one batch, refuses a meeting already recorded, and makes the Jahresbericht with its chart", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await openMeetings(page);
    const select = page.getByLabel("Sitzung", { exact: true });
    await select.selectOption("2026-06");
    await page.getByRole("button", { name: "Anwesenheit erfassen" }).click();
    await page.getByText(/^Für die Sitzung 2026-06 stehen schon \d+ Zeilen im Blatt „Anwesenheit“\. Bitte dort ändern\.$/).first().waitFor();
    const earlier = "2025-06";
    await select.selectOption(earlier);
    await page.getByRole("button", { name: "Anwesenheit erfassen" }).click();
    const boxes = page.getByRole("checkbox", { name: "anwesend" });
    const people = await boxes.count();
    assert.ok(people > 2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole("checkbox", { name: "entschuldigt" }).nth(2).check();
    const syncsBefore = await page.evaluate(() => (window as unknown as { __fakeOffice: { syncCount: number } }).__fakeOffice.syncCount);
    await page.getByRole("button", { name: "Anwesenheit eintragen" }).click();
    await page.getByText(new RegExp(`^Anwesenheit der Sitzung ${earlier} eingetragen: 2 von ${people} anwesend\\.$`)).first().waitFor();
    const syncs = (await page.evaluate(() => (window as unknown as { __fakeOffice: { syncCount: number } }).__fakeOffice.syncCount)) - syncsBefore;
    assert.ok(syncs <= 3, `${syncs} syncs`);
    const rows = sheetCells(await fakeState(page), "Anwesenheit").slice(1).filter((r) => r[0] === earlier);
    assert.equal(rows.length, people);
    assert.deepEqual(rows.map((r) => r[3]).slice(0, 4), ["anwesend", "anwesend", "entschuldigt", "fehlt"]);

    await page.getByLabel("Jahr", { exact: true }).selectOption("2026");
    const report = await download(page, () => page.getByRole("button", { name: "Jahresbericht", exact: true }).click());
    assert.equal(report.name, "Jahresbericht_2026.docx");
    const docx = new PizZip(report.bytes);
    assert.match(docx.file("word/charts/chart1.xml")!.asText(), /<c:barChart>/);
    assert.match(docx.file("word/document.xml")!.asText(), /Teilnahme der Mitglieder/);
  });
});
