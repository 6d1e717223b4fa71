import assert from "node:assert/strict";
import { cancelMeeting } from "../../src/domain/cancelMeeting";
import { MeetingChangeError } from "../../src/domain/meetingChange";
import { appendNote, cancellationLine, moveLine, wasChanged } from "../../src/domain/meetingHistory";
import { moveMeeting } from "../../src/domain/moveMeeting";
import type { PlainDate } from "../../src/domain/plainDate";
import { exampleRegisters, meeting } from "../support/exampleRegisters";

const TODAY = "2026-12-03" as PlainDate;
const date = (iso: string) => iso as PlainDate;

describe("meeting history lines in Hinweis", () => {
  it("appends a line after what the Hinweis held", () => {
    assert.equal(appendNote(null, "abgesagt am 03.12.2026"), "abgesagt am 03.12.2026");
    assert.equal(appendNote("  ", "x"), "x");
    assert.equal(appendNote("verschoben vom 04.06.2026 (Fronleichnam)", "abgesagt am 03.12.2026"), "verschoben vom 04.06.2026 (Fronleichnam); abgesagt am 03.12.2026");
  });

  it("writes cancellation and move lines, and tells them from the planner's own line", () => {
    assert.equal(cancellationLine(TODAY, " Krankheit \n der Referentin "), "abgesagt am 03.12.2026: Krankheit der Referentin");
    assert.equal(cancellationLine(TODAY, null), "abgesagt am 03.12.2026");
    assert.equal(moveLine(date("2027-03-11"), ["10:00 Uhr", "Rathaus; Saal 2"], TODAY), "verschoben vom 11.03.2027, 10:00 Uhr, Rathaus Saal 2 (am 03.12.2026)");
    assert.ok(wasChanged("verschoben vom 11.03.2027 (am 03.12.2026)"));
    assert.ok(wasChanged("Raum klären; abgesagt am 03.12.2026: Krankheit"));
    assert.ok(!wasChanged("verschoben vom 04.06.2026 (Fronleichnam)"));
    assert.ok(!wasChanged(null));
  });
});

describe("cancelMeeting", () => {
  const meetings = [meeting("2027-01", "2027-01-14", { note: "verschoben vom 07.01.2027 (Sperrzeit)" }), meeting("2027-02", "2027-03-11", { status: "abgesagt" }), meeting("2026-06", "2026-11-12", { status: "durchgeführt" })];

  it("sets Status abgesagt and adds the Hinweis line, nothing else", () => {
    assert.deepEqual(cancelMeeting(meetings, " 2027-01 ", "Krankheit", TODAY), {
      nr: "2027-01",
      fields: { status: "abgesagt", note: "verschoben vom 07.01.2027 (Sperrzeit); abgesagt am 03.12.2026: Krankheit" },
      findings: [],
    });
  });

  it("refuses an unknown, a cancelled and a held meeting in German", () => {
    assert.throws(() => cancelMeeting(meetings, "2099-01", null, TODAY), (e: Error) => e instanceof MeetingChangeError && /„2099-01“ steht nicht im Blatt „Sitzungen“/.test(e.message));
    assert.throws(() => cancelMeeting(meetings, "2027-02", null, TODAY), /ist schon abgesagt/);
    assert.throws(() => cancelMeeting(meetings, "2026-06", null, TODAY), /ist schon durchgeführt/);
  });
});

describe("moveMeeting", () => {
  const registers = exampleRegisters({
    meetings: [meeting("2027-01", "2027-01-14", { start: "10:00", end: "12:00", venue: "Rathaus Kaarst" }), meeting("2027-02", "2027-03-11"), meeting("2027-03", "2027-05-13", { status: "abgesagt" })],
    blockedPeriods: [{ from: date("2027-04-01"), to: date("2027-04-10"), reason: "Osterferien", row: 2 }],
  });

  it("changes the date only, with the former date in Hinweis", () => {
    const change = moveMeeting(registers, "2027-01", { date: date("2027-01-21") }, TODAY);
    assert.deepEqual(change.fields, { date: "2027-01-21", note: "verschoben vom 14.01.2027 (am 03.12.2026)" });
    assert.deepEqual(change.findings, []);
  });

  it("moves Beginn and keeps the meeting's length, and names the former time and venue", () => {
    const change = moveMeeting(registers, "2027-01", { date: date("2027-01-14"), start: "14:30", venue: "Online" }, TODAY);
    assert.deepEqual(change.fields, { start: "14:30", end: "16:30", venue: "Online", note: "verschoben vom 14.01.2027, 10:00 Uhr, Rathaus Kaarst (am 03.12.2026)" });
  });

  it("warns, but does not refuse, on a blocked day, a day with another meeting, a past date", () => {
    const codes = (target: string) => moveMeeting(registers, "2027-01", { date: date(target) }, TODAY).findings.map((f) => f.code);
    assert.deepEqual(codes("2027-04-06"), ["sperrtag"]);
    assert.deepEqual(codes("2027-03-11"), ["gleicher-tag"]);
    assert.deepEqual(codes("2027-05-13"), [], "a cancelled meeting that day does not count");
    assert.deepEqual(codes("2026-12-25"), ["sperrtag"]);
    assert.deepEqual(codes("2026-11-26"), ["termin-vergangen"]);
    assert.match(moveMeeting(registers, "2027-01", { date: date("2027-04-06") }, TODAY).findings[0].message, /Der 06\.04\.2027 ist ein gesperrter Tag \(Sperrzeit: Osterferien\)/);
  });

  it("warns when the host is no member on the new date", () => {
    const left = exampleRegisters({ meetings: [meeting("2026-07", "2026-12-10", { host: "Gemeinde Rommerskirchen" })] });
    assert.deepEqual(moveMeeting(left, "2026-07", { date: date("2027-01-14") }, TODAY).findings.map((f) => f.code), ["gastgeber-nicht-mitglied-am-datum"]);
  });

  it("refuses a move that changes nothing, and a cancelled meeting", () => {
    assert.throws(() => moveMeeting(registers, "2027-01", { date: date("2027-01-14"), start: "10:00" }, TODAY), /ist schon am 14\.01\.2027 um 10:00 Uhr\. Es wurde nichts geändert/);
    assert.throws(() => moveMeeting(registers, "2027-03", { date: date("2027-05-20") }, TODAY), /ist abgesagt und kann nicht verschoben werden/);
  });
});
