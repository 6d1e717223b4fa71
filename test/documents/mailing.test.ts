import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import PizZip from "pizzip";
import type { Registers } from "../../src/domain/registers";
import { DocumentInputError } from "../../src/documents/documentInputError";
import { DOCX_CONTENT_TYPE } from "../../src/documents/eml";
import { buildMailing, zipMailing, type Mailing } from "../../src/documents/mailing";
import { contact, exampleRegisters, meeting } from "../support/exampleRegisters";

const stamp = "2026-12-01T09:30:00.000Z";
const docx = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7) % 256);

function registersWithAgenda(overrides: Partial<Registers> = {}): Registers {
  return exampleRegisters({
    agenda: [
      { meeting: "2027-01", item: "2", title: "Kommunale Wärmeplanung", speaker: "Dr. Jana Özdemir", minutes: 45, row: 3 },
      { meeting: "2027-01", item: "1", title: "Begrüßung", speaker: null, minutes: null, row: 2 },
    ],
    ...overrides,
  });
}

function file(mailing: Mailing, name: string): Uint8Array {
  const found = mailing.files.find((f) => f.name === name);
  assert.ok(found, `${name} fehlt in ${mailing.files.map((f) => f.name).join(", ")}`);
  return found.bytes;
}

const parseMail = (bytes: Uint8Array): Promise<ParsedMail> => simpleParser(Buffer.from(bytes));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const toAddresses = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((t) => t.value.map((v) => v.address));

/** `mailto ROLE RSVP` of each ATTENDEE, as Python's icalendar (Debian's python3-icalendar) reads the file. */
function readAttendeesWithPython(ics: Uint8Array | Buffer): string[] {
  const script = [
    "import sys, icalendar",
    "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())",
    "for ev in cal.walk('VEVENT'):",
    "    atts = ev.get('attendee')",
    "    atts = atts if isinstance(atts, list) else [atts]",
    "    for a in atts: print(str(a), a.params.get('ROLE'), a.params.get('RSVP'))",
  ].join("\n");
  return execFileSync("/usr/bin/python3", ["-c", script], { input: Buffer.from(ics), encoding: "utf8" }).trim().split("\n");
}

function calendarOf(bytes: Uint8Array | Buffer): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(bytes).toString("utf8")));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

