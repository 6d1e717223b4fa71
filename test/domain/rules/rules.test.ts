import assert from "node:assert/strict";
import { checkWorkbook } from "../../../src/domain/checkWorkbook";
import type { RawCell } from "../../../src/domain/grid";
import type { PlainDate } from "../../../src/domain/plainDate";
import type { RegisterName } from "../../../src/domain/registers";
import { changed, d, TODAY, VALID_ROWS, workbook } from "../support/registerGrids";

/** [severity, code, sheet, row, column, cell] of each finding. */
function found(rows: Partial<Record<RegisterName, RawCell[][] | null>>, today: PlainDate = TODAY) {
  return checkWorkbook(workbook(rows), today).findings.map((f) => [f.severity, f.code, f.sheet, f.row, f.column, f.cell]);
}

const meeting = (nr: string, date: string, host: string, status = "geplant", minutesBy = host): RawCell[] => [nr, d(date), null, null, "Präsenz", host, null, minutesBy, null, null, status, null];

describe("validation rules (SPEC §4)", () => {
  it("accepts the valid workbook", () => {
    assert.deepEqual(found({}), []);
  });

  describe("Mitglieder", () => {
    it("reports a repeated Mitglied (case-insensitive) on the later row", () => {
      const rows = [...VALID_ROWS.Mitglieder, ["stadt kaarst", "Kaarst 2", "Stadt", d("2022-01-01"), null, "Nein", null, null]];
      assert.deepEqual(found({ Mitglieder: rows }), [["error", "mitglied-doppelt", "Mitglieder", 6, "Mitglied", "A6"]]);
    });

    it("reports a repeated Kurzname of two different members", () => {
      const rows = [...VALID_ROWS.Mitglieder, ["Gemeinde Kaarst", null, "Gemeinde", d("2022-01-01"), null, "Nein", null, null]];
      const findings = found({ Mitglieder: rows, Kontakte: [...VALID_ROWS.Kontakte, ["Gemeinde Kaarst", null, null, "D", "E", null, "de@example.org", null, "Ansprechperson", "Ja"]] });
      assert.deepEqual(findings, [["error", "kurzname-doppelt", "Mitglieder", 6, "Kurzname", "B6"]]);
    });

    it("reports an unreadable member row once, not again where the member is referenced", () => {
      const members = changed("Mitglieder", 3, { 3: "bald" });
      assert.deepEqual(found({ Mitglieder: members, Sitzungen: [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst")] }), [["error", "datum-ungueltig", "Mitglieder", 5, "Beitritt", "D5"]]);
    });

    it("reports Austritt before Beitritt on the Austritt cell", () => {
      assert.deepEqual(found({ Mitglieder: changed("Mitglieder", 0, { 4: d("2020-12-31") }) }), [["error", "austritt-vor-beitritt", "Mitglieder", 2, "Austritt", "E2"]]);
    });
  });

  describe("Kontakte", () => {
    it("reports a repeated E-Mail (case-insensitive)", () => {
      const rows = [...VALID_ROWS.Kontakte, ["Stadt Kaarst", null, null, "Dora", "Doppelt", null, "CORA@example.org", null, "Vertretung", "Ja"]];
      assert.deepEqual(found({ Kontakte: rows }), [["error", "email-doppelt", "Kontakte", 6, "E-Mail", "G6"]]);
    });

    it("reports a contact of an unknown member and suggests the likely one", () => {
      const findings = checkWorkbook(workbook({ Kontakte: changed("Kontakte", 3, { 0: "Kaarst" }) }), TODAY).findings;
      const unknown = findings.find((f) => f.code === "mitglied-unbekannt")!;
      assert.deepEqual([unknown.sheet, unknown.row, unknown.cell], ["Kontakte", 5, "A5"]);
      assert.match(unknown.message, /Meinten Sie „Stadt Kaarst“\?/);
    });

    it("reports an active member without an active Ansprechperson on the member's row", () => {
      const inactive = changed("Kontakte", 3, { 9: "Nein" });
      assert.deepEqual(found({ Kontakte: inactive }), [["error", "ansprechperson-fehlt", "Mitglieder", 5, "Mitglied", "A5"]]);
      const deputy = changed("Kontakte", 3, { 8: "Vertretung" });
      assert.deepEqual(found({ Kontakte: deputy }), [["error", "ansprechperson-fehlt", "Mitglieder", 5, "Mitglied", "A5"]]);
    });

    it("does not ask members who have left or not joined yet for contact persons", () => {
      const members = changed("Mitglieder", 3, { 4: d("2025-12-31") });
      const contacts = VALID_ROWS.Kontakte.slice(0, 3);
      assert.deepEqual(found({ Mitglieder: members, Kontakte: contacts, Einstellungen: [] }), []);
    });

    it("warns about more than two active Ansprechpersonen", () => {
      const extra = (i: number): RawCell[] => ["Stadt Kaarst", null, null, `P${i}`, "Q", null, `p${i}@example.org`, null, "Ansprechperson", "x"];
      assert.deepEqual(found({ Kontakte: [...VALID_ROWS.Kontakte, extra(1)] }), []);
      assert.deepEqual(found({ Kontakte: [...VALID_ROWS.Kontakte, extra(1), extra(2)] }), [["warning", "ansprechpersonen-zu-viele", "Mitglieder", 5, "Mitglied", "A5"]]);
    });
  });

  describe("Sitzungen", () => {
    it("reports a repeated Nr", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2025-01", "2026-03-05", "Stadt Kaarst")];
      assert.deepEqual(found({ Sitzungen: rows }), [["error", "nr-doppelt", "Sitzungen", 4, "Nr", "A4"]]);
    });

    it("reports a host or Protokoll that is no member", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Neuss", "geplant", "Stadt Nirgendwo")];
      assert.deepEqual(found({ Sitzungen: rows }), [
        ["error", "gastgeber-kein-mitglied", "Sitzungen", 4, "Gastgeber", "F4"],
        ["error", "protokoll-kein-mitglied", "Sitzungen", 4, "Protokoll", "H4"],
      ]);
    });

    it("reports a host or Protokoll that is no member on the meeting's date", () => {
      const members = changed("Mitglieder", 3, { 3: d("2026-06-01") });
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst")];
      assert.deepEqual(found({ Mitglieder: members, Sitzungen: rows, Einstellungen: [] }), [
        ["error", "gastgeber-nicht-mitglied-am-datum", "Sitzungen", 4, "Gastgeber", "F4"],
        ["error", "protokoll-nicht-mitglied-am-datum", "Sitzungen", 4, "Protokoll", "H4"],
      ]);
    });

    it("warns about a host with Gastgeber = Nein", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Rhein-Kreis Neuss")];
      assert.deepEqual(found({ Sitzungen: rows }), [["warning", "gastgeber-nimmt-nicht-teil", "Sitzungen", 4, "Gastgeber", "F4"]]);
    });

    it("warns about a meeting on a blocked day, naming the reason, but not for a cancelled one", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-06-04", "Stadt Kaarst"), meeting("2026-02", "2026-07-16", "Stadt Kaarst"), meeting("2026-03", "2026-02-16", "Stadt Kaarst", "abgesagt")];
      const findings = checkWorkbook(workbook({ Sitzungen: rows }), TODAY).findings;
      assert.deepEqual(findings.map((f) => [f.code, f.cell]), [
        ["sperrtag", "B4"],
        ["sperrtag", "B5"],
      ]);
      assert.match(findings[0].message, /Fronleichnam/);
      assert.match(findings[1].message, /Sperrzeit: Sommerferien/);
    });

    it("warns about two meetings on one day, not counting a cancelled one", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst"), meeting("2026-02", "2026-03-05", "Gemeinde Jüchen")];
      assert.deepEqual(found({ Sitzungen: rows }), [["warning", "gleicher-tag", "Sitzungen", 5, "Datum", "B5"]]);
      const cancelled = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst", "abgesagt"), meeting("2026-02", "2026-03-05", "Gemeinde Jüchen")];
      assert.deepEqual(found({ Sitzungen: cancelled }), []);
    });

    it("warns about a past meeting still geplant or eingeladen", () => {
      const rows = [meeting("2025-01", "2026-01-14", "Stadt Kaarst"), meeting("2025-02", "2025-11-13", "Gemeinde Jüchen", "eingeladen"), meeting("2026-01", "2026-01-15", "Stadt Kaarst", "eingeladen")];
      assert.deepEqual(found({ Sitzungen: rows }), [
        ["warning", "sitzung-nicht-abgeschlossen", "Sitzungen", 2, "Status", "K2"],
        ["warning", "sitzung-nicht-abgeschlossen", "Sitzungen", 3, "Status", "K3"],
      ]);
    });

    it("reports a future meeting marked durchgeführt", () => {
      const rows = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst", "durchgeführt")];
      assert.deepEqual(found({ Sitzungen: rows }), [["error", "durchgefuehrt-in-zukunft", "Sitzungen", 4, "Status", "K4"]]);
    });
  });

  describe("Tagesordnung, Einstellungen, Sperrzeiten", () => {
    it("warns about an agenda item of an unknown meeting", () => {
      assert.deepEqual(found({ Tagesordnung: [["2099-01", "1", "Begrüßung", null, null]] }), [["warning", "sitzung-unbekannt", "Tagesordnung", 2, "Sitzung", "A2"]]);
    });

    it("reports a Vorsitz that is no member on its Wert cell", () => {
      const findings = checkWorkbook(workbook({ Einstellungen: [["Turnus", "vierteljährlich"], ["Vorsitz", "kaarst"]] }), TODAY).findings;
      assert.deepEqual(findings.map((f) => [f.severity, f.code, f.sheet, f.row, f.column, f.cell]), [["error", "vorsitz-kein-mitglied", "Einstellungen", 3, "Wert", "B3"]]);
      assert.match(findings[0].message, /Meinten Sie „Stadt Kaarst“\?/);
    });

    it("reports Protokoll führt = Vorsitz without a Vorsitz", () => {
      assert.deepEqual(found({ Einstellungen: [["Protokoll führt", "Vorsitz"]] }), [["error", "vorsitz-fehlt", "Einstellungen", 2, "Wert", "B2"]]);
    });

    it("reports invalid settings", () => {
      assert.deepEqual(found({ Einstellungen: [["Wochentag", "Sonnabend"]] }), [["error", "einstellung-ungueltig", "Einstellungen", 2, "Wert", "B2"]]);
    });

    it("reports a Sperrzeit whose Bis lies before its Von", () => {
      assert.deepEqual(found({ Sperrzeiten: [[d("2026-08-25"), d("2026-07-13"), "Sommerferien"]] }), [["error", "sperrzeit-bis-vor-von", "Sperrzeiten", 2, "Bis", "B2"]]);
    });
  });

  describe("Briefe und Online-Sitzungen (documentRules)", () => {
    it("warns on an Anschrift that leaves no room in the address zone with member and person", () => {
      const fits = changed("Mitglieder", 1, { 7: "Stadt Grevenbroich\nFachbereich 6\nZimmer 201\nAm Markt 1\n41515 Grevenbroich" });
      assert.deepEqual(found({ Mitglieder: fits }), []);
      const tooLong = changed("Mitglieder", 1, { 7: "Fachbereich 6\nUmwelt\nZimmer 201\nAm Markt 1\n41515 Grevenbroich" });
      assert.deepEqual(found({ Mitglieder: tooLong }), [["warning", "anschrift-zu-lang", "Mitglieder", 3, "Anschrift", "H3"]]);
    });

    it("warns on a Rücksendeangabe wider than the address field", () => {
      const settings = (value: string) => [...VALID_ROWS.Einstellungen, ["Rücksendeangabe", value]];
      assert.deepEqual(found({ Einstellungen: settings("Allianz · Oberstraße 91 · 41460 Neuss") }), []);
      assert.deepEqual(found({ Einstellungen: settings(`Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss · Oberstraße 91 · 41460 Neuss`) }), [
        ["warning", "ruecksendeangabe-zu-lang", "Einstellungen", 4, "Wert", "B4"],
      ]);
    });

    it("warns on an online or hybrid meeting to come without Zugang, unless the setting „Zugang (Online)“ gives one", () => {
      const online = (nr: string, date: string, format: string, access: string | null, status = "geplant"): RawCell[] => [nr, d(date), null, null, format, "Stadt Kaarst", null, "Stadt Kaarst", null, null, status, null, access];
      const meetings = [
        ...VALID_ROWS.Sitzungen,
        online("2026-01", "2026-03-05", "Online", null),
        online("2026-02", "2026-06-11", "Hybrid", null),
        online("2026-03", "2026-09-10", "Online", "https://meet.example.org/r/1"),
        online("2026-04", "2026-12-10", "Online", null, "abgesagt"),
        online("2025-09", "2025-12-11", "Online", null, "durchgeführt"),
      ];
      const findings = found({ Sitzungen: meetings });
      assert.deepEqual(findings.filter((f) => f[1] === "zugang-fehlt"), [
        ["warning", "zugang-fehlt", "Sitzungen", 4, "Zugang", "M4"],
        ["warning", "zugang-fehlt", "Sitzungen", 5, "Zugang", "M5"],
      ]);
      const withRoom = found({ Sitzungen: meetings, Einstellungen: [...VALID_ROWS.Einstellungen, ["Zugang (Online)", "https://meet.example.org/allianz"]] });
      assert.deepEqual(withRoom.filter((f) => f[1] === "zugang-fehlt"), []);
    });
  });
});

