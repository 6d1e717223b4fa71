import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import PizZip from "pizzip";
import { allText, minimalDocx } from "../documents/docxText";
import { csvRows, libreOfficeSheets } from "../support/libreOfficeCsv";
import { allianz, assertGermanErrorWithoutStack } from "./cliProcess";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const STICHTAG = ["--stichtag", "2026-11-24"];

/** Every cell value of every sheet, by "Sheet!A1", as exceljs reads the file. */
async function cellValues(file: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells = new Map<string, string>();
  workbook.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify(cell.value));
      }),
    ),
  );
  return cells;
}

/** The addresses whose values differ between two workbooks. */
function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

function vevent(icsText: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(icsText));
  return calendar.getFirstSubcomponent("vevent")!;
}

/** Python's icalendar (Debian's python3-icalendar) reads the file: method, UID, SEQUENCE, STATUS. */
function readWithPython(file: string): string[] {
  const script = "import sys, icalendar\nc = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\ne = c.walk('VEVENT')[0]\nprint(c['METHOD'], e['UID'], int(e['SEQUENCE']), e['STATUS'], e.decoded('DTSTART').isoformat())";
  return execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }).trim().split(" ");
}

/** The letters of a serial letter as python-docx (Debian's python3-docx) reads them: the paragraphs of each section, non-empty ones. */
function readLetters(docxFile: string): string[] {
  const script = [
    "import sys, json, docx",
    "letters, current = [], []",
    "for p in docx.Document(sys.argv[1]).paragraphs:",
    "    if p.text.strip(): current.append(p.text)",
    "    if p._p.pPr is not None and p._p.pPr.sectPr is not None:",
    "        letters.append('\\n'.join(current)); current = []",
    "print(json.dumps([l for l in letters + ['\\n'.join(current)] if l]))",
  ].join("\n");
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, docxFile], { encoding: "utf8" }));
}

