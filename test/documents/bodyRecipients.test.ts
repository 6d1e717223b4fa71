import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Registers } from "../../src/domain/registers";
import { buildMailing } from "../../src/documents/mailing";
import { recipientsOn } from "../../src/documents/recipients";
import { minutesData } from "../../src/documents/templateData";
import { contact, exampleRegisters, meeting } from "../support/exampleRegisters";
import { gremium } from "../support/gremium";


/** The example registers with a plenary (everyone) and an Arbeitskreis of Kaarst and Jüchen, where one Kaarst contact is only in the plenary. */
function withBodies(): Registers {
  const base = exampleRegisters();
  return {
    ...base,
    contacts: [...base.contacts.map((c) => (c.lastName === "Ärmel" ? { ...c, bodies: ["Plenum"] as string[] } : c)), contact("Rhein-Kreis Neuss", "Nur", "Arbeitskreis", { bodies: ["AK-Wärme"] })],
    meetings: [...base.meetings, meeting("AK-Wärme-2027-01", "2027-01-19", { host: "Stadt Jüchen", minutesBy: "Stadt Jüchen", body: "Arbeitskreis Wärme" })],
    bodies: [gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members: ["Kaarst", "Stadt Jüchen"] })],
  };
}

describe("documents for a Gremium's meeting", () => {
  it("go to the Gremium's members' contacts whose Gremium cell is empty or names it", () => {
    const registers = withBodies();
    const ak = recipientsOn(registers, "2027-01-19" as PlainDate, registers.meetings[2]).map((r) => `${r.member.name}: ${r.contact.lastName}`);
    assert.deepEqual(ak, ["Stadt Jüchen: Beispiel", "Stadt Kaarst: Muster"]);
    const plenum = recipientsOn(registers, "2027-01-14" as PlainDate, registers.meetings[0]).map((r) => r.contact.lastName);
    assert.ok(plenum.includes("Ärmel") && !plenum.includes("Arbeitskreis"));
  });

  it("reach everyone without a Gremien sheet, as before", () => {
    const registers = exampleRegisters();
    assert.deepEqual(recipientsOn(registers, "2027-01-14" as PlainDate, registers.meetings[0]), recipientsOn(registers, "2027-01-14" as PlainDate));
  });

  it("list only the Gremium's members for attendance and mail only its people", () => {
    const registers = withBodies();
    assert.deepEqual(minutesData(registers, "AK-Wärme-2027-01").Teilnehmende.map((t) => t.Mitglied), ["Stadt Jüchen", "Stadt Kaarst"]);
    const mailing = buildMailing("einladung", registers, { nr: "AK-Wärme-2027-01", stamp: "2026-12-01T09:30:00Z" });
    assert.deepEqual(mailing.recipients.map((r) => r.mitglied).sort(), ["Stadt Jüchen", "Stadt Kaarst"]);
  });
});
