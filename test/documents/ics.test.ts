import assert from "node:assert/strict";
import ICAL from "ical.js";
import type { PlainDate } from "../../src/domain/plainDate";
import { buildIcs, type CalendarEvent, type CalendarOptions } from "../../src/documents/ics";
import type { Timestamp } from "../../src/documents/timestamp";

const organizer = { name: "Geschäftsstelle der Allianz", email: "allianz@example.org" };

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "sitzung-2027-01-0123456789abcdef@allianz-planer",
    sequence: 0,
    cancelled: false,
    start: { date: "2027-01-14" as PlainDate, time: "10:00" },
    end: { date: "2027-01-14" as PlainDate, time: "12:00" },
    summary: "Sitzung 2027-01 – Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
    location: "Bürgerhaus Jüchen, Markt 5; Saal 2",
    description: "Thema: Wärmeplanung, Förderung\nReferierende: Dr. Özdemir \\ Muster",
    url: null,
    ...overrides,
  };
}

function options(overrides: Partial<CalendarOptions> = {}): CalendarOptions {
  return {
    method: "REQUEST",
    events: [event(), event({ uid: "b@allianz-planer", start: { date: "2027-07-08" as PlainDate, time: "14:30" }, end: { date: "2027-07-08" as PlainDate, time: "16:00" } })],
    organizer,
    attendees: [
      { name: "Dr. Jana Özdemir", email: "jana.oezdemir@example.org", role: "REQ-PARTICIPANT" },
      { name: 'Max "Mo" Muster', email: "max.muster@example.org", role: "REQ-PARTICIPANT" },
    ],
    prodId: "-//Allianz-Planer//Sitzungen//DE",
    stamp: "2026-12-01T09:30:00Z" as Timestamp,
    ...overrides,
  };
}

/** Parses with ical.js and registers the file's own VTIMEZONE, as a calendar program would. */
function parse(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar;
}

