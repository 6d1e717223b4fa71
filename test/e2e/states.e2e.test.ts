import assert from "node:assert/strict";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import { fakeSheetFromGrid } from "../workbook/syncFigures";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { DOCS, excelPaneSuite, sheetCells, type PaneDisplay } from "./excelPane";
import { axe, inViewport, overflow, SCHEMES, useScheme } from "./paneChecks";

/*
 * The state catalogue: every view and state of the Excel pane as a colleague meets it, at 320 × 700,
 * at 350 px and at 200 % zoom (a 350 × 700 pane: 175 × 350 CSS px), each in light, dark and forced
 * colours, with a real Excel's latency (300 ms per Excel.run). In every state: axe-core (WCAG 2.0/2.1
 * A and AA) finds nothing, nothing sticks out sideways, the primary action is in sight before the
 * action, and after it the result is in sight and has the focus. The README's screenshots of the
 * pane are taken here.
 */

const LATENCY = 300;

const DISPLAYS: { name: string; display: PaneDisplay }[] = [
  { name: "320 × 700", display: { width: 320, height: 700, hostLatencyMs: LATENCY } },
  { name: "350 × 700", display: { width: 350, height: 700, hostLatencyMs: LATENCY } },
  { name: "200 %", display: { width: 350, height: 700, zoom: 2, hostLatencyMs: LATENCY } },
];


/** What a state shows: the element the user acts on next, or the result the focus must be on. */
interface Reached {
  readonly page: Page;
  /** Must be in sight (the primary action before acting, the result after). */
  readonly inSight: Locator;
  /** Must hold the focus after the action (null: a state the user has not acted in yet). */
  readonly focused: Locator | null;
}

interface State {
  readonly name: string;
  /** File name in assets/screenshots/ for the README (taken at 320 × 700, light, from the top). */
  readonly screenshot?: string;
  /** The same at 200 % in forced colours, as the result is in sight there. */
  readonly zoomedScreenshot?: string;
  reach(open: (state: FakeWorkbookState, options?: { platform?: "Mac" }, extra?: Partial<PaneDisplay>) => Promise<Page>): Promise<Reached>;
}

