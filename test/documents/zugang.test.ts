import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { fillTemplate } from "../../src/documents/fillTemplate";
import { buildMailing } from "../../src/documents/mailing";
import { invitationData, minutesData } from "../../src/documents/templateData";
import type { Registers } from "../../src/domain/registers";
import { allText } from "./docxText";
import { templateRegisters } from "./templateRegisters";

const asset = (file: string) => new Uint8Array(readFileSync(join(__dirname, "..", "..", "assets", file)));
const LINK = "https://meet.example.org/allianz-klima?pwd=K3y;x";
const ACCESS = `${LINK}\nMeeting-ID: 812 3456 7890\nEinwahl: +49 69 1234 5678`;

/** The online meeting 2027-04 with its own Zugang, and a hybrid one in Kaarst that uses the standing room. */
const registers: Registers = {
  ...templateRegisters,
  meetings: templateRegisters.meetings.map((m) =>
    m.nr === "2027-04" ? { ...m, access: ACCESS } : m.nr === "2027-03" ? { ...m, format: "Hybrid" as const } : m,
  ),
  settings: { ...templateRegisters.settings, senderEmail: "allianz@example.org", onlineAccess: "https://meet.example.org/standard-raum" },
};

function event(mailing: ReturnType<typeof buildMailing>): ICAL.Event {
  const ics = mailing.files.find((f) => f.name.endsWith(".ics"))!;
  const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(ics.bytes)));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
}

describe("Zugang of an online or hybrid meeting in all four places", () => {
  afterEach(() => ICAL.TimezoneService.reset());
  const stamp = "2026-12-01T09:30:00Z";

  it("in the letter, the mail text, the minutes and the .ics (URL, LOCATION, CONFERENCE)", async () => {
    const letter = allText(fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(registers, "2027-04")));
    assert.ok(letter.includes(`Zugang\n${ACCESS}`), letter);

    const mailing = buildMailing("einladung", registers, { nr: "2027-04", stamp });
    const mail = await simpleParser(Buffer.from(mailing.files.find((f) => f.name.endsWith(".eml"))!.bytes));
    assert.ok(mail.text?.includes(`Format: Online\nZugang:\n  ${LINK}\n  Meeting-ID: 812 3456 7890\n  Einwahl: +49 69 1234 5678\n`), mail.text);

    const minutes = allText(fillTemplate(asset("Vorlage-Protokoll.docx"), "protokoll", minutesData(registers, "2027-04")));
    assert.ok(minutes.includes(`Zugang\n${ACCESS}`), minutes);

    const online = event(mailing);
    assert.equal(online.location, LINK);
    assert.equal(online.component.getFirstPropertyValue("url"), LINK);
    const conference = online.component.getFirstProperty("conference");
    assert.equal(conference?.getFirstValue(), LINK);
    assert.equal(conference?.type, "uri");
    assert.equal(conference?.getParameter("feature"), "AUDIO,VIDEO");
    assert.match(online.description, /Zugang:\nhttps:\/\/meet\.example\.org\/allianz-klima\?pwd=K3y;x\nMeeting-ID: 812 3456 7890/);
  });

  it("a hybrid meeting keeps its venue as LOCATION and takes the standing online room as link", () => {
    const hybrid = event(buildMailing("einladung", registers, { nr: "2027-03", stamp }));
    assert.equal(hybrid.location, "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst");
    assert.equal(hybrid.component.getFirstPropertyValue("url"), "https://meet.example.org/standard-raum");
    assert.equal(invitationData(registers, "2027-03").Zugang, "https://meet.example.org/standard-raum");
  });

  it("a meeting in person shows no Zugang anywhere", async () => {
    const mailing = buildMailing("einladung", registers, { nr: "2027-01", stamp });
    const mail = await simpleParser(Buffer.from(mailing.files.find((f) => f.name.endsWith(".eml"))!.bytes));
    assert.doesNotMatch(mail.text ?? "", /Zugang/);
    assert.equal(event(mailing).component.getFirstPropertyValue("url"), null);
    assert.doesNotMatch(allText(fillTemplate(asset("Vorlage-Einladung.docx"), "einladung", invitationData(registers, "2027-01"))), /Zugang/);
  });
});
