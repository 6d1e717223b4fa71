/*
 * Renders the add-in icons (assets/icon-16.png … icon-128.png) from one SVG in headless Chromium:
 * a calendar sheet on Excel green. Run with `npx tsx test/tools/make-icons.ts`; the PNGs are committed.
 */
import path from "node:path";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect x="0" y="0" width="32" height="32" rx="5" fill="#107c41"/>
  <rect x="6" y="8" width="20" height="18" rx="2" fill="#ffffff"/>
  <rect x="6" y="8" width="20" height="5" rx="2" fill="#cfe8da"/>
  <rect x="10" y="5" width="2.5" height="6" rx="1.2" fill="#ffffff"/>
  <rect x="19.5" y="5" width="2.5" height="6" rx="1.2" fill="#ffffff"/>
  <rect x="9" y="15.5" width="4" height="3.5" fill="#107c41"/>
  <rect x="14" y="15.5" width="4" height="3.5" fill="#0f6cbd"/>
  <rect x="19" y="15.5" width="4" height="3.5" fill="#107c41"/>
  <rect x="9" y="20.5" width="4" height="3.5" fill="#107c41"/>
  <rect x="14" y="20.5" width="4" height="3.5" fill="#107c41"/>
</svg>`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: path.join(__dirname, "..", "..", "assets", `icon-${size}.png`), omitBackground: true });
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
