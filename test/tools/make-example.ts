/*
 * Writes assets/Beispiel-Allianz.xlsx, the bundled example: the "Allianz für Klima und
 * Nachhaltigkeit im Rhein-Kreis Neuss" with fictional contact persons. Made exactly as
 * "Arbeitsmappe einrichten" makes a workbook (XlsxRegisterStore.setUp), then filled by append.
 * Deterministic: run `npm run example` and commit the file.
 *
 * The meetings 2024–2026 follow the rules of the planner (2nd Thursday of odd months, moved off
 * Christi Himmelfahrt, hosts in alphabetical rotation, a cancelled meeting keeps its host's turn),
 * with statuses as of 24.11.2026. The meetings of 2026 have their Anwesenheit (the Ansprechpersonen,
 * a few excused or missing, a Vertretung standing in) and the tasks agreed in them.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import PizZip from "pizzip";
import type { RawCell } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import { SETTING_LABELS, type Settings } from "../../src/domain/registers";
import { NewWorkbookStore } from "../../src/workbook/newWorkbook";

const OUTPUT = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
/** The day the statuses describe, and the workbook's created/modified stamp (keeps the bytes stable). */
const AS_OF = new Date(Date.UTC(2026, 10, 24));
const FOUNDED = "2021-05-10";

const d = (date: string): RawCell => ({ date }) as RawCell;
const t = (time: string): RawCell => ({ time });

interface ExampleMember {
  name: string;
  kind: "Kreis" | "Stadt" | "Gemeinde";
  joined: string;
  venue: string;
  street: string;
  town: string;
  office: string;
}

const MEMBERS: ExampleMember[] = [
  { name: "Rhein-Kreis Neuss", kind: "Kreis", joined: FOUNDED, venue: "Kreishaus, Sitzungsraum Erftblick", street: "Am Kreishaus 1", town: "41515 Grevenbroich", office: "Stabsstelle Klimaschutz und Nachhaltigkeit" },
  { name: "Stadt Dormagen", kind: "Stadt", joined: FOUNDED, venue: "Rathaus Dormagen, Ratssaal", street: "Am Marktplatz 1", town: "41539 Dormagen", office: "Fachbereich Umwelt und Klimaschutz" },
  { name: "Stadt Grevenbroich", kind: "Stadt", joined: FOUNDED, venue: "Altes Schloss, Rittersaal", street: "Am Schlosspark 3", town: "41515 Grevenbroich", office: "Amt für Umwelt und Klimaschutz" },
  { name: "Stadt Jüchen", kind: "Stadt", joined: FOUNDED, venue: "Haus am Markt, Sitzungsraum", street: "Am Rathaus 5", town: "41363 Jüchen", office: "Klimaschutzmanagement" },
  { name: "Stadt Kaarst", kind: "Stadt", joined: FOUNDED, venue: "Bürgerhaus Kaarst", street: "Am Neumarkt 2", town: "41564 Kaarst", office: "Klimaschutz und Nachhaltigkeit" },
  { name: "Stadt Korschenbroich", kind: "Stadt", joined: FOUNDED, venue: "Rathaus Korschenbroich, Sitzungssaal", street: "Am Schlossplatz 2", town: "41352 Korschenbroich", office: "Fachbereich Klima und Umwelt" },
  { name: "Stadt Meerbusch", kind: "Stadt", joined: FOUNDED, venue: "Forum Wasserturm", street: "Am Rheinufer 10", town: "40667 Meerbusch", office: "Klimaschutzmanagement" },
  { name: "Gemeinde Rommerskirchen", kind: "Gemeinde", joined: FOUNDED, venue: "Rathaus Rommerskirchen, Ratssaal", street: "Am Bahnhof 1", town: "41569 Rommerskirchen", office: "Klimaschutz" },
  // Neuss is not among the founders (7 towns and the district signed in 2021); it joined later.
  { name: "Stadt Neuss", kind: "Stadt", joined: "2024-07-01", venue: "Rathaus Neuss, Raum Quirinus", street: "Am Markt 2", town: "41460 Neuss", office: "Amt für Klimaschutz" },
];

const memberRows: RawCell[][] = MEMBERS.map((m) => [
  m.name,
  null,
  m.kind,
  d(m.joined),
  null,
  "Ja",
  `${m.venue}, ${m.street}, ${m.town}`,
  `${m.name}\n${m.office}\n${m.street}\n${m.town}`,
]);

const venueOf = (member: string) => memberRows.find((row) => row[0] === member)![6];

