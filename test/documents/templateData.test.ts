import assert from "node:assert/strict";
import { DocumentInputError } from "../../src/documents/documentInputError";
import { invitationData, minutesData, replyByDate, returnLine, yearPlanData } from "../../src/documents/templateData";
import { RETURN_LINE_MAX } from "../../src/domain/letterAddress";
import { formatDateDe, type PlainDate } from "../../src/domain/plainDate";
import { todayInGermany } from "../../src/workbook/today";
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

  it("gives the Standard-TOPs, numbered from 1, to a meeting without items in the Tagesordnung sheet", () => {
    assert.deepEqual(
      minutesData(registers, "2027-03").Tagesordnung.map((t) => `${t.TOP} ${t.Titel}`),
      ["1 Begrüßung", "2 Genehmigung des Protokolls der letzten Sitzung", "3 Verschiedenes"],
    );
  });

  it("has room for attendance and tasks, and names who receives the minutes", () => {
    assert.deepEqual(data.Aufgaben, []);
    assert.ok(data.Teilnehmende.every((t) => t.Personen.every((p) => p.Status === "")));
    assert.equal(data.Verteiler, "Rhein-Kreis Neuss, Stadt Jüchen, Stadt Kaarst, Stadt Zons");
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

  it("dates the letters the day they are made, unless told otherwise, and asks for a reply a week before the meeting", () => {
    assert.equal(data.Briefdatum, formatDateDe(todayInGermany()));
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
    assert.equal(muster.Anschrift, "Stadt Kaarst\nHerrn Max Muster\nMarkt 1\n41000 Kaarst");
    assert.equal(muster.Anrede, "Sehr geehrter Herr Muster,");
    assert.equal(data.Briefe[1].Anschrift, "Stadt Jüchen\nAlex Beispiel\nAm Rathaus 5\n41363 Jüchen");
    assert.equal(data.Briefe[1].Anrede, "Guten Tag Alex Beispiel,");
  });

  it("words each letter for its reader's role", () => {
    assert.deepEqual(
      data.Briefe.map((b) => [b.Rolle, b.IstAnsprechperson, b.IstVertretung, b.IstVerteiler]),
      [
        ["Ansprechperson", "ja", "", ""],
        ["Verteiler", "", "", "ja"],
        ["Vertretung", "", "ja", ""],
        ["Ansprechperson", "ja", "", ""],
        ["Ansprechperson", "ja", "", ""],
      ],
    );
  });

  it("names host with its article, chair and minute-keeper as persons", () => {
    assert.equal(data.GastgeberGenitiv, "der Stadt Jüchen");
    assert.equal(data.VorsitzPerson, "Max Muster");
    // Stadt Jüchen has only a Verteiler contact: no person keeps the minutes by name.
    assert.equal(data.ProtokollPerson, "");
    assert.equal(invitationData(registers, "2027-03").ProtokollPerson, "Max Muster");
  });

  it("gives the access of an online meeting from the setting „Zugang (Online)“, or the meeting's own Zugang", () => {
    assert.deepEqual([data.Zugang, data.ZugangLink], ["", ""]);
    const room = { ...registers, settings: { ...registers.settings, onlineAccess: "https://meet.example.org/allianz\nMeeting-ID 123 456" } };
    const online = invitationData(room, "2027-04");
    assert.deepEqual([online.Zugang, online.ZugangLink], ["https://meet.example.org/allianz\nMeeting-ID 123 456", "https://meet.example.org/allianz"]);
    const own = { ...room, meetings: room.meetings.map((m) => (m.nr === "2027-04" ? { ...m, access: "Einwahl 0211 123 (kein Link)" } : m)) };
    assert.deepEqual([invitationData(own, "2027-04").Zugang, invitationData(own, "2027-04").ZugangLink], ["Einwahl 0211 123 (kein Link)", ""]);
  });

  it("fills the information block from the settings and keeps the return line within the address field", () => {
    const settings = { ...registers.settings, contactPerson: "Jana Beispiel", phone: "02131 928-0" };
    const info = invitationData({ ...registers, settings }, "2027-01");
    assert.deepEqual([info.Ansprechpartner, info.Telefon, info.AbsenderEmail], ["Jana Beispiel", "02131 928-0", "allianz@example.org"]);
    assert.equal(info.Ruecksendeangabe, "Geschäftsstelle der Allianz · Oberstraße 91 · 41460 Neuss");
    assert.equal(invitationData({ ...registers, settings: { ...settings, returnAddress: "Allianz · Postfach 1 · 41460 Neuss" } }, "2027-01").Ruecksendeangabe, "Allianz · Postfach 1 · 41460 Neuss");
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

describe("returnLine", () => {
  const line = (sender: string) => returnLine({ returnAddress: null, sender, allianceName: null });

  it("keeps first line, street and town of a long Absender and shortens the name to fit", () => {
    assert.equal(line("Allianz für Klima und Nachhaltigkeit\nim Rhein-Kreis Neuss\nc/o Rhein-Kreis Neuss\nOberstraße 91\n41460 Neuss"), "Allianz für Klima und Nachhalti… · Oberstraße 91 · 41460 Neuss");
    const long = line("Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss, Geschäftsstelle\nOberstraße 91\n41460 Neuss");
    assert.ok(long.length <= RETURN_LINE_MAX, long);
    assert.match(long, /^Allianz für Klima .*… · Oberstraße 91 · 41460 Neuss$/);
    assert.ok(line("x".repeat(200)).length <= RETURN_LINE_MAX);
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

  it("writes to the recipients of 1 January, dated the day the letters are made unless told otherwise", () => {
    assert.deepEqual(
      data.Briefe.map((b) => b.Mitglied),
      ["Rhein-Kreis Neuss", "Stadt Jüchen", "Stadt Kaarst", "Stadt Kaarst"],
    );
    assert.equal(data.Briefdatum, formatDateDe(todayInGermany()));
    assert.equal(yearPlanData(registers, 2027, { letterDate: d("2026-12-01") }).Briefdatum, "01.12.2026");
  });

  it("rejects a year without meetings or an impossible year", () => {
    assert.throws(() => yearPlanData(registers, 2030), /Für 2030 steht keine Sitzung/);
    assert.throws(() => yearPlanData(registers, 0), /kein gültiges Jahr/);
  });
});
