import assert from "node:assert/strict";
import { berlinTime, icsUtc, parseTimestamp, rfc5322Date, type Timestamp } from "../../src/documents/timestamp";

describe("parseTimestamp", () => {
  it("reads ISO instants in UTC and drops fractions of a second", () => {
    assert.equal(parseTimestamp("2026-12-01T09:30:00.123Z"), "2026-12-01T09:30:00Z");
    assert.equal(parseTimestamp("2026-12-01T09:30:00Z"), "2026-12-01T09:30:00Z");
  });
  it("rejects anything else", () => {
    for (const bad of ["2026-12-01", "2026-12-01T09:30:00+01:00", "2026-02-30T09:30:00Z", "2026-12-01T24:30:00Z", "gestern", ""]) {
      assert.equal(parseTimestamp(bad), null, bad);
    }
  });
});

describe("berlinTime and rfc5322Date", () => {
  it("give German local time with CET or CEST offset", () => {
    assert.deepEqual(berlinTime("2026-07-01T08:00:00Z" as Timestamp), { year: 2026, month: 7, day: 1, hour: 10, minute: 0, second: 0, offset: "+0200" });
    assert.equal(rfc5322Date("2026-12-01T09:30:00Z" as Timestamp), "Tue, 01 Dec 2026 10:30:00 +0100");
    assert.equal(rfc5322Date("2026-12-31T23:30:05Z" as Timestamp), "Fri, 01 Jan 2027 00:30:05 +0100");
  });
  it("switch at the change to summer time", () => {
    assert.equal(rfc5322Date("2027-03-28T00:59:59Z" as Timestamp), "Sun, 28 Mar 2027 01:59:59 +0100");
    assert.equal(rfc5322Date("2027-03-28T01:00:00Z" as Timestamp), "Sun, 28 Mar 2027 03:00:00 +0200");
  });
});

describe("icsUtc", () => {
  it("writes the iCalendar UTC form", () => {
    assert.equal(icsUtc("2026-12-01T09:30:00Z" as Timestamp), "20261201T093000Z");
  });
});