/** [Anrede, Titel, Vorname, Nachname, Funktion, E-Mail domain, Telefon, Rolle, Aktiv] per member. */
const CONTACTS: [string, (string | null)[]][] = [
  ["Rhein-Kreis Neuss", ["Frau", "Dr.", "Miriam", "Falkenberg", "Beauftragte für Klimaschutz und Nachhaltigkeit", "rhein-kreis-neuss", "02181 601-7301", "Ansprechperson", "Ja"]],
  ["Rhein-Kreis Neuss", ["Herr", null, "Lukas", "Brandt", "Klimaschutzmanager", "rhein-kreis-neuss", "02181 601-7302", "Vertretung", "Ja"]],
  ["Rhein-Kreis Neuss", [null, null, "Alex", "Sommer", "Presse- und Öffentlichkeitsarbeit", "rhein-kreis-neuss", null, "Verteiler", "Ja"]],
  ["Stadt Dormagen", ["Frau", null, "Sabine", "Kessler", "Klimaschutzmanagerin", "dormagen", "02133 257-4410", "Ansprechperson", "Ja"]],
  ["Stadt Grevenbroich", ["Herr", null, "Thomas", "Wenzel", "Klimaschutzmanager", "grevenbroich", "02181 608-2230", "Ansprechperson", "Ja"]],
  ["Stadt Grevenbroich", ["Frau", null, "Petra", "Lohmann", "Sachbearbeiterin Umwelt", "grevenbroich", "02181 608-2231", "Vertretung", "Nein"]],
  ["Stadt Jüchen", ["Frau", "Dr.", "Anna", "Reuter", "Leiterin Umweltamt", "juechen", "02165 915-3100", "Ansprechperson", "Ja"]],
  ["Stadt Kaarst", ["Herr", null, "Markus", "Lindner", "Klimaschutzmanager", "kaarst", "02131 987-5120", "Ansprechperson", "Ja"]],
  ["Stadt Kaarst", ["Frau", null, "Julia", "Hoffmann", "Mobilitätsmanagerin", "kaarst", "02131 987-5121", "Vertretung", "Ja"]],
  ["Stadt Korschenbroich", [null, null, "Kim", "Albers", "Klimaschutzmanager*in", "korschenbroich", "02161 613-1180", "Ansprechperson", "Ja"]],
  ["Stadt Meerbusch", ["Frau", null, "Katrin", "Vogt", "Klimaschutzmanagerin", "meerbusch", "02150 916-3350", "Ansprechperson", "Ja"]],
  ["Gemeinde Rommerskirchen", ["Herr", null, "Stefan", "Krämer", "Klimaschutzmanager", "rommerskirchen", "02183 800-1290", "Ansprechperson", "Ja"]],
  ["Stadt Neuss", ["Frau", null, "Lea", "Schubert", "Klimaschutzmanagerin", "neuss", "02131 90-6640", "Ansprechperson", "Ja"]],
  ["Stadt Neuss", ["Herr", "Dr.", "Felix", "Hartmann", "Leiter Amt für Klimaschutz", "neuss", "02131 90-6600", "Vertretung", "Ja"]],
];

const contactRows: RawCell[][] = CONTACTS.map(([member, [salutation, title, first, last, position, domain, phone, role, active]]) => [
  member,
  salutation,
  title,
  first,
  last,
  position,
  `${mailPart(first!)}.${mailPart(last!)}@${domain}.example.org`,
  phone,
  role,
  active,
]);

