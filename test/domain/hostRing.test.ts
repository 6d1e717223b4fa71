import assert from "node:assert/strict";
import { compareShortNames, hostRing } from "../../src/domain/hostRing";
import type { PlainDate } from "../../src/domain/plainDate";
import { member } from "../support/exampleRegisters";

describe("hostRing", () => {
  it("orders the Rhein-Kreis Neuss by Kurzname: prefixes do not count, Jüchen between Grevenbroich and Kaarst", () => {
    const members = [
      "Stadt Neuss",
      "Gemeinde Rommerskirchen",
      "Stadt Kaarst",
      "Rhein-Kreis Neuss",
      "Stadt Jüchen",
      "Stadt Meerbusch",
      "Stadt Dormagen",
      "Stadt Korschenbroich",
      "Stadt Grevenbroich",
    ].map((name) => member(name));
    assert.deepEqual(
      hostRing(members).map((m) => m.name),
      [
        "Stadt Dormagen",
        "Stadt Grevenbroich",
        "Stadt Jüchen",
        "Stadt Kaarst",
        "Stadt Korschenbroich",
        "Stadt Meerbusch",
        "Stadt Neuss",
        "Rhein-Kreis Neuss",
        "Gemeinde Rommerskirchen",
      ],
    );
  });

  it("sorts umlauts with their base letter, not after Z", () => {
    const shortNames = ["Zons", "Übach-Palenberg", "Uedem", "Ölbach", "Oberhausen", "Ärzen", "Aachen", "Bonn"];
    assert.deepEqual(
      hostRing(shortNames.map((shortName) => ({ shortName, hosts: true }))).map((m) => m.shortName),
      ["Aachen", "Ärzen", "Bonn", "Oberhausen", "Ölbach", "Übach-Palenberg", "Uedem", "Zons"],
    );
  });

  it("leaves out members that do not host, whatever their membership dates", () => {
    const ring = hostRing([
      member("Stadt Neuss", { hosts: false }),
      member("Stadt Kaarst", { left: "2025-12-31" as PlainDate }),
      member("Stadt Dormagen", { joined: "2030-01-01" as PlainDate }),
    ]);
    assert.deepEqual(
      ring.map((m) => m.name),
      ["Stadt Dormagen", "Stadt Kaarst"],
    );
  });

  it("compares case only as a tie-breaker", () => {
    assert.ok(compareShortNames("aachen", "Bonn") < 0);
    assert.ok(compareShortNames("Jüchen", "Kaarst") < 0);
    assert.ok(compareShortNames("Jüchen", "Grevenbroich") > 0);
  });
});
