/**
 * Writes the default Word templates to assets/: Vorlage-Protokoll.docx, Vorlage-Einladung.docx,
 * Vorlage-Jahresplanung.docx. Run with `npx tsx test/tools/make-templates.ts`; the output is the same
 * on every run (fixed dates inside the file), so the committed files only change with this script
 * (a test checks that they are up to date).
 *
 * Every docxtemplater tag is written inside one text run (one `run()` call), so Word's splitting of
 * text into runs cannot break a tag. Loops that stand alone in a paragraph repeat whole paragraphs
 * (paragraphLoop); loops that start and end in different cells of a table row repeat the row.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { IParagraphOptions, IRunOptions } from "docx";
import PizZip from "pizzip";

const FONT = "Arial";
const ACCENT = "1F5C4A";
const GREY = "595959";
const LINE = "A6A6A6";
const HEADER_FILL = "E3EEE9";
const LABEL_FILL = "F2F6F4";
/** The fixed time written into the files, so that running the script twice gives the same bytes. */
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/** A4 in twentieths of a point; DIN 5008 margins: left 2.5 cm, right 2 cm. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1418, right: 1134, header: 567, footer: 567 },
};
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

type RunOptions = Omit<IRunOptions, "text" | "children">;

/** One text run: a tag written here is never split. */
function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({ text, ...options });
}

function para(children: string | TextRun[], options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({ children: typeof children === "string" ? [run(children)] : children, ...options });
}

/** Paragraph options for table cells, whose margins already give the space. */
const TIGHT = { spacing: { after: 0 } };

/** A paragraph holding only a loop tag: docxtemplater removes it and repeats what lies between. */
function loopTag(tag: string): Paragraph {
  return para(tag, TIGHT);
}

function heading(text: string, options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return para([run(text, { bold: true, size: 26, color: ACCENT })], { spacing: { before: 320, after: 120 }, keepNext: true, ...options });
}

function checkbox(): TextRun {
  return run("☐ ", { font: "Segoe UI Symbol" });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const GRID_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    verticalAlign: VerticalAlign.TOP,
    ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: "auto" } } : {}),
  });
}

function table(widths: number[], rows: TableRow[]): Table {
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: GRID_BORDERS });
}

function headerRow(widths: number[], labels: string[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) => cell([para([run(label, { bold: true, size: 18 })], TIGHT)], widths[i], HEADER_FILL)),
  });
}

/** Label/value rows; a value may be a conditional row (`{#Thema}` … `{/Thema}`). */
function factTable(rows: [label: string, value: string][], labelWidth = 2400): Table {
  const widths = [labelWidth, TEXT_WIDTH - labelWidth];
  return table(
    widths,
    rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell([para([run(label, { bold: true, size: 20 })], TIGHT)], widths[0], LABEL_FILL), cell([para([run(value, { size: 20 })], TIGHT)], widths[1])],
        }),
    ),
  );
}

/** A value row shown only when the field has a value: the condition spans the row. */
function optionalFact(label: string, field: string): [string, string] {
  return [`{#${field}}${label}`, `{${field}}{/${field}}`];
}

function allianceHeader(): Header {
  return new Header({ children: [para([run("{Allianz}", { size: 18, color: ACCENT, bold: true })], { alignment: AlignmentType.RIGHT })] });
}

function senderFooter(): Footer {
  return new Footer({
    children: [
      para([run("{AbsenderZeile}{#AbsenderEmail} · {AbsenderEmail}{/AbsenderEmail}", { size: 16, color: GREY })], {
        alignment: AlignmentType.CENTER,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
      }),
    ],
  });
}

function document(children: (Paragraph | Table)[], header: Header, footer: Footer): Document {
  return new Document({
    creator: "Allianz-Planer",
    lastModifiedBy: "Allianz-Planer",
    styles: { default: { document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } } } },
    sections: [{ properties: { page: PAGE }, headers: { default: header }, footers: { default: footer }, children }],
  });
}

/**
 * The head of a letter (DIN 5008 form B, approximated): return line, address field, date. It starts
 * each letter on a new page; on the first page Word and LibreOffice add no blank page.
 */
function letterHead(): Paragraph[] {
  return [
    para([run("{AbsenderZeile}", { size: 14, color: GREY, underline: {} })], { pageBreakBefore: true, spacing: { before: 600, after: 120 } }),
    para([run("{Anschrift}")], { spacing: { after: 0 } }),
    para([run("{Briefdatum}")], { alignment: AlignmentType.RIGHT, spacing: { before: 360, after: 360 } }),
  ];
}

