import assert from "node:assert/strict";
import { meetingEvent, meetingUid } from "../../src/documents/meetingEvent";
import type { Timestamp } from "../../src/documents/timestamp";
import { exampleRegisters, meeting } from "../support/exampleRegisters";

const STAMP = "2026-12-03T09:30:00Z" as Timestamp;

describe("meetingUid", () => {
  it("is the same for the same alliance and Nr and differs otherwise", () => {
    assert.equal(meetingUid("Allianz A", "2027-01"), meetingUid(" Allianz A", "2027-01 "));
    assert.notEqual(meetingUid("Allianz A", "2027-01"), meetingUid("Allianz B", "2027-01"));
    assert.notEqual(meetingUid("Allianz A", "2027-01"), meetingUid("Allianz A", "2027-02"));
    assert.match(meetingUid("Allianz A", "2027-01"), /^sitzung-2027-01-[0-9a-f]{16}@allianz-planer$/);
  });
});

describe("meetingEvent", () => {
  const registers = exampleRegisters();

  it("takes times from the row or from the settings, and the venue from the row or the host", () => {
    const first = meetingEvent(meeting("2027-01", "2027-01-14"), registers, STAMP);
    assert.deepEqual([first.start, first.end], [{ date: "2027-01-14", time: "10:00" }, { date: "2027-01-14", time: "12:00" }]);
    assert.equal(first.location, "Rathaus Kaarst");
    const own = meetingEvent(meeting("2027-02", "2027-03-11", { start: "14:00", end: "16:30", venue: "Bürgerhaus" }), registers, STAMP);
    assert.deepEqual([own.start.time, own.end.time, own.location], ["14:00", "16:30", "Bürgerhaus"]);
    assert.equal(meetingEvent(meeting("2027-03", "2027-05-13", { format: "Online" }), registers, STAMP).location, "Online");
  });

  it("names the alliance, the topic and who hosts and keeps the minutes", () => {
    const e = meetingEvent(meeting("2027-01", "2027-01-14", { topic: "Wärmeplanung", host: "Stadt Jüchen", minutesBy: "Stadt Jüchen" }), registers, STAMP);
    assert.equal(e.summary, "Sitzung 2027-01 – Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss");
    assert.equal(e.description, "Thema: Wärmeplanung\nFormat: Präsenz\nGastgeber: Stadt Jüchen\nProtokoll: Stadt Jüchen");
  });

  it("gives a moved meeting a SEQUENCE that grows with the time the file is made", () => {
    const moved = meeting("2027-01", "2027-01-21", { note: "verschoben vom 14.01.2027 (am 03.12.2026)" });
    const first = meetingEvent(moved, registers, STAMP).sequence;
    const later = meetingEvent(moved, registers, "2026-12-03T09:30:01Z" as Timestamp).sequence;
    assert.ok(first > 0 && later > first, `${first} < ${later}`);
    assert.equal(meetingEvent(meeting("2027-01", "2027-01-14", { note: "verschoben vom 04.06.2026 (Fronleichnam)" }), registers, STAMP).sequence, 0);
  });

  it("gives a cancelled meeting a higher SEQUENCE and the cancelled status", () => {
    const planned = meetingEvent(meeting("2027-01", "2027-01-14"), registers, STAMP);
    const cancelled = meetingEvent(meeting("2027-01", "2027-01-14", { status: "abgesagt" }), registers, STAMP);
    assert.deepEqual([planned.sequence, planned.cancelled], [0, false]);
    assert.deepEqual([cancelled.sequence, cancelled.cancelled], [218453400, true]);
    assert.equal(planned.uid, cancelled.uid);
  });
});
