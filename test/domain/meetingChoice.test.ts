import assert from "node:assert/strict";
import { meetingByNr, meetingsByDate, meetingYears, nextMeeting } from "../../src/domain/meetingChoice";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Meeting } from "../../src/domain/registers";

type M = Pick<Meeting, "nr" | "date" | "status">;
const m = (nr: string, date: string, status: Meeting["status"] = "geplant"): M => ({ nr, date: date as PlainDate, status });

describe("meetingChoice", () => {
  const meetings = meetingsByDate([m("2027-02", "2027-05-13"), m("2026-06", "2026-11-12", "durchgeführt"), m("2027-01", "2027-03-11", "abgesagt"), m("2026-10", "2026-11-12")]);

  it("orders by date, then by Nr with numbers compared as numbers", () => {
    assert.deepEqual(meetingsByDate([m("2026-10", "2026-11-12"), m("2026-9", "2026-11-12"), m("2025-01", "2025-01-09")]).map((x) => x.nr), ["2025-01", "2026-9", "2026-10"]);
  });

  it("picks the next meeting from today on that is not cancelled", () => {
    assert.equal(nextMeeting(meetings, "2026-11-12" as PlainDate)?.nr, "2026-06");
    assert.equal(nextMeeting(meetings, "2026-11-13" as PlainDate)?.nr, "2027-02");
  });

  it("falls back to the latest meeting, and to null without meetings", () => {
    assert.equal(nextMeeting(meetings, "2028-01-01" as PlainDate)?.nr, "2027-02");
    assert.equal(nextMeeting([], "2028-01-01" as PlainDate), null);
  });

  it("finds a meeting by its Nr, spaces around it ignored", () => {
    assert.equal(meetingByNr([m("2027-01 ", "2027-03-11"), m("2027-01", "2027-05-13")], " 2027-01")?.date, "2027-03-11");
    assert.equal(meetingByNr(meetings, "2027-1"), undefined);
  });

  it("lists the years with meetings", () => {
    assert.deepEqual(meetingYears(meetings), [2026, 2027]);
  });
});
