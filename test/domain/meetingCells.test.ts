import assert from "node:assert/strict";
import { expectedAttendees } from "../../src/domain/expectedAttendees";
import { MeetingChangeError } from "../../src/domain/meetingChange";
import { meetingCells, meetingRowUpdates } from "../../src/domain/meetingCells";
import type { PlainDate } from "../../src/domain/plainDate";
import { parseResponsible } from "../../src/domain/responsible";
import { contact, exampleRegisters, member } from "../support/exampleRegisters";
import { gremium } from "../support/gremium";
import { d, grid, workbook } from "./support/registerGrids";

describe("meetingCells and meetingRowUpdates", () => {
  it("names only the cells of the changed fields, a date as a date cell and a time as a time cell", () => {
    const place = meetingCells(workbook(), "2025-02", { date: "2025-11-20" as PlainDate, start: "14:00", note: "verschoben vom 13.11.2025 (am 01.11.2025)" });
    assert.deepEqual(place, {
      sheet: "Sitzungen",
      nr: "2025-02",
      nrCell: "A3",
      updates: [
        { cell: "B3", value: d("2025-11-20") },
        { cell: "C3", value: { time: "14:00" } },
        { cell: "L3", value: "verschoben vom 13.11.2025 (am 01.11.2025)" },
      ],
      missing: [],
    });
    assert.equal(meetingCells(workbook(), "2099-01", { status: "abgesagt" }), null);
  });

  it("guards each row by its Nr and refuses, before anything is written, a field without its column", () => {
    assert.deepEqual(meetingRowUpdates(workbook(), [{ nr: "2025-01", fields: { status: "abgesagt" } }]), [{ guard: { cell: "A2", text: "2025-01" }, updates: [{ cell: "K2", value: "abgesagt" }] }]);
    const wb = workbook();
    const withoutNote = { ...wb, grids: wb.grids.map((g) => (g.sheet === "Sitzungen" ? grid("Sitzungen", g.header.slice(0, 11), g.rows.map((r) => r.slice(0, 11))) : g)) };
    assert.throws(
      () => meetingRowUpdates(withoutNote, [{ nr: "2025-01", fields: { status: "abgesagt", note: "abgesagt am 01.11.2025" } }]),
      (e: Error) => e instanceof MeetingChangeError && /Im Blatt „Sitzungen“ fehlt die Spalte „Hinweis“\. Bitte die Spalte ergänzen; es wurde nichts geändert\./.test(e.message),
    );
  });
});

describe("expectedAttendees", () => {
  it("lists the active Ansprechpersonen and Vertretungen of the members of that day, not the Verteiler", () => {
    const registers = exampleRegisters();
    assert.deepEqual(
      expectedAttendees(registers, { date: "2027-03-11" as PlainDate, body: null }).map((a) => `${a.member}: ${a.person}`),
      ["Rhein-Kreis Neuss: Jana Özdemir", "Stadt Kaarst: Erika Ärmel", "Stadt Kaarst: Max Muster", "Stadt Zons: Spät Dabei"],
    );
    const leftLater = exampleRegisters({ members: [member("Stadt Kaarst", { left: "2027-01-31" as PlainDate })], contacts: [contact("Stadt Kaarst", "Max", "Muster")] });
    assert.deepEqual(expectedAttendees(leftLater, { date: "2027-03-11" as PlainDate, body: null }), []);
  });

  it("with a Gremien sheet, lists only the people of the meeting's Gremium", () => {
    const registers = exampleRegisters({
      bodies: [gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members: ["Stadt Kaarst"] })],
      contacts: [contact("Stadt Kaarst", "Max", "Muster"), contact("Stadt Kaarst", "Nur", "Plenum", { bodies: ["Plenum"] }), contact("Rhein-Kreis Neuss", "Jana", "Özdemir")],
    });
    const on = (body: string) => expectedAttendees(registers, { date: "2027-03-11" as PlainDate, body }).map((a) => a.person);
    assert.deepEqual(on("AK-Wärme"), ["Max Muster"]);
    assert.deepEqual(on("Plenum"), ["Jana Özdemir", "Max Muster", "Nur Plenum"]);
  });
});

describe("parseResponsible", () => {
  it("splits the member from a person in parentheses", () => {
    assert.deepEqual(parseResponsible(" Stadt Kaarst (Cora Test) "), { member: "Stadt Kaarst", person: "Cora Test" });
    assert.deepEqual(parseResponsible("Rhein-Kreis Neuss"), { member: "Rhein-Kreis Neuss", person: null });
    assert.deepEqual(parseResponsible("Stadt Kaarst ()"), { member: "Stadt Kaarst", person: null });
    assert.deepEqual(parseResponsible("(nur Klammer)"), { member: "(nur Klammer)", person: null });
  });
});