describe("buildIcs", () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it("is read by ical.js with DTSTART/DTEND in Europe/Berlin at the right instant (winter and summer)", () => {
    const calendar = parse(buildIcs(options()));
    const vevents = calendar.getAllSubcomponents("vevent");
    assert.equal(vevents[0].getFirstProperty("dtstart")!.getParameter("tzid"), "Europe/Berlin");
    const [winter, summer] = vevents.map((v) => new ICAL.Event(v));
    assert.equal(winter.startDate.zone?.tzid, "Europe/Berlin");
    assert.equal(winter.startDate.toString(), "2027-01-14T10:00:00");
    assert.equal(winter.startDate.toJSDate().toISOString(), "2027-01-14T09:00:00.000Z");
    assert.equal(winter.endDate.toJSDate().toISOString(), "2027-01-14T11:00:00.000Z");
    assert.equal(summer.startDate.toJSDate().toISOString(), "2027-07-08T12:30:00.000Z");
  });

  it("writes method, UID, SEQUENCE, STATUS, DTSTAMP, organizer and attendees", () => {
    const calendar = parse(buildIcs(options()));
    assert.equal(calendar.getFirstPropertyValue("method"), "REQUEST");
    assert.equal(calendar.getFirstPropertyValue("prodid"), "-//Allianz-Planer//Sitzungen//DE");
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    const e = new ICAL.Event(vevent);
    assert.equal(e.uid, "sitzung-2027-01-0123456789abcdef@allianz-planer");
    assert.equal(e.sequence, 0);
    assert.equal(vevent.getFirstPropertyValue("status"), "CONFIRMED");
    assert.equal(String(vevent.getFirstPropertyValue("dtstamp")), "2026-12-01T09:30:00Z");
    const organizerProp = vevent.getFirstProperty("organizer")!;
    assert.equal(organizerProp.getFirstValue(), "mailto:allianz@example.org");
    assert.equal(organizerProp.getParameter("cn"), "Geschäftsstelle der Allianz");
    const attendees = e.attendees.map((a) => [a.getFirstValue(), a.getParameter("cn"), a.getParameter("rsvp")]);
    assert.deepEqual(attendees, [
      ["mailto:jana.oezdemir@example.org", "Dr. Jana Özdemir", "TRUE"],
      ["mailto:max.muster@example.org", "Max 'Mo' Muster", "TRUE"],
    ]);
  });

  it("escapes text so summary, location and description read back unchanged", () => {
    const e = new ICAL.Event(parse(buildIcs(options())).getFirstSubcomponent("vevent")!);
    assert.equal(e.summary, event().summary);
    assert.equal(e.location, event().location);
    assert.equal(e.description, event().description);
  });

  it("marks a cancelled event and leaves attendees out of a published schedule", () => {
    const text = buildIcs(options({ method: "PUBLISH", events: [event({ cancelled: true, sequence: 1 })] }));
    const calendar = parse(text);
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH");
    assert.equal(vevent.getFirstPropertyValue("status"), "CANCELLED");
    assert.equal(vevent.getFirstPropertyValue("sequence"), 1);
    assert.equal(vevent.getAllProperties("attendee").length, 0);
  });

  it("uses CRLF and folds lines at 75 octets without splitting UTF-8 characters", () => {
    const text = buildIcs(options({ events: [event({ description: "Ä".repeat(100) + "\n" + "x".repeat(200) })] }));
    assert.ok(text.endsWith("\r\n"));
    assert.doesNotMatch(text, /[^\r]\n/);
    const bytes = new TextEncoder();
    for (const line of text.split("\r\n")) assert.ok(bytes.encode(line).length <= 75, line);
    assert.doesNotMatch(text, /\uFFFD/);
    assert.equal(new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!).description, "Ä".repeat(100) + "\n" + "x".repeat(200));
  });

  it("keeps CR/LF in names and text from starting a property of its own", () => {
    const text = buildIcs(
      options({
        events: [event({ summary: "Sitzung\r\nATTENDEE:mailto:boese@example.net", location: "Ort\nX-EVIL:1" })],
        attendees: [{ name: "Max\r\nATTENDEE:mailto:boese@example.net", email: "max@example.org", role: "REQ-PARTICIPANT" }],
      }),
    );
    assert.doesNotMatch(text, /^(ATTENDEE:mailto:boese|X-EVIL)/m);
    const e = new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!);
    assert.deepEqual(e.attendees.map((a) => a.getFirstValue()), ["mailto:max@example.org"]);
  });

  it("asks only required attendees to answer: ROLE and RSVP per attendee, read back with ical.js", () => {
    const text = buildIcs(
      options({
        attendees: [
          { name: "Ansprech Person", email: "a@example.org", role: "REQ-PARTICIPANT" },
          { name: "Vertre Tung", email: "v@example.org", role: "OPT-PARTICIPANT" },
          { name: "Ver Teiler", email: "d@example.org", role: "NON-PARTICIPANT" },
        ],
      }),
    );
    const e = new ICAL.Event(parse(text).getFirstSubcomponent("vevent")!);
    assert.deepEqual(
      e.attendees.map((a) => [a.getFirstValue(), a.getParameter("role"), a.getParameter("rsvp")]),
      [
        ["mailto:a@example.org", "REQ-PARTICIPANT", "TRUE"],
        ["mailto:v@example.org", "OPT-PARTICIPANT", "TRUE"],
        ["mailto:d@example.org", "NON-PARTICIPANT", "FALSE"],
      ],
    );
  });

  it("gives an online link as URL and as CONFERENCE (RFC 7986)", () => {
    const text = buildIcs(options({ events: [event({ url: "https://meet.example.org/allianz?pwd=a;b,c" })] }));
    const vevent = parse(text).getFirstSubcomponent("vevent")!;
    assert.equal(vevent.getFirstPropertyValue("url"), "https://meet.example.org/allianz?pwd=a;b,c");
    assert.match(text.replace(/\r\n /g, ""), /\r\nCONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Online teilnehmen:https:\/\/meet\.example\.org\/allianz\?pwd=a;b,c\r\n/);
    assert.doesNotMatch(buildIcs(options()), /^(URL|CONFERENCE)/m);
  });

  it("gives the same text for the same input", () => {
    assert.equal(buildIcs(options()), buildIcs(options()));
  });

  it("rejects an attendee address that could break the line", () => {
    assert.throws(() => buildIcs(options({ attendees: [{ name: "X", email: "x@example.org\r\nX-EVIL:1", role: "REQ-PARTICIPANT" }] })), RangeError);
  });
});