describe("a meeting's whole life on the command line: plan → invite → move → cancel", function () {
  this.timeout(120_000);
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-lebenslauf-"));
    copyFileSync(EXAMPLE, file("Allianz.xlsx"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the UID, raises SEQUENCE each time and changes only the named cells", async () => {
    const plan = await allianz(dir, "planen", "Allianz.xlsx", ...STICHTAG);
    assert.equal(plan.code, 0, plan.stderr);
    const invite = await allianz(dir, "versand", "Allianz.geplant.xlsx", "--art", "einladung", "--sitzung", "2027-02", ...STICHTAG);
    assert.equal(invite.code, 0, invite.stderr);

    const move = await allianz(dir, "verschieben", "Allianz.geplant.xlsx", "--sitzung", "2027-02", "--datum", "25.03.2027", "--beginn", "14:00", "--aus", "verschoben", "--json", ...STICHTAG);
    assert.equal(move.code, 0, move.stderr);
    const moved = JSON.parse(move.stdout);
    assert.deepEqual(moved.geaendert, ["datum", "beginn", "ende", "hinweis"]);
    assert.deepEqual([moved.sitzung.nr, moved.sitzung.datum, moved.sitzung.beginn, moved.sitzung.ende, moved.sitzung.status], ["2027-02", "2027-03-25", "14:00", "16:00", "geplant"]);
    assert.match(moved.sitzung.hinweis, /verschoben vom 11\.03\.2027, 10:00 Uhr \(am 24\.11\.2026\)$/);
    // The move sends the invitation letters again, for the new date.
    assert.match(allText(readFileSync(file("verschoben", "Serienbrief.docx"))), /Donnerstag, 25\. März 2027/);
    assert.ok(!readdirSync(file("verschoben")).includes("Allianz.geplant.xlsx"));

    const cancel = await allianz(dir, "absagen", "verschoben/Allianz.geplant.verschoben.xlsx", "--sitzung", "2027-02", "--grund", "Krankheit; Ersatztermin folgt", "--aus", "abgesagt", ...STICHTAG);
    assert.equal(cancel.code, 0, cancel.stderr);
    assert.match(cancel.stdout, /Nach der Reihenfolge hätten 4 geplante Sitzungen jetzt einen anderen Gastgeber/);
    // The cancellation letter beside the drafts (and in the zip): one letter per recipient with the reason, as python-docx reads it.
    const drafts = readdirSync(file("abgesagt")).filter((n) => n.endsWith(".eml"));
    const letters = readLetters(file("abgesagt", "Serienbrief.docx"));
    assert.equal(letters.length, drafts.length);
    for (const letter of letters) assert.match(letter, /\nAbsage der Sitzung 2027-02 .* am Donnerstag, 25\. März 2027\n(Sehr geehrte|Guten Tag)[\s\S]*\nGrund: Krankheit; Ersatztermin folgt\n/);
    assert.ok(Object.keys(new PizZip(readFileSync(file("abgesagt", "Absage_2027-02.zip"))).files).includes("Serienbrief.docx"));

    const files = [file("Einladung_2027-02", "Sitzung_2027-02.ics"), file("verschoben", "Sitzung_2027-02.ics"), file("abgesagt", "Absage_2027-02.ics")];
    const events = files.map((f) => vevent(readFileSync(f, "utf8")));
    const uids = events.map((e) => e.getFirstPropertyValue("uid"));
    assert.equal(new Set(uids).size, 1, uids.join(", "));
    const sequences = events.map((e) => Number(e.getFirstPropertyValue("sequence")));
    assert.equal(sequences[0], 0);
    assert.ok(sequences[0] < sequences[1] && sequences[1] < sequences[2], sequences.join(" < "));
    assert.deepEqual(events.map((e) => e.getFirstPropertyValue("status")), ["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    assert.equal(events[1].getFirstPropertyValue("dtstart")?.toString(), "2027-03-25T14:00:00");

    const python = files.map(readWithPython);
    assert.deepEqual(python.map((p) => p[0]), ["REQUEST", "REQUEST", "CANCEL"]);
    assert.deepEqual(python.map((p) => Number(p[2])), sequences);
    assert.equal(new Set(python.map((p) => p[1])).size, 1);
    assert.equal(python[1][4], "2027-03-25T14:00:00+01:00");

    // Only the named cells changed: the move's Datum, Beginn, Ende, Hinweis; the cancellation's Status and Hinweis.
    const planned = await cellValues(file("Allianz.geplant.xlsx"));
    const afterMove = await cellValues(file("verschoben", "Allianz.geplant.verschoben.xlsx"));
    const afterCancel = await cellValues(file("abgesagt", "Allianz.geplant.verschoben.abgesagt.xlsx"));
    const row = [...planned.entries()].find(([k, v]) => k.startsWith("Sitzungen!A") && v === '"2027-02"')![0].slice("Sitzungen!A".length);
    assert.deepEqual(changedCells(planned, afterMove), ["B", "C", "D", "L"].map((c) => `Sitzungen!${c}${row}`));
    assert.deepEqual(changedCells(afterMove, afterCancel), ["K", "L"].map((c) => `Sitzungen!${c}${row}`));
    assert.equal(afterCancel.get(`Sitzungen!K${row}`), '"abgesagt"');
    assert.match(afterCancel.get(`Sitzungen!L${row}`)!, /verschoben vom 11\.03\.2027, 10:00 Uhr \(am 24\.11\.2026\); abgesagt am 24\.11\.2026: Krankheit; Ersatztermin folgt"$/);
    assert.deepEqual(readdirSync(dir).sort(), ["Allianz.geplant.xlsx", "Allianz.xlsx", "Einladung_2027-02", "abgesagt", "verschoben"]);
  });

  it("gastgeber-neu previews, then changes only rows still geplant", async () => {
    const workbook = file("abgesagt", "Allianz.geplant.verschoben.abgesagt.xlsx");
    const preview = await allianz(dir, "gastgeber-neu", workbook, "--json", ...STICHTAG);
    assert.equal(preview.code, 0, preview.stderr);
    const changes = JSON.parse(preview.stdout).gastgeberNeu as { nr: string; vorher: string; gastgeber: string }[];
    assert.deepEqual(changes.map((c) => `${c.nr} ${c.vorher} → ${c.gastgeber}`), [
      "2027-03 Stadt Grevenbroich → Stadt Dormagen",
      "2027-04 Stadt Jüchen → Stadt Grevenbroich",
      "2027-05 Stadt Kaarst → Stadt Jüchen",
      "2027-06 Stadt Korschenbroich → Stadt Kaarst",
    ]);
    assert.deepEqual(readdirSync(file("abgesagt")).filter((n) => n.endsWith(".xlsx")), ["Allianz.geplant.verschoben.abgesagt.xlsx"]);

    const applied = await allianz(dir, "gastgeber-neu", workbook, "--uebernehmen", "--aus", "neu.xlsx", ...STICHTAG);
    assert.equal(applied.code, 0, applied.stderr);
    const before = await cellValues(workbook);
    const after = await cellValues(file("neu.xlsx"));
    const changed = changedCells(before, after);
    const rows = new Set(changed.map((c) => c.replace(/^Sitzungen![A-Z]+/, "")));
    for (const r of rows) assert.equal(before.get(`Sitzungen!K${r}`), '"geplant"', `row ${r} was not geplant`);
    assert.ok(changed.every((c) => /^Sitzungen![FGH]\d+$/.test(c)), changed.join(", "));
    assert.equal(rows.size, 4);
    const again = await allianz(dir, "gastgeber-neu", "neu.xlsx", "--json", ...STICHTAG);
    assert.deepEqual(JSON.parse(again.stdout).gastgeberNeu, []);
  });

  it("refuses to cancel a meeting twice or one that does not exist, and writes nothing", async () => {
    const twice = await allianz(dir, "absagen", "abgesagt/Allianz.geplant.verschoben.abgesagt.xlsx", "--sitzung", "2027-02", "--aus", "nochmal", ...STICHTAG);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /Die Sitzung 2027-02 ist schon abgesagt\. Es wurde nichts geändert\./);
    const unknown = await allianz(dir, "verschieben", "Allianz.geplant.xlsx", "--sitzung", "2099-01", "--datum", "01.02.2099", ...STICHTAG);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /„2099-01“ steht nicht im Blatt „Sitzungen“/);
    const badDate = await allianz(dir, "verschieben", "Allianz.geplant.xlsx", "--sitzung", "2027-02", "--datum", "31.02.2027", ...STICHTAG);
    assert.equal(badDate.code, 2);
    // An own letter template is checked for its kind first: the invitation's {Rueckmeldung} is no field of an Absage.
    writeFileSync(file("Eigene-Absage.docx"), minimalDocx(["{#Briefe}{Anrede} {Grund} bis {Rueckmeldung}{/Briefe}"]));
    const badTemplate = await allianz(dir, "absagen", "Allianz.geplant.xlsx", "--sitzung", "2027-03", "--vorlage", "Eigene-Absage.docx", "--aus", "nochmal", ...STICHTAG);
    assertGermanErrorWithoutStack(badTemplate, /„Eigene-Absage\.docx“: Die Vorlage für „Absage“ kann so nicht verwendet werden:\n– .*\{Rueckmeldung\}/);
    writeFileSync(file("Eigene-Absage.docx"), minimalDocx(["{#Briefe}Eigener Brief: {Anrede} {Grund}{/Briefe}"]));
    const own = await allianz(dir, "absagen", "Allianz.geplant.xlsx", "--sitzung", "2027-03", "--grund", "Umbau", "--vorlage", "Eigene-Absage.docx", "--aus", "eigen", "--briefdatum", "2026-12-01", ...STICHTAG);
    assert.equal(own.code, 0, own.stderr);
    assert.match(own.stdout, /Vorlage: Eigene-Absage\.docx/);
    assert.match(allText(readFileSync(file("eigen", "Serienbrief.docx"))), /Eigener Brief: Sehr geehrte.* Umbau/);
    assert.ok(!readdirSync(dir).includes("nochmal"));
  });
});

/** Every non-empty cell of every sheet as LibreOffice reads the file (CSV export of all sheets), by "Sheet!row,column". */
function libreOfficeCells(files: readonly string[]): Map<string, string>[] {
  return libreOfficeSheets(files).map((sheets) => {
    const cells = new Map<string, string>();
    for (const [sheet, csv] of sheets) {
      csvRows(csv).forEach((line, r) => {
        line.forEach((value, c) => {
          if (value !== "") cells.set(`${sheet}!${r + 1},${c + 1}`, value);
        });
      });
    }
    return cells;
  });
}

describe("cancelling and moving in an .ods written by LibreOffice", function () {
  this.timeout(240_000);
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-ods-"));
    copyFileSync(path.join(__dirname, "..", "fixtures", "workbooks", "libreoffice.ods"), file("Allianz.ods"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("changes only the named cells (LibreOffice reads every other cell of every sheet as before) and keeps the .ods an .ods", async () => {
    assert.equal((await allianz(dir, "planen", "Allianz.ods", ...STICHTAG)).code, 0);
    const move = await allianz(dir, "verschieben", "Allianz.geplant.ods", "--sitzung", "2027-02", "--datum", "25.03.2027", "--beginn", "14:00", "--aus", "verschoben", ...STICHTAG);
    assert.equal(move.code, 0, move.stderr);
    const cancel = await allianz(dir, "absagen", "verschoben/Allianz.geplant.verschoben.ods", "--sitzung", "2027-02", "--grund", "Krankheit", "--aus", "abgesagt", ...STICHTAG);
    assert.equal(cancel.code, 0, cancel.stderr);
    const hosts = await allianz(dir, "gastgeber-neu", "abgesagt/Allianz.geplant.verschoben.abgesagt.ods", "--uebernehmen", "--aus", "neu.ods", ...STICHTAG);
    assert.equal(hosts.code, 0, hosts.stderr);

    const [planned, moved, cancelled, rehosted] = libreOfficeCells(
      [file("Allianz.geplant.ods"), file("verschoben", "Allianz.geplant.verschoben.ods"), file("abgesagt", "Allianz.geplant.verschoben.abgesagt.ods"), file("neu.ods")],
    );
    const row = [...planned].find(([k, v]) => k.startsWith("Sitzungen!") && k.endsWith(",1") && v === "2027-02")![0].slice("Sitzungen!".length).split(",")[0];
    assert.deepEqual(changedCells(planned, moved), [2, 3, 4, 12].map((c) => `Sitzungen!${row},${c}`).sort());
    assert.match(moved.get(`Sitzungen!${row},2`)!, /^(03\/25\/2027|25\.03\.2027)$/);
    assert.equal(moved.get(`Sitzungen!${row},3`), "02:00:00 PM");
    assert.deepEqual(changedCells(moved, cancelled), [11, 12].map((c) => `Sitzungen!${row},${c}`).sort());
    assert.equal(cancelled.get(`Sitzungen!${row},11`), "abgesagt");
    const changed = changedCells(cancelled, rehosted);
    assert.ok(changed.length > 0 && changed.every((c) => /^Sitzungen!\d+,(6|7|8)$/.test(c)), changed.join(", "));
  });
});
