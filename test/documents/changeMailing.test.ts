import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { cancelMeeting } from "../../src/domain/cancelMeeting";
import type { MeetingChange } from "../../src/domain/meetingChange";
import { moveMeeting } from "../../src/domain/moveMeeting";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Registers } from "../../src/domain/registers";
import { changeMailing } from "../../src/documents/changeMailing";
import { DEFAULT_TEMPLATE_FILES } from "../../src/documents/documentFor";
import { cancellationData } from "../../src/documents/templateData";
import { buildMailing, CHANGE_TEMPLATE, type ChangeMailingKind, type Mailing } from "../../src/documents/mailing";
import { meetingUid } from "../../src/documents/meetingEvent";
import { exampleRegisters } from "../support/exampleRegisters";
import { gremium } from "../support/gremium";

const TODAY = "2026-12-03" as PlainDate;

function applied(registers: Registers, change: MeetingChange): Registers {
  return { ...registers, meetings: registers.meetings.map((m) => (m.nr === change.nr ? { ...m, ...change.fields } : m)) };
}

function vevent(mailing: Mailing, name: string): { method: string; event: ICAL.Component } {
  const bytes = mailing.files.find((f) => f.name === name)!.bytes;
  const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(bytes)));
  return { method: String(calendar.getFirstPropertyValue("method")), event: calendar.getFirstSubcomponent("vevent")! };
}

describe("change mailings (absage, verschiebung)", () => {
  const registers = exampleRegisters();
  const uid = meetingUid(registers.settings.allianceName!, "2027-01");

  it("a cancellation: METHOD:CANCEL, STATUS:CANCELLED, the invitation's UID, attendees, and a mail that says why", async () => {
    const after = applied(registers, cancelMeeting(registers.meetings, "2027-01", "Krankheit", TODAY));
    const mailing = buildMailing("absage", after, { nr: "2027-01", reason: "Krankheit", stamp: "2026-12-03T09:30:00Z" });
    assert.equal(mailing.zipName, "Absage_2027-01.zip");
    const { method, event } = vevent(mailing, "Absage_2027-01.ics");
    assert.equal(method, "CANCEL");
    assert.equal(event.getFirstPropertyValue("uid"), uid);
    assert.equal(event.getFirstPropertyValue("status"), "CANCELLED");
    assert.ok(Number(event.getFirstPropertyValue("sequence")) > 0);
    assert.equal(event.getAllProperties("attendee").length, mailing.recipients.length);
    const mail = await simpleParser(Buffer.from(mailing.files.find((f) => f.name.endsWith(".eml"))!.bytes));
    assert.match(mail.subject ?? "", /^Abgesagt: Sitzung 2027-01 der Allianz .* am Donnerstag, 14\. Januar 2027$/);
    assert.match(mail.text ?? "", /muss leider entfallen\. Grund: Krankheit/);
    assert.equal(mail.attachments[0].contentType, "text/calendar");
  });

  it("a move: METHOD:REQUEST at the new time with the same UID, a higher SEQUENCE, and the old and new dates in the mail", async () => {
    const change = moveMeeting(registers, "2027-01", { date: "2027-01-21" as PlainDate, start: "14:00" }, TODAY);
    const mailing = buildMailing("verschiebung", applied(registers, change), { nr: "2027-01", former: registers.meetings[0], stamp: "2026-12-03T09:30:00Z" });
    const { method, event } = vevent(mailing, "Sitzung_2027-01.ics");
    assert.equal(method, "REQUEST");
    assert.equal(event.getFirstPropertyValue("uid"), uid);
    assert.equal(event.getFirstPropertyValue("dtstart")?.toString(), "2027-01-21T14:00:00");
    assert.ok(Number(event.getFirstPropertyValue("sequence")) > 0);
    const mail = await simpleParser(Buffer.from(mailing.files.find((f) => f.name.endsWith(".eml"))!.bytes));
    assert.match(mail.text ?? "", /Bisher: Donnerstag, 14\. Januar 2027, 10:00 Uhr, Bürgerhaus Jüchen, Markt 5\nNeu: Donnerstag, 21\. Januar 2027, 14:00 Uhr/);
  });
});

/** The default template a change's letter is filled from. */
const templateOf = (kind: ChangeMailingKind) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "assets", DEFAULT_TEMPLATE_FILES[CHANGE_TEMPLATE[kind]])));