function letterClosing(): Paragraph[] {
  return [para("Mit freundlichen Grüßen", { spacing: { before: 240, after: 480 }, keepNext: true }), para([run("{AbsenderName}")])];
}

function minutesTemplate(): Document {
  const agendaWidths = [800, 3400, 700, TEXT_WIDTH - 4900];
  const attendanceWidths = [3000, TEXT_WIDTH - 3000];
  const taskWidths = [600, 700, TEXT_WIDTH - 4900, 2300, 1300];
  return document(
    [
      para([run("Protokoll", { bold: true, size: 44, color: ACCENT })], { spacing: { after: 60 } }),
      para([run("Sitzung {Nr} der {Allianz}", { size: 26, color: GREY })], { spacing: { after: 240 } }),
      factTable([
        ["Datum", "{Datum}"],
        ["Zeit", "{Beginn} bis {Ende}"],
        ["Ort", "{Ort} ({Format})"],
        ["Gastgeber", "{Gastgeber}"],
        ["Vorsitz", "{Vorsitz}"],
        ["Protokoll", "{Protokollfuehrung}"],
        optionalFact("Thema", "Thema"),
        optionalFact("Referierende", "Referierende"),
      ]),
      heading("Tagesordnung und Ergebnisse"),
      table(agendaWidths, [
        headerRow(agendaWidths, ["TOP", "Thema", "Min.", "Notizen und Ergebnisse"]),
        new TableRow({
          height: { value: 1300, rule: HeightRule.ATLEAST },
          children: [
            cell([para([run("{#Tagesordnung}{TOP}", { bold: true })])], agendaWidths[0]),
            cell([para([run("{Titel}")], { spacing: { after: 40 } }), para([run("{Referent}", { size: 18, color: GREY })])], agendaWidths[1]),
            cell([para([run("{Minuten}", { size: 20 })])], agendaWidths[2]),
            cell([para([run("{/Tagesordnung}")])], agendaWidths[3]),
          ],
        }),
        new TableRow({
          children: [
            cell([para("{^Tagesordnung}")], agendaWidths[0]),
            cell([para([run("Im Blatt Tagesordnung ist für diese Sitzung noch kein Punkt eingetragen.", { italics: true, color: GREY })])], agendaWidths[1]),
            cell([para("")], agendaWidths[2]),
            cell([para("{/Tagesordnung}")], agendaWidths[3]),
          ],
        }),
      ]),
      heading("Anwesenheit"),
      para([run("Bitte die Anwesenden ankreuzen und weitere Teilnehmende ergänzen.", { size: 20, color: GREY })]),
      table(attendanceWidths, [
        headerRow(attendanceWidths, ["Mitglied", "Anwesend"]),
        new TableRow({
          cantSplit: true,
          children: [
            cell([para([run("{#Teilnehmende}{Mitglied}", { bold: true, size: 20 })])], attendanceWidths[0]),
            cell(
              [
                loopTag("{#Personen}"),
                para([checkbox(), run("{Name}", { size: 20 }), run(" – {Rolle}{#Funktion}, {Funktion}{/Funktion}", { size: 18, color: GREY }), run("{#Status} · {Status}{/Status}", { size: 18, bold: true })], { spacing: { after: 40 } }),
                loopTag("{/Personen}"),
                para([checkbox(), run("______________________________{/Teilnehmende}", { size: 20, color: GREY })], { spacing: { after: 0 } }),
              ],
              attendanceWidths[1],
            ),
          ],
        }),
      ]),
      para([run("Gäste: ", { bold: true, size: 20 }), run("_______________________________________________________________", { size: 20, color: GREY })], { spacing: { before: 200 } }),
      // Filled from the Anwesenheit sheet once attendance is recorded there.
      para([run("Laut Blatt Anwesenheit anwesend:", { bold: true, size: 20 }), run("{^Anwesend} noch nicht erfasst{/Anwesend}", { size: 20, color: GREY })], { spacing: { before: 200, after: 40 }, keepNext: true }),
      loopTag("{#Anwesend}"),
      para([run("{#Name}{Name}, {/Name}{Mitglied}{#Bemerkung} ({Bemerkung}){/Bemerkung}", { size: 20 })], { spacing: { after: 0 }, indent: { left: 360 } }),
      loopTag("{/Anwesend}"),
      para([run("Entschuldigt:", { bold: true, size: 20 }), run("{^Entschuldigt} –{/Entschuldigt}", { size: 20, color: GREY })], { spacing: { before: 120, after: 40 }, keepNext: true }),
      loopTag("{#Entschuldigt}"),
      para([run("{#Name}{Name}, {/Name}{Mitglied}{#Bemerkung} ({Bemerkung}){/Bemerkung}", { size: 20 })], { spacing: { after: 0 }, indent: { left: 360 } }),
      loopTag("{/Entschuldigt}"),
      heading("Vereinbarte Aufgaben"),
      table(taskWidths, [
        headerRow(taskWidths, ["Nr", "TOP", "Aufgabe", "Verantwortlich", "Frist"]),
        new TableRow({
          cantSplit: true,
          children: [
            cell([para([run("{#Aufgaben}{Nr}", { size: 20 })], TIGHT)], taskWidths[0]),
            cell([para([run("{TOP}", { size: 20 })], TIGHT)], taskWidths[1]),
            cell([para([run("{Aufgabe}", { size: 20 })], TIGHT)], taskWidths[2]),
            cell([para([run("{Verantwortlich}", { size: 20 })], TIGHT)], taskWidths[3]),
            cell([para([run("{Frist}{/Aufgaben}", { size: 20 })], TIGHT)], taskWidths[4]),
          ],
        }),
        new TableRow({
          children: [
            cell([para("{^Aufgaben}", TIGHT)], taskWidths[0]),
            cell([para("", TIGHT)], taskWidths[1]),
            cell([para([run("Im Blatt Aufgaben ist für diese Sitzung noch keine Aufgabe eingetragen.", { italics: true, color: GREY, size: 20 })], TIGHT)], taskWidths[2]),
            cell([para("", TIGHT)], taskWidths[3]),
            cell([para("{/Aufgaben}", TIGHT)], taskWidths[4]),
          ],
        }),
      ]),
      heading("Nächste Sitzung"),
      para([run("{NaechsteSitzung}")]),
      para([run("Für das Protokoll: ", { bold: true }), run("{Protokollfuehrung}")], { spacing: { before: 480 } }),
      para([run("Datum, Unterschrift: ________________________________", { color: GREY })], { spacing: { before: 480 } }),
    ],
    allianceHeader(),
    new Footer({
      children: [
        para([run("Protokoll der Sitzung {Nr} · {DatumKurz}", { size: 16, color: GREY }), new TextRun({ children: ["\tSeite ", PageNumber.CURRENT], size: 16, color: GREY })], {
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        }),
      ],
    }),
  );
}

