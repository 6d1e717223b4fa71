import type { PlainDate } from "../../src/domain/plainDate";
import type { AgendaItem, Contact, Located, Meeting, Member, Registers } from "../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../src/domain/registers";

/*
 * A small alliance for the document tests: umlauts, a member that left and one that joined in
 * the year, every salutation, a Verteiler and an inactive contact.
 */

const d = (text: string) => text as PlainDate;
const located = <T>(rows: T[]): Located<T>[] => rows.map((row, i) => ({ ...row, row: i + 2 }));

const member = (name: string, shortName: string, extra: Partial<Member> = {}): Member => ({
  name,
  shortName,
  kind: "Stadt",
  joined: d("2020-01-01"),
  left: null,
  hosts: true,
  venue: `Rathaus ${shortName}, Markt 1`,
  address: `${name}\nMarkt 1\n41000 ${shortName}`,
  ...extra,
});

const contact = (memberName: string, firstName: string, lastName: string, extra: Partial<Contact> = {}): Contact => ({
  member: memberName,
  salutation: null,
  title: null,
  firstName,
  lastName,
  position: null,
  email: `${firstName}.${lastName}@example.org`.toLowerCase().replace(/[^a-z.@-]/g, ""),
  phone: null,
  role: "Ansprechperson",
  active: true,
  ...extra,
});

const meeting = (nr: string, date: string, host: string, extra: Partial<Meeting> = {}): Meeting => ({
  nr,
  date: d(date),
  start: null,
  end: null,
  format: "Präsenz",
  host,
  venue: null,
  minutesBy: host,
  topic: null,
  speakers: null,
  status: "geplant",
  note: null,
  ...extra,
});

const agenda = (meetingNr: string, item: string, title: string, speaker: string | null, minutes: number | null): AgendaItem => ({ meeting: meetingNr, item, title, speaker, minutes });

export const registers: Registers = {
  members: located([
    member("Stadt Jüchen", "Jüchen", { address: "Am Rathaus 5\n41363 Jüchen" }),
    member("Gemeinde Rommerskirchen", "Rommerskirchen", { kind: "Gemeinde" }),
    member("Stadt Kaarst", "Kaarst", { venue: "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst" }),
    member("Stadt Grevenbroich", "Grevenbroich", { left: d("2026-12-31") }),
    member("Stadt Zons", "Zons", { joined: d("2027-06-01"), hosts: false }),
  ]),
  contacts: located([
    contact("Stadt Jüchen", "Jürgen", "Müßig", { salutation: "Herr", position: "Klimaschutzmanager" }),
    contact("Stadt Jüchen", "Änne", "Öztürk", { salutation: "Frau", title: "Dr.", role: "Vertretung" }),
    contact("Gemeinde Rommerskirchen", "Alex", "Beispiel", { position: "Umweltamt" }),
    contact("Gemeinde Rommerskirchen", "Paula", "Post", { role: "Verteiler" }),
    contact("Stadt Kaarst", "Karin", "Krause", { salutation: "Frau", position: "Klimaschutzmanagerin" }),
    contact("Stadt Kaarst", "Kai", "Alt", { salutation: "Herr", active: false }),
    contact("Stadt Grevenbroich", "Gerd", "Grün", { salutation: "Herr" }),
    contact("Stadt Zons", "Zoe", "Zander", { salutation: "Frau" }),
  ]),
  meetings: located([
    meeting("2026-06", "2026-11-12", "Stadt Grevenbroich", { status: "durchgeführt" }),
    meeting("2027-01", "2027-03-11", "Stadt Jüchen", { topic: "Wärmeplanung in Städten & Gemeinden", speakers: "Dr. Ümit Öz (Energieagentur)" }),
    meeting("2027-02", "2027-05-13", "Stadt Kaarst", { status: "abgesagt" }),
    meeting("2027-03", "2027-07-08", "Stadt Kaarst", { start: "14:00", end: "16:30" }),
    meeting("2027-04", "2027-09-09", "Gemeinde Rommerskirchen", { format: "Online" }),
  ]),
  agenda: located([
    agenda("2027-01", "10", "Verschiedenes", null, 10),
    agenda("2027-01", "2", "Bericht aus den Kommunen", "alle", 30),
    agenda("2027-01", "1", "Begrüßung und Protokoll der letzten Sitzung", "Vorsitz", 10),
    agenda("2027-01", "2.1", "Kommunale Wärmeplanung – Stand & nächste Schritte", "Dr. Ümit Öz", null),
  ]),
  blockedPeriods: [],
  settings: {
    ...DEFAULT_SETTINGS,
    allianceName: "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
    chair: "Stadt Kaarst",
    sender: "Geschäftsstelle der Klima-Allianz\nRhein-Kreis Neuss\nOberstraße 91\n41460 Neuss",
    senderEmail: "klima-allianz@example.org",
  },
};
