import assert from "node:assert/strict";
import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import PizZip from "pizzip";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Registers } from "../../src/domain/registers";
import type { NamedFile } from "../../src/documents/zip";
import { berlinDateTime } from "../../src/oparl/berlinDateTime";
import { oparlExport, type OparlOptions } from "../../src/oparl/oparlExport";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { allianz, assertGermanErrorWithoutStack } from "../cli/cliProcess";
import { gremium } from "../support/gremium";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const VENDOR = path.join(__dirname, "..", "vendor", "oparl");
const BASE = "https://allianz.example/oparl";
const OPTIONS: OparlOptions = { baseUrl: BASE, stamp: "2026-11-24T08:15:00Z", withPersons: false, withContactDetails: false };

/**
 * The OParl 1.1 schemas from github.com/OParl/spec (test/vendor/oparl/SOURCE.md). They use the
 * format `url` and keywords of their own (`references`, `cardinality`, …) that only document
 * relations, so ajv runs non-strict with the three formats they use defined here.
 */
function validators(): Map<string, ValidateFunction> {
  // The schemas escape ":" in their type patterns, which only non-unicode regular expressions allow.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat("url", (text: string) => /^https?:\/\/[^\s]+$/.test(text) && URL.canParse(text));
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  const names = ["System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Location", "Paper", "LegislativeTerm", "File", "Consultation"];
  return new Map(names.map((name) => [`https://schema.oparl.org/1.1/${name}`, ajv.compile(JSON.parse(readFileSync(path.join(VENDOR, `${name}.json`), "utf8")))]));
}

async function exampleRegisters(): Promise<Registers> {
  const store = await XlsxRegisterStore.fromBuffer(readFileSync(EXAMPLE), "Beispiel-Allianz.xlsx");
  return checkWorkbook(await store.read(), "2026-11-02" as PlainDate).registers;
}


const parse = (files: readonly NamedFile[]) => new Map(files.map((f) => [f.name, JSON.parse(new TextDecoder().decode(f.bytes)) as Record<string, unknown>]));

