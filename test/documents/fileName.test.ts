import assert from "node:assert/strict";
import { asciiFileName } from "../../src/documents/fileName";

describe("asciiFileName", () => {
  it("spells out umlauts and drops other accents", () => {
    assert.equal(asciiFileName("Müller-Lüdenscheidt, Zoë"), "Mueller-Luedenscheidt_Zoe");
    assert.equal(asciiFileName("Öztürk_Straße"), "Oeztuerk_Strasse");
  });
  it("turns separators, control characters and path parts into _", () => {
    assert.equal(asciiFileName("../a/b\\c\r\nd:e"), "a_b_c_d_e");
    assert.equal(asciiFileName("  "), "");
  });
});
