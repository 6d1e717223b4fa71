import { bodiesOf, bodyNamed, type PlanningBody } from "../domain/bodiesOf";
import { bodyAudience } from "../domain/bodyAudience";
import type { AgendaItem, Contact, Meeting, Registers } from "../domain/registers";
import { asciiFileName } from "../documents/fileName";
import { meetingTimes, meetingVenue } from "../documents/meetingFacts";
import type { NamedFile } from "../documents/zip";
import { berlinDateTime } from "./berlinDateTime";

/** What `allianz oparl` is asked for. */
export interface OparlOptions {
  /** Where the files will be served, without trailing slash: every object's id is `basisUrl/<file>`. */
  readonly baseUrl: string;
  /** `created` and `modified` of every object (ISO date-time): the workbook's last save, so the same file gives the same export. */
  readonly stamp: string;
  /** Person and Membership objects for the contacts: names and roles only. */
  readonly withPersons: boolean;
  /** Also the contacts' e-mail addresses and phone numbers (only together with withPersons). */
  readonly withContactDetails: boolean;
}

type OparlObject = Record<string, unknown> & { id: string; type: string };

const SCHEMA = "https://schema.oparl.org/1.1/";
const MEETING_STATES: Record<Meeting["status"], string> = { geplant: "terminiert", eingeladen: "eingeladen", durchgeführt: "durchgeführt", abgesagt: "terminiert" };
/** Contacts who belong to a body; `Verteiler` only get mail. */
const MEMBERSHIP_ROLES: readonly Contact["role"][] = ["Ansprechperson", "Vertretung"];

/**
 * The registers as an OParl 1.1 export of static JSON files (one file per object and per list,
 * every id `baseUrl/<file name>`): the System, the alliance as the one Body, an Organization per
 * Gremium (`Gremium`) and per member (`Institution`), every meeting with its agenda items and
 * location, and — only when asked — the contacts as Person with Membership (names and roles; e-mail
 * and phone only on a second request). `meetingState` follows OParl's recommendation (`terminiert`,
 * `eingeladen`, `durchgeführt`); an `abgesagt` meeting is `cancelled`.
 *
 * @example oparlExport(registers, { baseUrl: "https://allianz.example/oparl", stamp: "2026-11-02T09:00:00+01:00", withPersons: false, withContactDetails: false }).map((f) => f.name)
 * // ["system.json", "body.json", "bodies.json", "organizations.json", "organization-gremium-….json", …]
 */
