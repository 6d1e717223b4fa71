import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateManifestXml } from "../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "..");
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

  it("describes a German Excel task pane add-in that may write to the workbook", () => {
    assert.match(manifest, /xsi:type="TaskPaneApp"/);
    assert.equal(first("DefaultLocale"), "de-DE");
    assert.match(manifest, /<DisplayName DefaultValue="Allianz-Planer"\/>/);
    assert.equal(first("Permissions"), "ReadWriteDocument");
    assert.match(manifest, /<Host Name="Workbook"\/>/);
    assert.match(manifest, /<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("requires no Excel API newer than 1.12 (Office 2021 and 2019 must run it)", () => {
    const sets = [...manifest.matchAll(/<Set Name="ExcelApi" MinVersion="(\d+)\.(\d+)"\/>/g)];
    assert.ok(sets.length > 0, "ExcelApi requirement missing");
    for (const [, major, minor] of sets) assert.ok(Number(major) === 1 && Number(minor) <= 12, `ExcelApi ${major}.${minor} is too new`);
  });

  it("puts a 'Register & Planung' button into an 'Allianz-Planer' group on the Home tab that shows the task pane", () => {
    assert.match(manifest, /<OfficeTab id="TabHome">/);
    assert.match(manifest, /<bt:String id="Group.Label" DefaultValue="Allianz-Planer"\/>/);
    assert.match(manifest, /<bt:String id="TaskpaneButton.Label" DefaultValue="Register &amp; Planung"\/>/);
    assert.match(manifest, /<Action xsi:type="ShowTaskpane">/);
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
