import assert from "node:assert/strict";
import { defaultShortName } from "../../src/domain/shortName";

describe("defaultShortName", () => {
  it("strips a leading Stadt, Gemeinde or Kreis", () => {
    assert.equal(defaultShortName("Stadt Kaarst"), "Kaarst");
    assert.equal(defaultShortName("Gemeinde Jüchen"), "Jüchen");
    assert.equal(defaultShortName("Kreis Kleve"), "Kleve");
  });

  it("keeps names without such a prefix, and a bare prefix word", () => {
    assert.equal(defaultShortName("Rhein-Kreis Neuss"), "Rhein-Kreis Neuss");
    assert.equal(defaultShortName("Stadtwerke Neuss"), "Stadtwerke Neuss");
    assert.equal(defaultShortName("Stadt"), "Stadt");
  });
});
