import assert from "node:assert/strict";
import fc from "fast-check";
import { blockedDayReason } from "../../src/domain/blockedDays";
import { isMemberOn } from "../../src/domain/isMemberOn";
import { addDays, dateParts, isoWeekday, type PlainDate } from "../../src/domain/plainDate";
import { planYear } from "../../src/domain/planYear";
import { DEFAULT_SETTINGS, type BlockedPeriod, type Located, type Meeting, type Member, type Registers, type Settings } from "../../src/domain/registers";
import { meeting, member } from "../support/exampleRegisters";

const d = (text: string) => text as PlainDate;

const RHEIN_KREIS_NEUSS = [
  "Rhein-Kreis Neuss",
  "Stadt Dormagen",
  "Stadt Grevenbroich",
  "Stadt Jüchen",
  "Stadt Kaarst",
  "Stadt Korschenbroich",
  "Stadt Meerbusch",
  "Stadt Neuss",
  "Gemeinde Rommerskirchen",
];

const QUARTERLY: Settings = { ...DEFAULT_SETTINGS, cadence: "vierteljährlich", meetingMonths: [3, 6, 9, 12], weekOfMonth: 1, chair: "Stadt Kaarst" };

/** The last meeting of 2025 was hosted by Grevenbroich (SPEC §5 worked example). */
const MEETINGS_2025 = [
  meeting("2025-05", "2025-09-11", { host: "Stadt Dormagen", status: "durchgeführt" }),
  meeting("2025-06", "2025-11-13", { host: "Stadt Grevenbroich", status: "durchgeführt" }),
];

function registers(overrides: { members?: Located<Member>[]; meetings?: Located<Meeting>[]; blockedPeriods?: Located<BlockedPeriod>[]; settings?: Partial<Settings> } = {}): Registers {
  return {
    members: overrides.members ?? RHEIN_KREIS_NEUSS.map((name) => member(name)),
    contacts: [],
    meetings: overrides.meetings ?? MEETINGS_2025,
    agenda: [],
    blockedPeriods: overrides.blockedPeriods ?? [],
    attendance: [],
    tasks: [],
    settings: { ...QUARTERLY, ...overrides.settings },
  };
}

const hosts = (plan: { meetings: Meeting[] }) => plan.meetings.map((m) => `${m.date} ${m.host}`);

/** The rows as the secretariat would have them after "Übernehmen". */
function withPlanned(base: Registers, planned: Meeting[]): Registers {
  return { ...base, meetings: [...base.meetings, ...planned.map((m, i) => ({ ...m, row: base.meetings.length + i + 2 }))] };
}

