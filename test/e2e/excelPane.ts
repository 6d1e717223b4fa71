import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { FakeOffice, FakeOfficeOptions, FakeWorkbookState } from "../fakes/officeFake";
import { bundleFakeOffice } from "./bundleFakeOffice";
import { watchCsp } from "./cspWatch";
import { fakeStateFromXlsx } from "./fakeStateFromXlsx";
import { serveDirectory } from "./staticServer";

/*
 * The Excel task pane's production build in headless Chromium, with the strict Office fake served in
 * place of office.js: what every Excel end-to-end test file needs. Every other request that leaves
 * 127.0.0.1 is aborted and reported when the pane is closed.
 */

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const DOCS = path.join(ROOT, "assets", "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The session's "today": planning defaults to 2027, and screenshots do not change with the calendar. */
export const TODAY = new Date("2026-11-24T10:00:00+01:00");

export type PageWindow = Window & { __fakeOffice: FakeOffice };

/** How the pane is shown: its size in CSS px, the zoom, and what the host adds (a theme, latency). */
export interface PaneDisplay {
  readonly width: number;
  readonly height: number;
  /** Browser zoom: 2 shows a 350 × 700 px pane at 200 %, i.e. 175 × 350 CSS px at twice the pixels. */
  readonly zoom?: number;
  /** `Office.context.officeTheme` as the host reports it (the fake has none). */
  readonly officeTheme?: { readonly bodyBackgroundColor: string; readonly bodyForegroundColor: string };
  /**
   * A real Excel answers each Excel.run in tens to hundreds of milliseconds (more in Excel on the
   * web); the fake answers at once. This delays every Excel.run by that much, so that focus and
   * spinners are tested as users meet them.
   */
  readonly hostLatencyMs?: number;
  /** The first request whose URL contains this fails, as on a flaky connection (e.g. a view's chunk). */
  readonly failFirstRequestTo?: string;
  /** office.js does not arrive (`missing`), or Office never says it is ready (`silent`). */
  readonly office?: "missing" | "silent";
}

const DEFAULT_DISPLAY: PaneDisplay = { width: 360, height: 800 };

/** Script run right after the fake: the host's theme and latency. */
function hostScript({ officeTheme, hostLatencyMs }: PaneDisplay): string {
  const theme = officeTheme ? `Office.context.officeTheme = ${JSON.stringify(officeTheme)};\n` : "";
  const latency = hostLatencyMs
    ? `{ const run = Excel.run; Excel.run = (...args) => new Promise((resolve) => setTimeout(resolve, ${hostLatencyMs})).then(() => run(...args)); }\n`
    : "";
  return theme + latency;
}

interface Pane {
  readonly context: BrowserContext;
  /** URLs the page tried to reach other than the task pane's server and office.js. */
  readonly foreignRequests: string[];
  /** What the Content-Security-Policy of taskpane.html blocked. */
  readonly cspViolations: string[];
}

/** One browser, server and bundled fake for a test file; a fresh browser context per opened pane. */
export class ExcelPaneHarness {
  private readonly panes: Pane[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly server: Awaited<ReturnType<typeof serveDirectory>>,
    private readonly fakeOfficeScript: string,
    /** The fake's state for assets/Beispiel-Allianz.xlsx. */
    readonly example: FakeWorkbookState,
  ) {}

  /** For `before`: checks that dist/ is built, bundles the fake, starts the server and Chromium. */
  static async start(): Promise<ExcelPaneHarness> {
    assert.ok(existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html fehlt – erst `npm run build` ausführen.");
    const [fakeOfficeScript, example, server] = await Promise.all([
      bundleFakeOffice(),
      fakeStateFromXlsx(readFileSync(path.join(ROOT, "assets", "Beispiel-Allianz.xlsx"))),
      serveDirectory(DIST),
    ]);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(DOCS, { recursive: true });
    return new ExcelPaneHarness(browser, server, fakeOfficeScript, example);
  }

  /** For `after`. */
  async stop(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  /** For `afterEach`: closes the panes and fails if one of them contacted a foreign server. */
  async closePanes(): Promise<void> {
    for (const pane of this.panes.splice(0)) {
      await pane.context.close();
      assert.deepEqual(pane.foreignRequests, [], "the task pane must not contact any server but its own and office.js");
      assert.deepEqual(pane.cspViolations, [], "the task pane keeps to its Content-Security-Policy");
    }
  }

  /** Opens the task pane (360×800 unless `display` says otherwise; German, Berlin) on a workbook and waits until its navigation (or, where Office fails, its message) is ready. */
  async open(state: FakeWorkbookState, options: FakeOfficeOptions = {}, display: PaneDisplay = DEFAULT_DISPLAY): Promise<Page> {
    const page = await this.load(state, options, [], display);
    await page.locator(display.office ? "#inhalt .message-error" : ".app-nav button:enabled").first().waitFor({ timeout: 15_000 });
    return page;
  }

  /**
   * Opens the task pane in a webview that lacks the given built-ins (e.g. `structuredClone`), as an
   * older engine would, and returns it as soon as the page has loaded.
   */
  async openWithout(globals: readonly string[]): Promise<Page> {
    return this.load(this.example, {}, globals);
  }

  private async load(state: FakeWorkbookState, options: FakeOfficeOptions, missing: readonly string[] = [], display: PaneDisplay = DEFAULT_DISPLAY): Promise<Page> {
    const zoom = display.zoom ?? 1;
    const context = await this.browser.newContext({
      viewport: { width: Math.round(display.width / zoom), height: Math.round(display.height / zoom) },
      deviceScaleFactor: zoom,
      locale: "de-DE",
      timezoneId: "Europe/Berlin",
      acceptDownloads: true,
    });
    const foreignRequests: string[] = [];
    let failed = false;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (display.failFirstRequestTo && url.includes(display.failFirstRequestTo) && !failed) {
        failed = true;
        return route.abort();
      }
      if (url === OFFICE_JS && display.office === "missing") return route.abort();
      if (url === OFFICE_JS && display.office === "silent") return route.fulfill({ contentType: "text/javascript", body: "window.Office = { onReady: () => new Promise(() => undefined) };" });
      if (url === OFFICE_JS) {
        // office.js itself runs in old webviews (the fake needs the built-ins, so it gets them back
        // while it installs); the task pane's own scripts do without them.
        const hidden = missing.length > 0 ? `window.__hidden.forEach(([owner, key, value]) => { owner[key] = value; });` : "";
        const hideAgain = missing.length > 0 ? `window.__hidden.forEach(([owner, key]) => { delete owner[key]; });` : "";
        const body = `${hidden}\nwindow.__fakeOfficeState = ${JSON.stringify(state)};\nwindow.__fakeOfficeOptions = ${JSON.stringify(options)};\n${this.fakeOfficeScript}\n${hideAgain}\n${hostScript(display)}`;
        return route.fulfill({ contentType: "text/javascript", body });
      }
      if (url.startsWith(`${this.server.origin}/`)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    this.panes.push({ context, foreignRequests, cspViolations: await watchCsp(page) });
    if (missing.length > 0) {
      // Gone before the first script of the page runs, as in an older webview.
      await page.addInitScript(`window.__hidden = ${JSON.stringify(missing)}.map((name) => {
        const [owner, key] = name.startsWith("Array.prototype.") ? [Array.prototype, name.slice(16)] : [window, name];
        const value = owner[key];
        delete owner[key];
        return [owner, key, value];
      });`);
    }
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${this.server.origin}/taskpane.html`);
    await page.waitForLoadState("load");
    assert.deepEqual(pageErrors, []);
    return page;
  }
}

/** The fake's live workbook as the page holds it. */
export function fakeState(page: Page): Promise<FakeWorkbookState> {
  return page.evaluate(() => (window as unknown as PageWindow).__fakeOffice.state);
}

/** The cell values of a sheet of the fake's state. */
export function sheetCells(state: FakeWorkbookState, name: string) {
  const sheet = state.sheets.find((s) => s.name === name);
  assert.ok(sheet, `sheet ${name} missing`);
  return sheet.cells;
}

/** Presses Tab until the focused element has this accessible text; fails if it is never reached. */
export async function tabTo(page: Page, text: string | RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (typeof text === "string" ? focused === text : text.test(focused)) return;
  }
  assert.fail(`„${text}“ is not reachable with Tab`);
}

/**
 * One harness for the enclosing mocha `describe`: started before its tests, its panes closed after
 * each test, stopped after all of them.
 *
 * @example const suite = excelPaneSuite(); it("…", async () => { const page = await suite.pane.open(suite.pane.example); });
 */
export function excelPaneSuite(): { readonly pane: ExcelPaneHarness } {
  let started: ExcelPaneHarness | undefined;
  before(async () => {
    started = await ExcelPaneHarness.start();
  });
  afterEach(() => started?.closePanes());
  after(() => started?.stop());
  return {
    get pane(): ExcelPaneHarness {
      if (!started) throw new Error("The pane harness starts in the suite's before hook.");
      return started;
    },
  };
}
