import assert from "node:assert/strict";
import path from "node:path";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { DOCS, ExcelPaneHarness, sheetCells } from "./excelPane";

/*
 * "Nächstes Jahr planen" in a workbook with a Gremien sheet (production build, headless Chromium,
 * strict Office fake): the pane offers the Gremium as a choice and plans only the one chosen.
 */

describe("task pane with Gremien (headless Chromium, strict Office fake)", function () {
  this.timeout(120_000);
  let pane: ExcelPaneHarness;

  before(async () => {
    pane = await ExcelPaneHarness.start();
  });
  after(() => pane?.stop());
  afterEach(() => pane.closePanes());

  /** The example plus a Gremien sheet (plenary and an Arbeitskreis) and a Gremium column in Sitzungen, within its table. */
  function withGremien(): FakeWorkbookState {
    const state = structuredClone(pane.example);
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
    const page = await pane.open(withGremien());
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
});
