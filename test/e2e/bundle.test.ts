import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/*
 * The production build in dist/ (npm test builds it before mocha runs): small initial bundle,
 * views loaded lazily, exceljs only for the Word pane, and no request to any server but office.js.
 */

const DIST = path.resolve(__dirname, "../../dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Target of the issue: the task pane's initial JavaScript, gzip. */
const INITIAL_GZIP_LIMIT = 150 * 1024;

describe("task pane production build (dist/)", () => {
  let html: string;
  let scripts: string[];

  before(() => {
    assert.ok(existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html fehlt – erst `npm run build` ausführen.");
    html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    scripts = readdirSync(DIST).filter((name) => name.endsWith(".js"));
  });

  it("loads only office.js from outside: no CDN, fonts or telemetry", () => {
    const external = [...html.matchAll(/(?:src|href)=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
    assert.deepEqual(external, [OFFICE_JS]);
    for (const name of scripts) {
      const code = readFileSync(path.join(DIST, name), "utf8");
      // Schema identifiers (zod's JSON Schema export, SVG and Office Open XML namespaces) and the
      // links in docxtemplater's error texts are names, not requests.
      // exceljs (Word pane only) bundles Dublin Core namespaces (purl.org) and links in the error texts
      // and package data of its bundled libraries (github.com, stuk.github.io); the e2e test sees no request.
      const exceljsNames = /exceljs/.test(code) ? /^https?:\/\/(purl\.org|github\.com|stuk\.github\.io)$/ : /^$/;
      const urls = [...code.matchAll(/https?:\/\/[a-z0-9.-]+/gi)]
        .map((m) => m[0])
        .filter((url) => !/^https?:\/\/(www\.w3\.org|json-schema\.org|localhost|schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.oclc\.org|docxtemplater\.com)$/.test(url))
        .filter((url) => !exceljsNames.test(url));
      assert.deepEqual(urls, [], `${name} names a server`);
    }
  });

  it("keeps the initial JavaScript under 150 KB gzip and loads the views lazily", () => {
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !src.startsWith("http"));
    assert.equal(initial.length, 1);
    const size = gzipSync(readFileSync(path.join(DIST, initial[0]))).length;
    assert.ok(size < INITIAL_GZIP_LIMIT, `initial bundle ${size} bytes gzip`);
    for (const view of ["einrichten", "pruefen", "planen", "dokumente"]) assert.ok(scripts.some((name) => name.startsWith(`${view}.`)), `lazy chunk ${view}`);
  });

  it("keeps docxtemplater and PizZip out of the initial bundle and the Dokumente view: only the worker loads them", () => {
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((src) => !src.startsWith("http"));
    const view = scripts.filter((name) => name.startsWith("dokumente."));
    const templating = /docxtemplater|pizzip/i;
    for (const name of [...initial, ...view]) assert.doesNotMatch(readFileSync(path.join(DIST, name), "utf8"), templating, name);
    assert.ok(scripts.some((name) => templating.test(readFileSync(path.join(DIST, name), "utf8"))), "some lazy chunk holds the template libraries");
    const worker = scripts.find((name) => name.startsWith("dokumente-worker."));
    assert.ok(worker, "the worker has its own chunk");
    assert.ok(view.some((name) => readFileSync(path.join(DIST, name), "utf8").includes("new Worker(")), "the view starts the worker");
  });

  it("ships no exceljs, and the workbook file reader in one chunk that only the Word pane loads (Excel is read through Office.js)", () => {
    assert.deepEqual(scripts.filter((name) => /exceljs|ExcelJS/.test(readFileSync(path.join(DIST, name), "utf8"))), []);
    // The reader's own German message marks its chunk.
    const holding = scripts.filter((name) => readFileSync(path.join(DIST, name), "utf8").includes("Zip64-Archiv"));
    assert.equal(holding.length, 1, `the reader in ${holding.join(", ")}`);
    // webpack loads a chunk by its id (`.e(974)`); a named chunk's id stands in the runtime's name map (`102:"xlsx"`).
    // Only the Word pane's code may ask for this one.
    const prefix = /^([^.]+)\./.exec(holding[0])?.[1] ?? "";
    const named = scripts.map((name) => new RegExp(`(\\d+):"${prefix}"`).exec(readFileSync(path.join(DIST, name), "utf8"))?.[1]).find(Boolean);
    const id = /^\d+$/.test(prefix) ? prefix : named;
    assert.ok(id, `${holding[0]} is a lazily loaded chunk`);
    const loaders = scripts.filter((name) => new RegExp(`\\.e\\(${id}\\)`).test(readFileSync(path.join(DIST, name), "utf8")));
    assert.ok(loaders.length > 0 && loaders.every((name) => name.startsWith("word")), `loaded by ${loaders.join(", ")}`);
  });

  it("ships the icons and the manifest", () => {
    for (const size of [16, 32, 64, 80, 128]) assert.ok(existsSync(path.join(DIST, "assets", `icon-${size}.png`)));
    assert.ok(existsSync(path.join(DIST, "manifest.xml")));
  });
});