export function oparlExport(registers: Registers, options: OparlOptions): NamedFile[] {
  const { baseUrl, stamp } = options;
  const url = (file: string) => `${baseUrl}/${file}`;
  const names = uniqueNames();
  const stamped = { created: stamp, modified: stamp };
  const bodies = bodiesOf(registers);
  const allianceName = registers.settings.allianceName ?? bodies[0].name;
  const bodyUrl = url("body.json");

  const bodyOrgs = new Map(bodies.map((body) => [body, url(names(`organization-gremium-${slug(body.shortName ?? body.name)}`))]));
  const memberOrgs = new Map(registers.members.map((member) => [member.name, url(names(`organization-mitglied-${slug(member.shortName)}`))]));

  const persons: OparlObject[] = [];
  const memberships = new Map<PlanningBody, string[]>();
  if (options.withPersons) {
    for (const contact of registers.contacts) {
      const member = registers.members.find((m) => m.name === contact.member);
      if (!contact.active || !member) continue;
      const stem = `${slug(member.shortName)}-${slug(`${contact.lastName} ${contact.firstName}`)}`;
      const personUrl = url(names(`person-${stem}`));
      const personMemberships = MEMBERSHIP_ROLES.includes(contact.role) ? bodies.filter((body) => bodyAudience(registers, { body: body.name })(contact)) : [];
      const embedded = personMemberships.map((body) => {
        const membership = { id: url(names(`membership-${stem}-${slug(body.shortName ?? body.name)}`)), type: `${SCHEMA}Membership`, person: personUrl, organization: bodyOrgs.get(body)!, role: contact.role, onBehalfOf: memberOrgs.get(member.name)!, ...stamped };
        memberships.set(body, [...(memberships.get(body) ?? []), membership.id]);
        return membership;
      });
      persons.push({
        id: personUrl,
        type: `${SCHEMA}Person`,
        body: bodyUrl,
        name: [contact.title, contact.firstName, contact.lastName].filter(Boolean).join(" "),
        familyName: contact.lastName,
        givenName: contact.firstName,
        ...(contact.title ? { title: [contact.title] } : {}),
        ...(contact.position ? { status: [contact.position] } : {}),
        ...(options.withContactDetails ? { email: [contact.email], ...(contact.phone ? { phone: [contact.phone] } : {}) } : {}),
        membership: embedded,
        ...stamped,
      });
    }
  }

  const organizations: OparlObject[] = [
    ...bodies.map((body) => ({
      id: bodyOrgs.get(body)!,
      type: `${SCHEMA}Organization`,
      body: bodyUrl,
      name: body.name,
      ...(body.shortName ? { shortName: body.shortName } : {}),
      organizationType: "Gremium",
      classification: body.cadence === "wöchentlich" || body.cadence === "zweiwöchentlich" ? `Netzwerk (${body.cadence})` : `Gremium (${body.cadence})`,
      membership: memberships.get(body) ?? [],
      ...stamped,
    })),
    ...registers.members.map((member) => ({
      id: memberOrgs.get(member.name)!,
      type: `${SCHEMA}Organization`,
      body: bodyUrl,
      name: member.name,
      shortName: member.shortName,
      organizationType: "Institution",
      classification: member.kind,
      startDate: member.joined,
      ...(member.left ? { endDate: member.left } : {}),
      ...stamped,
    })),
  ];

  const locations = new Map<string, OparlObject>();
  const meetings: OparlObject[] = [...registers.meetings]
    .sort((a, b) => (a.date === b.date ? (a.nr < b.nr ? -1 : 1) : a.date < b.date ? -1 : 1))
    .map((meeting) => {
      const body = bodyNamed(bodies, bodies.length > 1 ? meeting.body : null) ?? bodies[0];
      const id = url(names(`meeting-${slug(meeting.nr)}`));
      const times = meetingTimes(meeting, body);
      const venue = meetingVenue(meeting, registers.members);
      const location = venue === "" ? null : locationFor(venue, locations, url, stamped);
      if (location) (location.meetings as string[]).push(id);
      const items = registers.agenda.filter((item) => item.meeting === meeting.nr);
      return {
        id,
        type: `${SCHEMA}Meeting`,
        name: `${body.name}: Sitzung ${meeting.nr}${meeting.topic ? ` – ${meeting.topic}` : ""}`,
        meetingState: MEETING_STATES[meeting.status],
        cancelled: meeting.status === "abgesagt",
        start: berlinDateTime(meeting.date, times.start),
        ...(times.end ? { end: berlinDateTime(meeting.date, times.end) } : {}),
        // The same object as in its own file: serialised at the end, it lists every meeting held there.
        ...(location ? { location } : {}),
        organization: [bodyOrgs.get(body)!],
        agendaItem: items.map((item, order) => agendaItem(item, order + 1, id, url(names(`agendaitem-${slug(meeting.nr)}-${slug(item.item)}`)), stamped)),
        ...stamped,
      };
    });
  const agendaItems = meetings.flatMap((m) => m.agendaItem as OparlObject[]);

  const lists = {
    organizations: url("organizations.json"),
    persons: url("persons.json"),
    meetings: url("meetings.json"),
    papers: url("papers.json"),
    agendaItems: url("agenda-items.json"),
    memberships: url("memberships.json"),
    locations: url("locations.json"),
    bodies: url("bodies.json"),
  };
  const system: OparlObject = { id: url("system.json"), type: `${SCHEMA}System`, oparlVersion: SCHEMA, body: lists.bodies, name: allianceName, ...stamped };
  const body: OparlObject = {
    id: bodyUrl,
    type: `${SCHEMA}Body`,
    system: system.id,
    name: allianceName,
    organization: lists.organizations,
    person: lists.persons,
    meeting: lists.meetings,
    paper: lists.papers,
    agendaItem: lists.agendaItems,
    membership: lists.memberships,
    locationList: lists.locations,
    legislativeTerm: [],
    classification: "Kommunale Arbeitsgemeinschaft",
    ...stamped,
  };
  const allMemberships = persons.flatMap((p) => p.membership as OparlObject[]);
  const objects = [system, body, ...organizations, ...persons, ...allMemberships, ...meetings, ...agendaItems, ...locations.values()];
  return [
    ...objects.map((object) => jsonFile(object.id.slice(baseUrl.length + 1), object)),
    jsonFile("bodies.json", list(lists.bodies, [body])),
    jsonFile("organizations.json", list(lists.organizations, organizations)),
    jsonFile("persons.json", list(lists.persons, persons)),
    jsonFile("memberships.json", list(lists.memberships, allMemberships)),
    jsonFile("meetings.json", list(lists.meetings, meetings)),
    jsonFile("agenda-items.json", list(lists.agendaItems, agendaItems)),
    jsonFile("locations.json", list(lists.locations, [...locations.values()])),
    jsonFile("papers.json", list(lists.papers, [])),
  ];
}

