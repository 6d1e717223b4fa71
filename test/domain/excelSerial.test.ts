import assert from "node:assert/strict";
import fc from "fast-check";
import { fractionToTime, plainDateToSerial, serialToPlainDate } from "../../src/domain/excelSerial";
import { fromDayNumber, type PlainDate } from "../../src/domain/plainDate";

describe("excelSerial", () => {
  it("reads 1900-system serials, including the days around Excel's fake 29.02.1900", () => {
    assert.equal(serialToPlainDate(1, false), "1900-01-01");
    assert.equal(serialToPlainDate(59, false), "1900-02-28");
    assert.equal(serialToPlainDate(60, false), null);
    assert.equal(serialToPlainDate(61, false), "1900-03-01");
    assert.equal(serialToPlainDate(46097, false), "2026-03-16");
    assert.equal(serialToPlainDate(2958465, false), "9999-12-31");
  });

  it("reads 1904-system serials", () => {
    assert.equal(serialToPlainDate(0, true), "1904-01-01");
    assert.equal(serialToPlainDate(46097 - 1462, true), "2026-03-16");
  });

  it("ignores the time of day and rejects what is no day", () => {
    assert.equal(serialToPlainDate(46097.9, false), "2026-03-16");
    for (const bad of [0, -1, NaN, Infinity, -Infinity, 2958466]) assert.equal(serialToPlainDate(bad, false), null);
    assert.equal(serialToPlainDate(-1, true), null);
  });

  it("writes serials that read back to the same date in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 2932896 }), fc.boolean(), (day, date1904) => {
        const date = fromDayNumber(day) as PlainDate;
        const serial = plainDateToSerial(date, date1904);
        if (serial === null) return date < (date1904 ? "1904-01-01" : "1900-01-01");
        return serialToPlainDate(serial, date1904) === date;
      }),
    );
    assert.equal(plainDateToSerial("2026-03-16" as PlainDate, false), 46097);
    assert.equal(plainDateToSerial("1900-03-01" as PlainDate, false), 61);
    assert.equal(plainDateToSerial("1900-02-28" as PlainDate, false), 59);
    assert.equal(plainDateToSerial("1899-12-31" as PlainDate, false), null);
  });

  it("turns day fractions into HH:MM, rounded to the minute", () => {
    assert.equal(fractionToTime(10 / 24), "10:00");
    assert.equal(fractionToTime(0.4166666), "10:00");
    assert.equal(fractionToTime(46097.75), "18:00");
    assert.equal(fractionToTime(0.99999), "00:00");
    assert.equal(fractionToTime(0), "00:00");
    assert.equal(fractionToTime(-0.5), null);
    assert.equal(fractionToTime(NaN), null);
  });
});
