/*
 * Time to interactive of a built task pane in headless Chromium, for `npm run bench`: from the start
 * of navigation until the pane can be used, with the strict Excel fake served in place of office.js
 * and every request to another server aborted at once (the stock template's Fluent CSS from a CDN
 * among them, which makes the stock figure, if anything, too good).
 */
import { chromium } from "playwright-core";
import { bundleFakeOffice } from "../e2e/bundleFakeOffice";
import { serveDirectory } from "../e2e/staticServer";
import type { FakeWorkbookState } from "../fakes/officeFake";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** A built pane and the element whose appearance (and display, if it starts hidden) marks it usable. */
export interface PaneUnderTest {
  readonly dist: string;
  readonly page: string;
  readonly ready: { readonly selector: string; readonly shown?: boolean };
}

/**
 * Median milliseconds from navigation start to `ready` over `runs` cold loads (fresh browser context each).
 *
 * @example await timeToInteractive({ dist: "dist", page: "taskpane.html", ready: { selector: ".app-nav button:enabled" } }, state, 7)
 */
export async function timeToInteractive(pane: PaneUnderTest, state: FakeWorkbookState, runs: number): Promise<number> {
  const [fake, server] = await Promise.all([bundleFakeOffice(), serveDirectory(pane.dist)]);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const body = `window.__fakeOfficeState = ${JSON.stringify(state)};\n${fake}`;
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "de-DE" });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body });
        return url.startsWith(`${server.origin}/`) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      // Records the moment the pane becomes usable, checked on every change of the document. A string,
      // not a function: tsx would wrap a function's inner functions in helpers the page lacks.
      await page.addInitScript(`(() => {
        const ready = ${JSON.stringify(pane.ready)};
        new MutationObserver(() => {
          const element = document.querySelector(ready.selector);
          if (window.__ready === undefined && element && (!ready.shown || element.style.display !== "none")) window.__ready = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      })();`);
      await page.goto(`${server.origin}/${pane.page}`);
      // Polled with evaluate: waitForFunction compiles its predicate in the page, which the pane's CSP forbids.
      let ready: number | undefined;
      for (let waited = 0; ready === undefined && waited < 30_000; waited += 50) {
        ready = await page.evaluate(() => (window as unknown as { __ready?: number }).__ready);
        if (ready === undefined) await page.waitForTimeout(50);
      }
      if (ready === undefined) throw new Error(`${pane.page} in ${pane.dist} wurde nicht bedienbar.`);
      times.push(ready);
      await context.close();
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  } finally {
    await browser.close();
    await server.close();
  }
}
