import type { PlainDate } from "../../src/domain/plainDate";
import type { Contact, Located, Meeting, Member, Registers } from "../../src/domain/registers";
import { DEFAULT_SETTINGS } from "../../src/domain/registers";

/** Small registers for document tests: members with join/leave dates, every kind of contact. */

export function member(name: string, overrides: Partial<Located<Member>> = {}): Located<Member> {
  return {
    name,
    shortName: name.replace(/^(Stadt|Gemeinde|Kreis) /, ""),
    kind: name.startsWith("Stadt ") ? "Stadt" : name.startsWith("Gemeinde ") ? "Gemeinde" : "Kreis",
    joined: "2021-05-01" as PlainDate,
    left: null,
    hosts: true,
    venue: `Rathaus ${name.replace(/^\S+ /, "")}`,
    address: `${name}\nMarkt 1\n41000 ${name.replace(/^\S+ /, "")}`,
    row: 2,
    ...overrides,
  };
}

export function contact(memberName: string, firstName: string, lastName: string, overrides: Partial<Located<Contact>> = {}): Located<Contact> {
  return {
    member: memberName,
    salutation: "Frau",
    title: null,
    firstName,
    lastName,
    position: "Klimaschutzmanagerin",
    email: `${firstName}.${lastName}@example.org`.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"),
    phone: null,
    role: "Ansprechperson",
    active: true,
    row: 2,
    ...overrides,
  };
}

export function meeting(nr: string, date: string, overrides: Partial<Located<Meeting>> = {}): Located<Meeting> {
  return {
    nr,
    date: date as PlainDate,
    start: null,
    end: null,
    format: "Präsenz",
    host: "Stadt Kaarst",
    venue: null,
    minutesBy: "Stadt Kaarst",
    topic: null,
    speakers: null,
    status: "geplant",
    note: null,
    access: null,
    row: 2,
    ...overrides,
  };
}

export function exampleRegisters(overrides: Partial<Registers> = {}): Registers {
  return {
    members: [
      member("Stadt Kaarst"),
      member("Stadt Jüchen"),
      member("Rhein-Kreis Neuss", { kind: "Kreis" }),
      member("Gemeinde Rommerskirchen", { left: "2026-12-31" as PlainDate }),
      member("Stadt Zons", { joined: "2027-02-01" as PlainDate }),
    ],
    contacts: [
      contact("Stadt Kaarst", "Max", "Muster", { salutation: "Herr", position: "Klimaschutzmanager" }),
      contact("Stadt Kaarst", "Erika", "Ärmel", { role: "Vertretung" }),
      contact("Stadt Jüchen", "Alex", "Beispiel", { salutation: null, role: "Verteiler" }),
      contact("Stadt Jüchen", "Inaktiv", "Person", { active: false }),
      contact("Rhein-Kreis Neuss", "Jana", "Özdemir", { title: "Dr." }),
      contact("Gemeinde Rommerskirchen", "Ausgetreten", "Person"),
      contact("Stadt Zons", "Spät", "Dabei"),
      contact("Stadt Unbekannt", "Nie", "Mitglied"),
    ],
    meetings: [
      meeting("2027-01", "2027-01-14", { host: "Stadt Jüchen", minutesBy: "Stadt Jüchen", venue: "Bürgerhaus Jüchen, Markt 5", topic: "Wärmeplanung; Förderung, Stand" }),
      meeting("2027-02", "2027-03-11", { start: "14:00", end: "16:30", format: "Online", venue: "Online" }),
    ],
    agenda: [],
    blockedPeriods: [],
    attendance: [],
    tasks: [],
    settings: {
      ...DEFAULT_SETTINGS,
      allianceName: "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
      chair: "Stadt Kaarst",
      sender: "Geschäftsstelle der Allianz\nOberstraße 91\n41460 Neuss",
      senderEmail: "allianz@example.org",
    },
    ...overrides,
  };
}
