import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chartXml, MEMBER_BARS_MAX, participationBars } from "../../src/documents/participationChart";
import { yearReportDocx } from "../../src/documents/yearReportDocx";
import type { Attendance, Located } from "../../src/domain/registers";
import { bodyYearReports } from "../../src/domain/yearReport";
import { exampleRegisters, meeting } from "../support/exampleRegisters";
import { docxPart, paragraphTexts } from "./docxText";

const present = (nr: string, memberName: string): Located<Attendance> => ({ meeting: nr, member: memberName, person: null, status: "anwesend", remark: null, row: 2 });

function registers() {
  return exampleRegisters({
    meetings: [
      meeting("2026-01", "2026-03-05", { status: "durchgeführt", topic: "Wärmeplanung & Förderung <2026>" }),
      meeting("2026-02", "2026-05-07", { status: "abgesagt" }),
      meeting("2026-03", "2026-09-03", { status: "durchgeführt", host: "Stadt Jüchen" }),
    ],
    attendance: [present("2026-01", "Stadt Kaarst"), present("2026-03", "Stadt Kaarst"), present("2026-03", "Rhein-Kreis Neuss")],
  });
}

describe("participationBars and chartXml", () => {
  it("shows each member's share in percent, or for a large network the members per tenth", () => {
    assert.deepEqual(participationBars([{ member: "Stadt Kaarst", attended: 2, held: 3 }]).values, [67]);
    const many = Array.from({ length: MEMBER_BARS_MAX + 1 }, (_, i) => ({ member: `M${i}`, attended: i % 4, held: 3 }));
    const bars = participationBars(many);
    assert.equal(bars.labels.length, 11);
    assert.equal(bars.values.reduce((a, b) => a + b, 0), many.length);
    assert.equal(bars.labels[10], "100 %");
  });

  it("is a bar chart part with the values in its caches and the labels escaped", () => {
    const xml = chartXml(participationBars([{ member: "A & B", attended: 1, held: 2 }]));
    assert.match(xml, /<c:barChart><c:barDir val="bar"\/>/);
    assert.match(xml, /<c:strCache><c:ptCount val="1"\/><c:pt idx="0"><c:v>A &amp; B<\/c:v><\/c:pt><\/c:strCache>/);
    assert.match(xml, /<c:numCache><c:formatCode>General<\/c:formatCode><c:ptCount val="1"\/><c:pt idx="0"><c:v>50<\/c:v><\/c:pt>/);
  });
});

describe("yearReportDocx", function () {
  this.timeout(120_000);

  it("gives the same bytes for the same registers", () => {
    assert.deepEqual(yearReportDocx(bodyYearReports(registers(), 2026), "Allianz"), yearReportDocx(bodyYearReports(registers(), 2026), "Allianz"));
  });

  it("is read by python-docx and rendered by LibreOffice with the chart (its title and bars are in the PDF)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "allianz-jahresbericht-"));
    try {
      const docx = yearReportDocx(bodyYearReports(registers(), 2026), "Allianz für Klima");
      const file = path.join(dir, "Jahresbericht_2026.docx");
      writeFileSync(file, docx);
      const texts = paragraphTexts(docxPart(docx));
      assert.deepEqual(texts.slice(0, 2), ["Jahresbericht 2026", "Allianz für Klima"]);
      assert.ok(texts.includes("Wärmeplanung & Förderung <2026>"));

      const python = "import sys, docx\nd = docx.Document(sys.argv[1])\nprint(len(d.tables), len(d.inline_shapes), d.paragraphs[0].text)";
      assert.equal(execFileSync("/usr/bin/python3", ["-c", python, file], { encoding: "utf8" }).trim(), "3 1 Jahresbericht 2026");

      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profil`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore", timeout: 100_000 });
      const pdf = execFileSync("pdftotext", ["-layout", path.join(dir, "Jahresbericht_2026.pdf"), "-"], { encoding: "utf8" });
      // The chart's title and axis title exist only in the chart part: LibreOffice drew it.
      assert.match(pdf, /Teilnahme je Mitglied/);
      assert.match(pdf, /Anteil der Sitzungen in %/);
      assert.match(readFileSync(path.join(dir, "Jahresbericht_2026.pdf")).subarray(0, 5).toString(), /^%PDF-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

