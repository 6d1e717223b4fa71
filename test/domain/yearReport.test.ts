import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Attendance, Located, Task } from "../../src/domain/registers";
import { yearReport } from "../../src/domain/yearReport";
import { exampleRegisters, meeting, member } from "../support/exampleRegisters";

const present = (nr: string, memberName: string, status: Attendance["status"] = "anwesend"): Located<Attendance> => ({ meeting: nr, member: memberName, person: null, status, remark: null, row: 2 });
const task = (nr: string, meetingNr: string, status: Task["status"], doneOn: string | null): Located<Task> => ({
  nr,
  meeting: meetingNr,
  item: null,
  task: `Aufgabe ${nr}`,
  responsible: "Stadt Kaarst",
  due: "2026-06-30" as PlainDate,
  status,
  doneOn: doneOn as PlainDate | null,
  row: 2,
});

describe("yearReport", () => {
  const registers = exampleRegisters({
    members: [member("Stadt Kaarst"), member("Stadt Jüchen", { joined: "2026-06-01" as PlainDate }), member("Stadt Alt", { left: "2026-03-31" as PlainDate }), member("Stadt Später", { joined: "2027-01-01" as PlainDate })],
    meetings: [
      meeting("2025-06", "2025-11-13", { status: "durchgeführt" }),
      meeting("2026-01", "2026-03-05", { status: "durchgeführt", topic: "Wärmeplanung", speakers: "Dr. Roth" }),
      meeting("2026-02", "2026-05-07", { status: "abgesagt" }),
      meeting("2026-03", "2026-07-09", { status: "durchgeführt", host: "Stadt Jüchen" }),
      meeting("2026-04", "2026-11-12", { status: "durchgeführt" }),
      meeting("2026-05", "2026-12-10", { status: "geplant" }),
    ],
    agenda: [{ meeting: "2026-03", item: "2", title: "Förderung", speaker: null, minutes: 20, row: 3 }, { meeting: "2026-03", item: "1", title: "Begrüßung", speaker: "Vorsitz", minutes: 5, row: 2 }],
    attendance: [
      present("2026-01", "Stadt Kaarst"),
      present("2026-01", "Stadt Kaarst"),
      present("2026-01", "Stadt Alt", "entschuldigt"),
      present("2026-03", "Stadt Kaarst"),
      present("2026-03", "Stadt Jüchen"),
      present("2026-02", "Stadt Jüchen"),
      present("2025-06", "Stadt Alt"),
    ],
    tasks: [task("1", "2025-06", "erledigt", "2026-02-01"), task("2", "2026-01", "erledigt", "2026-04-01"), task("3", "2026-03", "offen", null), task("4", "2026-04", "erledigt", "2027-01-10")],
  });
  const report = yearReport(registers, 2026);

  it("counts meetings held, cancelled and pending, with topics and agenda items in order", () => {
    assert.deepEqual(report.held.map((m) => m.nr), ["2026-01", "2026-03", "2026-04"]);
    assert.deepEqual(report.cancelled.map((m) => m.nr), ["2026-02"]);
    assert.deepEqual(report.pending.map((m) => m.nr), ["2026-05"]);
    assert.deepEqual(report.topics.map((t) => `${t.nr} ${t.title} / ${t.speakers}`), ["2026-01 Wärmeplanung / Dr. Roth", "2026-03 TOP 1: Begrüßung / Vorsitz", "2026-03 TOP 2: Förderung / "]);
  });

  it("counts each member's meetings attended of those held while it was a member (two people count once)", () => {
    assert.deepEqual(report.participation, [
      { member: "Stadt Alt", attended: 0, held: 1 },
      { member: "Stadt Jüchen", attended: 1, held: 2 },
      { member: "Stadt Kaarst", attended: 2, held: 3 },
    ]);
  });

  it("counts tasks agreed in the year, done in the year and open at its end", () => {
    assert.deepEqual(report.tasksOpened.map((t) => t.nr), ["2", "3", "4"]);
    assert.deepEqual(report.tasksDone.map((t) => t.nr), ["1", "2"]);
    assert.deepEqual(report.tasksOpenAtEnd.map((t) => t.nr), ["3", "4"]);
  });
});
