import assert from "node:assert/strict";
import { blockedDayReason } from "../../src/domain/blockedDays";
import type { PlainDate } from "../../src/domain/plainDate";
import { DEFAULT_SETTINGS, type BlockedPeriod } from "../../src/domain/registers";

const d = (text: string) => text as PlainDate;
const summer: BlockedPeriod = { from: d("2026-07-20"), to: d("2026-09-01"), reason: "Sommerferien" };

describe("blockedDayReason", () => {
  it("names the public holidays of the configured state", () => {
    assert.equal(blockedDayReason(d("2026-06-04"), DEFAULT_SETTINGS, []), "Fronleichnam");
    assert.equal(blockedDayReason(d("2026-05-14"), DEFAULT_SETTINGS, []), "Christi Himmelfahrt");
    assert.equal(blockedDayReason(d("2026-06-04"), { ...DEFAULT_SETTINGS, state: "NI" }, []), null);
    assert.equal(blockedDayReason(d("2026-10-31"), { ...DEFAULT_SETTINGS, state: "NI" }, []), "Reformationstag");
  });

  it("blocks Heiligabend and Silvester in every state", () => {
    assert.equal(blockedDayReason(d("2026-12-24"), DEFAULT_SETTINGS, []), "Heiligabend");
    assert.equal(blockedDayReason(d("2027-12-31"), { ...DEFAULT_SETTINGS, state: "BE" }, []), "Silvester");
  });

  it("blocks Weiberfastnacht and Rosenmontag only when carnival is to be avoided", () => {
    // Easter 2026 is on 5 April: Weiberfastnacht 52, Rosenmontag 48 days before.
    assert.equal(blockedDayReason(d("2026-02-12"), DEFAULT_SETTINGS, []), "Weiberfastnacht");
    assert.equal(blockedDayReason(d("2026-02-16"), DEFAULT_SETTINGS, []), "Rosenmontag");
    assert.equal(blockedDayReason(d("2027-02-08"), DEFAULT_SETTINGS, []), "Rosenmontag");
    const carnivalAllowed = { ...DEFAULT_SETTINGS, avoidCarnival: false };
    assert.equal(blockedDayReason(d("2026-02-12"), carnivalAllowed, []), null);
    assert.equal(blockedDayReason(d("2026-02-16"), carnivalAllowed, []), null);
  });

  it("blocks a Sperrzeit from its first to its last day, with its Grund", () => {
    assert.equal(blockedDayReason(d("2026-07-19"), DEFAULT_SETTINGS, [summer]), null);
    assert.equal(blockedDayReason(d("2026-07-20"), DEFAULT_SETTINGS, [summer]), "Sperrzeit: Sommerferien");
    assert.equal(blockedDayReason(d("2026-08-13"), DEFAULT_SETTINGS, [summer]), "Sperrzeit: Sommerferien");
    assert.equal(blockedDayReason(d("2026-09-01"), DEFAULT_SETTINGS, [summer]), "Sperrzeit: Sommerferien");
    assert.equal(blockedDayReason(d("2026-09-02"), DEFAULT_SETTINGS, [summer]), null);
  });

  it("says just Sperrzeit when the Grund is empty", () => {
    const period = (reason: string | null): BlockedPeriod => ({ from: d("2026-03-01"), to: d("2026-03-31"), reason });
    assert.equal(blockedDayReason(d("2026-03-12"), DEFAULT_SETTINGS, [period(null)]), "Sperrzeit");
    assert.equal(blockedDayReason(d("2026-03-12"), DEFAULT_SETTINGS, [period("  ")]), "Sperrzeit");
  });

  it("prefers the holiday's name over a Sperrzeit covering it", () => {
    const june: BlockedPeriod = { from: d("2026-06-01"), to: d("2026-06-30"), reason: "Haushaltsberatungen" };
    assert.equal(blockedDayReason(d("2026-06-04"), DEFAULT_SETTINGS, [june]), "Fronleichnam");
  });

  it("leaves ordinary working days free", () => {
    assert.equal(blockedDayReason(d("2026-06-11"), DEFAULT_SETTINGS, [summer]), null);
    assert.equal(blockedDayReason(d("2026-12-23"), DEFAULT_SETTINGS, []), null);
  });
});