/** Every object of the export: the files themselves, list elements and embedded objects. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) objectsIn(item, found);
  else if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.type === "string") found.push(object);
    for (const child of Object.values(object)) objectsIn(child, found);
  }
  return found;
}

function assertValid(files: readonly NamedFile[]): number {
  const schemas = validators();
  const parsed = parse(files);
  let checked = 0;
  for (const [name, json] of parsed) {
    for (const object of objectsIn(json)) {
      const validate = schemas.get(object.type as string);
      assert.ok(validate, `${name}: unbekannter Typ ${String(object.type)}`);
      assert.ok(validate(object), `${name}: ${JSON.stringify(validate.errors)}`);
      checked++;
    }
    // Every link into the export points at a file of the export.
    for (const link of JSON.stringify(json).match(/https:\/\/allianz\.example\/oparl\/[^"]+/g) ?? []) assert.ok(parsed.has(link.slice(BASE.length + 1)), `${name}: ${link} fehlt`);
  }
  return checked;
}

describe("berlinDateTime", () => {
  it("gives CET in winter, CEST in summer, whatever TZ says", () => {
    assert.equal(berlinDateTime("2027-01-14" as PlainDate, "10:00"), "2027-01-14T10:00:00+01:00");
    assert.equal(berlinDateTime("2027-07-08" as PlainDate, "18:30"), "2027-07-08T18:30:00+02:00");
    // The days the clocks change (2027-03-28, 2027-10-31).
    assert.equal(berlinDateTime("2027-03-28" as PlainDate, "10:00"), "2027-03-28T10:00:00+02:00");
    assert.equal(berlinDateTime("2027-10-31" as PlainDate, "10:00"), "2027-10-31T10:00:00+01:00");
  });
});

describe("oparlExport", () => {
  it("exports the example valid against the OParl 1.1 schemas, without personal data", async () => {
    const registers = await exampleRegisters();
    const files = oparlExport(registers, OPTIONS);
    assert.ok(assertValid(files) > 50);
    const parsed = parse(files);
    const system = parsed.get("system.json")!;
    assert.deepEqual([system.type, system.oparlVersion, system.body], ["https://schema.oparl.org/1.1/System", "https://schema.oparl.org/1.1/", `${BASE}/bodies.json`]);
    assert.equal((parsed.get("persons.json")!.data as unknown[]).length, 0);
    assert.equal((parsed.get("memberships.json")!.data as unknown[]).length, 0);
    const text = files.map((f) => new TextDecoder().decode(f.bytes)).join("\n");
    for (const contact of registers.contacts) {
      assert.ok(!text.includes(contact.email), contact.email);
      assert.ok(!text.includes(contact.lastName), contact.lastName);
    }
    const meetings = parsed.get("meetings.json")!.data as Record<string, unknown>[];
    assert.equal(meetings.length, registers.meetings.length);
    assert.ok(meetings.every((m) => m.created === "2026-11-24T08:15:00Z" && m.modified === "2026-11-24T08:15:00Z"));
  });

  it("maps Status to meetingState and cancelled, times to Berlin date-times, agenda items in order", async () => {
    const registers = await exampleRegisters();
    const first = registers.meetings[0];
    const meetings = [{ ...first, nr: "2027-01", date: "2027-01-14" as PlainDate, start: "10:00", end: "12:00", status: "abgesagt" as const }, { ...first, nr: "2027-02", date: "2027-07-08" as PlainDate, start: null, end: null, status: "eingeladen" as const, venue: "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst" }];
    const agenda = [{ meeting: "2027-02", item: "1", title: "Begrüßung", speaker: null, minutes: 5, row: 2 }, { meeting: "2027-02", item: "2.1", title: "Wärmeplanung", speaker: "Dr. Beispiel", minutes: 30, row: 3 }];
    const parsed = parse(oparlExport({ ...registers, meetings, agenda }, OPTIONS));
    const cancelled = parsed.get("meeting-2027-01.json")!;
    assert.deepEqual([cancelled.meetingState, cancelled.cancelled, cancelled.start, cancelled.end], ["terminiert", true, "2027-01-14T10:00:00+01:00", "2027-01-14T12:00:00+01:00"]);
    const invited = parsed.get("meeting-2027-02.json")!;
    assert.deepEqual([invited.meetingState, invited.cancelled, invited.start, invited.end], ["eingeladen", false, "2027-07-08T10:00:00+02:00", "2027-07-08T12:00:00+02:00"]);
    assert.deepEqual((invited.agendaItem as Record<string, unknown>[]).map((a) => [a.number, a.order, a.name]), [["1", 1, "Begrüßung"], ["2.1", 2, "Wärmeplanung"]]);
    assert.ok(!JSON.stringify(invited).includes("Dr. Beispiel"));
    const location = invited.location as Record<string, unknown>;
    assert.deepEqual([location.description, location.streetAddress, location.postalCode, location.locality], ["Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst", "Am Neumarkt 2", "41564", "Kaarst"]);
  });

  it("has an Organization per Gremium and per member, and Person and Membership only when asked: names and roles, contact details on a second request", async () => {
    const registers = await exampleRegisters();
    const kaarst = registers.members.find((m) => m.shortName === "Kaarst")!;
    const withBodies: Registers = { ...registers, bodies: [gremium("Plenum"), gremium("Arbeitskreis Wärme", { shortName: "AK-Wärme", members: [kaarst.name] })] };
    const anonymous = parse(oparlExport(withBodies, OPTIONS));
    const organizations = anonymous.get("organizations.json")!.data as Record<string, unknown>[];
    assert.deepEqual(organizations.filter((o) => o.organizationType === "Gremium").map((o) => [o.name, o.shortName]), [["Plenum", undefined], ["Arbeitskreis Wärme", "AK-Wärme"]]);
    assert.equal(organizations.filter((o) => o.organizationType === "Institution").length, registers.members.length);

    const files = oparlExport(withBodies, { ...OPTIONS, withPersons: true });
    assertValid(files);
    const named = parse(files);
    const persons = named.get("persons.json")!.data as Record<string, unknown>[];
    assert.equal(persons.length, registers.contacts.filter((c) => c.active).length);
    const text = files.map((f) => new TextDecoder().decode(f.bytes)).join("\n");
    assert.ok(!/"email"|"phone"/.test(text));
    for (const contact of registers.contacts) assert.ok(!text.includes(contact.email));
    const ak = named.get("organization-gremium-ak-waerme.json")!;
    const kaarstPeople = registers.contacts.filter((c) => c.member === kaarst.name && c.active && c.role !== "Verteiler");
    assert.equal((ak.membership as string[]).length, kaarstPeople.length);

    const detailed = oparlExport(withBodies, { ...OPTIONS, withPersons: true, withContactDetails: true });
    assertValid(detailed);
    const all = detailed.map((f) => new TextDecoder().decode(f.bytes)).join("\n");
    assert.ok(registers.contacts.filter((c) => c.active).every((c) => all.includes(c.email)));
  });

  it("has schemas that reject what OParl forbids (so the checks above can fail)", () => {
    const meeting = validators().get("https://schema.oparl.org/1.1/Meeting")!;
    assert.equal(meeting({ id: `${BASE}/m.json`, type: "https://schema.oparl.org/1.1/Meeting", cancelled: "ja" }), false);
    assert.equal(meeting({ id: `${BASE}/m.json`, type: "https://schema.oparl.org/1.1/Meeting", start: "14.01.2027 10:00" }), false);
    assert.equal(meeting({ id: `${BASE}/m.json`, type: "https://schema.oparl.org/1.0/Meeting" }), false);
    assert.equal(validators().get("https://schema.oparl.org/1.1/Body")!({ id: `${BASE}/body.json`, type: "https://schema.oparl.org/1.1/Body", name: "X" }), false);
  });

  it("gives the same bytes for the same workbook", async () => {
    const registers = await exampleRegisters();
    assert.deepEqual(oparlExport(registers, OPTIONS), oparlExport(registers, OPTIONS));
  });
});

describe("allianz oparl", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "allianz-oparl-"));
    await fs.copyFile(EXAMPLE, path.join(dir, "Allianz.xlsx"));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes the export into a folder beside the workbook and leaves the workbook alone", async () => {
    const before = await fs.readFile(path.join(dir, "Allianz.xlsx"));
    const run = await allianz(dir, "oparl", "Allianz.xlsx", "--basis-url", "https://allianz.example/oparl/", "--json");
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { dateien: string[] };
    assert.ok(out.dateien.includes(path.join("Allianz-oparl", "system.json")));
    const system = JSON.parse(await fs.readFile(path.join(dir, "Allianz-oparl", "system.json"), "utf8"));
    assert.equal(system.id, "https://allianz.example/oparl/system.json");
    // created/modified: the workbook's last save as its docProps/core.xml says (the example's generator fixes it).
    const core = new PizZip(before).file("docProps/core.xml")!.asText();
    assert.match(core, /<dcterms:modified[^>]*>2026-11-24T00:00:00Z</);
    assert.deepEqual([system.created, system.modified], ["2026-11-24T00:00:00Z", "2026-11-24T00:00:00Z"]);
    assert.deepEqual(await fs.readFile(path.join(dir, "Allianz.xlsx")), before);
    // A second run refuses to overwrite, then replaces with --ueberschreiben.
    assertGermanErrorWithoutStack(await allianz(dir, "oparl", "Allianz.xlsx", "--basis-url", "https://allianz.example/oparl"), /gibt es schon/);
    assert.equal((await allianz(dir, "oparl", "Allianz.xlsx", "--basis-url", "https://allianz.example/oparl", "--ueberschreiben")).code, 0);
  });

  it("asks for --basis-url, a web address, and --mit-personen before --mit-kontaktdaten", async () => {
    assertGermanErrorWithoutStack(await allianz(dir, "oparl", "Allianz.xlsx"), /Es fehlt --basis-url/);
    assertGermanErrorWithoutStack(await allianz(dir, "oparl", "Allianz.xlsx", "--basis-url", "ftp://x"), /keine Web-Adresse/);
    assertGermanErrorWithoutStack(await allianz(dir, "oparl", "Allianz.xlsx", "--basis-url", "https://x.example", "--mit-kontaktdaten"), /nur zusammen mit --mit-personen/);
  });
});

