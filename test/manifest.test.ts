import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateManifestXml } from "./tools/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../webpack.config.js") as {
  addinUrl(value: string | undefined): string;
  manifestFor(xml: string, options: { baseUrl: string; id?: string }): string;
};
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The text of the first element `name` (by local name; good enough for this flat manifest). */
function first(name: string): string | undefined {
  return new RegExp(`<${name}\\b[^>]*>([^<]*)</${name}>`).exec(manifest)?.[1];
}

describe("manifest.xml", () => {
  it("is valid against the Office add-in XSD schemas", async () => {
    const { valid, errors } = await validateManifestXml(manifest);
    assert.deepEqual(errors, []);
    assert.equal(valid, true);
  });

  it("is rejected by the validation when it breaks the schema", async () => {
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
    const { valid, errors } = await validateManifestXml(broken);
    assert.equal(valid, false);
    assert.match(errors.join("\n"), /Permissions/);
  });

  it("describes a German task pane add-in for Excel and Word that may read and write the document", () => {
    assert.match(manifest, /xsi:type="TaskPaneApp"/);
    assert.equal(first("DefaultLocale"), "de-DE");
    assert.match(manifest, /<DisplayName DefaultValue="Allianz-Planer"\/>/);
    // ReadWriteDocument includes ReadAllDocument, which getFileAsync ("Vorlage füllen") needs.
    assert.equal(first("Permissions"), "ReadWriteDocument");
    assert.match(manifest, /<Hosts>\s*<Host Name="Workbook"\/>\s*<Host Name="Document"\/>\s*<\/Hosts>/);
    assert.match(manifest, /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("leaves host API requirements to the task pane, which checks ExcelApi ≤ 1.12 and WordApi 1.3 per host", () => {
    // A manifest-level ExcelApi set would hide the add-in in Word, a WordApi set in Excel.
    assert.doesNotMatch(manifest, /<Set Name="(ExcelApi|WordApi)"/);
    const taskpane = readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.ts"), "utf8");
    const version = (name: string) => new RegExp(`const ${name} = "1\\.(\\d+)";`).exec(taskpane)?.[1];
    assert.ok(Number(version("EXCEL_API")) <= 12, "ExcelApi newer than 1.12 (Office 2021 and 2019 must run it)");
    assert.equal(version("WORD_API"), "3");
    assert.match(taskpane, /isSetSupported\("ExcelApi", EXCEL_API\)/);
    assert.match(taskpane, /isSetSupported\("WordApi", WORD_API\)/);
  });

  it("puts a button into an 'Allianz-Planer' group on the Home tab of each host that shows the task pane", () => {
    assert.match(manifest, /<bt:String id="Group.Label" DefaultValue="Allianz-Planer"\/>/);
    const hosts = Object.fromEntries([...manifest.matchAll(/<Host xsi:type="(\w+)">([\s\S]*?)<\/Host>/g)].map((m) => [m[1], m[2]]));
    assert.deepEqual(Object.keys(hosts), ["Workbook", "Document"]);
    const labels: Record<string, string> = { Workbook: "Register &amp; Planung", Document: "Allianz-Dokumente" };
    for (const [host, body] of Object.entries(hosts)) {
      assert.match(body, /<OfficeTab id="TabHome">/, host);
      assert.match(body, /<Label resid="Group.Label"\/>/, host);
      assert.match(body, /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>AllianzPlaner.Taskpane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/, host);
      const label = /<Control xsi:type="Button" id="[^"]+">\s*<Label resid="([^"]+)"\/>/.exec(body)?.[1];
      assert.match(manifest, new RegExp(`<bt:String id="${label}" DefaultValue="${labels[host]}"/>`), host);
    }
  });

  it("defines every resource it refers to, once", () => {
    const defined = [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(defined).size, defined.length, "duplicate resource id");
    for (const [, id] of manifest.matchAll(/resid="([^"]+)"/g)) assert.ok(defined.includes(id), `resource ${id} missing`);
  });

  it("names only icons that exist in assets/ with the size the manifest claims", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)/g)];
    assert.ok(icons.length >= 4);
    for (const [, file, size] of icons) {
      const png = readFileSync(path.join(ROOT, "assets", file));
      assert.equal(png.readUInt32BE(16), Number(size), `${file} width`);
      assert.equal(png.readUInt32BE(20), Number(size), `${file} height`);
    }
    for (const size of [16, 32, 64, 80, 128]) assert.ok(existsSync(path.join(ROOT, "assets", `icon-${size}.png`)), `icon-${size}.png`);
  });
});

describe("manifest for an in-house web server (ADDIN_URL)", () => {
  const baseUrl = build.addinUrl("https://intranet.example.de/allianz-planer");
  const id = /<Id>([^<]+)<\/Id>/.exec(manifest)![1];

  it("points every URL to the server, keeps the Id unless asked, and stays valid", async () => {
    assert.equal(baseUrl, "https://intranet.example.de/allianz-planer/");
    const deployed = build.manifestFor(manifest, { baseUrl });
    assert.doesNotMatch(deployed, /localhost/);
    const urls = [...deployed.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 8);
    for (const url of urls) assert.ok(url.startsWith(baseUrl), url);
    assert.match(deployed, /<SourceLocation DefaultValue="https:\/\/intranet\.example\.de\/allianz-planer\/taskpane\.html"\/>/);
    assert.match(deployed, /<SupportUrl DefaultValue="https:\/\/intranet\.example\.de\/allianz-planer\/hilfe\.html"\/>/);
    assert.equal(/<Id>([^<]+)<\/Id>/.exec(deployed)![1], id);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    assert.equal(/<Version>([^<]+)<\/Version>/.exec(deployed)![1], `${version}.0`);
    assert.deepEqual((await validateManifestXml(deployed)).errors, []);
  });

  it("takes a new Id only when given one, and refuses what Office would not load", async () => {
    const other = "0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9";
    const deployed = build.manifestFor(manifest, { baseUrl, id: other });
    assert.equal(/<Id>([^<]+)<\/Id>/.exec(deployed)![1], other.toLowerCase());
    assert.deepEqual((await validateManifestXml(deployed)).errors, []);
    assert.throws(() => build.manifestFor(manifest, { baseUrl, id: "neu" }), /keine GUID/);
    assert.throws(() => build.addinUrl("http://intranet.example.de/allianz-planer/"), /https:\/\//);
    assert.throws(() => build.addinUrl("intranet/allianz"), /keine Adresse/);
    assert.equal(build.addinUrl(undefined), "https://localhost:3000/");
  });
});
