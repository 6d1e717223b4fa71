import assert from "node:assert/strict";
import { DocumentInputError } from "../../src/documents/documentInputError";
import { invitationData, minutesData, replyByDate, yearPlanData } from "../../src/documents/templateData";
import type { PlainDate } from "../../src/domain/plainDate";
import { meeting } from "../support/exampleRegisters";
import { templateRegisters as registers } from "./templateRegisters";

const d = (text: string) => text as PlainDate;

describe("minutesData", () => {
  const data = minutesData(registers, "2027-01");

  it("fills the meeting's facts in German, times and venue defaulted from the settings and the host", () => {
    assert.equal(data.Allianz, "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss");
    assert.equal(data.Datum, "Donnerstag, 11. März 2027");
    assert.equal(data.DatumKurz, "11.03.2027");
    assert.equal(data.Beginn, "10:00 Uhr");
    assert.equal(data.Ende, "12:00 Uhr");
    assert.equal(data.Ort, "Rathaus Jüchen");
    assert.equal(data.Gastgeber, "Stadt Jüchen");
    assert.equal(data.Vorsitz, "Stadt Kaarst");
    assert.equal(data.Protokollfuehrung, "Stadt Jüchen");
    assert.equal(data.Thema, "Wärmeplanung in Städten & Gemeinden");
  });

  it("orders the agenda by TOP number: 1, 2, 2.1, 10", () => {
    assert.deepEqual(
      data.Tagesordnung.map((t) => [t.TOP, t.Referent, t.Minuten]),
      [
        ["1", "Vorsitz", "10"],
        ["2", "alle", "30"],
        ["2.1", "Dr. Ümit Öz", ""],
        ["10", "", "10"],
      ],
    );
  });

  it("lists every member of that day, also one without contact persons, with Ansprechpersonen before Vertretungen", () => {
    assert.deepEqual(
      data.Teilnehmende.map((t) => [t.Mitglied, t.Personen.map((p) => `${p.Name} (${p.Rolle})`)]),
      [
        ["Rhein-Kreis Neuss", ["Dr. Jana Özdemir (Ansprechperson)"]],
        ["Stadt Jüchen", []],
        ["Stadt Kaarst", ["Max Muster (Ansprechperson)", "Erika Ärmel (Vertretung)"]],
        ["Stadt Zons", ["Spät Dabei (Ansprechperson)"]],
      ],
    );
  });

  it("names the next meeting that is not cancelled, or says there is none", () => {
    assert.equal(data.NaechsteSitzung, "Donnerstag, 8. Juli 2027, 14:00 Uhr, Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst");
    assert.equal(minutesData(registers, "2027-04").NaechsteSitzung, "noch nicht geplant");
  });

  it("rejects an unknown or cancelled meeting with a German message", () => {
    assert.throws(() => minutesData(registers, "2027-09"), (e: unknown) => e instanceof DocumentInputError && /„2027-09“ steht nicht im Blatt Sitzungen/.test(e.message));
    assert.throws(() => minutesData(registers, "2027-02"), /ist abgesagt/);
  });
});

describe("invitationData", () => {
  const data = invitationData(registers, " 2027-01 ");

  it("dates the letters Ladungsfrist days before the meeting and asks for a reply a week before", () => {
    assert.equal(data.Briefdatum, "25.02.2027");
    assert.equal(data.Rueckmeldung, "Donnerstag, 4. März 2027");
    const chosen = invitationData(registers, "2027-01", { letterDate: d("2027-02-20"), replyBy: d("2027-03-01") });
    assert.deepEqual([chosen.Briefdatum, chosen.Rueckmeldung], ["20.02.2027", "Montag, 1. März 2027"]);
  });

  it("writes one letter per recipient with a DIN 5008 address: member, person, street", () => {
    assert.deepEqual(
      data.Briefe.map((b) => b.Name),
      ["Dr. Jana Özdemir", "Alex Beispiel", "Erika Ärmel", "Max Muster", "Spät Dabei"],
    );
    const muster = data.Briefe[3];
    assert.equal(muster.Anschrift, "Stadt Kaarst\nHerr Max Muster\nMarkt 1\n41000 Kaarst");
    assert.equal(muster.Anrede, "Sehr geehrter Herr Muster,");
    assert.equal(data.Briefe[1].Anschrift, "Stadt Jüchen\nAlex Beispiel\nAm Rathaus 5\n41363 Jüchen");
    assert.equal(data.Briefe[1].Anrede, "Guten Tag Alex Beispiel,");
  });

  it("takes sender lines from the settings", () => {
    assert.equal(data.Absender, "Geschäftsstelle der Allianz\nOberstraße 91\n41460 Neuss");
    assert.equal(data.AbsenderName, "Geschäftsstelle der Allianz");
    assert.equal(data.AbsenderZeile, "Geschäftsstelle der Allianz, Oberstraße 91, 41460 Neuss");
    assert.equal(data.AbsenderEmail, "allianz@example.org");
  });

  it("refuses a meeting nobody can be invited to", () => {
    const empty = { ...registers, contacts: [] };
    assert.throws(() => invitationData(empty, "2027-01"), /hat kein Mitglied einen aktiven Kontakt/);
  });
});

describe("replyByDate", () => {
  it("is a week before the meeting, half the Ladungsfrist when that is shorter, never on a weekend", () => {
    assert.equal(replyByDate(d("2027-03-11"), 14), "2027-03-04");
    assert.equal(replyByDate(d("2027-03-11"), 6), "2027-03-08");
    assert.equal(replyByDate(d("2027-03-11"), 0), "2027-03-11");
    assert.equal(replyByDate(d("2027-03-15"), 14), "2027-03-08");
    assert.equal(replyByDate(d("2027-03-16"), 4), "2027-03-12"); // Sonntag → Freitag
  });
});

describe("yearPlanData", () => {
  const data = yearPlanData(registers, 2027);

  it("lists the year's meetings that are not cancelled, in date order", () => {
    assert.equal(data.Jahr, "2027");
    assert.deepEqual(
      data.Sitzungen.map((s) => [s.Nr, s.DatumKurz, s.Beginn, s.Ort]),
      [
        ["2027-01", "11.03.2027", "10:00 Uhr", "Rathaus Jüchen"],
        ["2027-03", "08.07.2027", "14:00 Uhr", "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst"],
        ["2027-04", "09.09.2027", "10:00 Uhr", "Online"],
      ],
    );
  });

  it("writes to the recipients of 1 January and dates the letter before the first invitation", () => {
    assert.deepEqual(
      data.Briefe.map((b) => b.Mitglied),
      ["Rhein-Kreis Neuss", "Stadt Jüchen", "Stadt Kaarst", "Stadt Kaarst"],
    );
    assert.equal(data.Briefdatum, "25.02.2027");
    // 14.01.2027 minus 12 days is Saturday 02.01.: the letter is dated the Friday before.
    const weekend = { ...registers, meetings: [meeting("2027-01", "2027-01-14")], settings: { ...registers.settings, invitationLeadDays: 12 } };
    assert.equal(yearPlanData(weekend, 2027).Briefdatum, "01.01.2027");
  });

  it("rejects a year without meetings or an impossible year", () => {
    assert.throws(() => yearPlanData(registers, 2030), /Für 2030 steht keine Sitzung/);
    assert.throws(() => yearPlanData(registers, 0), /kein gültiges Jahr/);
  });
});
