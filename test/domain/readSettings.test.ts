import assert from "node:assert/strict";
import type { RawCell } from "../../src/domain/grid";
import { readSettings } from "../../src/domain/readSettings";
import { DEFAULT_SETTINGS } from "../../src/domain/registers";
import { grid } from "./support/registerGrids";

const read = (rows: RawCell[][], header: RawCell[] = ["Einstellung", "Wert"]) => readSettings(grid("Einstellungen", header, rows), false);

describe("readSettings", () => {
  it("gives the defaults for an empty table", () => {
    const { settings, findings } = read([]);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(findings, []);
  });

  it("matches labels ignoring case and spaces and reads every kind of value", () => {
    const { settings, findings, rows } = read([
      ["  name der allianz ", "Allianz für Klima"],
      ["TURNUS", "Vierteljährlich"],
      ["Wochentag", "dienstag"],
      ["Woche im Monat", "Letzte"],
      ["Beginn", 0.375],
      ["Dauer  (Minuten)", 90],
      ["Format", "online"],
      ["Bundesland", "Bayern"],
      ["Brauchtumstage meiden", "Nein"],
      ["Vorsitz", "Stadt Kaarst"],
      ["Protokoll führt", "vorsitz"],
      ["Ladungsfrist (Tage)", "21"],
      ["Absender", "Sekretariat\nAm Markt 1"],
      ["Absender-E-Mail", "sekretariat@example.org"],
      ["Rücksendeangabe", "Sekretariat · Am Markt 1 · 12345 Ort"],
      ["ansprechpartner*in", "Jana Beispiel"],
      ["Telefon", "02131 928-0"],
      ["Zugang (Online)", "https://meet.example.org/allianz\nMeeting-ID 123"],
      ["Standard-TOPs", "Begrüßung;  Berichte ;\nVerschiedenes"],
    ]);
    assert.deepEqual(findings, []);
    assert.deepEqual(settings, {
      allianceName: "Allianz für Klima",
      cadence: "vierteljährlich",
      meetingMonths: [3, 6, 9, 12],
      weekday: 2,
      weekOfMonth: "letzte",
      startTime: "09:00",
      durationMinutes: 90,
      format: "Online",
      state: "BY",
      avoidCarnival: false,
      chair: "Stadt Kaarst",
      minutesKeeper: "Vorsitz",
      invitationLeadDays: 21,
      sender: "Sekretariat\nAm Markt 1",
      senderEmail: "sekretariat@example.org",
      returnAddress: "Sekretariat · Am Markt 1 · 12345 Ort",
      contactPerson: "Jana Beispiel",
      phone: "02131 928-0",
      onlineAccess: "https://meet.example.org/allianz\nMeeting-ID 123",
      standardAgenda: ["Begrüßung", "Berichte", "Verschiedenes"],
    });
    assert.equal(rows.chair, 11);
  });

  it("lets an explicit Sitzungsmonate list override the Turnus", () => {
    assert.deepEqual(read([["Turnus", "monatlich"], ["Sitzungsmonate", "3;6;9;12"]]).settings.meetingMonths, [3, 6, 9, 12]);
    assert.deepEqual(read([["Sitzungsmonate", "11, 1,  5"]]).settings.meetingMonths, [1, 5, 11]);
    assert.deepEqual(read([["Sitzungsmonate", 6]]).settings.meetingMonths, [6]);
  });

  it("reports an invalid value on its Wert cell and names the default used instead", () => {
    const { settings, findings } = read([["Wochentag", "Sonnabend"]]);
    assert.equal(settings.weekday, 4);
    assert.deepEqual(findings.map((f) => [f.severity, f.code, f.sheet, f.row, f.column, f.cell]), [["error", "einstellung-ungueltig", "Einstellungen", 2, "Wert", "B2"]]);
    assert.equal(findings[0].message, "Wochentag „Sonnabend“ ist ungültig – erlaubt sind Montag bis Freitag. Es gilt der Standard „Donnerstag“.");
  });

  it("checks ranges through the settings schema", () => {
    const cases: [string, RawCell, RegExp][] = [
      ["Woche im Monat", 5, /Es gilt der Standard „2“/],
      ["Dauer (Minuten)", 0, /Es gilt der Standard „120“/],
      ["Ladungsfrist (Tage)", -3, /Es gilt der Standard „14“/],
      ["Sitzungsmonate", "3, 13", /Es gelten die Monate des Turnus „zweimonatlich“ \(1, 3, 5, 7, 9, 11\)/],
      ["Beginn", "25 Uhr", /Es gilt der Standard „10:00“/],
      ["Bundesland", "Bavaria", /Es gilt der Standard „NW“/],
      ["Brauchtumstage meiden", "vielleicht", /Es gilt der Standard „Ja“/],
      ["Absender-E-Mail", "keine", /Die Einstellung bleibt leer/],
      ["Turnus", { error: "#NV" }, /Turnus „#NV“ ist ungültig.*Es gilt der Standard „zweimonatlich“/],
    ];
    for (const [label, value, message] of cases) {
      const { settings, findings } = read([[label, value]]);
      assert.deepEqual(settings, DEFAULT_SETTINGS, label);
      assert.equal(findings.length, 1, label);
      assert.equal(findings[0].code, "einstellung-ungueltig");
      assert.match(findings[0].message, message);
    }
  });

  it("warns about unknown and repeated settings; the first one counts", () => {
    const { settings, findings } = read([["Farbe", "grün"], ["Format", "Online"], ["format", "Hybrid"], [null, null]]);
    assert.equal(settings.format, "Online");
    assert.deepEqual(findings.map((f) => [f.severity, f.code, f.cell]), [
      ["warning", "einstellung-unbekannt", "A2"],
      ["warning", "einstellung-doppelt", "A4"],
    ]);
  });

  it("keeps the defaults when the Wert column is missing", () => {
    const { settings, findings } = read([["Format", "Online"]], ["Einstellung"]);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(findings.map((f) => [f.severity, f.code]), [["warning", "spalte-fehlt"]]);
  });
});