function invitationTemplate(): Document {
  return document(
    [
      loopTag("{#Briefe}"),
      ...letterHead(),
      para([run("Einladung zur Sitzung {Nr} der {Allianz} am {Datum}", { bold: true })], { spacing: { after: 360 } }),
      para([run("{Anrede}")], { spacing: { after: 200 } }),
      para([run("hiermit laden wir Sie herzlich zur nächsten Sitzung der {Allianz} ein. Gastgeber ist {Gastgeber}.")]),
      factTable([
        ["Datum", "{Datum}"],
        ["Zeit", "{Beginn} bis {Ende}"],
        ["Ort", "{Ort}"],
        ["Format", "{Format}"],
        optionalFact("Thema", "Thema"),
        optionalFact("Referierende", "Referierende"),
      ], 1900),
      para([run("Tagesordnung", { bold: true })], { spacing: { before: 240, after: 80 }, keepNext: true }),
      loopTag("{#Tagesordnung}"),
      para([run("{TOP}", { bold: true }), run("\t{Titel}{#Referent} ({Referent}){/Referent}")], { tabStops: [{ type: TabStopType.LEFT, position: 700 }], indent: { left: 700, hanging: 700 }, spacing: { after: 60 } }),
      loopTag("{/Tagesordnung}"),
      para([run("{^Tagesordnung}Die Tagesordnung senden wir Ihnen rechtzeitig vor der Sitzung zu.{/Tagesordnung}", { italics: true })]),
      // Tasks of earlier meetings still open (Blatt Aufgaben): a reminder, with the deadline.
      para([run("Offene Aufgaben aus früheren Sitzungen", { bold: true }), run("{^OffeneAufgaben}: keine{/OffeneAufgaben}")], { spacing: { before: 240, after: 80 }, keepNext: true }),
      loopTag("{#OffeneAufgaben}"),
      para([run("–\t{Aufgabe} ({Verantwortlich}{#Frist}, Frist {Frist}{/Frist})")], { tabStops: [{ type: TabStopType.LEFT, position: 300 }], indent: { left: 300, hanging: 300 }, spacing: { after: 60 } }),
      loopTag("{/OffeneAufgaben}"),
      para([run("Bitte teilen Sie uns bis {Rueckmeldung} mit, ob Sie teilnehmen{#AbsenderEmail} (E-Mail an {AbsenderEmail}){/AbsenderEmail}. Wenn Sie verhindert sind, entsenden Sie bitte Ihre Vertretung.")], {
        spacing: { before: 240 },
      }),
      para("Wir freuen uns auf Ihre Teilnahme."),
      ...letterClosing(),
      loopTag("{/Briefe}"),
    ],
    allianceHeader(),
    senderFooter(),
  );
}

