import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { parse, type Node } from "acorn";

/*
 * The production build in dist/ (npm test builds it before mocha runs): small initial bundle,
 * views loaded lazily, exceljs only for the Word pane, and no request to any server but office.js.
 */

const DIST = path.resolve(__dirname, "../../dist");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TARGET } = require("../../webpack.config.js") as { TARGET: string };
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
    // "Sitzungen" hands the letters of Absagen and Verschieben to the same worker.
    const meetings = scripts.filter((name) => name.startsWith("sitzungen."));
    assert.ok(meetings.length > 0 && meetings.every((name) => !/docxtemplater/i.test(readFileSync(path.join(DIST, name), "utf8"))), "no docxtemplater in the Sitzungen view");
    assert.ok(meetings.some((name) => readFileSync(path.join(DIST, name), "utf8").includes("new Worker(")), "the Sitzungen view starts the worker");
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

  it("runs guard.js, written in ES5, inline before every other script; it names what is needed where features are missing", () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const [, attributes, guard] = scripts[0];
    assert.doesNotMatch(attributes, /src=/, "the guard is the first script, inline");
    assert.doesNotThrow(() => parse(guard, { ecmaVersion: 5, sourceType: "script" }), "guard.js is ES5 (Internet Explorer 11)");
    assert.ok(guard.length < 4096, `guard.js ${guard.length} bytes`);
    for (const feature of ["structuredClone", "Array.prototype.at", "Object.hasOwn", "fetch"]) assert.ok(guard.includes(feature), feature);
    assert.match(guard, /Microsoft 365 oder Office LTSC 2024/);
    assert.match(guard, /WebView2/);
    // The policy allows exactly this inline script, by its hash.
    const hash = createHash("sha256").update(guard).digest("base64");
    assert.ok(html.includes(`'sha256-${hash}'`), "the CSP names the guard's hash");
    // Loaded in parallel: the bundle is deferred and comes before office.js, which blocks the parser.
    const bundle = scripts.findIndex(([, a]) => /taskpane\.[0-9a-f]{8}\.js/.test(a));
    const office = scripts.findIndex(([, a]) => a.includes(OFFICE_JS));
    assert.ok(bundle > 0 && bundle < office && /\bdefer\b/.test(scripts[bundle][1]), "deferred bundle before office.js");
  });

  it("emits every chunk at the stated target (ES2022) without what the oldest supported webview lacks", () => {
    const target = Number(/^es(\d{4})$/.exec(TARGET)?.[1]);
    assert.equal(target, 2022);
    for (const name of scripts) {
      const code = readFileSync(path.join(DIST, name), "utf8");
      let ast: Node | undefined;
      assert.doesNotThrow(() => (ast = parse(code, { ecmaVersion: target, sourceType: "script" })), `${name} parses as ES${target}`);
      // The guard lets through engines from Chromium 98 / Safari 15.4: class static blocks and RegExp
      // lookbehind arrived in Safari 16.4 and would break there.
      walk(ast!, (node) => {
        assert.notEqual(node.type, "StaticBlock", `${name}: class static block`);
        const regex = (node as { regex?: { pattern: string } }).regex;
        assert.ok(!regex || !/\(\?<[=!]/.test(regex.pattern), `${name}: RegExp lookbehind /${regex?.pattern}/`);
      });
      // Built-ins newer than Safari 18 (macOS 15, the oldest macOS current Office for Mac runs on).
      for (const api of ["Promise.try", "RegExp.escape", "Error.isError", "Math.sumPrecise", "Iterator.from", "Temporal.", "Float16Array", ".fromBase64(", ".toBase64(", ".fromHex("]) {
        assert.ok(!code.includes(api), `${name} uses ${api}`);
      }
    }
  });

  it("has a Content-Security-Policy that allows only its own origin and Office's script", () => {
    const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, "CSP meta element");
    assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "the policy comes before every script");
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    assert.deepEqual(directives["default-src"], ["'self'"]);
    // Its own files, the inline guard by its hash, and office.js.
    const [self, guard, office] = directives["script-src"];
    assert.deepEqual([self, office, directives["script-src"].length], ["'self'", "https://appsforoffice.microsoft.com", 3]);
    assert.match(guard, /^'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.deepEqual(directives["connect-src"], ["'self'"]);
    assert.deepEqual(directives["object-src"], ["'none'"]);
  });

  it("ships the help page hilfe.html made from the README's user part, and the manifest links it", () => {
    const help = readFileSync(path.join(DIST, "hilfe.html"), "utf8");
    // The build minifies HTML: attribute quotes are optional.
    assert.match(help, /<html lang="?de"?>/);
    assert.match(help, /<h2 id="?im-excel-add-in"?>Im Excel-Add-in<\/h2>/);
    assert.match(help, /<h2 id="?im-haus-bereitstellen"?>Im Haus bereitstellen<\/h2>/);
    assert.doesNotMatch(help, /<h2[^>]*>(Entwicklung|Schnellstart)</);
    for (const [, src] of help.matchAll(/<img[^>]*src="?([^"\s>]+)/g)) assert.ok(existsSync(path.join(DIST, src)), `picture ${src}`);
    for (const [, href] of help.matchAll(/href="?#([^"\s>]+)/g)) {
      const anchor = decodeURIComponent(href);
      assert.ok(help.includes(`id="${anchor}"`) || help.includes(`id=${anchor}>`) || help.includes(`id=${anchor} `), `anchor #${anchor}`);
    }
    assert.ok(existsSync(path.join(DIST, "hilfe.css")));
    assert.match(readFileSync(path.join(DIST, "manifest.xml"), "utf8"), /<SupportUrl DefaultValue="https:\/\/[^"]+\/hilfe\.html"\/>/);
  });

  it("ships the icons and the manifest", () => {
    for (const size of [16, 32, 64, 80, 128]) assert.ok(existsSync(path.join(DIST, "assets", `icon-${size}.png`)));
    assert.ok(existsSync(path.join(DIST, "manifest.xml")));
  });
});

/** Visits every node of an acorn syntax tree. */
function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
  } else if (node !== null && typeof node === "object") {
    if (typeof (node as Node).type === "string") visit(node as Node);
    for (const value of Object.values(node)) if (typeof value === "object") walk(value, visit);
  }
}
