/**
 * Writes the default Word templates to assets/: Vorlage-Protokoll.docx, Vorlage-Einladung.docx,
 * Vorlage-Jahresplanung.docx, Vorlage-Absage.docx. Run with `npx tsx test/tools/make-templates.ts`; the output is the same
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
  FrameAnchorType,
  FrameWrap,
  Header,
  HeadingLevel,
  HeightRule,
  LineRuleType,
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
import type { IParagraphOptions, IRunOptions, ISectionOptions } from "docx";
import PizZip from "pizzip";

const FONT = "Arial";
const ACCENT = "1F5C4A";
const GREY = "595959";
const LINE = "A6A6A6";
const HEADER_FILL = "E3EEE9";
const LABEL_FILL = "F2F6F4";
/** The fixed time written into the files, so that running the script twice gives the same bytes. */
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/** Millimetres in twentieths of a point (twips), Word's unit for positions. */
const mm = (value: number): number => Math.round((value * 1440) / 25.4);

/** A4 in twentieths of a point; DIN 5008 margins: left 2.5 cm, right 2 cm. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: mm(27), bottom: mm(25), left: mm(25), right: mm(20), header: mm(12), footer: mm(10) },
};
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/**
 * DIN 5008:2020 Form B, in millimetres from the page's top left corner: where a window envelope
 * (DIN EN ISO 269 DL/C5/C6) shows the address, the information block beside it, the marks in the
 * left margin for folding to DIN lang and for the hole punch.
 */
const FORM_B = {
  /** Anschriftfeld: 85 × 45 mm, of which the Zusatz- und Vermerkzone (with the return line at its foot) is the top 17.7 mm. */
  field: { left: 20, top: 45, width: 85, remarkZone: 17.7, addressZone: 27.3 },
  /** Informationsblock: from 125 mm, 50 mm from the top. */
  info: { left: 125, top: 50, width: 75 },
  /** First line of text (the subject) below the field and the information block. */
  textTop: 98.4,
  foldMarks: [105, 210],
  punchMark: 148.5,
};

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

/** A section heading (Word's „Überschrift 1“, so screen readers and the navigation pane see the structure). */
function heading(text: string): Paragraph {
  return para([run(text)], { heading: HeadingLevel.HEADING_1 });
}

function checkbox(): TextRun {
  return run("☐ ", { font: "Segoe UI Symbol" });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
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
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 44, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 40 }, keepNext: true } },
      },
    },
    sections: [{ properties: { page: PAGE }, headers: { default: header }, footers: { default: footer }, children }],
  });
}

/** A paragraph in a frame fixed to the page (Word's and LibreOffice's positioned frames), so it never moves with the text. */
function framed(children: TextRun[], box: { left: number; top: number; width: number; height?: number }, options: Omit<IParagraphOptions, "children" | "frame"> = {}): Paragraph {
  return para(children, {
    spacing: { after: 0, before: 0 },
    ...options,
    frame: {
      type: "absolute",
      position: { x: mm(box.left), y: mm(box.top) },
      width: mm(box.width),
      ...(box.height === undefined ? {} : { height: mm(box.height), rule: HeightRule.EXACT }),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
      // The body text keeps its own place: the first line of text is pushed below the field by a spacer.
      wrap: FrameWrap.THROUGH,
    },
  });
}

/** A short line in the left margin: fold marks and the punch mark (DIN 5008). */
function marginMark(top: number, length: number): Paragraph {
  return framed([run("", { size: 2 })], { left: 4, top, width: length, height: 0.6 }, { border: { top: { style: BorderStyle.SINGLE, size: 4, color: "808080", space: 0 } } });
}

/** One line of the information block; the whole line is left out when its field is empty. */
function infoLine(label: string, field: string, value = `{${field}}`): Paragraph[] {
  const box = { ...FORM_B.info };
  const line = framed([run(`${label}\t`, { size: 16, color: GREY }), run(value, { size: 18 })], box, { tabStops: [{ type: TabStopType.LEFT, position: mm(30) }], spacing: { after: 40 } });
  return field === "" ? [line] : [framed([run(`{#${field}}`)], box), line, framed([run(`{/${field}}`)], box)];
}

/**
 * The first page of a DIN 5008:2020 Form B letter: return line and address in the address field,
 * the information block (Ansprechpartner*in, Telefon, E-Mail, Datum), fold and punch marks, all in
 * frames fixed to the page, then a spacer that starts the text below them.
 */
