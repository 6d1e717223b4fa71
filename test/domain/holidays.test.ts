import assert from "node:assert/strict";
import fc from "fast-check";
import { easterSunday, publicHolidays, type GermanState } from "../../src/domain/holidays";
import { dateParts, isoWeekday, type PlainDate } from "../../src/domain/plainDate";
import { STATES } from "../../src/domain/registers";

describe("easterSunday", () => {
  it("matches known Easter dates", () => {
    const known: [number, string][] = [
      [1818, "1818-03-22"],
      [2019, "2019-04-21"],
      [2024, "2024-03-31"],
      [2025, "2025-04-20"],
      [2026, "2026-04-05"],
      [2027, "2027-03-28"],
      [2038, "2038-04-25"],
      [2285, "2285-03-22"],
    ];
    for (const [year, date] of known) assert.equal(easterSunday(year), date, String(year));
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        const { month, day } = dateParts(easter);
        assert.equal(isoWeekday(easter), 7);
        assert.ok((month === 3 && day >= 22) || (month === 4 && day <= 25), easter);
      }),
    );
  });
});

describe("publicHolidays", () => {
  it("lists the eleven holidays of Nordrhein-Westfalen in 2026", () => {
    assert.deepEqual(
      [...publicHolidays(2026, "NW")].sort(),
      [
        ["2026-01-01", "Neujahr"],
        ["2026-04-03", "Karfreitag"],
        ["2026-04-06", "Ostermontag"],
        ["2026-05-01", "Tag der Arbeit"],
        ["2026-05-14", "Christi Himmelfahrt"],
        ["2026-05-25", "Pfingstmontag"],
        ["2026-06-04", "Fronleichnam"],
        ["2026-10-03", "Tag der Deutschen Einheit"],
        ["2026-11-01", "Allerheiligen"],
        ["2026-12-25", "1. Weihnachtstag"],
        ["2026-12-26", "2. Weihnachtstag"],
      ],
    );
  });

  it("knows how many holidays each state has in 2026", () => {
    const counts: Record<GermanState, number> = {
      BW: 12, BY: 12, BE: 10, BB: 12, HB: 10, HH: 10, HE: 12, MV: 11,
      NI: 10, NW: 11, RP: 11, SL: 12, SN: 11, ST: 11, SH: 10, TH: 11,
    };
    for (const state of STATES) assert.equal(publicHolidays(2026, state).size, counts[state], state);
  });

  it("keeps the state holidays in their states only", () => {
    const cases: [GermanState, string, string | undefined][] = [
      ["BY", "2026-01-06", "Heilige Drei Könige"],
      ["NW", "2026-01-06", undefined],
      ["ST", "2026-01-06", "Heilige Drei Könige"],
      ["HE", "2026-06-04", "Fronleichnam"],
      ["NI", "2026-06-04", undefined],
      ["SL", "2026-08-15", "Mariä Himmelfahrt"],
      // Only part of Bavaria keeps Mariä Himmelfahrt: not a state-wide holiday here.
      ["BY", "2026-08-15", undefined],
      ["BW", "2026-11-01", "Allerheiligen"],
      ["BE", "2026-11-01", undefined],
      ["BB", "2026-04-05", "Ostersonntag"],
      ["BB", "2026-05-24", "Pfingstsonntag"],
      ["NW", "2026-05-24", undefined],
    ];
    for (const [state, date, name] of cases) assert.equal(publicHolidays(2026, state).get(date as PlainDate), name, `${state} ${date}`);
  });

  it("puts Buß- und Bettag in Saxony on the last Wednesday before 23 November", () => {
    assert.equal(publicHolidays(2023, "SN").get("2023-11-22" as PlainDate), "Buß- und Bettag");
    assert.equal(publicHolidays(2026, "SN").get("2026-11-18" as PlainDate), "Buß- und Bettag");
    assert.equal(publicHolidays(2027, "SN").get("2027-11-17" as PlainDate), "Buß- und Bettag");
    assert.equal(publicHolidays(2026, "BY").get("2026-11-18" as PlainDate), undefined);
  });

  it("starts holidays in the year the state law introduced them", () => {
    const cases: [GermanState, string, string | undefined][] = [
      ["BE", "2018-03-08", undefined],
      ["BE", "2019-03-08", "Internationaler Frauentag"],
      ["MV", "2022-03-08", undefined],
      ["MV", "2023-03-08", "Internationaler Frauentag"],
      ["TH", "2018-09-20", undefined],
      ["TH", "2019-09-20", "Weltkindertag"],
      ["NI", "2016-10-31", undefined],
      ["NI", "2018-10-31", "Reformationstag"],
      ["SN", "2016-10-31", "Reformationstag"],
    ];
    for (const [state, date, name] of cases) {
      assert.equal(publicHolidays(dateParts(date as PlainDate).year, state).get(date as PlainDate), name, `${state} ${date}`);
    }
  });

  it("knows the one-off holidays: Reformationstag 2017 everywhere, Tag der Befreiung in Berlin", () => {
    for (const state of STATES) assert.equal(publicHolidays(2017, state).get("2017-10-31" as PlainDate), "Reformationstag", state);
    assert.equal(publicHolidays(2018, "NW").get("2018-10-31" as PlainDate), undefined);
    assert.equal(publicHolidays(2020, "BE").get("2020-05-08" as PlainDate), "Tag der Befreiung");
    assert.equal(publicHolidays(2025, "BE").get("2025-05-08" as PlainDate), "Tag der Befreiung");
    assert.equal(publicHolidays(2026, "BE").get("2026-05-08" as PlainDate), undefined);
  });

  it("moves the Easter holidays with Easter (2027: Easter on 28.03.)", () => {
    const nw2027 = publicHolidays(2027, "NW");
    assert.equal(nw2027.get("2027-03-26" as PlainDate), "Karfreitag");
    assert.equal(nw2027.get("2027-03-29" as PlainDate), "Ostermontag");
    assert.equal(nw2027.get("2027-05-06" as PlainDate), "Christi Himmelfahrt");
    assert.equal(nw2027.get("2027-05-17" as PlainDate), "Pfingstmontag");
    assert.equal(nw2027.get("2027-05-27" as PlainDate), "Fronleichnam");
  });
});