/**
 * The mailing's files as Python reads them (Debian's /usr/bin/python3): each .eml's plain text by
 * its email module, and the serial letter's paragraphs by python-docx, with `\f` between sections.
 */
function readWithPython(mailing: Mailing): { mails: string[]; letter: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "allianz-aenderung-"));
  try {
    for (const f of mailing.files) writeFileSync(path.join(dir, f.name), f.bytes);
    const emls = mailing.files.filter((f) => f.name.endsWith(".eml")).map((f) => path.join(dir, f.name));
    const script = [
      "import sys, json, email, email.policy, docx",
      "mails = [email.message_from_binary_file(open(f, 'rb'), policy=email.policy.default).get_body(preferencelist=('plain',)).get_content() for f in sys.argv[2:]]",
      "d = docx.Document(sys.argv[1])",
      // A letter ends with its section: python-docx sees the section break in the paragraph's properties.
      "letter = '\\n'.join(p.text + ('\\f' if p._p.pPr is not None and p._p.pPr.sectPr is not None else '') for p in d.paragraphs)",
      "print(json.dumps({'mails': mails, 'letter': letter}))",
    ].join("\n");
    return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, path.join(dir, "Serienbrief.docx"), ...emls], { encoding: "utf8" }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("change mailings per role: serial letter and mail texts (read back with Python)", function () {
  this.timeout(60_000);
  // Stadt Kaarst hosts (Ansprechperson Max Muster, Vertretung Erika Ärmel), the Rhein-Kreis keeps the minutes; Stadt Jüchen has only a Verteiler contact.
  const base = exampleRegisters();
  const registers: Registers = { ...base, meetings: base.meetings.map((m) => (m.nr === "2027-01" ? { ...m, host: "Stadt Kaarst", minutesBy: "Rhein-Kreis Neuss" } : m)) };
  const byName = (mailing: Mailing, mails: string[]) => new Map(mailing.recipients.map((r, i) => [r.name, mails[i]]));

  it("a cancellation: one Absage letter per recipient with the reason; the host keeps its turn, the minute-keeper needs no minutes", () => {
    const after = applied(registers, cancelMeeting(registers.meetings, "2027-01", "Krankheit", TODAY));
    const mailing = changeMailing("absage", after, { nr: "2027-01", reason: "Krankheit", former: registers.meetings[0], letterDate: TODAY, stamp: "2026-12-03T09:30:00Z" }, templateOf("absage"));
    assert.deepEqual(mailing.files.slice(0, 3).map((f) => f.name), ["Serienbrief.docx", "Absage_2027-01.ics", "Empfaenger.csv"]);
    const { mails, letter } = readWithPython(mailing);
    const letters = letter.split("\f").filter((text) => text.trim() !== "");
    assert.equal(letters.length, mailing.recipients.length);
    for (const text of letters) {
      assert.match(text, /^Absage der Sitzung 2027-01 der Allianz .* am Donnerstag, 14\. Januar 2027$/m);
      assert.match(text, /^Grund: Krankheit$/m);
      assert.match(text, /^Nächster Termin: /m);
    }
    const hostLetters = letters.filter((text) => text.includes("behält ihren Turnus als Gastgeber"));
    assert.deepEqual(hostLetters.map((text) => /^(?:Frau|Herrn) (.+)$/m.exec(text)?.[1]), ["Erika Ärmel", "Max Muster"]);
    assert.equal(letters.filter((text) => text.includes("Das Protokoll, das Ihre Verwaltung führen sollte, entfällt")).length, 1);

    const mail = byName(mailing, mails);
    assert.equal(new Set(mails).size, mails.length, "every role reads its own text");
    assert.match(mail.get("Max Muster")!, /muss leider entfallen\. Grund: Krankheit\n\nIhre Verwaltung hätte die Sitzung ausgerichtet\. Sie behält ihren Turnus als Gastgeber/);
    assert.doesNotMatch(mail.get("Max Muster")!, /Protokoll/);
    assert.match(mail.get("Erika Ärmel")!, /Als Vertretung erhalten Sie diese Nachricht zur Kenntnis[\s\S]*behält ihren Turnus/);
    assert.match(mail.get("Dr. Jana Özdemir")!, /Das Protokoll, das Ihre Verwaltung führen sollte, entfällt mit der Sitzung\./);
    assert.doesNotMatch(mail.get("Dr. Jana Özdemir")!, /Turnus/);
    assert.match(mail.get("Alex Beispiel")!, /^zu Ihrer Information: Die Sitzung 2027-01 .* entfällt\. Grund: Krankheit$/m);
    assert.doesNotMatch(mail.get("Alex Beispiel")!, /Turnus|Protokoll, das/);
    // Where one member always hosts, there is no turn to keep: the host only frees the room.
    const fixed: Registers = { ...after, bodies: [gremium("Plenum", { hostRule: "fest", host: "Stadt Kaarst" })] };
    const fixedMail = readWithPython(changeMailing("absage", fixed, { nr: "2027-01", reason: null, former: registers.meetings[0], letterDate: TODAY, stamp: "2026-12-03T09:30:00Z" }, templateOf("absage")));
    const hostMail = byName(mailing, fixedMail.mails).get("Max Muster")!;
    assert.match(hostMail, /Ihre Verwaltung hätte die Sitzung ausgerichtet\. Eine Raumreservierung für den 14\.01\.2027 können Sie freigeben\./);
    assert.doesNotMatch(hostMail + fixedMail.letter, /Turnus/);
    assert.match(fixedMail.letter, /Ihre Verwaltung hätte die Sitzung ausgerichtet\. Eine Raumreservierung/);
    // The next meeting's date and time, without its venue: its host may change with the recomputation.
    for (const text of mails) assert.match(text, /^Nächster Termin: Donnerstag, 11\. März 2027, 14:00 Uhr$/m);
  });

  it("names as next date the next meeting of the same Gremium", () => {
    const after = applied(registers, cancelMeeting(registers.meetings, "2027-01", null, TODAY));
    assert.equal(cancellationData(after, "2027-01").NaechsterTermin, "Donnerstag, 11. März 2027, 14:00 Uhr");
    const twoBodies: Registers = { ...after, bodies: [gremium("Plenum"), gremium("Arbeitskreis Wärme")], meetings: after.meetings.map((m) => (m.nr === "2027-02" ? { ...m, body: "Arbeitskreis Wärme" } : m)) };
    assert.equal(cancellationData(twoBodies, "2027-01").NaechsterTermin, "noch nicht geplant");
  });

  it("a move: the invitation letter to the new date; the host is asked to confirm the room, the minute-keeper to plan the new date", () => {
    const change = moveMeeting(registers, "2027-01", { date: "2027-01-21" as PlainDate }, TODAY);
    const mailing = changeMailing("verschiebung", applied(registers, change), { nr: "2027-01", reason: null, former: registers.meetings[0], letterDate: TODAY, stamp: "2026-12-03T09:30:00Z" }, templateOf("verschiebung"));
    const { mails, letter } = readWithPython(mailing);
    assert.equal(letter.split("\f").filter((text) => /^Einladung zur Sitzung 2027-01 .* am Donnerstag, 21\. Januar 2027$/m.test(text)).length, mailing.recipients.length);
    const mail = byName(mailing, mails);
    assert.equal(new Set(mails).size, mails.length);
    assert.match(mail.get("Max Muster")!, /Ihre Verwaltung richtet die Sitzung aus: Bitte bestätigen Sie uns, dass der Raum \(.+\) am 21\.01\.2027 zur Verfügung steht, und geben Sie die Reservierung für den 14\.01\.2027 frei\./);
    assert.match(mail.get("Max Muster")!, /ob Sie zum neuen Termin teilnehmen können/);
    assert.match(mail.get("Erika Ärmel")!, /bestätigen Sie uns, dass der Raum[\s\S]*nehmen Sie bitte an ihrer Stelle teil/);
    assert.match(mail.get("Dr. Jana Özdemir")!, /Ihre Verwaltung führt das Protokoll; bitte planen Sie dafür den neuen Termin ein\./);
    assert.doesNotMatch(mail.get("Dr. Jana Özdemir")!, /Raum/);
    assert.match(mail.get("Alex Beispiel")!, /^zu Ihrer Information: Die Sitzung 2027-01 .*wird verschoben\.$/m);
    assert.doesNotMatch(mail.get("Alex Beispiel")!, /Raum|Protokoll; bitte/);
  });
});
