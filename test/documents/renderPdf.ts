import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/*
 * Renders .docx files as LibreOffice prints them and reads back where each word landed
 * (poppler's `pdftotext -bbox`), so the tests measure the layout another program made of our
 * templates: the address field of a window envelope, page numbers, what is on which page.
 */

/** One word on a page, its box in millimetres from the page's top left corner. */
export interface PlacedWord {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface RenderedPage {
  readonly words: readonly PlacedWord[];
  /** The page's words in reading order, joined with spaces. */
  readonly text: string;
}

export interface RenderedDocument {
  readonly pages: readonly RenderedPage[];
  /** The PDF LibreOffice wrote (for screenshots). */
  readonly pdf: Uint8Array;
}

const MM_PER_POINT = 25.4 / 72;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Whether LibreOffice and poppler are installed (Debian: libreoffice-writer-nogui, poppler-utils). */
export function canRender(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Several .docx files to PDF in one LibreOffice run (its start-up is the slow part), each read back
 * page by page. A profile of its own keeps parallel runs apart.
 */
export function renderDocx(files: Readonly<Record<string, Uint8Array>>): Record<string, RenderedDocument> {
  const dir = mkdtempSync(join(tmpdir(), "allianz-render-"));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.docx`), files[name]);
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...names.map((n) => join(dir, `${n}.docx`))],
      { stdio: "ignore", timeout: 180_000 },
    );
    const rendered: Record<string, RenderedDocument> = {};
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
      rendered[name] = { pages: pagesOf(html), pdf: new Uint8Array(readFileSync(pdf)) };
    }
    return rendered;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pagesOf(html: string): RenderedPage[] {
  return [...html.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) => {
    const words = [...page[1].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[5].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]),
      left: Number(m[1]) * MM_PER_POINT,
      top: Number(m[2]) * MM_PER_POINT,
      right: Number(m[3]) * MM_PER_POINT,
      bottom: Number(m[4]) * MM_PER_POINT,
    }));
    return { words, text: words.map((w) => w.text).join(" ") };
  });
}

/**
 * One page of a rendered PDF as PNG (poppler's pdftoppm), for the README's screenshots.
 *
 * @example writePagePng(rendered.einladung.pdf, 1, "assets/screenshots/brief-einladung.png")
 */
export function writePagePng(pdf: Uint8Array, page: number, file: string, dpi = 72): void {
  const dir = mkdtempSync(join(tmpdir(), "allianz-png-"));
  try {
    writeFileSync(join(dir, "in.pdf"), pdf);
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", join(dir, "in.pdf"), join(dir, "out")]);
    writeFileSync(file, readFileSync(join(dir, "out.png")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The words of a line that starts with `first`: the words on the same baseline (±1 mm) as the
 * first word with that text, left to right.
 */
export function lineOf(page: RenderedPage, first: string): PlacedWord[] {
  const start = page.words.find((w) => w.text === first);
  if (start === undefined) return [];
  return page.words.filter((w) => Math.abs(w.bottom - start.bottom) < 1 && w.left >= start.left - 0.5).sort((a, b) => a.left - b.left);
}
