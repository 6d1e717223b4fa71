import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { readRegister } from "../../src/domain/readRegister";
import { BLOCKED_PERIOD_COLUMNS, MEETING_COLUMNS, MeetingSchema, MEMBER_COLUMNS, type Meeting } from "../../src/domain/registers";
import { rowFor } from "../../src/domain/rowFor";
import { grid } from "./support/registerGrids";

const meeting: Meeting = {
  nr: "2027-01",
  date: "2027-01-14" as PlainDate,
  start: "10:00",
  end: "12:00",
  format: "Präsenz",
  host: "Stadt Kaarst",
  venue: "Bürgerhaus Kaarst",
  minutesBy: "Stadt Kaarst",
  topic: null,
  speakers: null,
  status: "geplant",
  note: "verschoben vom 07.01.2027 (Sperrzeit: Weihnachtsferien)",
  access: null,
};

describe("rowFor", () => {
  it("writes cells in the order of the workbook's header, matched by name; unknown columns stay empty", () => {
    const header = ["Eigene Spalte", " status ", "Datum", "Nr", "BEGINN", "Gastgeber", "Hinweis"];
    assert.deepEqual(rowFor(header, MEETING_COLUMNS, meeting), [null, "geplant", { date: "2027-01-14" }, "2027-01", { time: "10:00" }, "Stadt Kaarst", "verschoben vom 07.01.2027 (Sperrzeit: Weihnachtsferien)"]);
  });

  it("writes yes/no as Ja/Nein and null as an empty cell", () => {
    const member = { name: "Stadt Kaarst", shortName: "Kaarst", kind: "Stadt", joined: "2021-05-01", left: null, hosts: false, venue: null, address: "Am Markt 1\n41564 Kaarst" };
    assert.deepEqual(rowFor(["Mitglied", "Gastgeber", "Austritt", "Anschrift"], MEMBER_COLUMNS, member), ["Stadt Kaarst", "Nein", null, "Am Markt 1\n41564 Kaarst"]);
    assert.deepEqual(rowFor(["Von", "von", 7, null], BLOCKED_PERIOD_COLUMNS, { from: "2026-07-13", to: "2026-08-25", reason: null }), [{ date: "2026-07-13" }, null, null, null]);
  });

  it("writes rows that read back to the same record", () => {
    const header = [...MEETING_COLUMNS.map((c) => c.header)].reverse();
    const { rows, findings } = readRegister(grid("Sitzungen", header, [rowFor(header, MEETING_COLUMNS, meeting)]), MEETING_COLUMNS, MeetingSchema, { date1904: false });
    assert.deepEqual(findings, []);
    assert.deepEqual(rows, [{ ...meeting, row: 2 }]);
  });
});