/** [Nr, Datum, Gastgeber, Thema, Referierende, Status, Hinweis]; Protokoll = Gastgeber, Ort = Sitzungsort. */
const MEETINGS: [string, string, string, string, string | null, string, string | null][] = [
  ["2024-01", "2024-01-11", "Stadt Dormagen", "Jahresauftakt: Arbeitsprogramm 2024", null, "durchgeführt", null],
  ["2024-02", "2024-03-14", "Stadt Grevenbroich", "Kommunale Wärmeplanung: Stand in den Kommunen", "Dr. Hannah Roth (Energieagentur, fiktiv)", "durchgeführt", null],
  ["2024-03", "2024-05-16", "Stadt Jüchen", "Klimaanpassung im Strukturwandel", "Jan Petersen (Zweckverband, fiktiv)", "durchgeführt", "verschoben vom 09.05.2024 (Christi Himmelfahrt)"],
  ["2024-04", "2024-07-11", "Stadt Kaarst", "Hitzeaktionspläne: Erfahrungen und Vorlagen", "Dr. Sofia Marx (Gesundheitsamt, fiktiv)", "durchgeführt", null],
  ["2024-05", "2024-09-12", "Stadt Korschenbroich", "Starkregenvorsorge und Schwammstadt", "Ole Brandt (Ingenieurbüro, fiktiv)", "durchgeführt", null],
  ["2024-06", "2024-11-14", "Stadt Meerbusch", "Förderprogramme 2025: Kommunalrichtlinie und Landesförderung", null, "durchgeführt", null],
  ["2025-01", "2025-01-09", "Stadt Neuss", "PV auf kommunalen Dächern: Ausschreibung und Betreibermodelle", "Mara Quast (Stadtwerke, fiktiv)", "durchgeführt", "erste Sitzung mit der Stadt Neuss"],
  ["2025-02", "2025-03-13", "Rhein-Kreis Neuss", "Gemeinsame Kampagne Stadtradeln 2025", null, "durchgeführt", null],
  ["2025-03", "2025-05-08", "Gemeinde Rommerskirchen", "Klimafreundliche Beschaffung", "Paul Richter (Vergabestelle, fiktiv)", "durchgeführt", null],
  ["2025-04", "2025-07-10", "Stadt Dormagen", "Hitzeschutz in Kitas und Schulen", null, "durchgeführt", null],
  ["2025-05", "2025-09-11", "Stadt Grevenbroich", "Kommunale Wärmeplanung: Ergebnisse und nächste Schritte", "Dr. Hannah Roth (Energieagentur, fiktiv)", "durchgeführt", null],
  ["2025-06", "2025-11-13", "Stadt Jüchen", "Treibhausgasbilanzen vergleichbar machen", null, "durchgeführt", null],
  ["2026-01", "2026-01-08", "Stadt Kaarst", "Arbeitsprogramm 2026 und Broschüre der Allianz", null, "durchgeführt", null],
  ["2026-02", "2026-03-12", "Stadt Korschenbroich", "Mobilitätsstationen im Kreisgebiet", null, "abgesagt", "abgesagt wegen Haushaltsberatungen; Thema auf Mai vertagt"],
  ["2026-03", "2026-05-21", "Stadt Korschenbroich", "Mobilitätsstationen im Kreisgebiet", "Nina Berger (Verkehrsverbund, fiktiv)", "durchgeführt", "verschoben vom 14.05.2026 (Christi Himmelfahrt)"],
  ["2026-04", "2026-07-09", "Stadt Meerbusch", "Dach- und Fassadenbegrünung: gemeinsames Förderprogramm", null, "durchgeführt", null],
  ["2026-05", "2026-09-10", "Stadt Neuss", "Klimaanpassungskonzepte: Förderaufruf 2027", "Tim Keller (Projektträger, fiktiv)", "durchgeführt", null],
  ["2026-06", "2026-11-12", "Rhein-Kreis Neuss", "Rückblick 2026 und Ausblick 2027", null, "durchgeführt", null],
];

const meetingRows: RawCell[][] = MEETINGS.map(([nr, date, host, topic, speakers, status, note]) => [
  nr,
  d(date),
  t("10:00"),
  t("12:00"),
  nr === "2026-04" ? "Hybrid" : "Präsenz",
  host,
  venueOf(host),
  host,
  topic,
  speakers,
  status,
  note,
]);

const agendaRows: RawCell[][] = [
  ["2026-05", "1", "Begrüßung, Protokoll der letzten Sitzung", "Stadt Neuss", 10],
  ["2026-05", "2", "Förderaufruf Klimaanpassungskonzepte 2027", "Tim Keller (Projektträger, fiktiv)", 40],
  ["2026-05", "3", "Berichte aus den Kommunen", null, 50],
  ["2026-05", "4", "Verschiedenes", null, 20],
  ["2026-06", "1", "Begrüßung, Protokoll der letzten Sitzung", "Rhein-Kreis Neuss", 10],
  ["2026-06", "2", "Rückblick 2026: Projekte der Allianz", "Stadt Kaarst (Vorsitz)", 30],
  ["2026-06", "2.1", "Broschüre „Klimaschutz im Kreis“", "Rhein-Kreis Neuss", 15],
  ["2026-06", "3", "Sitzungsplan und Themen 2027", "Stadt Kaarst (Vorsitz)", 45],
  ["2026-06", "4", "Verschiedenes", null, 20],
];

/** Who was not simply present at the meetings of 2026: [meeting, member, person, status, remark]. */
const ATTENDANCE_EXCEPTIONS: [string, string, string, "entschuldigt" | "fehlt" | "anwesend", string | null][] = [
  ["2026-01", "Stadt Meerbusch", "Katrin Vogt", "entschuldigt", "Urlaub"],
  ["2026-01", "Gemeinde Rommerskirchen", "Stefan Krämer", "fehlt", null],
  ["2026-03", "Stadt Neuss", "Lea Schubert", "entschuldigt", "vertreten durch Dr. Felix Hartmann"],
  ["2026-03", "Stadt Neuss", "Felix Hartmann", "anwesend", null],
  ["2026-03", "Stadt Jüchen", "Anna Reuter", "fehlt", null],
  ["2026-04", "Stadt Dormagen", "Sabine Kessler", "entschuldigt", "Ratssitzung"],
  ["2026-04", "Gemeinde Rommerskirchen", "Stefan Krämer", "fehlt", null],
  ["2026-05", "Stadt Kaarst", "Julia Hoffmann", "anwesend", "zum TOP Mobilität"],
  ["2026-06", "Stadt Grevenbroich", "Thomas Wenzel", "entschuldigt", "Krankheit"],
  ["2026-06", "Gemeinde Rommerskirchen", "Stefan Krämer", "fehlt", null],
];