describe("validation rules for Anwesenheit and Aufgaben", () => {
  const attendance = (row: RawCell[]) => found({ Anwesenheit: [...VALID_ROWS.Anwesenheit, row] });
  const task = (row: RawCell[], today: PlainDate = TODAY) => found({ Aufgaben: [...VALID_ROWS.Aufgaben, row] }, today);

  it("reports an unknown meeting, member or person in Anwesenheit", () => {
    assert.deepEqual(attendance(["2099-01", "Stadt Kaarst", null, "anwesend", null]), [["warning", "sitzung-unbekannt", "Anwesenheit", 4, "Sitzung", "A4"]]);
    assert.deepEqual(attendance(["2025-01", "Kaarst", null, "anwesend", null]), [["warning", "mitglied-unbekannt", "Anwesenheit", 4, "Mitglied", "B4"]]);
    assert.deepEqual(attendance(["2025-01", "Stadt Kaarst", "Ben Muster", "anwesend", null]), [["warning", "person-unbekannt", "Anwesenheit", 4, "Person", "C4"]]);
    assert.deepEqual(attendance(["2025-01", "Stadt Kaarst", "Cora Test", "fehlt", null]), []);
  });

  it("does not report a person again whose Kontakte row cannot be read", () => {
    const contacts = changed("Kontakte", 1, { 6: "keine-adresse" });
    // Ben Muster (Grevenbroich) is recorded in Anwesenheit; only his own row and its consequence for his member are reported.
    assert.deepEqual(found({ Kontakte: contacts }).map((f) => [f[1], f[2]]), [["ansprechperson-fehlt", "Mitglieder"], ["email-ungueltig", "Kontakte"]]);
  });

  it("reports attendance for a meeting that has not taken place yet", () => {
    const sitzungen = [...VALID_ROWS.Sitzungen, meeting("2026-01", "2026-03-05", "Stadt Kaarst")];
    const findings = found({ Sitzungen: sitzungen, Anwesenheit: [...VALID_ROWS.Anwesenheit, ["2026-01", "Stadt Kaarst", null, "anwesend", null]] });
    assert.deepEqual(findings, [["warning", "anwesenheit-zukunft", "Anwesenheit", 4, "Status", "D4"]]);
  });

  it("reports overdue open tasks, tasks of unknown members, a repeated Nr and a done task without its date", () => {
    assert.deepEqual(task(["2", "2025-01", null, "Bericht", "Stadt Kaarst", d("2026-01-10"), "offen", null]), [["warning", "aufgabe-ueberfaellig", "Aufgaben", 3, "Frist", "F3"]]);
    assert.deepEqual(task(["2", "2025-01", null, "Bericht", "Stadt Kaarst", d("2026-01-10"), "erledigt", d("2026-01-09")]), []);
    assert.deepEqual(task(["2", "2025-01", null, "Bericht", "Stadt Nirgendwo (Eva)", null, "offen", null]), [["warning", "verantwortlich-unbekannt", "Aufgaben", 3, "Verantwortlich", "E3"]]);
    assert.deepEqual(task(["1", "2099-01", null, "Bericht", "Stadt Kaarst", null, "erledigt", null]), [
      ["error", "nr-doppelt", "Aufgaben", 3, "Nr", "A3"],
      ["warning", "sitzung-unbekannt", "Aufgaben", 3, "Sitzung", "B3"],
      ["warning", "erledigt-ohne-datum", "Aufgaben", 3, "Erledigt am", "H3"],
    ]);
  });

  it("reads the statuses from their drop-down values only", () => {
    assert.deepEqual(attendance(["2025-01", "Stadt Kaarst", null, "da", null]).map((f) => f[1]), ["wert-ungueltig"]);
  });
});
