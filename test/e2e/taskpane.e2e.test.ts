import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { excelPaneSuite, fakeState, sheetCells, tabTo, type PageWindow } from "./excelPane";

/*
 * The production build of the task pane in headless Chromium, with the strict Office fake served in
 * place of office.js. Every other request that leaves 127.0.0.1 is aborted and reported.
 */

describe("task pane end to end (headless Chromium, strict Office fake)", function () {
  this.timeout(120_000);
  const suite = excelPaneSuite();
  let example: FakeWorkbookState;
  before(() => {
    example = suite.pane.example;
  });

  const fakeSelection = (page: Page) => page.evaluate(() => (window as unknown as PageWindow).__fakeOffice.selection);

  /** Data rows of a register sheet whose header is in row 1 (as "Arbeitsmappe einrichten" writes it). */
  function dataRows(state: FakeWorkbookState, name: string) {
    return sheetCells(state, name)
      .slice(1)
      .filter((row) => row.some((cell) => cell !== null && cell !== ""));
  }

  /** The example with one broken e-mail address, so "Prüfen" has an error finding to click. */
  function exampleWithBadEmail(): { state: FakeWorkbookState; cell: string } {
    const state = structuredClone(example);
    const cells = sheetCells(state, "Kontakte");
    const column = cells[0].indexOf("E-Mail");
    assert.ok(column >= 0);
    cells[1][column] = "keine-adresse";
    return { state, cell: `${String.fromCharCode(65 + column)}2` };
  }

  it("sets up an empty workbook: all register sheets and tables are created, a second run creates nothing", async () => {
    const page = await suite.pane.open({ date1904: false, sheets: [{ name: "Tabelle1", cells: [], tables: [] }] });
    await page.getByRole("button", { name: "Einrichten", exact: true }).click();
    await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
    await page.locator("#einrichten .message", { hasText: /^Angelegt: Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten, Anwesenheit, Aufgaben\./ }).waitFor();

    const state = await fakeState(page);
    assert.deepEqual(
      state.sheets.map((s) => s.name),
      ["Tabelle1", "Mitglieder", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen", "Sperrzeiten", "Anwesenheit", "Aufgaben"],
    );
    assert.deepEqual(
      state.sheets.flatMap((s) => s.tables.map((t) => t.name)),
      ["tblMitglieder", "tblKontakte", "tblSitzungen", "tblTagesordnung", "tblEinstellungen", "tblSperrzeiten", "tblAnwesenheit", "tblAufgaben"],
    );
    assert.deepEqual(sheetCells(state, "Sitzungen")[0].slice(0, 3), ["Nr", "Datum", "Beginn"]);
    assert.deepEqual(dataRows(state, "Einstellungen")[1], ["Turnus", "zweimonatlich"]);

    await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
    await page.getByText("Alle Register-Blätter sind schon vorhanden. Es wurde nichts geändert.", { exact: true }).first().waitFor();
  });

  it("checks the example workbook: findings grouped by sheet, a click selects the cell, problem cells are highlighted", async () => {
    const { state, cell } = exampleWithBadEmail();
    const page = await suite.pane.open(state);
    await page.getByRole("button", { name: "Prüfen", exact: true }).click();
    await page.getByRole("button", { name: "Register prüfen" }).click();
    const summary = page.locator("#pruefen .output > .message").first();
    await summary.waitFor();
    assert.match(await summary.innerText(), /^2 Fehler\. Wählen Sie einen Befund/);
    await page.getByRole("heading", { name: /^Kontakte \(1 Fehler/ }).waitFor();

    await page.locator(".finding-link", { hasText: cell }).first().click();
    assert.deepEqual(await fakeSelection(page), { sheet: "Kontakte", address: cell });
    await page.getByRole("status").filter({ hasText: `Zelle ${cell} auf dem Blatt „Kontakte“ ausgewählt.` }).waitFor();
    const fill = (state: FakeWorkbookState) => state.sheets.find((s) => s.name === "Kontakte")?.formats?.[cell]?.fill;
    assert.ok(fill(await fakeState(page)), `${cell} is highlighted`);

    // The user corrects the address in Excel; the next check clears the old highlight.
    await page.evaluate(
      ({ address }) => {
        const sheet = (window as unknown as PageWindow).__fakeOffice.state.sheets.find((s) => s.name === "Kontakte");
        if (sheet) sheet.cells[1][address.charCodeAt(0) - 65] = "korrigiert@example.org";
      },
      { address: cell },
    );
    await page.getByRole("button", { name: "Register prüfen" }).click();
    await page.locator("#pruefen .message", { hasText: "Keine Befunde: Die Register sind in Ordnung." }).waitFor();
    assert.equal(fill(await fakeState(page)), undefined, `${cell} is no longer highlighted`);
  });

  it("plans the next year of the example: preview, Übernehmen appends the rows, planning again adds nothing", async () => {
    const page = await suite.pane.open(example);
    const before = dataRows(await fakeState(page), "Sitzungen");
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    assert.equal(await page.getByLabel("Jahr", { exact: true }).inputValue(), "2027");
    await page.getByRole("button", { name: "Vorschau" }).click();
    const table = page.getByRole("table", { name: /^Vorschau 2027: \d+ Sitzungen$/ });
    await table.waitFor();
    const previewRows = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")));
    assert.ok(previewRows.length > 0);
    assert.deepEqual(
      previewRows.map((row) => row[0]),
      previewRows.map((_, i) => `2027-${String(i + 1).padStart(2, "0")}`),
    );
    for (const row of previewRows) assert.match(row[1], /^(Mo|Di|Mi|Do|Fr), \d\d\.\d\d\.2027$/);

    await page.getByRole("button", { name: `${previewRows.length} Sitzungen übernehmen` }).click();
    await page.getByText(`${previewRows.length} Sitzungen wurden in das Blatt „Sitzungen“ eingetragen.`).first().waitFor();
    const after = dataRows(await fakeState(page), "Sitzungen");
    assert.deepEqual(after.slice(0, before.length), before, "existing rows stay untouched");
    const added = after.slice(before.length);
    const header = sheetCells(await fakeState(page), "Sitzungen")[0];
    assert.deepEqual(
      added.map((row) => [row[header.indexOf("Nr")], row[header.indexOf("Gastgeber")], row[header.indexOf("Status")]]),
      previewRows.map((row) => [row[0], row[2], "geplant"]),
    );

    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.locator("#planen .message", { hasText: "Für 2027 gibt es nichts zu planen. Jeder Sitzungsmonat hat schon eine Sitzung." }).waitFor();
    assert.equal(dataRows(await fakeState(page), "Sitzungen").length, after.length);
  });

  it("blocks planning with a clear message when the members register is broken", async () => {
    const state = structuredClone(example);
    const members = sheetCells(state, "Mitglieder");
    members[0][members[0].indexOf("Beitritt")] = "Eintritt";
    const page = await suite.pane.open(state);
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    await page.getByRole("button", { name: "Vorschau" }).click();
    const alert = page.locator("#planen .message-error").filter({ hasText: "Die Planung für 2027 ist blockiert" });
    await alert.waitFor();
    // The alert says which errors block planning and which do not.
    assert.match(await alert.innerText(), /Fehler bei Kontakten und in der Tagesordnung verhindern die Planung nicht/);
    assert.equal(await page.getByRole("button", { name: "Übernehmen" }).isDisabled(), true);
    assert.equal(await page.getByRole("table").count(), 0);
  });

  it("shows a German message, not a stack trace, when Excel refuses (a protected sheet)", async () => {
    const page = await suite.pane.open(example);
    // What Excel answers when the sheet is protected: an error with the code AccessDenied.
    await page.evaluate(() => {
      const excel = (window as unknown as { Excel: { run: unknown } }).Excel;
      excel.run = async () => {
        throw Object.assign(new Error("The requested operation is not allowed on a protected sheet."), { name: "RichApi.Error", code: "AccessDenied" });
      };
    });
    await page.getByRole("button", { name: "Einrichten", exact: true }).click();
    await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
    const alert = page.locator("#einrichten .message-error");
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /^Excel hat die Änderung nicht erlaubt – vermutlich ist das Blatt oder die Arbeitsmappe geschützt\./);
    assert.doesNotMatch(text, /protected|\n\s+at |Error/);
    assert.equal(await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).isEnabled(), true, "the user can try again");
  });

  it("tells in German what is needed, instead of loading forever, in a webview that is too old", async () => {
    // As in a webview before Chromium 98 / Safari 15.4 (Edge Legacy lacks far more; IE 11 cannot even parse the bundle).
    const page = await suite.pane.openWithout(["structuredClone", "Array.prototype.at"]);
    const alert = page.locator("#inhalt [role=alert]");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /Benötigt wird: Microsoft 365 oder Office LTSC 2024 .*WebView2.*\(Fehlt: structuredClone, Array\.prototype\.at\/Object\.hasOwn\)/);
    // The bundle, which parses here, leaves the message and the disabled actions alone.
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".app-nav button:enabled").count(), 0);
    assert.equal(await page.locator("#inhalt [role=alert]").count(), 1);
  });

  it("works with the keyboard alone: Tab and Enter reach every action and a finding's cell", async () => {
    const { state, cell } = exampleWithBadEmail();
    const page = await suite.pane.open(state);
    await tabTo(page, "Prüfen");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Prüfen", level: 2 }).waitFor();
    await tabTo(page, "Register prüfen");
    await page.keyboard.press("Enter");
    await tabTo(page, new RegExp(`Zelle ${cell}:`));
    await page.keyboard.press("Enter");
    await page.waitForFunction((address) => (window as unknown as PageWindow).__fakeOffice.selection?.address === address, cell);

    await tabTo(page, "Planen");
    await page.keyboard.press("Enter");
    await tabTo(page, "Vorschau");
    await page.keyboard.press("Enter");
    await tabTo(page, /^\d+ Sitzungen übernehmen$/);
    await page.keyboard.press("Enter");
    await page.getByText(/Sitzungen wurden in das Blatt „Sitzungen“ eingetragen\./).first().waitFor();

    await tabTo(page, "Einrichten");
    await page.keyboard.press("Enter");
    await tabTo(page, "Fehlende Blätter anlegen");
    await page.keyboard.press("Enter");
    await page.getByText("Alle Register-Blätter sind schon vorhanden. Es wurde nichts geändert.").first().waitFor();
  });
});