describe("planYear", () => {
  it("plans the worked example of SPEC §5 exactly", () => {
    const plan = planYear(registers(), 2026);
    const row = (nr: string, date: string, host: string, note: string | null): Meeting => ({
      nr,
      date: d(date),
      start: "10:00",
      end: "12:00",
      format: "Präsenz",
      host,
      venue: `Rathaus ${host.replace(/^\S+ /, "")}`,
      minutesBy: host,
      topic: null,
      speakers: null,
      status: "geplant",
      note,
      access: null,
    });
    assert.deepEqual(plan, {
      meetings: [
        row("2026-01", "2026-03-05", "Stadt Jüchen", null),
        row("2026-02", "2026-06-11", "Stadt Kaarst", "verschoben vom 04.06.2026 (Fronleichnam)"),
        row("2026-03", "2026-09-03", "Stadt Korschenbroich", null),
        row("2026-04", "2026-12-03", "Stadt Meerbusch", null),
      ],
      findings: [],
    });
  });

  it("adds nothing when planned twice", () => {
    const base = registers();
    const first = planYear(base, 2026);
    assert.equal(first.meetings.length, 4);
    assert.deepEqual(planYear(withPlanned(base, first.meetings), 2026), { meetings: [], findings: [] });
  });

  it("goes round the ring across years: Rhein-Kreis Neuss and Rommerskirchen host, then Dormagen again", () => {
    const base = registers();
    const plan2026 = planYear(base, 2026).meetings;
    const plan2027 = planYear(withPlanned(base, plan2026), 2027);
    assert.deepEqual(hosts(plan2027), ["2027-03-04 Stadt Neuss", "2027-06-03 Rhein-Kreis Neuss", "2027-09-02 Gemeinde Rommerskirchen", "2027-12-02 Stadt Dormagen"]);
  });

  it("starts at the top of the ring when there is no earlier meeting", () => {
    assert.deepEqual(hosts(planYear(registers({ meetings: [] }), 2026)), ["2026-03-05 Stadt Dormagen", "2026-06-11 Stadt Grevenbroich", "2026-09-03 Stadt Jüchen", "2026-12-03 Stadt Kaarst"]);
  });

  it("does not let a cancelled meeting use up its host's turn", () => {
    const meetings = [...MEETINGS_2025, meeting("2025-07", "2025-12-11", { host: "Stadt Jüchen", status: "abgesagt" })];
    assert.deepEqual(hosts(planYear(registers({ meetings }), 2026)).slice(0, 2), ["2026-03-05 Stadt Jüchen", "2026-06-11 Stadt Kaarst"]);
  });

  it("continues after a former host by its alphabetical place and skips members that left", () => {
    const members = [
      ...RHEIN_KREIS_NEUSS.map((name) => member(name, name === "Stadt Kaarst" ? { left: d("2026-05-31") } : {})),
      member("Stadt Hilden", { hosts: false, left: d("2025-12-31") }),
    ];
    const meetings = [...MEETINGS_2025, meeting("2025-07", "2025-12-11", { host: "Stadt Hilden", status: "durchgeführt" })];
    // Hilden sorts between Grevenbroich and Jüchen; Kaarst hosts in March, has left by June.
    assert.deepEqual(hosts(planYear(registers({ members, meetings }), 2026)), [
      "2026-03-05 Stadt Jüchen",
      "2026-06-11 Stadt Korschenbroich",
      "2026-09-03 Stadt Meerbusch",
      "2026-12-03 Stadt Neuss",
    ]);
    const withKaarstLeavingEarly = members.map((m) => (m.name === "Stadt Kaarst" ? { ...m, left: d("2026-03-31") } : m));
    assert.deepEqual(hosts(planYear(registers({ members: withKaarstLeavingEarly, meetings }), 2026)).slice(0, 2), [
      "2026-03-05 Stadt Jüchen",
      "2026-06-11 Stadt Korschenbroich",
    ]);
  });

  it("lets a member that joins in the middle of the year host only from its Beitritt", () => {
    const members = [member("Stadt Aachen", { joined: d("2026-07-01") }), member("Stadt Bonn"), member("Stadt Köln")];
    const meetings = [meeting("2025-06", "2025-11-13", { host: "Stadt Köln", status: "durchgeführt" })];
    assert.deepEqual(hosts(planYear(registers({ members, meetings }), 2026)), [
      "2026-03-05 Stadt Bonn",
      "2026-06-11 Stadt Köln",
      "2026-09-03 Stadt Aachen",
      "2026-12-03 Stadt Bonn",
    ]);
  });

  it("skips a member that leaves in the middle of the year", () => {
    const members = [member("Stadt Aachen"), member("Stadt Bonn", { left: d("2026-06-30") }), member("Stadt Köln")];
    const meetings = [meeting("2025-06", "2025-11-13", { host: "Stadt Aachen", status: "durchgeführt" })];
    assert.deepEqual(hosts(planYear(registers({ members, meetings }), 2026)), [
      "2026-03-05 Stadt Bonn",
      "2026-06-11 Stadt Köln",
      "2026-09-03 Stadt Aachen",
      "2026-12-03 Stadt Köln",
    ]);
  });

  it("continues the rotation after a meeting whose Gastgeber is no member from the meeting before", () => {
    const meetings = [...MEETINGS_2025, meeting("2025-07", "2025-12-11", { host: "Stadt Grevenbroch", status: "durchgeführt" })];
    assert.equal(planYear(registers({ meetings }), 2026).meetings[0].host, "Stadt Jüchen");
  });

  it("skips months that already have a meeting row, cancelled or not, and lets existing rows of the year count", () => {
    const meetings = [
      ...MEETINGS_2025,
      meeting("2026-01", "2026-01-15", { host: "Stadt Jüchen", status: "durchgeführt" }),
      meeting("2026-02", "2026-06-18", { host: "Stadt Neuss", status: "abgesagt" }),
      meeting("2026-03", "2026-10-08", { host: "Stadt Meerbusch", status: "eingeladen" }),
    ];
    const plan = planYear(registers({ meetings }), 2026);
    assert.deepEqual(
      plan.meetings.map((m) => `${m.nr} ${m.date} ${m.host}`),
      ["2026-04 2026-03-05 Stadt Kaarst", "2026-05 2026-09-03 Stadt Korschenbroich", "2026-06 2026-12-03 Stadt Neuss"],
    );
  });

  it("continues the Nr after the highest Y-NN of that year, ignoring other numbers", () => {
    const meetings = [
      ...MEETINGS_2025,
      meeting("2025-17", "2025-12-18", { host: "Stadt Grevenbroich", status: "durchgeführt" }),
      meeting("2026-7", "2026-01-22", { host: "Stadt Grevenbroich", status: "abgesagt" }),
      meeting("Sondersitzung 2026-99", "2026-02-05", { host: "Stadt Grevenbroich", status: "abgesagt" }),
      meeting("2026-03", "2026-02-19", { host: "Stadt Grevenbroich", status: "abgesagt" }),
    ];
    assert.deepEqual(
      planYear(registers({ meetings }), 2026).meetings.map((m) => m.nr),
      ["2026-08", "2026-09", "2026-10", "2026-11"],
    );
  });

  it("numbers beyond 99 without cutting", () => {
    const meetings = [meeting("2026-99", "2026-01-22", { host: "Stadt Grevenbroich" })];
    assert.deepEqual(
      planYear(registers({ meetings }), 2026).meetings.map((m) => m.nr),
      ["2026-100", "2026-101", "2026-102", "2026-103"],
    );
  });

  it("warns about a month without a free date, plans the others and keeps the rotation", () => {
    const blockedPeriods = [{ from: d("2026-06-01"), to: d("2026-06-30"), reason: "Haushaltssperre", row: 2 }];
    const plan = planYear(registers({ blockedPeriods }), 2026);
    assert.deepEqual(
      plan.meetings.map((m) => `${m.nr} ${m.date} ${m.host}`),
      ["2026-01 2026-03-05 Stadt Jüchen", "2026-02 2026-09-03 Stadt Kaarst", "2026-03 2026-12-03 Stadt Korschenbroich"],
    );
    assert.deepEqual(plan.findings, [
      {
        severity: "warning",
        code: "kein-freier-termin",
        sheet: "Sitzungen",
        row: null,
        column: null,
        cell: null,
        message:
          "Im Juni 2026 ist kein Donnerstag frei (Fronleichnam, Sperrzeit: Haushaltssperre); für diesen Monat wurde keine Sitzung geplant. " +
          "Bitte den Termin von Hand in „Sitzungen“ eintragen oder Sperrzeiten bzw. Sitzungsmonate anpassen.",
      },
    ]);
  });

  it("moves dates around a Sperrzeit", () => {
    const blockedPeriods = [{ from: d("2026-08-31"), to: d("2026-09-04"), reason: "Herbstklausur", row: 2 }];
    const september = planYear(registers({ blockedPeriods }), 2026).meetings[2];
    assert.equal(september.date, "2026-09-10");
    assert.equal(september.note, "verschoben vom 03.09.2026 (Sperrzeit: Herbstklausur)");
  });

  it("moves dates off Christi Himmelfahrt and carnival days, unless carnival is allowed", () => {
    const settings = { meetingMonths: [2, 5], weekOfMonth: 2 as const };
    assert.deepEqual(
      planYear(registers({ settings }), 2026).meetings.map((m) => [m.date, m.note]),
      [
        ["2026-02-19", "verschoben vom 12.02.2026 (Weiberfastnacht)"],
        ["2026-05-21", "verschoben vom 14.05.2026 (Christi Himmelfahrt)"],
      ],
    );
    assert.deepEqual(
      planYear(registers({ settings: { ...settings, avoidCarnival: false } }), 2026).meetings.map((m) => [m.date, m.note]),
      [
        ["2026-02-12", null],
        ["2026-05-21", "verschoben vom 14.05.2026 (Christi Himmelfahrt)"],
      ],
    );
  });

  it("plans the last weekday of the month for Woche im Monat = letzte", () => {
    assert.deepEqual(
      planYear(registers({ settings: { weekOfMonth: "letzte" } }), 2026).meetings.map((m) => [m.date, m.note]),
      [
        ["2026-03-26", null],
        ["2026-06-25", null],
        ["2026-09-24", null],
        ["2026-12-17", "verschoben vom 31.12.2026 (Silvester)"],
      ],
    );
  });

  it("plans one slot per month even if the month list repeats or is unsorted", () => {
    assert.deepEqual(
      planYear(registers({ settings: { meetingMonths: [12, 3, 3] } }), 2026).meetings.map((m) => m.date),
      ["2026-03-05", "2026-12-03"],
    );
  });

  it("lets the Vorsitz keep the minutes when so configured, named by Mitglied or Kurzname", () => {
    for (const chair of ["Stadt Kaarst", "Kaarst"]) {
      const plan = planYear(registers({ settings: { minutesKeeper: "Vorsitz", chair } }), 2026);
      assert.deepEqual(plan.meetings.map((m) => m.minutesBy), ["Stadt Kaarst", "Stadt Kaarst", "Stadt Kaarst", "Stadt Kaarst"]);
      assert.deepEqual(plan.findings, []);
    }
  });

  it("falls back to the host for the minutes and warns when the Vorsitz names no member", () => {
    for (const chair of [null, "Stadt Kaast"]) {
      const plan = planYear(registers({ settings: { minutesKeeper: "Vorsitz", chair } }), 2026);
      assert.deepEqual(plan.meetings.map((m) => m.minutesBy), plan.meetings.map((m) => m.host));
      assert.deepEqual(plan.findings.map((f) => [f.severity, f.code, f.sheet]), [["warning", "vorsitz-fehlt", "Einstellungen"]]);
      assert.match(plan.findings[0].message, chair === null ? /kein Vorsitz eingetragen/ : /„Stadt Kaast“ ist kein Mitglied/);
    }
  });

  it("writes Online as the venue of online meetings and the host's venue otherwise", () => {
    const online = planYear(registers({ settings: { format: "Online" } }), 2026).meetings[0];
    assert.deepEqual([online.format, online.venue], ["Online", "Online"]);
    const hybrid = planYear(registers({ settings: { format: "Hybrid" } }), 2026).meetings[0];
    assert.deepEqual([hybrid.format, hybrid.venue], ["Hybrid", "Rathaus Jüchen"]);
    const members = RHEIN_KREIS_NEUSS.map((name) => member(name, { venue: null }));
    assert.equal(planYear(registers({ members }), 2026).meetings[0].venue, null);
  });

  it("takes Beginn and Ende from the settings", () => {
    const first = planYear(registers({ settings: { startTime: "14:30", durationMinutes: 90 } }), 2026).meetings[0];
    assert.deepEqual([first.start, first.end], ["14:30", "16:00"]);
    const lateNight = planYear(registers({ settings: { startTime: "23:00", durationMinutes: 120 } }), 2026).meetings[0];
    assert.deepEqual([lateNight.start, lateNight.end], ["23:00", null]);
  });

  it("warns about a slot without an eligible host and plans no meeting for it", () => {
    const members = [member("Stadt Aachen", { joined: d("2026-08-01") }), member("Stadt Bonn", { hosts: false })];
    const plan = planYear(registers({ members, meetings: [] }), 2026);
    assert.deepEqual(hosts(plan), ["2026-09-03 Stadt Aachen", "2026-12-03 Stadt Aachen"]);
    assert.deepEqual(plan.meetings.map((m) => m.nr), ["2026-01", "2026-02"]);
    assert.deepEqual(
      plan.findings.map((f) => [f.code, f.sheet, f.row, f.message.slice(0, 60)]),
      [
        ["kein-gastgeber", "Sitzungen", null, "Für die Sitzung am 05.03.2026 gibt es keinen Gastgeber: an d"],
        ["kein-gastgeber", "Sitzungen", null, "Für die Sitzung am 11.06.2026 gibt es keinen Gastgeber: an d"],
      ],
    );
  });

  it("never changes the existing rows", () => {
    const base = registers();
    const before = structuredClone(base.meetings);
    planYear(base, 2026);
    assert.deepEqual(base.meetings, before);
  });

  it("gives the same plan under every time zone and never constructs a Date", () => {
    const base = registers();
    const savedTz = process.env.TZ;
    const RealDate = globalThis.Date;
    const plans: unknown[] = [];
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin"]) {
        process.env.TZ = tz;
        plans.push(planYear(base, 2026));
      }
      globalThis.Date = new Proxy(RealDate, {
        construct: () => assert.fail("planYear constructed a Date"),
        apply: () => assert.fail("planYear called Date"),
        get: (target, key) => (key === "now" ? () => assert.fail("planYear called Date.now") : Reflect.get(target, key)),
      });
      plans.push(planYear(registers({ meetings: [] }), 2031));
    } finally {
      globalThis.Date = RealDate;
      process.env.TZ = savedTz;
    }
    for (const plan of plans.slice(1, 4)) assert.deepEqual(plan, plans[0]);
    assert.equal((plans[4] as ReturnType<typeof planYear>).meetings.length, 4);
  });

  it("plans only free days on the configured weekday in the right months, with eligible hosts (property)", () => {
    const dateIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map((day) => dateFromDayOfYear2026(day));
    const arbitraryMember = fc.record({ joinedDay: fc.integer({ min: -400, max: 365 }), leftAfter: fc.option(fc.integer({ min: 0, max: 500 })), hosts: fc.boolean() });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...RHEIN_KREIS_NEUSS), { minLength: 1 }),
        fc.array(arbitraryMember, { minLength: 9, maxLength: 9 }),
        fc.array(fc.record({ from: dateIn(0, 364), length: fc.integer({ min: 0, max: 40 }) }), { maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(1, 2, 3, 4, "letzte" as const),
        (names, shapes, spans, meetingMonths, weekday, weekOfMonth) => {
          const members = names.map((name, i) => {
            const joined = dateFromDayOfYear2026(shapes[i].joinedDay);
            const left = shapes[i].leftAfter === null ? null : dateFromDayOfYear2026(shapes[i].joinedDay + shapes[i].leftAfter);
            return member(name, { joined, left, hosts: shapes[i].hosts });
          });
          const blockedPeriods = spans.map(({ from, length }, i) => ({ from, to: addDays(from, length), reason: `Sperre ${i}`, row: i + 2 }));
          const settings = { ...QUARTERLY, meetingMonths, weekday, weekOfMonth };
          const plan = planYear(registers({ members, meetings: [], blockedPeriods, settings }), 2026);
          assert.equal(plan.meetings.length + plan.findings.length, meetingMonths.length);
          const dates = plan.meetings.map((m) => m.date);
          assert.deepEqual(dates, [...dates].sort());
          plan.meetings.forEach((m, i) => {
            assert.equal(m.nr, `2026-${String(i + 1).padStart(2, "0")}`);
            assert.ok(meetingMonths.includes(dateParts(m.date).month));
            assert.equal(isoWeekday(m.date), weekday);
            assert.equal(blockedDayReason(m.date, settings, blockedPeriods), null);
            const host = members.find((x) => x.name === m.host);
            assert.ok(host && host.hosts && isMemberOn(host, m.date), `${m.host} hosts on ${m.date}`);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("plans ten years for 400 members quickly, each member in turn", () => {
    const members = Array.from({ length: 400 }, (_, i) => member(`Gemeinde Ort ${String(i).padStart(3, "0")}`));
    let current = registers({ members, meetings: [], settings: { meetingMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weekOfMonth: 2 } });
    const started = performance.now();
    for (let year = 2026; year < 2036; year++) current = withPlanned(current, planYear(current, year).meetings);
    const elapsed = performance.now() - started;
    assert.equal(current.meetings.length, 120);
    current.meetings.forEach((m, i) => assert.equal(m.host, `Gemeinde Ort ${String(i).padStart(3, "0")}`));
    assert.ok(elapsed < 1000, `10 years took ${elapsed.toFixed(0)} ms`);
  });
});

function dateFromDayOfYear2026(day: number): PlainDate {
  return addDays(d("2026-01-01"), day);
}