function agendaItem(item: AgendaItem, order: number, meeting: string, id: string, stamped: { created: string; modified: string }): OparlObject {
  return { id, type: `${SCHEMA}AgendaItem`, meeting, number: item.item, order, name: item.title, ...stamped };
}

/** One Location per venue text; a German postal line (`…, 41564 Kaarst`) fills postalCode and locality. */
function locationFor(venue: string, locations: Map<string, OparlObject>, url: (file: string) => string, stamped: { created: string; modified: string }): OparlObject {
  const known = locations.get(venue);
  if (known) return known;
  const postal = /(?:^|,\s*)(\d{5})\s+([^,]+)$/.exec(venue);
  const street = postal ? venue.slice(0, postal.index).split(",").map((part) => part.trim()).filter(Boolean).pop() : undefined;
  const location: OparlObject = {
    id: url(`location-${locations.size + 1}.json`),
    type: `${SCHEMA}Location`,
    description: venue,
    ...(postal ? { postalCode: postal[1], locality: postal[2].trim() } : {}),
    ...(street && street !== venue ? { streetAddress: street } : {}),
    meetings: [],
    ...stamped,
  };
  locations.set(venue, location);
  return location;
}

/** An OParl list object with all elements on one page. */
function list(id: string, data: readonly OparlObject[]): Record<string, unknown> {
  return { data, pagination: { totalElements: data.length, elementsPerPage: Math.max(data.length, 1), currentPage: 1, totalPages: 1 }, links: { first: id, last: id } };
}

const encoder = new TextEncoder();

function jsonFile(name: string, value: unknown): NamedFile {
  return { name, bytes: encoder.encode(`${JSON.stringify(value, null, 2)}\n`) };
}

/** A URL- and file-safe lower-case name: umlauts spelt out, everything else `-`. @example slug("AK Wärme") // "ak-waerme" */
function slug(text: string): string {
  return asciiFileName(text).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x";
}

/** File names that stay unique: a second `meeting-x` becomes `meeting-x-2.json`. */
function uniqueNames(): (stem: string) => string {
  const used = new Set<string>();
  return (stem) => {
    let name = `${stem}.json`;
    for (let n = 2; used.has(name); n++) name = `${stem}-${n}.json`;
    used.add(name);
    return name;
  };
}
