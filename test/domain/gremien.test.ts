import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bodiesOf, bodyNamed } from "../../src/domain/bodiesOf";
import { bodySlots } from "../../src/domain/bodySlots";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import type { RawCell, WorkbookGrids } from "../../src/domain/grid";
import { parseMonthList } from "../../src/domain/monthList";
import { isoWeekday, type PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { planYear } from "../../src/domain/planYear";
import { registersOfBody } from "../../src/domain/registersOfBody";
import { BODY_COLUMNS, DEFAULT_SETTINGS, type Body, type Located, type Registers } from "../../src/domain/registers";
import { weekSlotDate } from "../../src/domain/slotDate";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { meeting, member } from "../support/exampleRegisters";
import { gremium } from "../support/gremium";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const TODAY = "2026-11-02" as PlainDate;

const MEMBERS = ["Rhein-Kreis Neuss", "Stadt Dormagen", "Stadt Grevenbroich", "Stadt Jüchen", "Stadt Kaarst", "Stadt Neuss", "Energieagentur NRW"].map((name) =>
  member(name, name === "Energieagentur NRW" ? { kind: "Sonstige", hosts: false, venue: null } : {}),
);

function registers(bodies: Located<Body>[], overrides: Partial<Registers> = {}): Registers {
  return {
    members: MEMBERS,
    contacts: [],
    meetings: [meeting("2026-06", "2026-11-12", { host: "Stadt Dormagen", minutesBy: "Stadt Dormagen", status: "durchgeführt" })],
    agenda: [],
    blockedPeriods: [],
    attendance: [],
    tasks: [],
    settings: { ...DEFAULT_SETTINGS, chair: "Stadt Kaarst" },
    bodies,
    ...overrides,
  };
}

async function exampleGrids(): Promise<WorkbookGrids> {
  return (await XlsxRegisterStore.fromBuffer(readFileSync(EXAMPLE), "Beispiel-Allianz.xlsx")).read();
}

describe("Gremien: without the sheet, planning is version 1", () => {
  // Recorded from main at 792973a (without the Gremien code) with planWorkbook on the example, today 2026-11-02.
  const recorded = JSON.parse(readFileSync(path.join(__dirname, "fixtures", "beispiel-plan-main-792973a.json"), "utf8")) as Record<string, unknown>;

  for (const year of [2026, 2027, 2028]) {
    it(`plans the example for ${year} exactly as before: meetings, rows, findings, blockers`, async () => {
      const outcome = planWorkbook(await exampleGrids(), year, TODAY);
      // The sheets that came after the recording (Anwesenheit, Aufgaben) have findings of their own.
      const findings = outcome.findings.filter((f) => f.sheet !== "Anwesenheit" && f.sheet !== "Aufgaben");
      assert.deepEqual(JSON.parse(JSON.stringify({ meetings: outcome.meetings, rows: outcome.rows, findings, blockers: outcome.blockers })), recorded[year]);
    });
  }

  it("plans the same dates, hosts and Nr when the Gremien sheet holds one body with empty cells", async () => {
    const wb = await exampleGrids();
    const withSheet: WorkbookGrids = { ...wb, grids: [...wb.grids, { sheet: "Gremien", headerRow: 1, firstColumn: 0, header: BODY_COLUMNS.map((c) => c.header), rows: [["Plenum"]] }] };
    const before = planWorkbook(wb, 2027, TODAY).meetings;
    const after = planWorkbook(withSheet, 2027, TODAY).meetings;
    assert.deepEqual(after, before.map((m) => ({ ...m, body: "Plenum" })));
  });
});

describe("parseMonthList", () => {
  it("reads lists as people type them and refuses anything else", () => {
    assert.deepEqual(parseMonthList("12; 3, 6 9"), [3, 6, 9, 12]);
    assert.deepEqual(parseMonthList("5"), [5]);
    assert.equal(parseMonthList("März"), null);
    assert.equal(parseMonthList("3, 13"), null);
    assert.equal(parseMonthList(""), null);
  });
});

describe("bodiesOf and bodyNamed", () => {
  it("without Gremien rows gives one body ruled by the Einstellungen", () => {
    const [only, ...rest] = bodiesOf({ settings: { ...DEFAULT_SETTINGS, allianceName: "Allianz X", cadence: "vierteljährlich", meetingMonths: [3, 6, 9, 12] } });
    assert.deepEqual(rest, []);
    assert.deepEqual([only.name, only.shortName, only.months, only.hostRule, only.members, only.listed], ["Allianz X", null, [3, 6, 9, 12], "reihum", "alle", false]);
  });

  it("fills empty cells from the Einstellungen and a Turnus's months when only the Turnus is given", () => {
    const [plenum, ak] = bodiesOf(registers([gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", cadence: "vierteljährlich", weekday: "Dienstag" })]));
    assert.deepEqual([plenum.cadence, plenum.months, plenum.weekday], ["zweimonatlich", [1, 3, 5, 7, 9, 11], 4]);
    assert.deepEqual([ak.cadence, ak.months, ak.weekday, ak.startTime], ["vierteljährlich", [3, 6, 9, 12], 2, "10:00"]);
  });

  it("finds a body by Gremium or Kurzname, the first for an empty cell, none for an unknown name", () => {
    const bodies = bodiesOf(registers([gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme" })]));
    assert.equal(bodyNamed(bodies, " ak-wärme ")?.name, "Arbeitskreis Wärme");
    assert.equal(bodyNamed(bodies, "arbeitskreis  wärme")?.name, "Arbeitskreis Wärme");
    assert.equal(bodyNamed(bodies, null), bodies[0]);
    assert.equal(bodyNamed(bodies, "Beirat"), null);
  });
});

describe("weekSlotDate and bodySlots", () => {
  it("moves a weekly slot off a holiday within its week, later days first", () => {
    assert.deepEqual(weekSlotDate("2026-06-04" as PlainDate, DEFAULT_SETTINGS, [], 1), { date: "2026-06-05", note: "verschoben vom 04.06.2026 (Fronleichnam)" });
    // Karfreitag 2027-03-26: no later weekday in the week, so Thursday.
    assert.deepEqual(weekSlotDate("2027-03-26" as PlainDate, DEFAULT_SETTINGS, [], 1), { date: "2027-03-25", note: "verschoben vom 26.03.2027 (Karfreitag)" });
  });

  it("lets a fortnightly slot take a day of the following week, never one of the year before", () => {
    assert.deepEqual(weekSlotDate("2027-01-01" as PlainDate, DEFAULT_SETTINGS, [], 2), { date: "2027-01-04", note: "verschoben vom 01.01.2027 (Neujahr)" });
    assert.deepEqual(weekSlotDate("2027-01-01" as PlainDate, DEFAULT_SETTINGS, [], 1), { date: null, reason: "Neujahr" });
  });

  it("gives no date when the whole week is blocked", () => {
    const slot = weekSlotDate("2027-07-15" as PlainDate, DEFAULT_SETTINGS, [{ from: "2027-07-12" as PlainDate, to: "2027-07-16" as PlainDate, reason: "Betriebsferien" }], 1);
    assert.deepEqual(slot, { date: null, reason: "Sperrzeit: Betriebsferien" });
  });

  it("gives a fortnightly body 26 slots in 2027, two weeks apart, each on a working day", () => {
    const slots = bodySlots({ cadence: "zweiwöchentlich", months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weekday: 4, weekOfMonth: 1 }, 2027, DEFAULT_SETTINGS, []);
    assert.equal(slots.length, 26);
    assert.equal(slots[0].first, "2027-01-04");
    for (const slot of slots) {
      assert.ok(slot.date.date !== null);
      assert.ok(isoWeekday(slot.date.date) <= 5);
    }
  });

  it("gives a weekly body one slot per week of its Sitzungsmonate", () => {
    const slots = bodySlots({ cadence: "wöchentlich", months: [2], weekday: 1, weekOfMonth: 2 }, 2027, DEFAULT_SETTINGS, []);
    // 2027-02-08 is Rosenmontag.
    assert.deepEqual(slots.map((s) => s.date.date), ["2027-02-01", "2027-02-09", "2027-02-15", "2027-02-22"]);
  });
});

describe("planYear with Gremien", () => {
  const network = gremium("Landesnetzwerk Klimaschutzmanagement", {
    shortName: "LN",
    cadence: "zweiwöchentlich",
    weekday: "Donnerstag",
    weekOfMonth: 1,
    format: "Online",
    hostRule: "fest",
    // Named as people type it: case and spaces do not count.
    host: "energieagentur  nrw",
    durationMinutes: 90,
    access: "https://konferenz.example/ksm",
  });

  it("gives a fortnightly online network with a fixed host 25–26 meetings, moved off holidays, Nr with its Kurzname", () => {
    for (const year of [2027, 2028, 2029]) {
      const plan = planYear(registers([gremium("Plenum"), network]), year, "LN");
      assert.ok(plan.meetings.length >= 25 && plan.meetings.length <= 27, `${year}: ${plan.meetings.length}`);
      assert.ok(plan.meetings.every((m) => m.host === "Energieagentur NRW" && m.minutesBy === "Energieagentur NRW" && m.venue === "Online" && m.body === "Landesnetzwerk Klimaschutzmanagement"));
      assert.deepEqual(plan.meetings.slice(0, 2).map((m) => m.nr), [`LN-${year}-01`, `LN-${year}-02`]);
      assert.ok(plan.meetings.every((m) => m.end === "11:30" && m.access === "https://konferenz.example/ksm"));
    }
    const plan2027 = planYear(registers([gremium("Plenum"), network]), 2027, "LN");
    assert.equal(plan2027.meetings.length, 26);
    assert.deepEqual(plan2027.meetings.filter((m) => m.note !== null).map((m) => [m.nr, m.date, m.note]), [
      ["LN-2027-03", "2027-02-05", "verschoben vom 04.02.2027 (Weiberfastnacht)"],
      ["LN-2027-11", "2027-05-28", "verschoben vom 27.05.2027 (Fronleichnam)"],
    ]);
  });

  it("plans every body with its own cadence and host ring, and only the chosen one when asked", () => {
    const ak = gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", cadence: "vierteljährlich", weekday: "Dienstag", members: ["Kaarst", "Stadt Neuss", "Jüchen"] });
    const all = planYear(registers([gremium("Plenum"), ak]), 2027);
    const akMeetings = all.meetings.filter((m) => m.body === "Arbeitskreis Wärme");
    assert.deepEqual(akMeetings.map((m) => [m.nr, m.date, m.host]), [
      ["AK-Wärme-2027-01", "2027-03-09", "Stadt Jüchen"],
      ["AK-Wärme-2027-02", "2027-06-08", "Stadt Kaarst"],
      ["AK-Wärme-2027-03", "2027-09-14", "Stadt Neuss"],
      ["AK-Wärme-2027-04", "2027-12-14", "Stadt Jüchen"],
    ]);
    const plenum = all.meetings.filter((m) => m.body === "Plenum");
    assert.equal(plenum.length, 6);
    // The plenum continues its own rotation after Dormagen (2026-06) and keeps plain Nr.
    assert.deepEqual(plenum.slice(0, 2).map((m) => [m.nr, m.host]), [["2027-01", "Stadt Grevenbroich"], ["2027-02", "Stadt Jüchen"]]);
    assert.deepEqual(planYear(registers([gremium("Plenum"), ak]), 2027, "Arbeitskreis Wärme").meetings, akMeetings);
    // Planning twice adds nothing: every slot of every body is taken.
    assert.deepEqual(planYear(registers([gremium("Plenum"), ak], { meetings: [...registers([]).meetings, ...all.meetings.map((m, i) => ({ ...m, row: 10 + i }))] }), 2027).meetings, []);
  });

  it("warns when two bodies with shared members meet on one day, not when they share nobody", () => {
    const sameDay = (members: string[]) => gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members });
    const clash = planYear(registers([gremium("Plenum", { members: ["Kaarst", "Jüchen", "Neuss"] }), sameDay(["Kaarst", "Dormagen"])]), 2027);
    const warnings = clash.findings.filter((f) => f.code === "gremien-gleicher-tag");
    assert.equal(warnings.length, 6);
    assert.match(warnings[0].message, /^Am 14\.01\.2027 tagen „Plenum“ \(2027-01\) und „Arbeitskreis Wärme“ \(AK-Wärme-2027-01\); beiden gehören Stadt Kaarst an\./);
    const apart = planYear(registers([gremium("Plenum", { members: ["Kaarst", "Jüchen", "Neuss"] }), sameDay(["Dormagen", "Grevenbroich"])]), 2027);
    assert.deepEqual(apart.findings.filter((f) => f.code === "gremien-gleicher-tag"), []);
  });

  it("blocks a Sperrzeit only for the body it names", () => {
    const ak = gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", cadence: "monatlich", meetingMonths: [7], weekday: "Dienstag" });
    const summer = { from: "2027-07-01" as PlainDate, to: "2027-07-31" as PlainDate, reason: "Sommerpause", body: "Plenum", row: 2 };
    const plan = planYear(registers([gremium("Plenum", { meetingMonths: [7] }), ak], { blockedPeriods: [summer] }), 2027);
    assert.deepEqual(plan.meetings.map((m) => m.body), ["Arbeitskreis Wärme"]);
    assert.match(plan.findings.find((f) => f.code === "kein-freier-termin")!.message, /^„Plenum“: Im Juli 2027 ist kein Donnerstag frei \(Sperrzeit: Sommerpause\); für diesen Monat wurde keine Sitzung geplant\./);
  });

  it("lets the Vorsitz invite and keep the minutes of a body without host", () => {
    const ak = gremium("Arbeitskreis Mobilität", { shortName: "AK-Mob", cadence: "halbjährlich", hostRule: "keiner", chair: "Neuss", minutesRule: "stadt jüchen", format: "Online" });
    const plan = planYear(registers([gremium("Plenum"), ak]), 2027, "AK-Mob");
    assert.deepEqual(plan.meetings.map((m) => [m.nr, m.host, m.minutesBy, m.venue]), [
      ["AK-Mob-2027-01", "Stadt Neuss", "Stadt Jüchen", "Online"],
      ["AK-Mob-2027-02", "Stadt Neuss", "Stadt Jüchen", "Online"],
    ]);
  });
});

describe("registersOfBody", () => {
  it("narrows the registers to one Gremium: its members, meetings, agenda and Sperrzeiten; null for an unknown name or without Gremien", () => {
    const ak = gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members: ["Kaarst", "Neuss"] });
    const base = registers([gremium("Plenum"), ak], {
      meetings: [meeting("2027-01", "2027-01-14"), meeting("AK-Wärme-2027-01", "2027-03-09", { body: "AK-Wärme" })],
      agenda: [{ meeting: "AK-Wärme-2027-01", item: "1", title: "Wärmeplan", speaker: null, minutes: null, row: 2 }, { meeting: "2027-01", item: "1", title: "Begrüßung", speaker: null, minutes: null, row: 3 }],
      blockedPeriods: [{ from: "2027-07-01" as PlainDate, to: "2027-07-31" as PlainDate, reason: "Sommerpause", body: "Plenum", row: 2 }],
    });
    const scoped = registersOfBody(base, "ak-wärme")!;
    assert.deepEqual(scoped.members.map((m) => m.name), ["Stadt Kaarst", "Stadt Neuss"]);
    assert.deepEqual(scoped.meetings.map((m) => m.nr), ["AK-Wärme-2027-01"]);
    assert.deepEqual(scoped.agenda.map((a) => a.title), ["Wärmeplan"]);
    assert.deepEqual(scoped.blockedPeriods, []);
    assert.equal(registersOfBody(base, "Beirat"), null);
    assert.equal(registersOfBody({ ...base, bodies: [] }, "Plenum"), null);
  });
});

describe("validation of Gremien", () => {
  const grid = (sheet: string, header: string[], rows: RawCell[][]) => ({ sheet, headerRow: 1, firstColumn: 0, header, rows });
  const d = (iso: string): RawCell => ({ date: iso as PlainDate });
  function workbook(bodies: RawCell[][], meetings: RawCell[][], meetingHeader = ["Nr", "Datum", "Format", "Gastgeber", "Protokoll", "Status", "Gremium"]): WorkbookGrids {
    return {
      date1904: false,
      grids: [
        grid("Mitglieder", ["Mitglied", "Art", "Beitritt", "Gastgeber"], [["Stadt Kaarst", "Stadt", d("2021-05-01"), "Ja"], ["Stadt Neuss", "Stadt", d("2021-05-01"), "Ja"], ["Energieagentur NRW", "Sonstige", d("2021-05-01"), "Nein"]]),
        grid("Kontakte", ["Mitglied", "Vorname", "Nachname", "E-Mail", "Rolle", "Aktiv", "Gremium"], [
          ["Stadt Kaarst", "A", "B", "a@example.org", "Ansprechperson", "Ja", "LN; Beirat"],
          ["Stadt Neuss", "C", "D", "c@example.org", "Ansprechperson", "Ja", null],
          ["Energieagentur NRW", "E", "F", "e@example.org", "Ansprechperson", "Ja", null],
        ]),
        grid("Sitzungen", meetingHeader, meetings),
        grid("Gremien", ["Gremium", "Kurzname", "Turnus", "Gastgeber-Regel", "Gastgeber", "Mitglieder"], bodies),
      ],
    };
  }
  const codes = (wb: WorkbookGrids) => checkWorkbook(wb, "2026-01-15" as PlainDate).findings.map((f) => [f.severity, f.code, f.sheet, f.cell]);

  it("accepts a valid Gremien sheet, a fixed host with Gastgeber = Nein and meetings of two bodies on one day without shared members", () => {
    const wb = workbook(
      [["Plenum", null, null, null, null, "Kaarst"], ["Landesnetzwerk", "LN", "zweiwöchentlich", "fest", "Energieagentur NRW", "Energieagentur NRW; Stadt Neuss"]],
      [["2026-01", d("2026-03-12"), "Präsenz", "Stadt Kaarst", "Stadt Kaarst", "geplant", null], ["LN-2026-01", d("2026-03-12"), "Online", "Energieagentur NRW", "Energieagentur NRW", "geplant", "LN"]],
    );
    // An online meeting without Zugang is the documents rule's warning (issue 9), not a Gremien finding.
    assert.deepEqual(codes(wb), [["warning", "gremium-unbekannt", "Kontakte", "G2"], ["warning", "zugang-fehlt", "Sitzungen", "A3"], ["warning", "blatt-fehlt", "Einstellungen", null]]);
  });

  it("reports duplicate names, Kurznamen, missing Kurznamen, unknown members and a fest rule without host", () => {
    const wb = workbook(
      [
        ["Plenum", null, null, null, null, null],
        ["plenum", "P", null, null, null, null],
        ["AK Wärme", "P", "alle zwei Tage", "fest", null, "Kaarst; Hamm"],
        ["Beirat", null, null, null, null, null],
      ],
      [],
    );
    assert.deepEqual(codes(wb), [
      ["warning", "gremium-unbekannt", "Kontakte", "G2"],
      ["warning", "blatt-fehlt", "Einstellungen", null],
      ["error", "gremium-doppelt", "Gremien", "A3"],
      ["error", "gremium-kurzname-doppelt", "Gremien", "B4"],
      ["error", "wert-ungueltig", "Gremien", "C4"],
      ["error", "gremium-gastgeber-fehlt", "Gremien", "E4"],
      ["error", "gremium-mitglied-unbekannt", "Gremien", "F4"],
      ["error", "gremium-kurzname-fehlt", "Gremien", "B5"],
    ]);
  });

  it("reports an unknown Gremium in Sitzungen as a planning blocker, a missing Gremium column, and shared members on one day", () => {
    const bodies = [["Plenum", null, null, null, null, null], ["AK Wärme", "AK", null, null, null, "Kaarst"]];
    const unknown = planWorkbook(workbook(bodies, [["2026-01", d("2026-03-12"), "Präsenz", "Stadt Kaarst", "Stadt Kaarst", "geplant", "Beirat"]]), 2027, "2026-01-15" as PlainDate);
    assert.deepEqual(unknown.blockers.map((f) => [f.code, f.cell]), [["gremium-unbekannt", "G2"]]);
    const noColumn = planWorkbook(workbook(bodies, [], ["Nr", "Datum", "Format", "Gastgeber", "Protokoll", "Status"]), 2027, "2026-01-15" as PlainDate);
    assert.deepEqual(noColumn.blockers.map((f) => f.code), ["gremium-spalte-fehlt"]);
    const clash = workbook(bodies, [["2026-01", d("2026-03-12"), "Präsenz", "Stadt Kaarst", "Stadt Kaarst", "geplant", null], ["AK-2026-01", d("2026-03-12"), "Präsenz", "Stadt Kaarst", "Stadt Kaarst", "geplant", "AK"]]);
    assert.ok(codes(clash).some(([, code, , cell]) => code === "gremien-gleicher-tag" && cell === "B3"));
    assert.ok(!codes(clash).some(([, code]) => code === "gleicher-tag"));
  });
});
