import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { DEFAULT_SETTINGS, type BlockedPeriod } from "../../src/domain/registers";
import { ruleDate, slotDate } from "../../src/domain/slotDate";

const d = (text: string) => text as PlainDate;
const period = (from: string, to: string, reason: string | null): BlockedPeriod => ({ from: d(from), to: d(to), reason });

describe("ruleDate", () => {
  it("takes the n-th weekday of the month", () => {
    assert.equal(ruleDate(2026, 6, 4, 1), "2026-06-04");
    assert.equal(ruleDate(2026, 6, 4, 2), "2026-06-11");
    assert.equal(ruleDate(2026, 6, 4, 4), "2026-06-25");
    assert.equal(ruleDate(2026, 6, 1, 1), "2026-06-01");
    assert.equal(ruleDate(2026, 6, 3, 1), "2026-06-03");
    assert.equal(ruleDate(2026, 10, 4, 1), "2026-10-01");
    assert.equal(ruleDate(2026, 10, 3, 1), "2026-10-07");
  });

  it("takes the last weekday of the month for letzte", () => {
    assert.equal(ruleDate(2026, 6, 4, "letzte"), "2026-06-25");
    assert.equal(ruleDate(2026, 12, 4, "letzte"), "2026-12-31");
    assert.equal(ruleDate(2028, 2, 2, "letzte"), "2028-02-29");
    assert.equal(ruleDate(2026, 2, 5, "letzte"), "2026-02-27");
  });
});

describe("slotDate", () => {
  const firstThursday = { ...DEFAULT_SETTINGS, weekOfMonth: 1 as const };

  it("keeps a free rule date without a note", () => {
    assert.deepEqual(slotDate(2026, 3, firstThursday, []), { date: "2026-03-05", note: null });
  });

  it("moves off Fronleichnam to the next week and says why", () => {
    assert.deepEqual(slotDate(2026, 6, firstThursday, []), { date: "2026-06-11", note: "verschoben vom 04.06.2026 (Fronleichnam)" });
  });

  it("moves off Christi Himmelfahrt", () => {
    assert.deepEqual(slotDate(2026, 5, DEFAULT_SETTINGS, []), { date: "2026-05-21", note: "verschoben vom 14.05.2026 (Christi Himmelfahrt)" });
  });

  it("keeps Fronleichnam in a state without it", () => {
    assert.deepEqual(slotDate(2026, 6, { ...firstThursday, state: "SH" }, []), { date: "2026-06-04", note: null });
  });

  it("goes back weeks when no later week is left in the month", () => {
    // Last Thursday of December 2026 is Silvester, the week before Heiligabend.
    assert.deepEqual(slotDate(2026, 12, { ...DEFAULT_SETTINGS, weekOfMonth: "letzte" }, []), { date: "2026-12-17", note: "verschoben vom 31.12.2026 (Silvester)" });
  });

  it("tries all later weeks before the earlier ones", () => {
    // June 2026 Thursdays: 4 (Fronleichnam), 11, 18, 25.
    const third = { ...DEFAULT_SETTINGS, weekOfMonth: 3 as const };
    assert.deepEqual(slotDate(2026, 6, third, [period("2026-06-18", "2026-06-18", "Ratssitzung")]), {
      date: "2026-06-25",
      note: "verschoben vom 18.06.2026 (Sperrzeit: Ratssitzung)",
    });
    assert.deepEqual(slotDate(2026, 6, third, [period("2026-06-15", "2026-06-30", "Ferien")]), {
      date: "2026-06-11",
      note: "verschoben vom 18.06.2026 (Sperrzeit: Ferien)",
    });
  });

  it("avoids Weiberfastnacht and Rosenmontag only when configured", () => {
    // 2nd Thursday of February 2026 is Weiberfastnacht, 3rd Monday is Rosenmontag.
    assert.deepEqual(slotDate(2026, 2, DEFAULT_SETTINGS, []), { date: "2026-02-19", note: "verschoben vom 12.02.2026 (Weiberfastnacht)" });
    assert.deepEqual(slotDate(2026, 2, { ...DEFAULT_SETTINGS, weekday: 1, weekOfMonth: 3 }, []), { date: "2026-02-23", note: "verschoben vom 16.02.2026 (Rosenmontag)" });
    const carnivalAllowed = { ...DEFAULT_SETTINGS, avoidCarnival: false };
    assert.deepEqual(slotDate(2026, 2, carnivalAllowed, []), { date: "2026-02-12", note: null });
  });

  it("gives no date but the reasons when every candidate in the month is blocked", () => {
    assert.deepEqual(slotDate(2026, 7, DEFAULT_SETTINGS, [period("2026-06-29", "2026-08-11", "Sommerferien")]), { date: null, reason: "Sperrzeit: Sommerferien" });
    assert.deepEqual(slotDate(2026, 6, firstThursday, [period("2026-06-05", "2026-06-30", null)]), { date: null, reason: "Fronleichnam, Sperrzeit" });
  });
});
