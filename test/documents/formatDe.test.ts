import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { formatLongDateDe, formatTimeDe } from "../../src/documents/formatDe";

describe("formatLongDateDe", () => {
  it("writes weekday, day without leading zero, month name and year", () => {
    assert.equal(formatLongDateDe("2027-03-11" as PlainDate), "Donnerstag, 11. März 2027");
    assert.equal(formatLongDateDe("2027-01-04" as PlainDate), "Montag, 4. Januar 2027");
    assert.equal(formatLongDateDe("2028-02-29" as PlainDate), "Dienstag, 29. Februar 2028");
    assert.equal(formatLongDateDe("2026-12-27" as PlainDate), "Sonntag, 27. Dezember 2026");
  });
});

describe("formatTimeDe", () => {
  it("appends Uhr", () => {
    assert.equal(formatTimeDe("10:00"), "10:00 Uhr");
    assert.equal(formatTimeDe("09:30"), "09:30 Uhr");
  });
});
