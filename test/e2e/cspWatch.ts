import type { Page } from "playwright-core";

/**
 * Collects every Content-Security-Policy violation of a page: the `securitypolicyviolation` events
 * of the document and Chromium's "Refused to …" console reports (which also cover workers). Call
 * before the page navigates.
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP-Verstoß/.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`CSP-Verstoß: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}
