import assert from "node:assert/strict";
import { addMinutes, timeOfMinutes } from "../../src/domain/timeOfDay";

describe("addMinutes", () => {
  it("adds minutes across the hour", () => {
    assert.equal(addMinutes("10:00", 120), "12:00");
    assert.equal(addMinutes("09:45", 90), "11:15");
    assert.equal(addMinutes("14:00", 0), "14:00");
  });

  it("ends at 23:59 at the latest and gives null past midnight", () => {
    assert.equal(addMinutes("22:00", 119), "23:59");
    assert.equal(addMinutes("22:00", 120), null);
    assert.equal(addMinutes("23:00", 1440), null);
  });
});

describe("timeOfMinutes", () => {
  it("writes minutes after midnight as HH:MM with leading zeros", () => {
    assert.equal(timeOfMinutes(0), "00:00");
    assert.equal(timeOfMinutes(570), "09:30");
    assert.equal(timeOfMinutes(1439), "23:59");
  });
});
