import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import PizZip from "pizzip";
import { docxPart } from "../documents/docxText";
import { gremienReportWorkbook } from "../support/gremienWorkbook";
import { allianz } from "./cliProcess";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const BEFORE = path.join(__dirname, "..", "fixtures", "jahresbericht-beispiel-2026");

/** The report as python-docx reads it: per Heading1 chapter its headings, tables (as rows) and charts. */
const READ_CHAPTERS = `
import sys, json, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
chapters, current = [], None
for block in d.element.body.iterchildren():
    if block.tag == qn("w:p"):
        p = Paragraph(block, d)
        style = p.style.name.lower()
        if style == "heading 1":
            current = {"name": p.text, "headings": [], "tables": [], "charts": 0}
            chapters.append(current)
        elif current is not None and style.startswith("heading"):
            current["headings"].append(style + ": " + p.text)
        if current is not None and block.findall(".//" + qn("wp:inline")):
            current["charts"] += 1
    elif block.tag == qn("w:tbl") and current is not None:
        t = Table(block, d)
        current["tables"].append([[c.text for c in r.cells] for r in t.rows])
print(json.dumps({"title": d.paragraphs[0].text, "chapters": chapters}))
`;

interface Chapter {
  name: string;
  headings: string[];
  tables: string[][][];
  charts: number;
}

describe("allianz jahresbericht with Gremien", function () {
  this.timeout(120_000);
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "allianz-bericht-gremien-"));
    await fs.writeFile(path.join(dir, "Gremien.xlsx"), await gremienReportWorkbook());
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  it("without a Gremien sheet writes the report exactly as before Gremien existed (the example, part by part)", async () => {
    const run = await allianz(dir, "jahresbericht", EXAMPLE, "--jahr", "2026", "--aus", "ohne", "--stichtag", "2026-12-31");
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const docx = await fs.readFile(path.join(dir, "ohne", "Jahresbericht_2026.docx"));
    // Written by the version before this change (fixtures/jahresbericht-beispiel-2026).
    assert.equal(docxPart(docx), await fs.readFile(path.join(BEFORE, "document.xml"), "utf8"));
    assert.equal(docxPart(docx, "word/charts/chart1.xml"), await fs.readFile(path.join(BEFORE, "chart1.xml"), "utf8"));
    assert.deepEqual(Object.keys(new PizZip(docx).files), ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/charts/chart1.xml"]);
    assert.doesNotMatch(docxPart(docx, "word/styles.xml"), /Heading3/);
    assert.match(run.stdout, /^Jahresbericht 2026: 5 durchgeführte und 1 abgesagte Sitzungen, 9 Mitglieder, 5 vereinbarte Aufgaben\./);
  });

  it("has a chapter per Gremium with its meetings, its members' participation and chart, and its tasks (read by python-docx)", async () => {
    const run = await allianz(dir, "jahresbericht", "Gremien.xlsx", "--jahr", "2026", "--aus", "alle", "--stichtag", "2026-12-31");
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Arbeitskreis Wärme: 2 durchgeführte und 0 abgesagte Sitzungen, 3 Mitglieder, 2 vereinbarte Aufgaben\./);
    // The task of an unknown Gremium is a warning at its cell.
    assert.match(run.stdout, /I9 {2}Das Gremium „Beirat“ steht nicht im Blatt „Gremien“/);
    const file = path.join(dir, "alle", "Jahresbericht_2026.docx");
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_CHAPTERS, file], { encoding: "utf8" })) as { title: string; chapters: Chapter[] };
    assert.equal(read.title, "Jahresbericht 2026");
    const [plenum, ak, ksm] = read.chapters;
    assert.deepEqual(read.chapters.map((c) => c.name), ["Plenum", "Arbeitskreis Wärme", "Netzwerk Klimaschutzmanagement"]);
    assert.deepEqual(ak.headings, ["heading 2: Sitzungen", "heading 2: Themen und Referierende", "heading 2: Teilnahme der Mitglieder", "heading 2: Aufgaben", "heading 3: Offene Aufgaben"]);
    const column = (table: string[][], i: number) => table.slice(1).map((row) => row[i]);
    // Meetings: the plenary's are the example's, the Arbeitskreis's its own (Gremium cell by name or Kurzname).
    assert.deepEqual(column(ak.tables[0], 0), ["AK-Wärme-2026-01", "AK-Wärme-2026-02"]);
    assert.ok(column(plenum.tables[0], 0).every((nr) => /^2026-0\d$/.test(nr)));
    assert.deepEqual(column(ksm.tables[0], 4), ["abgesagt"]);
    // Participation: the Arbeitskreis's three members, of its two meetings; one chart each where meetings were held.
    assert.deepEqual(ak.tables[2].slice(1), [["Stadt Jüchen", "1", "2", "50 %"], ["Stadt Kaarst", "2", "2", "100 %"], ["Stadt Neuss", "1", "2", "50 %"]]);
    assert.equal(column(plenum.tables[2], 0).length, 9);
    assert.deepEqual(read.chapters.map((c) => c.charts), [1, 1, 0]);
    // Tasks: the one the plenary gave the Arbeitskreis (Gremium cell) and the one agreed in it; none of an unknown Gremium.
    assert.deepEqual(column(ak.tables[3], 0), ["AK-1", "AK-2"]);
    const plenumTasks = column(plenum.tables[plenum.tables.length - 1], 0);
    assert.ok(!plenumTasks.includes("AK-1") && !plenumTasks.includes("X-1"), plenumTasks.join());

    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profil`, "--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "alle"), file], { stdio: "ignore", timeout: 100_000 });
    const pdf = execFileSync("pdftotext", ["-layout", path.join(dir, "alle", "Jahresbericht_2026.pdf"), "-"], { encoding: "utf8" });
    // Each chart's title exists only in its chart part: LibreOffice drew both.
    assert.match(pdf, /Teilnahme je Mitglied: Plenum/);
    assert.match(pdf, /Teilnahme je Mitglied: Arbeitskreis Wärme/);
  });

  it("--gremium reports one Gremium (by Kurzname, any case) into its own file, and refuses an unknown one", async () => {
    const run = await allianz(dir, "jahresbericht", "Gremien.xlsx", "--jahr", "2026", "--gremium", "ak-wärme", "--aus", "ak", "--stichtag", "2026-12-31", "--json");
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const out = JSON.parse(run.stdout) as { dateien: string[]; durchgefuehrt: number; gremien: { gremium: string; aufgabenVereinbart: number }[] };
    assert.deepEqual(out.dateien, [path.join("ak", "Jahresbericht_2026_AK-Waerme.docx")]);
    assert.deepEqual(out.gremien.map((g) => [g.gremium, g.aufgabenVereinbart]), [["Arbeitskreis Wärme", 2]]);
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_CHAPTERS, path.join(dir, out.dateien[0])], { encoding: "utf8" })) as { chapters: Chapter[] };
    assert.deepEqual(read.chapters.map((c) => c.name), ["Arbeitskreis Wärme"]);

    const unknown = await allianz(dir, "jahresbericht", "Gremien.xlsx", "--jahr", "2026", "--gremium", "Beirat", "--aus", "beirat", "--stichtag", "2026-12-31");
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Das Gremium „Beirat“ gibt es nicht – im Blatt „Gremien“ stehen: Plenum, Arbeitskreis Wärme, Netzwerk Klimaschutzmanagement\.\nEs wurde nichts geschrieben\./);
    await assert.rejects(fs.stat(path.join(dir, "beirat")));
  });
});
