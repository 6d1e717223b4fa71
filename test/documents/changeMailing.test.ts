import assert from "node:assert/strict";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { cancelMeeting } from "../../src/domain/cancelMeeting";
import type { MeetingChange } from "../../src/domain/meetingChange";
import { moveMeeting } from "../../src/domain/moveMeeting";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Registers } from "../../src/domain/registers";
import { buildMailing, type Mailing } from "../../src/documents/mailing";
import { meetingUid } from "../../src/documents/meetingEvent";
import { exampleRegisters } from "../support/exampleRegisters";

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
