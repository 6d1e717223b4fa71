import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { recipientsOn } from "../../src/documents/recipients";
import { contact, exampleRegisters } from "../support/exampleRegisters";

describe("recipientsOn", () => {
  it("takes the active contacts of every role of the members active on the date, by member then last name", () => {
    const recipients = recipientsOn(exampleRegisters(), "2027-01-14" as PlainDate);
    assert.deepEqual(
      recipients.map((r) => `${r.member.name} / ${r.name} / ${r.contact.role}`),
      [
        "Rhein-Kreis Neuss / Dr. Jana Özdemir / Ansprechperson",
        "Stadt Jüchen / Alex Beispiel / Verteiler",
        "Stadt Kaarst / Erika Ärmel / Vertretung",
        "Stadt Kaarst / Max Muster / Ansprechperson",
      ],
    );
    assert.deepEqual(
      recipients.map((r) => r.salutation),
      ["Sehr geehrte Frau Dr. Özdemir,", "Guten Tag Alex Beispiel,", "Sehr geehrte Frau Ärmel,", "Sehr geehrter Herr Muster,"],
    );
  });

  it("includes a member on its last day and from its first day", () => {
    const onLastDay = recipientsOn(exampleRegisters(), "2026-12-31" as PlainDate).map((r) => r.member.name);
    assert.ok(onLastDay.includes("Gemeinde Rommerskirchen"));
    assert.ok(!onLastDay.includes("Stadt Zons"));
    const onFirstDay = recipientsOn(exampleRegisters(), "2027-02-01" as PlainDate).map((r) => r.member.name);
    assert.ok(onFirstDay.includes("Stadt Zons"));
    assert.ok(!onFirstDay.includes("Gemeinde Rommerskirchen"));
  });

  it("sorts members with German collation (Jüchen before Kaarst, Ä with A)", () => {
    const registers = exampleRegisters({
      contacts: [
        contact("Stadt Kaarst", "Zoe", "Zander"),
        contact("Stadt Kaarst", "Anna", "Ärmel"),
        contact("Stadt Kaarst", "Bernd", "Becker"),
        contact("Stadt Jüchen", "Carl", "Conrad"),
      ],
    });
    assert.deepEqual(
      recipientsOn(registers, "2027-01-14" as PlainDate).map((r) => r.contact.lastName),
      ["Conrad", "Ärmel", "Becker", "Zander"],
    );
  });

  it("trims the address", () => {
    const registers = exampleRegisters({ contacts: [contact("Stadt Kaarst", "Max", "Muster", { email: " max@example.org " })] });
    assert.equal(recipientsOn(registers, "2027-01-14" as PlainDate)[0].email, "max@example.org");
  });
});
