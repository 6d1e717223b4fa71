import assert from "node:assert/strict";
import fc from "fast-check";
import { base64 } from "../../src/documents/base64";

describe("base64", () => {
  it("matches Node's encoder for any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => base64(bytes) === Buffer.from(bytes).toString("base64")));
  });
  it("breaks lines at the given length with CRLF", () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, i) => i);
    const lines = base64(bytes, 76).split("\r\n");
    assert.ok(lines.slice(0, -1).every((line) => line.length === 76));
    assert.equal(lines.join(""), Buffer.from(bytes).toString("base64"));
  });
});