describe("buildMailing", () => {
  afterEach(() => ICAL.TimezoneService.reset());

  describe("einladung", () => {
    const mailing = buildMailing("einladung", registersWithAgenda(), { nr: "2027-01", stamp, letterDocx: docx });

    it("gives the serial letter, the .ics, the CSV and one draft per recipient", () => {
      assert.deepEqual(
        mailing.files.map((f) => f.name),
        ["Serienbrief.docx", "Sitzung_2027-01.ics", "Empfaenger.csv", "01_Oezdemir_Jana.eml", "02_Beispiel_Alex.eml", "03_Aermel_Erika.eml", "04_Muster_Max.eml"],
      );
      assert.deepEqual(mailing.recipients, [
        { name: "Dr. Jana Özdemir", email: "jana.oezdemir@example.org", mitglied: "Rhein-Kreis Neuss", rolle: "Ansprechperson" },
        { name: "Alex Beispiel", email: "alex.beispiel@example.org", mitglied: "Stadt Jüchen", rolle: "Verteiler" },
        { name: "Erika Ärmel", email: "erika.aermel@example.org", mitglied: "Stadt Kaarst", rolle: "Vertretung" },
        { name: "Max Muster", email: "max.muster@example.org", mitglied: "Stadt Kaarst", rolle: "Ansprechperson" },
      ]);
      assert.equal(mailing.zipName, "Einladung_2027-01.zip");
    });

    it("writes drafts mailparser reads: To, umlaut subject, X-Unsent, salutation, date, agenda", async () => {
      const mail = await parseMail(file(mailing, "01_Oezdemir_Jana.eml"));
      assert.deepEqual(toAddresses(mail), ["jana.oezdemir@example.org"]);
      assert.equal(mail.subject, "Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am Donnerstag, 14. Januar 2027");
      assert.equal(mail.headers.get("x-unsent"), "1");
      assert.deepEqual(mail.from?.value.map((a) => [a.name, a.address]), [["Geschäftsstelle der Allianz", "allianz@example.org"]]);
      assert.ok(mail.text?.startsWith("Sehr geehrte Frau Dr. Özdemir,\n\nhiermit laden wir Sie herzlich zur Sitzung 2027-01"), mail.text);
      assert.match(mail.text ?? "", /Uhrzeit: 10:00 Uhr bis 12:00 Uhr\nOrt: Bürgerhaus Jüchen, Markt 5\n/);
      assert.match(mail.text ?? "", /Tagesordnung:\nTOP 1: Begrüßung\nTOP 2: Kommunale Wärmeplanung \(Dr\. Jana Özdemir, 45 Min\.\)\n/);
      assert.match(mail.text ?? "", /Mit freundlichen Grüßen\n\nGeschäftsstelle der Allianz\nOberstraße 91\n41460 Neuss/);
    });

    it("words each mail for its reader: contact persons are asked to reply, deputies informed, the distribution list told no reply is needed", async () => {
      const contactPerson = (await parseMail(file(mailing, "04_Muster_Max.eml"))).text ?? "";
      const deputy = (await parseMail(file(mailing, "03_Aermel_Erika.eml"))).text ?? "";
      const list = (await parseMail(file(mailing, "02_Beispiel_Alex.eml"))).text ?? "";
      assert.match(contactPerson, /hiermit laden wir Sie herzlich zur Sitzung 2027-01 der Allianz .* ein\. Sie findet auf Einladung der Stadt Jüchen statt\./);
      assert.match(contactPerson, /Bitte geben Sie uns bis Donnerstag, 7\. Januar 2027 Bescheid, ob Sie teilnehmen/);
      assert.match(deputy, /Als Vertretung erhalten Sie die Einladung zur Kenntnis\./);
      assert.match(deputy, /Ist die Ansprechperson Ihrer Verwaltung verhindert, nehmen Sie bitte an ihrer Stelle teil/);
      assert.doesNotMatch(deputy, /ob Sie teilnehmen/);
      assert.match(list, /^Guten Tag Alex Beispiel,\n\nzu Ihrer Information: Die Sitzung 2027-01/);
      assert.match(list, /eine Rückmeldung ist nicht nötig\./);
      assert.doesNotMatch(list, /Bescheid|Vertretung/);
    });

    it("gives each recipient's .ics the role of the contact: ROLE and RSVP read back with Python's icalendar", async () => {
      const roles: string[] = [];
      for (const name of ["04_Muster_Max.eml", "03_Aermel_Erika.eml", "02_Beispiel_Alex.eml"]) {
        const [ics] = (await parseMail(file(mailing, name))).attachments;
        roles.push(readAttendeesWithPython(ics.content).join(" | "));
      }
      assert.deepEqual(roles, [
        "mailto:max.muster@example.org REQ-PARTICIPANT TRUE",
        "mailto:erika.aermel@example.org OPT-PARTICIPANT TRUE",
        "mailto:alex.beispiel@example.org NON-PARTICIPANT FALSE",
      ]);
    });

    it("attaches the meeting's REQUEST .ics naming only the mail's recipient", async () => {
      const mail = await parseMail(file(mailing, "04_Muster_Max.eml"));
      assert.equal(mail.attachments.length, 1);
      const [ics] = mail.attachments;
      assert.equal(ics.filename, "Sitzung_2027-01.ics");
      assert.equal(ics.contentType, "text/calendar");
      const calendar = calendarOf(ics.content);
      assert.equal(calendar.getFirstPropertyValue("method"), "REQUEST");
      const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
      assert.deepEqual(event.attendees.map((a) => a.getFirstValue()), ["mailto:max.muster@example.org"]);
      assert.equal(event.startDate.toJSDate().toISOString(), "2027-01-14T09:00:00.000Z");
      assert.equal(event.location, "Bürgerhaus Jüchen, Markt 5");
      assert.equal(event.organizer, "mailto:allianz@example.org");
    });

    it("lists every recipient as attendee in the separate .ics, with a UID stable across runs", () => {
      const calendar = calendarOf(file(mailing, "Sitzung_2027-01.ics"));
      const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
      assert.equal(event.attendees.length, 4);
      assert.equal(event.sequence, 0);
      const later = buildMailing("einladung", registersWithAgenda(), { nr: "2027-01", stamp: "2027-01-02T08:00:00Z" });
      const again = new ICAL.Event(calendarOf(file(later, "Sitzung_2027-01.ics")).getFirstSubcomponent("vevent")!);
      assert.equal(again.uid, event.uid);
    });

    it("gives the same bytes for the same input and stamp", () => {
      const again = buildMailing("einladung", registersWithAgenda(), { nr: "2027-01", stamp, letterDocx: docx });
      assert.deepEqual(again.files, mailing.files);
    });

    it("reports its progress after each mail draft, without changing the files", () => {
      const progress: [number, number][] = [];
      const again = buildMailing("einladung", registersWithAgenda(), { nr: "2027-01", stamp, letterDocx: docx, onProgress: (done, total) => progress.push([done, total]) });
      assert.deepEqual(progress, [[1, 4], [2, 4], [3, 4], [4, 4]]);
      assert.deepEqual(again.files, mailing.files);
    });

    it("zips all files", () => {
      const zip = zipMailing(mailing);
      assert.equal(zip.name, "Einladung_2027-01.zip");
      const read = new PizZip(zip.bytes);
      assert.deepEqual(Object.keys(read.files), mailing.files.map((f) => f.name));
      assert.deepEqual(read.file("Empfaenger.csv")!.asUint8Array(), file(mailing, "Empfaenger.csv"));
    });
  });

  it("leaves out contacts without a usable address or with a taken one, with a warning each", () => {
    const registers = registersWithAgenda({
      contacts: [
        contact("Stadt Kaarst", "Max", "Muster", { email: "max@example.org", row: 2 }),
        contact("Stadt Kaarst", "Moritz", "Muster", { email: "MAX@example.org", row: 3 }),
        contact("Stadt Jüchen", "Ohne", "Punkt", { email: "ohne@localhost", row: 4 }),
      ],
    });
    const mailing = buildMailing("einladung", registers, { nr: "2027-01", stamp });
    assert.deepEqual(mailing.recipients.map((r) => r.email), ["max@example.org"]);
    assert.deepEqual(
      mailing.findings.map((f) => [f.severity, f.code, f.sheet, f.row, f.column]),
      [
        ["warning", "email-unbrauchbar", "Kontakte", 4, "E-Mail"],
        ["warning", "email-doppelt", "Kontakte", 3, "E-Mail"],
      ],
    );
    assert.match(mailing.findings[0].message, /Ohne Punkt \(Stadt Jüchen\) bekommt keine Mail: „ohne@localhost“ ist keine gültige E-Mail-Adresse/);
  });

  it("keeps names with CR/LF from adding mail headers and from file names", async () => {
    const registers = registersWithAgenda({
      contacts: [contact("Stadt Kaarst", "Max\r\nBcc: boese@example.net", "Muster/../x", { email: "max@example.org" })],
    });
    const mailing = buildMailing("einladung", registers, { nr: "2027-01", stamp });
    const eml = mailing.files[mailing.files.length - 1];
    assert.equal(eml.name, "01_Muster_.._x_Max_Bcc_boese_example.net.eml");
    assert.doesNotMatch(text(eml.bytes), /^Bcc:/m);
    const mail = await parseMail(eml.bytes);
    assert.equal(mail.bcc, undefined);
    assert.deepEqual(toAddresses(mail), ["max@example.org"]);
  });

  it("sends the year's schedule to the contacts active on 1 January with one PUBLISH .ics of all meetings", async () => {
    const registers = exampleRegisters({
      meetings: [
        meeting("2027-02", "2027-03-11", { start: "14:00", end: "16:30" }),
        meeting("2027-01", "2027-01-14", { host: "Stadt Jüchen", minutesBy: "Stadt Jüchen" }),
        meeting("2027-03", "2027-05-13", { status: "abgesagt" }),
        meeting("2026-06", "2026-11-12"),
      ],
      contacts: [...exampleRegisters().contacts, contact("Stadt Zons", "Zoe", "Zons")],
    });
    const mailing = buildMailing("jahresplanung", registers, { year: 2027, stamp });
    assert.deepEqual(mailing.files.slice(0, 2).map((f) => f.name), ["Sitzungen_2027.ics", "Empfaenger.csv"]);
    assert.equal(mailing.zipName, "Jahresplanung_2027.zip");
    // Rommerskirchen left on 31.12.2026, Zons joins on 01.02.2027: neither gets the schedule.
    assert.deepEqual(mailing.recipients.map((r) => r.mitglied), ["Rhein-Kreis Neuss", "Stadt Jüchen", "Stadt Kaarst", "Stadt Kaarst"]);

    const mail = await parseMail(mailing.files[2].bytes);
    assert.equal(mail.subject, "Sitzungstermine 2027 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss");
    assert.match(mail.text ?? "", /- Donnerstag, 14\. Januar 2027, 10:00 Uhr bis 12:00 Uhr, Rathaus Jüchen \(auf Einladung der Stadt Jüchen\)\n- Donnerstag, 11\. März 2027, 14:00 Uhr bis 16:30 Uhr, Rathaus Kaarst/);
    assert.doesNotMatch(mail.text ?? "", /Mai 2027/);
    assert.deepEqual(new Uint8Array(mail.attachments[0].content), file(mailing, "Sitzungen_2027.ics"));

    const calendar = calendarOf(file(mailing, "Sitzungen_2027.ics"));
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH");
    const events = calendar.getAllSubcomponents("vevent");
    assert.deepEqual(events.map((e) => [e.getFirstPropertyValue("dtstart")?.toString(), e.getFirstPropertyValue("status"), e.getFirstPropertyValue("sequence")]), [
      ["2027-01-14T10:00:00", "CONFIRMED", 0],
      ["2027-03-11T14:00:00", "CONFIRMED", 0],
      // Cancelled: the seconds since 2020 at the stamp, above any SEQUENCE sent before.
      ["2027-05-13T10:00:00", "CANCELLED", 218280600],
    ]);
    assert.ok(events.every((e) => e.getAllProperties("attendee").length === 0));
  });

  it("sends the finished minutes as an attached .docx, bytes unchanged", async () => {
    const finished = Uint8Array.from([0x50, 0x4b, 3, 4, ...docx]);
    const mailing = buildMailing("protokoll", registersWithAgenda(), { nr: "2027-01", stamp, minutesFile: { fileName: "Protokoll März (final).docx", bytes: finished } });
    assert.deepEqual(mailing.files.slice(0, 2).map((f) => f.name), ["Protokoll_2027-01.docx", "Empfaenger.csv"]);
    assert.equal(mailing.zipName, "Protokollversand_2027-01.zip");
    const mail = await parseMail(mailing.files[2].bytes);
    assert.equal(mail.subject, "Protokoll der Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss vom Donnerstag, 14. Januar 2027");
    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0].filename, "Protokoll_2027-01.docx");
    assert.equal(mail.attachments[0].contentType, DOCX_CONTENT_TYPE);
    assert.deepEqual(new Uint8Array(mail.attachments[0].content), finished);
    assert.match(mail.text ?? "", /Das Protokoll führte Stadt Jüchen\./);
  });

  it("sends finished minutes as PDF, and refuses to send without them or with another kind of file", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n% Protokoll\n");
    const mailing = buildMailing("protokoll", registersWithAgenda(), { nr: "2027-01", stamp, minutesFile: { fileName: "protokoll.PDF", bytes: pdf } });
    assert.equal(mailing.files[0].name, "Protokoll_2027-01.pdf");
    const mail = await parseMail(mailing.files[2].bytes);
    assert.deepEqual(mail.attachments.map((a) => [a.filename, a.contentType]), [["Protokoll_2027-01.pdf", "application/pdf"]]);
    assert.deepEqual(new Uint8Array(mail.attachments[0].content), pdf);
    assert.throws(() => buildMailing("protokoll", registersWithAgenda(), { nr: "2027-01", stamp }), (e: unknown) => e instanceof DocumentInputError && /fehlt das fertige Protokoll der Sitzung „2027-01“ – bitte die Datei angeben/.test(e.message));
    assert.throws(
      () => buildMailing("protokoll", registersWithAgenda(), { nr: "2027-01", stamp, minutesFile: { fileName: "Notizen.txt", bytes: new TextEncoder().encode("Notizen") } }),
      /„Notizen\.txt“ ist weder ein Word-Dokument \(\.docx\) noch eine PDF-Datei/,
    );
  });

  it("names the meeting and its date in every CSV row", () => {
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file(buildMailing("einladung", registersWithAgenda(), { nr: "2027-01", stamp }), "Empfaenger.csv"));
    assert.ok(csv.startsWith("\uFEFFMitglied;Anrede;"));
    assert.match(csv, /;2027-01;14\.01\.2027\r\n/);
  });

  it("refuses input no mailing can be made from, with a German message", () => {
    const registers = registersWithAgenda();
    const refuses = (run: () => unknown, message: RegExp) => assert.throws(run, (e: unknown) => e instanceof DocumentInputError && message.test(e.message));
    refuses(() => buildMailing("einladung", registers, { stamp }), /fehlt die Sitzung/);
    refuses(() => buildMailing("einladung", registers, { nr: "2031-09", stamp }), /„2031-09“ steht nicht im Blatt Sitzungen/);
    refuses(() => buildMailing("jahresplanung", registers, { stamp }), /fehlt das Jahr/);
    refuses(() => buildMailing("jahresplanung", registers, { year: 2031, stamp }), /Für 2031 steht keine Sitzung/);
    refuses(() => buildMailing("protokoll", registers, { nr: "2027-01", stamp }), /fehlt das fertige Protokoll/);
    refuses(() => buildMailing("einladung", registers, { nr: "2027-01", stamp: "gestern" }), /Zeitstempel „gestern“ ist ungültig/);
    const noSender = exampleRegisters({ settings: { ...registers.settings, senderEmail: null } });
    refuses(() => buildMailing("einladung", noSender, { nr: "2027-01", stamp }), /fehlt die Einstellung „Absender-E-Mail“/);
    const badSender = exampleRegisters({ settings: { ...registers.settings, senderEmail: "allianz at example.org" } });
    refuses(() => buildMailing("einladung", badSender, { nr: "2027-01", stamp }), /„allianz at example\.org“ keine gültige Adresse/);
    const nobody = exampleRegisters({ contacts: [contact("Stadt Kaarst", "Max", "Muster", { email: "max@localhost" })] });
    refuses(() => buildMailing("einladung", nobody, { nr: "2027-01", stamp }), /am 14\.01\.2027 hat kein Mitglied einen aktiven Kontakt mit gültiger E-Mail-Adresse/);
  });
});

describe("recipients for a mailing", () => {
  it("are the contacts of the members active on the meeting date", () => {
    const registers = exampleRegisters({ contacts: [...exampleRegisters().contacts, contact("Stadt Zons", "Zoe", "Zons")] });
    const members = (nr: string) => new Set(buildMailing("einladung", registers, { nr, stamp }).recipients.map((r) => r.mitglied));
    // Zons joins on 01.02.2027: not invited to 14.01.2027, invited to 11.03.2027.
    assert.ok(!members("2027-01").has("Stadt Zons"));
    assert.ok(members("2027-02").has("Stadt Zons"));
  });
});
