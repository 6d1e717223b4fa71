import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import PizZip from "pizzip";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { allText, minimalDocx } from "../documents/docxText";
import { allianz, assertGermanErrorWithoutStack } from "./cliProcess";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const STICHTAG = ["--stichtag", "2026-11-24"];

describe("allianz protokoll and versand (command line, the example planned for 2027)", function () {
  this.timeout(60_000);
  let planned: string;
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  before(async () => {
    planned = mkdtempSync(path.join(tmpdir(), "allianz-geplant-"));
    copyFileSync(EXAMPLE, path.join(planned, "Allianz.xlsx"));
    const run = await allianz(planned, "planen", "Allianz.xlsx", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
  });
  after(() => rmSync(planned, { recursive: true, force: true }));

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-dokumente-"));
    copyFileSync(path.join(planned, "Allianz.geplant.xlsx"), file("Allianz.xlsx"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("protokoll writes Protokoll_NR.docx with every field filled, and replaces it only when asked", async () => {
    const run = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", "--json", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { dateien: ["Protokoll_2027-01.docx"], findings: [] });
    const bytes = readFileSync(file("Protokoll_2027-01.docx"));
    const text = allText(bytes);
    assert.doesNotMatch(text, /[{}]/);
    assert.match(text, /Donnerstag, 14\. Januar 2027/);
    assert.match(text, /Gemeinde Rommerskirchen/);

    assertGermanErrorWithoutStack(await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", ...STICHTAG), /„Protokoll_2027-01\.docx“ gibt es schon\. Zum Ersetzen --ueberschreiben angeben/);
    assert.ok(readFileSync(file("Protokoll_2027-01.docx")).equals(bytes));
    const replaced = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", "--aus", ".", "--ueberschreiben", ...STICHTAG);
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.match(replaced.stdout, /^Protokoll der Sitzung 2027-01 erstellt:\n {2}Protokoll_2027-01\.docx\n/);
    assert.deepEqual(readdirSync(dir).sort(), ["Allianz.xlsx", "Protokoll_2027-01.docx"]);
  });

  it("versand einladung writes exactly the files it lists; every .eml is a draft to one recipient with the calendar", async () => {
    const run = await allianz(dir, "versand", "Allianz.xlsx", "--art", "einladung", "--sitzung", "2027-01", "--json", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(result), ["dateien", "empfaenger", "findings"]);
    const names = (result.dateien as string[]).map((p) => path.relative("Einladung_2027-01", p));
    assert.deepEqual([...names].sort(), readdirSync(file("Einladung_2027-01")).sort());
    assert.ok(names.includes("Serienbrief.docx") && names.includes("Empfaenger.csv") && names.includes("Sitzung_2027-01.ics") && names.includes("Einladung_2027-01.zip"));

    const emls = names.filter((n) => n.endsWith(".eml"));
    assert.equal(emls.length, result.empfaenger.length);
    assert.ok(emls.length > 5);
    for (const [i, name] of emls.entries()) {
      const mail = await simpleParser(readFileSync(file("Einladung_2027-01", name)));
      assert.equal(mail.headers.get("x-unsent"), "1", name);
      const to = Array.isArray(mail.to) ? mail.to : [mail.to];
      assert.deepEqual(to.flatMap((t) => t?.value.map((v) => v.address)), [result.empfaenger[i].email]);
      assert.match(mail.subject ?? "", /Einladung zur Sitzung 2027-01/);
      assert.deepEqual(mail.attachments.map((a) => a.filename), ["Sitzung_2027-01.ics"]);
    }

    const letters = allText(readFileSync(file("Einladung_2027-01", "Serienbrief.docx")));
    assert.doesNotMatch(letters, /[{}]/);
    assert.equal(letters.split("Donnerstag, 14. Januar 2027").length - 1 >= emls.length, true);
    const zipped = Object.keys(new PizZip(readFileSync(file("Einladung_2027-01", "Einladung_2027-01.zip"))).files);
    assert.deepEqual(zipped.sort(), names.filter((n) => !n.endsWith(".zip")).sort());
    // The letters carry the day they are made (the Stichtag), or the date given.
    assert.ok(letters.includes("Datum\t24.11.2026"), "Briefdatum = Stichtag");
    const dated = await allianz(dir, "versand", "Allianz.xlsx", "--art", "einladung", "--sitzung", "2027-01", "--briefdatum", "2026-12-17", "--aus", "Datiert", ...STICHTAG);
    assert.equal(dated.code, 0, dated.stderr);
    assert.ok(allText(readFileSync(file("Datiert", "Serienbrief.docx"))).includes("Datum\t17.12.2026"));
  });

  it("a template with a misspelt field gives the German problem list and writes nothing", async () => {
    writeFileSync(file("Kaputt.docx"), minimalDocx(["Einladung am {Datun}", "{#Briefe}{Anrede}{/Briefe}", "{Jahr}"]));
    const run = await allianz(dir, "versand", "Allianz.xlsx", "--art", "einladung", "--sitzung", "2027-01", "--vorlage", "Kaputt.docx", "--json", ...STICHTAG);
    assertGermanErrorWithoutStack(run, /„Kaputt\.docx“: Die Vorlage für „Einladung“ kann so nicht verwendet werden:\n– /);
    assert.match(run.stderr, /Unbekanntes Feld „\{Datun\}“ – meinten Sie „\{Datum\}“\?/);
    assert.match(run.stderr, /Das Feld „\{Jahr\}“ gibt es nur in Vorlagen für „Jahresplanung“/);
    assert.deepEqual(readdirSync(dir).sort(), ["Allianz.xlsx", "Kaputt.docx"]);
  });

  it("versand --art protokoll --datei attaches exactly the finished file (read back with Python's email module); without --datei it says what to give", async () => {
    // A PDF as a secretariat's PDF printer writes it: any bytes, including ones that are not text.
    const finished = Buffer.concat([Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256))]);
    writeFileSync(file("Protokoll März final.pdf"), finished);
    const run = await allianz(dir, "versand", "Allianz.xlsx", "--art", "protokoll", "--sitzung", "2027-01", "--datei", "Protokoll März final.pdf", "--json", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    const { dateien } = JSON.parse(run.stdout) as { dateien: string[] };
    assert.equal(dateien[0], path.join("Protokollversand_2027-01", "Protokoll_2027-01.pdf"));
    assert.ok(readFileSync(file(dateien[0])).equals(finished));
    const eml = dateien.find((d) => d.endsWith(".eml"))!;
    const script = [
      "import sys, email, email.policy",
      "msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)",
      "for part in msg.iter_attachments():",
      "    sys.stdout.buffer.write(part.get_filename().encode() + b'\\n' + part.get_content_type().encode() + b'\\n')",
      "    sys.stdout.buffer.write(part.get_payload(decode=True))",
    ].join("\n");
    const { execFileSync } = await import("node:child_process");
    const read = execFileSync("/usr/bin/python3", ["-c", script, file(eml)]);
    const header = Buffer.from("Protokoll_2027-01.pdf\napplication/pdf\n");
    assert.ok(read.subarray(0, header.length).equals(header), read.subarray(0, 60).toString());
    assert.ok(read.subarray(header.length).equals(finished), "Anhang weicht von der Datei ab");
    assert.ok(readFileSync(file("Protokoll März final.pdf")).equals(finished));

    const without = await allianz(dir, "versand", "Allianz.xlsx", "--art", "protokoll", "--sitzung", "2027-01", ...STICHTAG);
    assertGermanErrorWithoutStack(without, /fehlt das fertige Protokoll: bitte mit --datei die Datei angeben, die die Protokollführung geschrieben hat, z\. B\. --datei Protokoll_2027-01\.docx/);
    writeFileSync(file("Notizen.txt"), "Notizen");
    const wrong = await allianz(dir, "versand", "Allianz.xlsx", "--art", "protokoll", "--sitzung", "2027-01", "--datei", "Notizen.txt", "--aus", "Falsch", ...STICHTAG);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /„Notizen\.txt“ ist weder ein Word-Dokument \(\.docx\) noch eine PDF-Datei/);
    assert.ok(!existsSync(file("Falsch")));
  });

  it("an unknown meeting is a register problem (exit 1, nothing written); a missing --sitzung a usage error (exit 2)", async () => {
    writeFileSync(file("Fertig.docx"), minimalDocx(["Protokoll"]));
    const unknown = await allianz(dir, "versand", "Allianz.xlsx", "--art", "protokoll", "--sitzung", "2031-07", "--datei", "Fertig.docx", "--json", ...STICHTAG);
    assert.equal(unknown.code, 1, unknown.stderr);
    assert.match(unknown.stderr, /^Fehler: Die Sitzung „2031-07“ steht nicht im Blatt Sitzungen – bitte eine vorhandene Nr angeben/);
    assert.deepEqual(JSON.parse(unknown.stdout), { dateien: [], empfaenger: [], findings: [] });
    assertGermanErrorWithoutStack(await allianz(dir, "protokoll", "Allianz.xlsx", ...STICHTAG), /Es fehlt die Sitzung: bitte --sitzung NR angeben/);
    assert.deepEqual(readdirSync(dir).sort(), ["Allianz.xlsx", "Fertig.docx"]);
  });

  it("error findings in the registers do not stop the minutes: written, reported, exit 1", async () => {
    const store = await XlsxRegisterStore.fromBuffer(readFileSync(file("Allianz.xlsx")));
    await store.append("Kontakte", [["Stadt Kaarst", "Frau", null, "Eva", "Ohnepost", null, "eva-at-example", null, "Verteiler", "Ja"]]);
    writeFileSync(file("Allianz.xlsx"), await store.toBuffer());
    const run = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2027-01", ...STICHTAG);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /Blatt „Kontakte“\n {2}Fehler \(1\)\n {4}G\d+ {2}„eva-at-example“ ist keine gültige E-Mail-Adresse/);
    assert.ok(existsSync(file("Protokoll_2027-01.docx")));
  });

  it("versand into a folder with one of its files already there writes none of them", async () => {
    mkdirSync(file("Versand"));
    writeFileSync(file("Versand", "Empfaenger.csv"), "alt");
    const run = await allianz(dir, "versand", "Allianz.xlsx", "--art", "jahresplanung", "--aus", "Versand", ...STICHTAG);
    assertGermanErrorWithoutStack(run, /„Versand\/Empfaenger\.csv“ gibt es schon\. Zum Ersetzen --ueberschreiben angeben oder mit --aus einen anderen Ordner wählen\./);
    assert.deepEqual(readdirSync(file("Versand")), ["Empfaenger.csv"]);
    assert.equal(readFileSync(file("Versand", "Empfaenger.csv"), "utf8"), "alt");
    assert.equal(existsSync(file("Jahresplanung_2027")), false);
  });
});