/** Anwesenheit of the meetings held in 2026: every Ansprechperson present unless listed above. */
const attendanceRows: RawCell[][] = MEETINGS.filter(([nr, , , , , status]) => nr.startsWith("2026-") && status === "durchgeführt").flatMap(([nr]) => {
  const rows: RawCell[][] = [];
  for (const [member, [, , first, last, , , , role]] of CONTACTS) {
    const person = `${first} ${last}`;
    const exception = ATTENDANCE_EXCEPTIONS.find(([m, , p]) => m === nr && p === person);
    if (exception) rows.push([nr, member, person, exception[3], exception[4]]);
    else if (role === "Ansprechperson") rows.push([nr, member, person, "anwesend", null]);
  }
  return rows;
});

/** [Nr, Sitzung, TOP, Aufgabe, Verantwortlich, Frist, Status, Erledigt am] */
const taskRows: RawCell[][] = [
  ["1", "2026-04", "2", "Entwurf eines gemeinsamen Förderprogramms Dach- und Fassadenbegrünung abstimmen", "Stadt Meerbusch (Katrin Vogt)", d("2027-03-31"), "offen", null],
  ["2", "2026-05", "2", "Interessenbekundungen für den Förderaufruf Klimaanpassung sammeln", "Rhein-Kreis Neuss (Miriam Falkenberg)", d("2026-10-15"), "erledigt", d("2026-10-12")],
  ["3", "2026-05", "3", "Vorlage Hitzeaktionsplan an alle Mitglieder verteilen", "Stadt Kaarst (Markus Lindner)", d("2026-07-31"), "erledigt", d("2026-07-20")],
  ["4", "2026-06", "2.1", "Beiträge zur Broschüre „Klimaschutz im Kreis“ liefern", "Stadt Jüchen (Anna Reuter)", d("2027-01-31"), "offen", null],
  ["5", "2026-06", "3", "Themenvorschläge für 2027 an die Geschäftsstelle senden", "Stadt Korschenbroich", d("2027-01-15"), "offen", null],
];

const blockedRows: RawCell[][] = [[d("2027-07-19"), d("2027-08-31"), "Sommerferien NRW"]];

const SETTINGS: Partial<Record<keyof Settings, string>> = {
  allianceName: "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
  chair: "Stadt Kaarst",
  sender: "Geschäftsstelle der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss\nc/o Stadt Kaarst\nAm Neumarkt 2\n41564 Kaarst",
  senderEmail: "geschaeftsstelle@klima-allianz-rkn.example.org",
};

/** The layouts of "Arbeitsmappe einrichten", with the example's settings instead of the empty defaults. */
function exampleLayouts() {
  const labelValues = new Map(Object.entries(SETTINGS).map(([key, value]) => [SETTING_LABELS[key as keyof Settings], value]));
  return registerLayouts().map((layout) =>
    layout.name === "Einstellungen" ? { ...layout, initialRows: layout.initialRows.map(([label, value]) => [label, labelValues.get(label as string) ?? value]) } : layout,
  );
}

/** The zip entries get the stamp of {@link AS_OF} instead of "now", so every run writes the same bytes. */
function withFixedZipDates(xlsx: Buffer): Buffer {
  // Zip entry times are local wall-clock times: fix the zone too.
  process.env.TZ = "UTC";
  const zip = new PizZip(xlsx);
  for (const entry of Object.values(zip.files)) (entry as { date: Date }).date = AS_OF;
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

function mailPart(name: string): string {
  return name.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
}

async function main(): Promise<void> {
  const store = new NewWorkbookStore();
  Object.assign(store.workbook, { creator: "Allianz-Planer", lastModifiedBy: "Allianz-Planer", created: AS_OF, modified: AS_OF });
  await store.setUp(exampleLayouts());
  await store.append("Mitglieder", memberRows);
  await store.append("Kontakte", contactRows);
  await store.append("Sitzungen", meetingRows);
  await store.append("Tagesordnung", agendaRows);
  await store.append("Sperrzeiten", blockedRows);
  await store.append("Anwesenheit", attendanceRows);
  await store.append("Aufgaben", taskRows);
  await writeFile(OUTPUT, withFixedZipDates(Buffer.from(await store.toBuffer())));
  console.log(`Beispiel-Arbeitsmappe geschrieben: ${path.relative(process.cwd(), OUTPUT)}`);
}

main().catch((error) => {
  console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
