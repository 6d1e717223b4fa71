import assert from "node:assert/strict";
import type { Finding } from "../../src/domain/finding";
import { isPlanningBlocker, PLANNING_BLOCKER_EXPLANATION } from "../../src/domain/planningBlockers";

const finding = (sheet: string, code: string, column: string | null = null, severity: Finding["severity"] = "error"): Finding => ({ severity, code, sheet, row: column ? 2 : null, column, cell: column ? "A2" : null, message: "…" });

describe("isPlanningBlocker", () => {
  it("blocks on missing register sheets and columns of Mitglieder and Sitzungen", () => {
    assert.equal(isPlanningBlocker(finding("Mitglieder", "blatt-fehlt")), true);
    assert.equal(isPlanningBlocker(finding("Sitzungen", "blatt-fehlt")), true);
    assert.equal(isPlanningBlocker(finding("Sitzungen", "spalte-fehlt", "Status")), true);
    assert.equal(isPlanningBlocker(finding("Kontakte", "blatt-fehlt")), false);
  });

  it("blocks on any error of Mitglieder, Einstellungen and Sperrzeiten, except missing contact persons", () => {
    assert.equal(isPlanningBlocker(finding("Mitglieder", "datum-ungueltig", "Beitritt")), true);
    assert.equal(isPlanningBlocker(finding("mitglieder", "austritt-vor-beitritt", "Austritt")), true);
    assert.equal(isPlanningBlocker(finding("Einstellungen", "einstellung-ungueltig", "Wert")), true);
    assert.equal(isPlanningBlocker(finding("Sperrzeiten", "sperrzeit-bis-vor-von", "Bis")), true);
    assert.equal(isPlanningBlocker(finding("Mitglieder", "ansprechperson-fehlt", "Mitglied")), false);
    assert.equal(isPlanningBlocker(finding("Mitglieder", "datum-als-text", "Beitritt", "warning")), false);
  });

  it("blocks on Sitzungen errors that drop a row or break the rotation, not on others", () => {
    for (const [code, column] of [["datum-ungueltig", "Datum"], ["pflichtfeld", "Nr"], ["wert-ungueltig", "status"], ["excel-fehler", "Gastgeber"], ["gastgeber-kein-mitglied", "Gastgeber"]]) {
      assert.equal(isPlanningBlocker(finding("Sitzungen", code, column)), true, code);
    }
    for (const [code, column] of [["uhrzeit-ungueltig", "Beginn"], ["durchgefuehrt-in-zukunft", "Status"], ["nr-doppelt", "Nr"], ["protokoll-kein-mitglied", "Protokoll"], ["gastgeber-nicht-mitglied-am-datum", "Gastgeber"]]) {
      assert.equal(isPlanningBlocker(finding("Sitzungen", code, column)), false, code);
    }
  });

  it("never blocks on contacts, agenda or warnings, and explains itself in German", () => {
    assert.equal(isPlanningBlocker(finding("Kontakte", "email-doppelt", "E-Mail")), false);
    assert.equal(isPlanningBlocker(finding("Tagesordnung", "zahl-ungueltig", "Minuten")), false);
    assert.equal(isPlanningBlocker(finding("Sitzungen", "sperrtag", "Datum", "warning")), false);
    assert.match(PLANNING_BLOCKER_EXPLANATION, /Kontakten und in der Tagesordnung verhindern die Planung nicht/);
  });
});
