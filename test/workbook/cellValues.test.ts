import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { dateSerialCell, isDateNumberFormat, jsDateToSerial, plainDateToJsDate, timeToDayFraction } from "../../src/workbook/cellValues";

describe("cellValues", () => {
  it("tells date and time formats from number formats", () => {
    for (const format of ["dd.mm.yyyy", "d/m/yy", "hh:mm", "[h]:mm", "yyyy-mm-dd hh:mm", "[$-407]dddd, d. mmmm yyyy"]) assert.ok(isDateNumberFormat(format), format);
    for (const format of ["General", "0", "#,##0.00", '"Tag "0', "@", null, undefined]) assert.equal(isDateNumberFormat(format), false, String(format));
  });

  it("reads serials of the 1900 and the 1904 date system", () => {
    assert.deepEqual(dateSerialCell(46392, false, "dd.mm.yyyy"), { date: "2027-01-05" });
    assert.deepEqual(dateSerialCell(46392 - 1462, true, "dd.mm.yyyy"), { date: "2027-01-05" });
    assert.deepEqual(dateSerialCell(46392.75, false, "dd.mm.yyyy hh:mm"), { date: "2027-01-05" });
  });

  it("reads times of day from time formats and from Excel's day zero", () => {
    assert.deepEqual(dateSerialCell(0.4375, false, "hh:mm"), { time: "10:30" });
    assert.deepEqual(dateSerialCell(46392.5, false, "hh:mm"), { time: "12:00" });
    assert.deepEqual(dateSerialCell(1.5, false, "dd.mm.yyyy hh:mm"), { time: "12:00" });
    assert.deepEqual(dateSerialCell(0.75, true, "dd.mm.yyyy hh:mm"), { time: "18:00" });
    assert.deepEqual(dateSerialCell(0.99999, false, "hh:mm"), { time: "00:00" });
  });

  it("round-trips plain dates and times through what exceljs writes", () => {
    const date = "2028-02-29" as PlainDate;
    for (const date1904 of [false, true]) {
      assert.deepEqual(dateSerialCell(jsDateToSerial(plainDateToJsDate(date), date1904), date1904, "dd.mm.yyyy"), { date });
    }
    assert.deepEqual(dateSerialCell(timeToDayFraction("23:59"), false, "hh:mm"), { time: "23:59" });
  });
});
