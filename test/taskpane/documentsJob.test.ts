import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import PizZip from "pizzip";
import type { Finding } from "../../src/domain/finding";
import type { WorkbookGrids } from "../../src/domain/grid";
import type { PlainDate } from "../../src/domain/plainDate";
import { DEFAULT_TEMPLATE_FILES } from "../../src/documents/documentFor";
import { DocumentInputError } from "../../src/documents/documentInputError";
import type { TemplateKind } from "../../src/documents/fields";
import { makeDocument } from "../../src/taskpane/documentsJob";
import type { DocumentJob } from "../../src/taskpane/documentsProtocol";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { allText, minimalDocx } from "../documents/docxText";
import { syntheticWorkbook } from "../support/syntheticWorkbook";

const ASSETS = path.resolve(__dirname, "../../assets");
const today = "2026-11-24" as PlainDate;
const stamp = "2026-11-24T09:00:00.000Z";
const template = (kind: TemplateKind) => new Uint8Array(readFileSync(path.join(ASSETS, DEFAULT_TEMPLATE_FILES[kind])));

/** The grids with one cell of a sheet replaced (row and column as in the sheet, 1-based row). */
function withCell(wb: WorkbookGrids, sheet: string, row: number, header: string, value: string): WorkbookGrids {
  return {
    ...wb,
    grids: wb.grids.map((g) => {
      if (g.sheet !== sheet) return g;
      const column = g.header.indexOf(header);
      return { ...g, rows: g.rows.map((cells, i) => (g.headerRow + 1 + i === row ? cells.map((c, j) => (j === column ? value : c)) : cells)) };
    }),
  };
}

describe("makeDocument (the Dokumente worker's work)", () => {
  let example: WorkbookGrids;
  const job = (fields: Partial<DocumentJob> & Pick<DocumentJob, "action">): DocumentJob => ({ type: "make", grids: example, nr: "2026-06", today, stamp, ...fields });

  before(async () => {
    example = await (await XlsxRegisterStore.fromBuffer(readFileSync(path.join(ASSETS, "Beispiel-Allianz.xlsx")))).read();
  });

  it("fills the minutes of a meeting as one .docx", () => {
    const steps: string[] = [];
    const { file, mails, findings } = makeDocument(job({ action: "protokoll" }), template("protokoll"), (text) => steps.push(text));
    assert.equal(file.name, "Protokoll_2026-06.docx");
    const text = allText(file.bytes);
    assert.match(text, /Donnerstag, 12\. November 2026/);
    assert.doesNotMatch(text, /[{}]/);
    assert.equal(mails, 0);
    assert.deepEqual(findings, []);
    assert.deepEqual(steps, ["Register werden geprüft …", "Protokoll wird ausgefüllt …"]);
  });

  it("zips the invitation: serial letter, calendar, recipient list and one draft per contact, with progress", () => {
    const steps: [string, number?, number?][] = [];
    const { file, mails } = makeDocument(job({ action: "einladung" }), template("einladung"), (text, done, total) => steps.push([text, done, total]));
    assert.equal(file.name, "Einladung_2026-06.zip");
    const names = Object.keys(new PizZip(file.bytes).files);
    assert.deepEqual(names.slice(0, 3), ["Serienbrief.docx", "Sitzung_2026-06.ics", "Empfaenger.csv"]);
    assert.equal(names.filter((n) => n.endsWith(".eml")).length, mails);
    assert.ok(mails > 5);
    assert.deepEqual(steps.slice(0, 3), [["Register werden geprüft …", undefined, undefined], ["Serienbrief wird erstellt …", undefined, undefined], [`Mails 1 von ${mails} …`, 1, mails]]);
    assert.deepEqual(steps.at(-2), [`Mails ${mails} von ${mails} …`, mails, mails]);
    assert.deepEqual(steps.at(-1), ["ZIP-Datei wird gepackt …", undefined, undefined]);
  });

  it("sends the finished minutes the user chose with the minutes mailing, and the year's schedule with Jahresplanung", () => {
    const finished = minimalDocx(["Protokoll, wie es geschrieben wurde"]);
    const minutes = makeDocument(job({ action: "protokollversand", minutesFile: { fileName: "Fertig.docx", bytes: finished } }), new Uint8Array(), () => undefined);
    assert.equal(minutes.file.name, "Protokollversand_2026-06.zip");
    const zip = new PizZip(minutes.file.bytes);
    assert.deepEqual(zip.file("Protokoll_2026-06.docx")!.asUint8Array(), finished);
    assert.throws(() => makeDocument(job({ action: "protokollversand" }), new Uint8Array(), () => undefined), /fehlt das fertige Protokoll/);
    const year = makeDocument(job({ action: "jahresplanung", nr: undefined, year: 2026 }), template("jahresplanung"), () => undefined);
    assert.equal(year.file.name, "Jahresplanung_2026.zip");
    assert.ok(new PizZip(year.file.bytes).file("Sitzungen_2026.ics"));
  });

  it("reports mail progress about a hundred times for 400 recipients", () => {
    const large = syntheticWorkbook({ members: 400, contacts: 400, meetings: 12, lastYear: 2027 });
    const done: number[] = [];
    const { mails } = makeDocument(job({ action: "einladung", grids: large, nr: "M-12" }), template("einladung"), (_text, n) => n !== undefined && done.push(n));
    assert.equal(mails, 400);
    assert.equal(done.length, 100);
    assert.deepEqual(done.slice(0, 3), [4, 8, 12]);
  });

  it("throws a German DocumentInputError for a meeting that is not in the register", () => {
    assert.throws(() => makeDocument(job({ action: "einladung", nr: "2031-01" }), template("einladung"), () => undefined), (error: Error) => {
      assert.ok(error instanceof DocumentInputError);
      assert.match(error.message, /2031-01/);
      return true;
    });
  });

  it("shows the register errors that concern the document: contacts, and the meeting's own row", () => {
    const broken = withCell(withCell(withCell(example, "Kontakte", 3, "E-Mail", "keine-adresse"), "Sitzungen", 19, "Protokoll", "Stadt Unbekannt"), "Sitzungen", 18, "Gastgeber", "Stadt Irgendwo");
    const { findings } = makeDocument(job({ action: "protokoll", grids: broken }), template("protokoll"), () => undefined);
    assert.deepEqual(
      findings.map((f: Finding) => [f.sheet, f.row, f.severity]),
      [
        ["Kontakte", 3, "error"],
        ["Sitzungen", 19, "error"],
      ],
    );
  });
});
