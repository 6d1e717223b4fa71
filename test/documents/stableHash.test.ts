import assert from "node:assert/strict";
import { stableHash } from "../../src/documents/stableHash";

describe("stableHash", () => {
  it("is FNV-1a 64 of the UTF-8 bytes", () => {
    // Published FNV-1a 64 test vectors.
    assert.equal(stableHash(""), "cbf29ce484222325");
    assert.equal(stableHash("a"), "af63dc4c8601ec8c");
    assert.equal(stableHash("foobar"), "85944171f73967e8");
  });
  it("tells texts apart that differ in one character", () => {
    assert.notEqual(stableHash("Allianz|2027-01"), stableHash("Allianz|2027-02"));
    assert.notEqual(stableHash("ä"), stableHash("a"));
  });
});
