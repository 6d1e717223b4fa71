import assert from "node:assert/strict";
import { meetingTimes, meetingVenue } from "../../src/documents/meetingFacts";

describe("meetingTimes", () => {
  const settings = { startTime: "10:00", durationMinutes: 120 };
  it("uses the row's times, else Beginn and Dauer from the settings", () => {
    assert.deepEqual(meetingTimes({ start: null, end: null }, settings), { start: "10:00", end: "12:00" });
    assert.deepEqual(meetingTimes({ start: "14:00", end: null }, settings), { start: "14:00", end: "16:00" });
    assert.deepEqual(meetingTimes({ start: "14:00", end: "15:15" }, settings), { start: "14:00", end: "15:15" });
  });
  it("ignores an Ende not after the Beginn and gives no end past midnight", () => {
    assert.deepEqual(meetingTimes({ start: "14:00", end: "09:00" }, settings), { start: "14:00", end: "16:00" });
    assert.deepEqual(meetingTimes({ start: "23:00", end: null }, settings), { start: "23:00", end: null });
  });
});

describe("meetingVenue", () => {
  const members = [{ name: "Stadt Kaarst", venue: "Rathaus Kaarst" }, { name: "Stadt Jüchen", venue: null }];
  it("prefers the row's Ort, then Online, then the host's Sitzungsort", () => {
    assert.equal(meetingVenue({ venue: "Bürgerhaus", format: "Online", host: "Stadt Kaarst" }, members), "Bürgerhaus");
    assert.equal(meetingVenue({ venue: null, format: "Online", host: "Stadt Kaarst" }, members), "Online");
    assert.equal(meetingVenue({ venue: null, format: "Hybrid", host: "Stadt Kaarst" }, members), "Rathaus Kaarst");
    assert.equal(meetingVenue({ venue: null, format: "Präsenz", host: "Stadt Jüchen" }, members), "");
    assert.equal(meetingVenue({ venue: null, format: "Präsenz", host: "Stadt Unbekannt" }, members), "");
  });
});