describe("state catalogue of the task pane: axe, reflow, primary action, result and focus (headless Chromium)", function () {
  this.timeout(600_000);
  const suite = excelPaneSuite();
  let example: FakeWorkbookState;
  before(() => {
    example = suite.pane.example;
  });

  const empty = (): FakeWorkbookState => ({ date1904: false, sheets: [{ name: "Tabelle1", cells: [], tables: [] }] });

  /** The example with one header of a sheet renamed. */
  function renamedHeader(sheet: string, from: string, to: string): FakeWorkbookState {
    const state = structuredClone(example);
    const cells = sheetCells(state, sheet);
    cells[0][cells[0].indexOf(from)] = to;
    return state;
  }

  const nav = (page: Page, name: string) => page.locator(".app-nav").getByRole("button", { name, exact: true });
  const view = (page: Page, id: string) => page.locator(`#${id}`);
  const result = (page: Page, id: string) => view(page, id).locator(".output .message").first();

  async function opened(page: Page, name: string, id: string): Promise<void> {
    await nav(page, name).click();
    await view(page, id).getByRole("heading", { level: 2 }).waitFor();
  }

  const STATES: State[] = [
    {
      name: "Start, Beispiel-Arbeitsmappe",
      async reach(open) {
        const page = await open(example);
        return { page, inSight: nav(page, "Einrichten"), focused: null };
      },
    },
    {
      name: "Start, leere Arbeitsmappe: führt zu „Arbeitsmappe einrichten“",
      async reach(open) {
        const page = await open(empty());
        const button = page.locator("#start").getByRole("button", { name: "Arbeitsmappe einrichten" });
        await button.waitFor();
        return { page, inSight: button, focused: null };
      },
    },
    {
      name: "Einrichten, vor der Aktion",
      async reach(open) {
        const page = await open(empty());
        await opened(page, "Einrichten", "einrichten");
        return { page, inSight: page.getByRole("button", { name: "Fehlende Blätter anlegen" }), focused: view(page, "einrichten").getByRole("heading", { level: 2 }) };
      },
    },
    {
      name: "Einrichten, Blätter angelegt: was sich geändert hat, Strg+Z, „Zum Blatt Mitglieder“",
      screenshot: "taskpane-einrichten.png",
      async reach(open) {
        const page = await open(empty());
        await page.locator("#start").getByRole("button", { name: "Arbeitsmappe einrichten" }).click();
        await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
        const message = result(page, "einrichten");
        await message.filter({ hasText: /^Angelegt: Mitglieder, Kontakte/ }).waitFor();
        assert.match(await message.innerText(), /Strg\+Z/);
        await message.getByRole("button", { name: "Zum Blatt Mitglieder" }).waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Einrichten, Excel verweigert (geschütztes Blatt)",
      async reach(open) {
        const page = await open(example);
        await opened(page, "Einrichten", "einrichten");
        await page.evaluate(() => {
          const excel = (window as unknown as { Excel: { run: unknown } }).Excel;
          excel.run = async () => {
            throw Object.assign(new Error("The requested operation is not allowed on a protected sheet."), { name: "RichApi.Error", code: "AccessDenied" });
          };
        });
        await page.getByRole("button", { name: "Fehlende Blätter anlegen" }).click();
        const message = view(page, "einrichten").locator(".message-error");
        await message.waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Prüfen, Befunde",
      screenshot: "taskpane-pruefen.png",
      zoomedScreenshot: "taskpane-pruefen-200-kontrast.png",
      async reach(open) {
        const state = structuredClone(example);
        const cells = sheetCells(state, "Kontakte");
        cells[1][cells[0].indexOf("E-Mail")] = "keine-adresse";
        const page = await open(state);
        await opened(page, "Prüfen", "pruefen");
        await page.getByRole("button", { name: "Register prüfen" }).click();
        const message = result(page, "pruefen");
        await message.waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Prüfen, eine vertippte Überschrift: ein Befund mit „Meinten Sie …?“",
      async reach(open) {
        const page = await open(renamedHeader("Mitglieder", "Beitritt", "Eintritt"));
        await opened(page, "Prüfen", "pruefen");
        await page.getByRole("button", { name: "Register prüfen" }).click();
        const message = result(page, "pruefen");
        await message.waitFor();
        assert.match(await message.innerText(), /^1 Fehler\./);
        assert.equal(await view(page, "pruefen").locator(".finding").count(), 1);
        await view(page, "pruefen").locator(".finding", { hasText: "Meinten Sie „Beitritt“?" }).waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Prüfen, leere Arbeitsmappe: führt zu „Arbeitsmappe einrichten“",
      async reach(open) {
        const page = await open(empty());
        await opened(page, "Prüfen", "pruefen");
        await page.getByRole("button", { name: "Register prüfen" }).click();
        const message = result(page, "pruefen");
        await message.waitFor();
        assert.doesNotMatch(await message.innerText(), /Wählen Sie einen Befund/);
        await view(page, "pruefen").getByRole("button", { name: "Arbeitsmappe einrichten" }).waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Planen, Vorschau: „Übernehmen“ ohne Scrollen sichtbar",
      screenshot: "taskpane-planen.png",
      async reach(open) {
        const page = await open(example);
        await opened(page, "Planen", "planen");
        await page.getByRole("button", { name: "Vorschau" }).click();
        const apply = page.getByRole("button", { name: /^\d+ Sitzungen übernehmen$/ });
        await apply.waitFor();
        // The summary takes the focus; the button to apply is right below it, both in sight.
        const message = result(page, "planen");
        assert.ok(await inViewport(apply), "Übernehmen in sight");
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Planen, übernommen: was sich geändert hat, Strg+Z, „Zum Blatt Sitzungen“",
      async reach(open) {
        const page = await open(example);
        await opened(page, "Planen", "planen");
        await page.getByRole("button", { name: "Vorschau" }).click();
        await page.getByRole("button", { name: /^\d+ Sitzungen übernehmen$/ }).click();
        const message = view(page, "planen").locator(".message-success");
        await message.waitFor();
        assert.match(await message.innerText(), /Sitzungen wurden in das Blatt „Sitzungen“ eingetragen\. Sie stehen ab Zeile \d+\./);
        assert.match(await message.innerText(), /Strg\+Z/);
        assert.equal(await message.evaluate((element) => element === document.activeElement), true, "the result has the focus");
        const row = /ab Zeile (\d+)/.exec(await message.innerText())![1];
        const go = message.getByRole("button", { name: "Zum Blatt Sitzungen" });
        await go.click();
        await page.waitForFunction((address) => (window as unknown as { __fakeOffice: { selection?: { sheet: string; address: string } } }).__fakeOffice.selection?.address === address, `A${row}`);
        return { page, inSight: message, focused: go };
      },
    },
    {
      name: "Planen, blockiert (vertippte Überschrift)",
      async reach(open) {
        const page = await open(renamedHeader("Mitglieder", "Beitritt", "Eintritt"));
        await opened(page, "Planen", "planen");
        await page.getByRole("button", { name: "Vorschau" }).click();
        const message = view(page, "planen").locator(".message-error");
        await message.waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Dokumente, vor der Aktion",
      async reach(open) {
        const page = await open(example);
        await opened(page, "Dokumente", "dokumente");
        const button = page.getByRole("button", { name: "Einladung", exact: true });
        await button.waitFor();
        return { page, inSight: button, focused: null };
      },
    },
    {
      name: "Dokumente, Protokoll heruntergeladen",
      screenshot: "taskpane-dokumente.png",
      async reach(open) {
        const page = await open(example);
        await opened(page, "Dokumente", "dokumente");
        await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Protokoll", exact: true }).click()]);
        const message = result(page, "dokumente");
        await message.filter({ hasText: "wurde heruntergeladen" }).waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Dokumente, Einladung ohne Absender-E-Mail: Fehler",
      async reach(open) {
        const state = structuredClone(example);
        const settings = sheetCells(state, "Einstellungen");
        settings[settings.findIndex((row) => row[0] === "Absender-E-Mail")][1] = null;
        const page = await open(state);
        await opened(page, "Dokumente", "dokumente");
        await page.getByRole("button", { name: "Einladung", exact: true }).click();
        const message = view(page, "dokumente").locator(".output .message-error");
        await message.waitFor();
        return { page, inSight: message, focused: message };
      },
    },
    {
      name: "Dokumente, Fortschritt mit „Abbrechen“ (400 Empfänger)",
      async reach(open) {
        const large = syntheticWorkbook({ members: 400, contacts: 400, meetings: 12, lastYear: 2027 });
        const page = await open({ date1904: false, sheets: large.grids.map((g) => fakeSheetFromGrid(g, `tbl${g.sheet}`, false)) });
        await opened(page, "Dokumente", "dokumente");
        const button = page.getByRole("button", { name: "Einladung", exact: true });
        await button.click();
        const cancel = page.getByRole("button", { name: "Abbrechen" });
        await cancel.waitFor();
        // The clicked button keeps the focus while it works (a disabled one would drop it to the page).
        return { page, inSight: cancel, focused: button };
      },
    },
    {
      name: "Dokumente, keine Sitzungen: führt zu „Nächstes Jahr planen“",
      async reach(open) {
        const state = structuredClone(example);
        const meetings = state.sheets.find((s) => s.name === "Sitzungen")!;
        meetings.cells = meetings.cells.slice(0, 1);
        for (const table of meetings.tables) table.address = table.address.replace(/\d+$/, "2");
        const page = await open(state);
        await opened(page, "Dokumente", "dokumente");
        const button = view(page, "dokumente").getByRole("button", { name: "Nächstes Jahr planen" });
        await button.waitFor();
        return { page, inSight: button, focused: null };
      },
    },
    {
      name: "Dokumente auf dem Mac: erst was geht, Befehle „Für die IT“",
      async reach(open) {
        const page = await open(example, { platform: "Mac" });
        await opened(page, "Dokumente", "dokumente");
        const notice = page.locator("#dokumente-mac .message");
        await notice.waitFor();
        return { page, inSight: notice, focused: null };
      },
    },
    {
      name: "Ansicht lädt nicht: deutsche Meldung mit „Erneut versuchen“",
      async reach(open) {
        const page = await open(example, {}, { failFirstRequestTo: "/dokumente." });
        await nav(page, "Dokumente").click();
        const message = page.locator("#inhalt > .message-error");
        await message.waitFor();
        assert.match(await message.innerText(), /konnte nicht geladen werden/);
        assert.doesNotMatch(await message.innerText(), /http|chunk|Error/i);
        return { page, inSight: message.getByRole("button", { name: "Erneut versuchen" }), focused: message };
      },
    },
    {
      name: "Office lädt nicht: „Erneut versuchen“",
      async reach(open) {
        const page = await open(example, {}, { office: "missing" });
        const message = page.locator("#inhalt .message-error");
        assert.match(await message.innerText(), /Office hat den Allianz-Planer nicht gestartet/);
        await message.getByRole("button", { name: "Erneut versuchen" }).waitFor();
        return { page, inSight: message, focused: message };
      },
    },
  ];

  for (const { name: displayName, display } of DISPLAYS) {
    describe(displayName, () => {
      for (const state of STATES) {
        it(state.name, async () => {
          const open = (workbook: FakeWorkbookState, options = {}, extra: Partial<PaneDisplay> = {}) => suite.pane.open(workbook, options, { ...display, ...extra });
          const { page, inSight, focused } = await state.reach(open);
          await inSight.waitFor();
          if (focused) assert.equal(await focused.evaluate((element) => element === document.activeElement), true, `focus on the result or next action, not on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
          for (const scheme of SCHEMES) {
            await useScheme(page, scheme);
            assert.ok(await inViewport(inSight), `${scheme.name}: in sight without scrolling`);
            assert.deepEqual(await overflow(page), [], `${scheme.name}: nothing sticks out sideways`);
            assert.deepEqual(await axe(page), [], `${scheme.name}: axe-core`);
            if (state.zoomedScreenshot && display.zoom === 2 && scheme.name === "Kontrast") await page.screenshot({ path: path.join(DOCS, state.zoomedScreenshot) });
          }
          if (state.screenshot && display.width === 320) {
            // For the README the whole pane from the top, navigation included.
            await page.emulateMedia({ colorScheme: "light", forcedColors: "none" });
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: path.join(DOCS, state.screenshot) });
          }
        });
      }
    });
  }

  it("loads a view that failed once with „Erneut versuchen“", async () => {
    const page = await suite.pane.open(example, {}, { width: 320, height: 700, failFirstRequestTo: "/dokumente." });
    await nav(page, "Dokumente").click();
    await page.getByRole("button", { name: "Erneut versuchen" }).click();
    await view(page, "dokumente").getByRole("heading", { level: 2 }).waitFor();
    assert.equal(await view(page, "dokumente").getByRole("heading", { level: 2 }).evaluate((h) => h === document.activeElement), true);
  });

  it("follows the Office theme: Black in Excel makes the pane dark even on a light system, and stays axe-clean", async () => {
    const page = await suite.pane.open(example, {}, { width: 320, height: 700, officeTheme: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#ffffff" } });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    await opened(page, "Prüfen", "pruefen");
    await page.getByRole("button", { name: "Register prüfen" }).click();
    await result(page, "pruefen").waitFor();
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: path.join(DOCS, "taskpane-dunkel.png") });
    const light = await suite.pane.open(example, {}, { width: 320, height: 700, officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" } });
    await light.emulateMedia({ colorScheme: "dark" });
    await light.waitForTimeout(200);
    assert.equal(await light.evaluate(() => document.documentElement.dataset.theme), "light", "the Office theme wins over the system's");
  });

  it("says so with „Erneut versuchen“ when Office never gets ready", async () => {
    const page = await suite.pane.open(example, {}, { width: 320, height: 700, office: "silent" });
    const message = page.locator("#inhalt .message-error");
    assert.match(await message.innerText(), /Office hat den Allianz-Planer nicht gestartet/);
    assert.equal(await message.evaluate((element) => element === document.activeElement), true);
  });

  it("shows the spinner at the button only for waits over 300 ms", async () => {
    const page = await suite.pane.open(example, {}, { width: 320, height: 700, hostLatencyMs: 1000 });
    await opened(page, "Prüfen", "pruefen");
    const button = page.getByRole("button", { name: "Register prüfen" });
    // When the click happened and when the spinner appeared, measured in the page (the test runner may lag).
    await button.evaluate((b) => {
      const probe = window as unknown as { __clicked: number; __spinner: number };
      b.addEventListener("click", () => (probe.__clicked = performance.now()), { capture: true });
      new MutationObserver(() => b.classList.contains("busy") && !probe.__spinner && (probe.__spinner = performance.now())).observe(b, { attributes: true });
    });
    await button.click();
    await result(page, "pruefen").waitFor();
    const { clicked, spinner } = await page.evaluate(() => {
      const probe = window as unknown as { __clicked: number; __spinner: number };
      return { clicked: probe.__clicked, spinner: probe.__spinner };
    });
    assert.ok(spinner - clicked >= 290, `spinner after ${Math.round(spinner - clicked)} ms`);
    assert.equal(await button.evaluate((b) => b.classList.contains("busy")), false, "no spinner when done");
  });
});