function letterHead(): Paragraph[] {
  const { field } = FORM_B;
  return [
    framed([run("{Ruecksendeangabe}", { size: 14, color: GREY })], { left: field.left, top: field.top + field.remarkZone - 5, width: field.width, height: 4.5 }),
    framed([run("{Anschrift}", { size: 20 })], { left: field.left, top: field.top + field.remarkZone, width: field.width, height: field.addressZone }, { spacing: { line: 240, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
    ...infoLine("Ansprechpartner*in", "Ansprechpartner"),
    ...infoLine("Telefon", "Telefon"),
    ...infoLine("E-Mail", "AbsenderEmail"),
    ...infoLine("Datum", "", "{Briefdatum}"),
    ...FORM_B.foldMarks.map((top) => marginMark(top, 5)),
    marginMark(FORM_B.punchMark, 8),
    // Empty, exactly as high as the space from the top margin to the first line of text.
    para([run("")], { spacing: { before: 0, after: 0, line: mm(FORM_B.textTop) - PAGE.margin.top, lineRule: LineRuleType.EXACT } }),
  ];
}

/** The subject (DIN 5008: bold, without the word „Betreff“), a heading for screen readers. */
function subject(text: string): Paragraph {
  return para([run(text)], { heading: HeadingLevel.HEADING_1 });
}

/** The closing, kept on one page with the last paragraph of the text. */
function letterClosing(): Paragraph[] {
  return [para("Mit freundlichen Grüßen", { spacing: { before: 240, after: 480 }, keepNext: true, keepLines: true }), para([run("{AbsenderName}")], { keepLines: true })];
}

/** The last paragraph of a letter: its section ends here, so pages are counted per letter. */
function letterEnd(): Paragraph {
  return para([run("{/Briefe}")], TIGHT);
}

/** First page: the alliance as letterhead, the Geschäftsangaben at the foot; later pages: „Seite x von y“ of this letter. */
function letterSection(children: (Paragraph | Table)[]): ISectionOptions {
  const small = { size: 16, color: GREY };
  return {
    properties: { page: { ...PAGE, pageNumbers: { start: 1 } }, titlePage: true },
    headers: {
      first: new Header({ children: [para([run("{Allianz}", { size: 24, color: ACCENT, bold: true })], { alignment: AlignmentType.RIGHT })] }),
      default: allianceHeader(),
    },
    footers: {
      first: senderFooter(),
      default: new Footer({
        children: [
          para([run("{AbsenderName}", small), new TextRun({ children: ["\tSeite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES_IN_SECTION], ...small })], {
            tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
            border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
          }),
        ],
      }),
    },
    children,
  };
}

/**
 * A serial letter: one section per letter, so each letter starts on a new page and counts its own
 * pages. Docxtemplater repeats the loop with the section break its last paragraph carries; the
 * document's final section holds only the loop's end tag, and fillTemplate drops it once empty.
 */
function serialLetter(letter: (Paragraph | Table)[]): Document {
  return new Document({
    creator: "Allianz-Planer",
    lastModifiedBy: "Allianz-Planer",
    styles: LETTER_STYLES,
    sections: [letterSection([loopTag("{#Briefe}"), ...letterHead(), ...letter]), letterSection([letterEnd()])],
  });
}

const LETTER_STYLES = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: { run: { font: FONT, size: 22, bold: true, color: "000000" }, paragraph: { spacing: { before: 0, after: 360 }, keepNext: true } },
    heading2: { run: { font: FONT, size: 22, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
  },
};

/**
 * Ruled lines to write on by hand, for results and decisions: a table of empty rows with only
 * horizontal borders (paragraph borders of equal paragraphs would merge into one).
 */
function writingLines(count: number): Table {
  const rule = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  return new Table({
    rows: Array.from({ length: count }, () => new TableRow({ height: { value: 480, rule: HeightRule.EXACT }, children: [new TableCell({ children: [para("", TIGHT)], width: { size: TEXT_WIDTH, type: WidthType.DXA } })] })),
    columnWidths: [TEXT_WIDTH],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, left: NONE, right: NONE, insideVertical: NONE, bottom: rule, insideHorizontal: rule },
  });
}

/** „Stadt Jüchen (Alex Beispiel)“: the member, and the person where the registers name one. */
const withPerson = (member: string, person: string) => `{${member}}{#${person}} ({${person}}){/${person}}`;

/** One signature: a line, what is signed, and who signs (the person, else the member). */
function signature(role: string, member: string, person: string, width: number): TableCell {
  return cell(
    [
      para([run("")], { spacing: { before: 720, after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 1 } }, indent: { right: 400 } }),
      para([run(`Datum, Unterschrift ${role}`, { size: 18, color: GREY })], TIGHT),
      para([run(`{#${person}}{${person}}{/${person}}{^${person}}{${member}}{/${person}}`, { size: 20 })], TIGHT),
    ],
    width,
  );
}

function minutesTemplate(): Document {
  const attendanceWidths = [3000, TEXT_WIDTH - 3000];
  const taskWidths = [800, 4200, 2300, TEXT_WIDTH - 7300];
  const signatureWidth = Math.floor(TEXT_WIDTH / 2);
  const blankTaskRow = () => new TableRow({ height: { value: 480, rule: HeightRule.ATLEAST }, children: taskWidths.map((w) => cell([para("", TIGHT)], w)) });
  const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  return document(
    [
      para([run("Protokoll")], { heading: HeadingLevel.TITLE }),
      para([run("Sitzung {Nr} der {Allianz}", { size: 26, color: GREY })], { spacing: { after: 240 } }),
      factTable([
        ["Datum", "{Datum}"],
        ["Ort", "{Ort} ({Format})"],
        optionalFact("Zugang", "Zugang"),
        ["Gastgeber", "{Gastgeber}"],
        ["Vorsitz", withPerson("Vorsitz", "VorsitzPerson")],
        ["Protokoll", withPerson("Protokollfuehrung", "ProtokollPerson")],
        ["Geplant", "{Beginn} bis {Ende}"],
        ["Beginn", "__________ Uhr"],
        ["Ende", "__________ Uhr"],
        optionalFact("Thema", "Thema"),
        optionalFact("Referierende", "Referierende"),
      ]),
      heading("Anwesenheit"),
      table(attendanceWidths, [
        headerRow(attendanceWidths, ["Mitglied", "Personen"]),
        new TableRow({
          cantSplit: true,
          children: [
            cell([para([run("{#Teilnehmende}{Mitglied}", { bold: true, size: 20 })])], attendanceWidths[0]),
            cell(
              [
                loopTag("{#Personen}"),
                para([run("{Name}", { size: 20 }), run(" – {Rolle}{#Funktion}, {Funktion}{/Funktion}", { size: 18, color: GREY })], { spacing: { after: 0 }, keepNext: true }),
                para([run("{#Status}{Status}{/Status}{^Status}", { size: 18 }), checkbox(), run("anwesend   ", { size: 18 }), checkbox(), run("entschuldigt{/Status}", { size: 18 })], { spacing: { after: 80 } }),
                loopTag("{/Personen}"),
                para([checkbox(), run("anwesend in Vertretung: ______________________{/Teilnehmende}", { size: 18, color: GREY })], { spacing: { after: 0 } }),
              ],
              attendanceWidths[1],
            ),
          ],
        }),
      ]),
      para([run("Gäste: ", { bold: true, size: 20 }), run("_______________________________________________________________", { size: 20, color: GREY })], { spacing: { before: 200 } }),
      heading("Tagesordnung und Ergebnisse"),
      loopTag("{#Tagesordnung}"),
      para([run("TOP {TOP}: {Titel}")], { heading: HeadingLevel.HEADING_2 }),
      // The separator stands only between a speaker and a duration.
      para([run("{#Referent}Referent*in: {Referent}{#Minuten} · {/Minuten}{/Referent}{#Minuten}vorgesehen {Minuten} Minuten{/Minuten}", { size: 18, color: GREY })], { spacing: { after: 60 }, keepNext: true }),
      para([run("Ergebnis / Beschluss:", { bold: true, size: 20 })], { spacing: { after: 0 }, keepNext: true }),
      writingLines(3),
      loopTag("{/Tagesordnung}"),
      heading("Vereinbarte Aufgaben"),
      table(taskWidths, [
        headerRow(taskWidths, ["TOP", "Aufgabe", "Verantwortlich", "bis"]),
        new TableRow({
          cantSplit: true,
          children: [
            cell([para([run("{#Aufgaben}{TOP}", { size: 20 })], TIGHT)], taskWidths[0]),
            cell([para([run("{Aufgabe}", { size: 20 })], TIGHT)], taskWidths[1]),
            cell([para([run("{Verantwortlich}", { size: 20 })], TIGHT)], taskWidths[2]),
            cell([para([run("{Frist}{/Aufgaben}", { size: 20 })], TIGHT)], taskWidths[3]),
          ],
        }),
        // Empty rows to write tasks in (there are no tasks before the meeting).
        ...Array.from({ length: 4 }, blankTaskRow),
      ]),
      heading("Nächste Sitzung"),
      para([run("{NaechsteSitzung}")]),
      heading("Verteiler"),
      // The signatures are not left alone on a page of their own.
      para([run("Mitglieder der {Allianz}: {Verteiler}")], { keepNext: true, keepLines: true }),
      new Table({
        rows: [
          new TableRow({
            cantSplit: true,
            children: [signature("Vorsitz", "Vorsitz", "VorsitzPerson", signatureWidth), signature("Protokollführung", "Protokollfuehrung", "ProtokollPerson", signatureWidth)],
          }),
        ],
        columnWidths: [signatureWidth, signatureWidth],
        width: { size: signatureWidth * 2, type: WidthType.DXA },
        layout: TableLayoutType.FIXED,
        borders: noBorders,
      }),
    ],
    allianceHeader(),
    new Footer({
      children: [
        para([run("Protokoll der Sitzung {Nr} · {DatumKurz}", { size: 16, color: GREY }), new TextRun({ children: ["\tSeite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES], size: 16, color: GREY })], {
          tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        }),
      ],
    }),
  );
}

/** The meeting's facts in a letter: label/value rows, optional ones only when they have a value. */
function invitationFacts(): Table {
  return factTable(
    [
      ["Datum", "{Datum}"],
      ["Zeit", "{Beginn} bis {Ende}"],
      ["Ort", "{Ort}"],
      ["Format", "{Format}"],
      optionalFact("Zugang", "Zugang"),
      ["Protokoll", withPerson("Protokollfuehrung", "ProtokollPerson")],
      optionalFact("Thema", "Thema"),
      optionalFact("Referierende", "Referierende"),
    ],
    1900,
  );
}

/**
 * Paragraphs only when a field has a value: for readers of one role (`IstAnsprechperson`,
 * `IstVertretung`, `IstVerteiler`, `IstGastgeber`) or a reason given (`Grund`).
 */
function onlyWith(field: string, ...paragraphs: Paragraph[]): Paragraph[] {
  return [loopTag(`{#${field}}`), ...paragraphs, loopTag(`{/${field}}`)];
}

/** The last paragraph before the closing, kept on the closing's page. */
const lastText = (text: string, options: Omit<IParagraphOptions, "children"> = {}) => para(text, { keepNext: true, keepLines: true, ...options });

function invitationTemplate(): Document {
  const reply = "{#AbsenderEmail} (E-Mail an {AbsenderEmail}){/AbsenderEmail}";
  return serialLetter([
    subject("Einladung zur Sitzung {Nr} der {Allianz} am {Datum}"),
    para([run("{Anrede}")], { spacing: { after: 200 } }),
    ...onlyWith("IstAnsprechperson", para("hiermit laden wir Sie herzlich zur Sitzung {Nr} der {Allianz} ein. Die Sitzung findet auf Einladung {GastgeberGenitiv} statt.")),
    ...onlyWith(
      "IstVertretung",
      para("zur Sitzung {Nr} der {Allianz} auf Einladung {GastgeberGenitiv} laden wir die Ansprechpersonen der Mitglieder ein. Als Vertretung erhalten Sie diese Einladung zur Kenntnis."),
    ),
    ...onlyWith("IstVerteiler", para("zu Ihrer Information: Die Sitzung {Nr} der {Allianz} findet auf Einladung {GastgeberGenitiv} statt.")),
    invitationFacts(),
    para([run("Tagesordnung")], { heading: HeadingLevel.HEADING_2 }),
    loopTag("{#Tagesordnung}"),
    para([run("{TOP}", { bold: true }), run("\t{Titel}{#Referent} ({Referent}){/Referent}")], { tabStops: [{ type: TabStopType.LEFT, position: 700 }], indent: { left: 700, hanging: 700 }, spacing: { after: 60 } }),
    loopTag("{/Tagesordnung}"),
    // Tasks of earlier meetings still open (Blatt Aufgaben), with the deadline; nothing without any.
    loopTag("{#OffeneAufgaben}"),
    para([run("Offene Aufgabe: ", { bold: true }), run("{Aufgabe} ({Verantwortlich}{#Frist}, Frist {Frist}{/Frist})")], { spacing: { after: 60 } }),
    loopTag("{/OffeneAufgaben}"),
    ...onlyWith(
      "IstAnsprechperson",
      para(`Bitte teilen Sie uns bis {Rueckmeldung} mit, ob Sie teilnehmen${reply}. Wenn Sie verhindert sind, informieren Sie bitte Ihre Vertretung.`, { spacing: { before: 240 }, keepNext: true }),
      lastText("Wir freuen uns auf Ihre Teilnahme."),
    ),
    ...onlyWith(
      "IstVertretung",
      para(`Ist die Ansprechperson Ihrer Verwaltung verhindert, nehmen Sie bitte an ihrer Stelle teil und teilen Sie uns dies bis {Rueckmeldung} mit${reply}.`, { spacing: { before: 240 }, keepNext: true }),
      lastText("Vielen Dank für Ihre Unterstützung."),
    ),
    ...onlyWith("IstVerteiler", lastText("Sie erhalten diesen Brief über den Verteiler zur Information; eine Rückmeldung ist nicht nötig.", { spacing: { before: 240 } })),
    ...letterClosing(),
  ]);
}

function yearPlanTemplate(): Document {
  const widths = [1000, 2900, 1100, 2100, TEXT_WIDTH - 7100];
  const small = (text: string, options: RunOptions = {}): Paragraph => para([run(text, { size: 18, ...options })], TIGHT);
  return serialLetter([
    subject("Sitzungstermine {Jahr} der {Allianz}"),
    para([run("{Anrede}")], { spacing: { after: 200 } }),
    ...onlyWith(
      "IstAnsprechperson",
      para("für das Jahr {Jahr} sind die folgenden Sitzungen geplant. Bitte merken Sie sich die Termine vor; die Einladung mit der Tagesordnung erhalten Sie jeweils rechtzeitig vor der Sitzung."),
    ),
    ...onlyWith("IstVertretung", para("für das Jahr {Jahr} sind die folgenden Sitzungen geplant. Als Vertretung erhalten Sie die Termine zur Kenntnis, damit Sie teilnehmen können, wenn die Ansprechperson verhindert ist.")),
    ...onlyWith("IstVerteiler", para("zu Ihrer Information: Für das Jahr {Jahr} sind die folgenden Sitzungen geplant.")),
    table(widths, [
      headerRow(widths, ["Nr", "Datum", "Beginn", "Gastgeber", "Ort und Thema"]),
      new TableRow({
        cantSplit: true,
        children: [
          cell([small("{#Sitzungen}{Nr}")], widths[0]),
          cell([small("{Datum}")], widths[1]),
          cell([small("{Beginn}")], widths[2]),
          cell([small("{Gastgeber}")], widths[3]),
          // The line breaks lie inside the conditions: no empty line for a meeting without link or topic.
          cell(
            [
              para(
                [run("{Ort}{#ZugangLink}", { size: 18 }), run("{ZugangLink}{/ZugangLink}{#Thema}", { size: 18, break: 1 }), run("Thema: {Thema}{/Thema}{/Sitzungen}", { size: 18, color: GREY, break: 1 })],
                TIGHT,
              ),
            ],
            widths[4],
          ),
        ],
      }),
    ]),
    lastText("Ändert sich ein Termin, teilen wir es Ihnen rechtzeitig mit. Wir freuen uns auf die Zusammenarbeit.", { spacing: { before: 240 } }),
    ...letterClosing(),
  ]);
}

function cancellationTemplate(): Document {
  return serialLetter([
    subject("Absage der Sitzung {Nr} der {Allianz} am {Datum}"),
    para([run("{Anrede}")], { spacing: { after: 200 } }),
    para("die Sitzung {Nr} der {Allianz} am {Datum} um {Beginn} ({Ort}) muss leider entfallen."),
    ...onlyWith("Grund", para([run("Grund: ", { bold: true }), run("{Grund}")])),
    ...onlyWith(
      "IstGastgeber",
      para("Ihre Verwaltung hätte die Sitzung ausgerichtet.{#TurnusBleibt} Sie behält ihren Turnus als Gastgeber und richtet eine der nächsten Sitzungen aus; den Termin stimmen wir mit Ihnen ab.{/TurnusBleibt} Eine Raumreservierung für den {DatumKurz} können Sie freigeben."),
    ),
    ...onlyWith("IstProtokollfuehrung", para("Das Protokoll, das Ihre Verwaltung führen sollte, entfällt mit der Sitzung.")),
    para([run("Nächster Termin: ", { bold: true }), run("{NaechsterTermin}")], { spacing: { before: 120 } }),
    ...onlyWith("IstAnsprechperson", lastText("Bitte entfernen Sie den Termin aus Ihrem Kalender. Wir bitten um Ihr Verständnis.", { spacing: { before: 240 } })),
    ...onlyWith("IstVertretung", lastText("Als Vertretung erhalten Sie diesen Brief zur Kenntnis; für diesen Termin ist keine Vertretung nötig.", { spacing: { before: 240 } })),
    ...onlyWith("IstVerteiler", lastText("Sie erhalten diesen Brief über den Verteiler zur Information; eine Rückmeldung ist nicht nötig.", { spacing: { before: 240 } })),
    ...letterClosing(),
  ]);
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
    "Vorlage-Absage.docx": await reproducibleDocx(cancellationTemplate()),
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