function yearPlanTemplate(): Document {
  const widths = [1000, 2900, 1100, 2100, TEXT_WIDTH - 7100];
  const small = (text: string, options: RunOptions = {}): Paragraph => para([run(text, { size: 18, ...options })], TIGHT);
  return document(
    [
      loopTag("{#Briefe}"),
      ...letterHead(),
      para([run("Sitzungstermine {Jahr} der {Allianz}", { bold: true })], { spacing: { after: 360 } }),
      para([run("{Anrede}")], { spacing: { after: 200 } }),
      para([
        run("für das Jahr {Jahr} sind die folgenden Sitzungen geplant. Bitte merken Sie sich die Termine vor; die Einladung mit der Tagesordnung erhalten Sie jeweils rechtzeitig vor der Sitzung."),
      ]),
      table(widths, [
        headerRow(widths, ["Nr", "Datum", "Beginn", "Gastgeber", "Ort und Thema"]),
        new TableRow({
          cantSplit: true,
          children: [
            cell([small("{#Sitzungen}{Nr}")], widths[0]),
            cell([small("{Datum}")], widths[1]),
            cell([small("{Beginn}")], widths[2]),
            cell([small("{Gastgeber}")], widths[3]),
            // The topic's line break lies inside the condition: no empty line for a meeting without topic.
            cell([para([run("{Ort}{#Thema}", { size: 18 }), run("Thema: {Thema}{/Thema}{/Sitzungen}", { size: 18, color: GREY, break: 1 })], TIGHT)], widths[4]),
          ],
        }),
      ]),
      para("Ändert sich ein Termin, teilen wir es Ihnen rechtzeitig mit. Wir freuen uns auf die Zusammenarbeit.", { spacing: { before: 240 } }),
      ...letterClosing(),
      loopTag("{/Briefe}"),
    ],
    allianceHeader(),
    senderFooter(),
  );
}

/** Packs a document with fixed dates (document properties and zip entries) for reproducible bytes. */
async function reproducibleDocx(doc: Document): Promise<Uint8Array> {
  const packed = new PizZip(await Packer.toBuffer(doc));
  const fixed = new PizZip();
  for (const name of Object.keys(packed.files).sort()) {
    const entry = packed.files[name];
    if (entry.dir) continue;
    let content: string | Uint8Array = entry.asUint8Array();
    if (name === "docProps/core.xml") {
      content = entry.asText().replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED_DATE.toISOString().replace(".000", "")}`);
    }
    fixed.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return fixed.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** The default templates by file name in assets/ (also used by the test that they are up to date). */
export async function defaultTemplates(): Promise<Record<string, Uint8Array>> {
  return {
    "Vorlage-Protokoll.docx": await reproducibleDocx(minutesTemplate()),
    "Vorlage-Einladung.docx": await reproducibleDocx(invitationTemplate()),
    "Vorlage-Jahresplanung.docx": await reproducibleDocx(yearPlanTemplate()),
  };
}

async function main(): Promise<void> {
  for (const [file, bytes] of Object.entries(await defaultTemplates())) {
    writeFileSync(join(__dirname, "..", "..", "assets", file), bytes);
    console.log(`assets/${file} geschrieben`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
