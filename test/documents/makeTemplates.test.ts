import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultTemplates } from "../tools/make-templates";

describe("test/tools/make-templates.ts", () => {
  it("made the committed default templates: running it again gives the same bytes", async () => {
    for (const [file, bytes] of Object.entries(await defaultTemplates())) {
      const committed = new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", file)));
      assert.ok(Buffer.from(committed).equals(Buffer.from(bytes)), `assets/${file} ist veraltet – bitte \`npx tsx test/tools/make-templates.ts\` ausführen.`);
    }
  });
});
