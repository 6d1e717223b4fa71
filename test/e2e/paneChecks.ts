import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

/*
 * What every state of a task pane must pass, for the state catalogue and the Word pane's tests:
 * axe-core, nothing sticking out sideways, and what must be in sight.
 */

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Light, dark and Windows' forced colours, as the browser emulates them. */
export const SCHEMES = [
  { name: "hell", media: { colorScheme: "light", forcedColors: "none" } },
  { name: "dunkel", media: { colorScheme: "dark", forcedColors: "none" } },
  { name: "Kontrast", media: { colorScheme: "light", forcedColors: "active" } },
] as const;

/**
 * Switches the emulated scheme and waits until the pane has followed it (the browser reports the
 * change to the page with the next frame, not at once).
 */
export async function useScheme(page: Page, scheme: (typeof SCHEMES)[number]): Promise<void> {
  await page.emulateMedia(scheme.media);
  await page.waitForFunction((dark) => document.documentElement.dataset.theme === (dark ? "dark" : "light"), scheme.media.colorScheme === "dark");
}

/** True if the element's top-left part is inside the viewport (its start is in sight). */
export async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.top + Math.min(box.height, 24) <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth + 1;
  });
}

/**
 * Visible elements that reach beyond the pane's right edge or clip their content sideways, and
 * whether the page scrolls sideways. `mayClip` names elements whose clipped text is shown in full
 * elsewhere.
 */
export function overflow(page: Page, mayClip = ""): Promise<string[]> {
  return page.evaluate((mayClip) => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];

    if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // (No helper functions in here: the test runner's transpiler would wrap them in a name helper the page lacks.)
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      const box = element.getBoundingClientRect();
      let insideHiddenBox = false;
      for (let parent = element.parentElement; parent && !insideHiddenBox; parent = parent.parentElement) {
        const outer = parent.getBoundingClientRect();
        insideHiddenBox = outer.width <= 1 || outer.height <= 1;
      }
      // Zero- and one-pixel boxes are hidden on purpose (visually-hidden text, the table head of the narrow preview).
      if (box.width <= 1 || box.height <= 1 || element.closest(".visually-hidden, [hidden], details:not([open]) > :not(summary)") || insideHiddenBox) continue;
      if (box.right > width + 1) problems.push(`${element.tagName.toLowerCase()}.${element.className}: right edge ${Math.round(box.right)} > ${width} („${(element.textContent ?? "").slice(0, 40)}“)`);
      else if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "hidden" && !(mayClip && element.matches(mayClip))) problems.push(`${element.tagName.toLowerCase()}.${element.className}: clipped`);
    }
    return problems.slice(0, 5);
  }, mayClip);
}

/** axe-core's violations (WCAG 2.0 and 2.1, A and AA) in the page as it is now: rule, impact and the first elements. */
export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    // label-content-name-mismatch (WCAG 2.5.3) is "experimental" in axe and off unless asked for; the review found it on every finding.
    const { violations } = await axe.run(document, { runOnly: { type: "tag", values: tags }, rules: { "label-content-name-mismatch": { enabled: true } }, resultTypes: ["violations"] });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} – ${n.failureSummary.split("\n").slice(1, 2).join("")}`).join("; ")}`);
  }, AXE_TAGS);
  return violations;
}
