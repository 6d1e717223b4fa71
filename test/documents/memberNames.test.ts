import assert from "node:assert/strict";
import { memberGenitive } from "../../src/documents/memberNames";

describe("memberGenitive", () => {
  it("puts the article of the kind the name starts with", () => {
    assert.equal(memberGenitive({ name: "Gemeinde Rommerskirchen", kind: "Gemeinde" }), "der Gemeinde Rommerskirchen");
    assert.equal(memberGenitive({ name: "Stadt Kaarst", kind: "Stadt" }), "der Stadt Kaarst");
    assert.equal(memberGenitive({ name: "Rhein-Kreis Neuss", kind: "Kreis" }), "des Rhein-Kreises Neuss");
    assert.equal(memberGenitive({ name: "Rhein-Erft-Kreis", kind: "Kreis" }), "des Rhein-Erft-Kreises");
    assert.equal(memberGenitive({ name: "Kreis Viersen", kind: "Kreis" }), "des Kreises Viersen");
  });

  it("names the kind where the name does not, and uses „von“ for other members", () => {
    assert.equal(memberGenitive({ name: "Kaarst", kind: "Stadt" }), "der Stadt Kaarst");
    assert.equal(memberGenitive({ name: "Viersen", kind: "Kreis" }), "des Kreises Viersen");
    assert.equal(memberGenitive({ name: "Energieagentur NRW", kind: "Sonstige" }), "von Energieagentur NRW");
  });
});
