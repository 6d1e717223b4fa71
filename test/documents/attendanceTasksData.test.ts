import assert from "node:assert/strict";
import { simpleParser } from "mailparser";
import { buildMailing } from "../../src/documents/mailing";
import { invitationData, minutesData } from "../../src/documents/templateData";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Attendance, Located, Registers, Task } from "../../src/domain/registers";
import { meeting } from "../support/exampleRegisters";
import { gremium } from "../support/gremium";
import { templateRegisters } from "./templateRegisters";

/*
 * Anwesenheit and Aufgaben flow into the documents: the minutes of the meeting they belong to, and
 * the next invitation, which reminds of the open tasks.
 */

const attendance = (member: string, person: string | null, status: Attendance["status"], remark: string | null = null): Located<Attendance> => ({ meeting: "2026-06", member, person, status, remark, row: 2 });
const task = (nr: string, meeting: string, due: string | null, status: Task["status"] = "offen"): Located<Task> => ({
  nr,
  meeting,
  item: "2",
  task: `Aufgabe ${nr}`,
  responsible: "Stadt Kaarst (Max Muster)",
  due: due as PlainDate | null,
  status,
  doneOn: status === "erledigt" ? ("2027-01-10" as PlainDate) : null,
  row: 2,
});

const registers: Registers = {
  ...templateRegisters,
  attendance: [
    attendance("Stadt Kaarst", "Max Muster", "anwesend"),
    attendance("Stadt Kaarst", "Erika Ärmel", "entschuldigt", "Urlaub"),
    attendance("Rhein-Kreis Neuss", null, "anwesend"),
    attendance("Gemeinde Rommerskirchen", "Ausgetreten Person", "fehlt"),
  ],
  tasks: [task("10", "2026-06", null), task("2", "2026-06", "2027-02-01"), task("3", "2026-06", "2027-01-15", "erledigt"), task("4", "2027-03", "2027-08-01")],
};

describe("Anwesenheit and Aufgaben in the documents", () => {
  it("the minutes mark each person's status and list the present, the excused and the meeting's tasks", () => {
    const data = minutesData(registers, "2026-06");
    const people = data.Teilnehmende.flatMap((m) => m.Personen.map((p) => `${m.Mitglied}: ${p.Name} ${p.Status}`));
    assert.deepEqual(people, ["Gemeinde Rommerskirchen: Ausgetreten Person fehlt", "Rhein-Kreis Neuss: Dr. Jana Özdemir anwesend", "Stadt Kaarst: Max Muster anwesend", "Stadt Kaarst: Erika Ärmel entschuldigt"]);
    assert.deepEqual(data.Anwesend, [
      { Name: "", Mitglied: "Rhein-Kreis Neuss", Bemerkung: "" },
      { Name: "Max Muster", Mitglied: "Stadt Kaarst", Bemerkung: "" },
    ]);
    assert.deepEqual(data.Entschuldigt, [{ Name: "Erika Ärmel", Mitglied: "Stadt Kaarst", Bemerkung: "Urlaub" }]);
    assert.deepEqual(data.Aufgaben.map((t) => `${t.Nr} ${t.Frist} ${t.Status}`), ["2 01.02.2027 offen", "3 15.01.2027 erledigt", "10  offen"]);
    assert.deepEqual(minutesData(registers, "2027-01").Anwesend, []);
  });

  it("the next invitation lists the open tasks of earlier meetings by deadline, and so does its mail", async () => {
    const data = invitationData(registers, "2027-01");
    assert.deepEqual(data.OffeneAufgaben.map((t) => `${t.Nr} ${t.Frist}`), ["2 01.02.2027", "10 "]);
    assert.deepEqual(invitationData(registers, "2027-03").OffeneAufgaben.map((t) => t.Nr), ["2", "10"], "a task of the meeting itself is not a reminder");
    const mailing = buildMailing("einladung", registers, { nr: "2027-01", stamp: "2027-02-20T09:00:00Z" });
    const mail = await simpleParser(Buffer.from(mailing.files.find((f) => f.name.endsWith(".eml"))!.bytes));
    assert.match(mail.text ?? "", /Offene Aufgaben aus früheren Sitzungen:\n- Aufgabe 2 \(Stadt Kaarst \(Max Muster\), Frist 01\.02\.2027\)\n- Aufgabe 10 \(Stadt Kaarst \(Max Muster\)\)/);
  });

  it("with Gremien the invitation lists the open tasks of its Gremium only: by the Gremium cell, else the Gremium of the meeting that agreed it", () => {
    const withBodies: Registers = {
      ...registers,
      bodies: [gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members: ["Kaarst", "Stadt Jüchen"] })],
      meetings: [...registers.meetings, meeting("AK-Wärme-2027-01", "2027-02-09", { body: "AK-Wärme" }), meeting("AK-Wärme-2027-02", "2027-06-08", { body: "Arbeitskreis Wärme" })],
      tasks: [...registers.tasks, { ...task("20", "2026-06", "2027-04-01"), body: "ak-wärme" }, task("21", "AK-Wärme-2027-01", "2027-05-01"), { ...task("22", "2026-06", null), body: "Beirat" }],
    };
    // The plenary's Sitzung 2027-03: the tasks of plenary meetings without a Gremium cell, as before.
    assert.deepEqual(invitationData(withBodies, "2027-03").OffeneAufgaben.map((t) => t.Nr), ["2", "10"]);
    // The Arbeitskreis: the task the plenary gave it and the one it agreed itself; a task of an unknown Gremium nowhere.
    assert.deepEqual(invitationData(withBodies, "AK-Wärme-2027-02").OffeneAufgaben.map((t) => t.Nr), ["20", "21"]);
    // The minutes stay as they were: the tasks agreed in the meeting, whatever their Gremium.
    assert.deepEqual(minutesData(withBodies, "2026-06").Aufgaben.map((t) => t.Nr), ["2", "3", "10", "20", "22"]);
  });
});
