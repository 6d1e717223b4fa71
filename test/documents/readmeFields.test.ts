import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { README, readmeWithFields } from "../tools/fields-table";

describe("README field list", () => {
  it("lists exactly the fields of the catalogue (run `npx tsx test/tools/fields-table.ts --write` after changing fields.ts)", () => {
    const readme = readFileSync(README, "utf8");
    assert.equal(readme, readmeWithFields(readme));
  });
});
