import type { PlanningBody } from "../domain/bodiesOf";
import { formatDateDe } from "../domain/plainDate";
import type { Meeting } from "../domain/registers";
import type { BodyYearReport, YearReport } from "../domain/yearReport";
import { asciiFileName } from "./fileName";
import { chartXml, participationBars, type ChartBars } from "./participationChart";
import { xmlText } from "./reportXml";
import { zipFiles } from "./zip";

/*
 * The Jahresbericht as a .docx written from scratch (WordprocessingML, ECMA-376): headings, tables
 * and one DrawingML bar chart of the participation. No clock and no random ids, so the same
 * registers give the same bytes.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** Text width of an A4 page with 2.5 cm margins, in EMU (1 cm = 360000). */
const TEXT_WIDTH_EMU = 16 * 360000;

/**
 * The Jahresbericht of a year as .docx bytes: without Gremien one report of the alliance (`body`
 * null); with Gremien a chapter per Gremium, each with its own chart.
 *
 * @example yearReportDocx(bodyYearReports(registers, 2025), "Allianz für Klima …") // Uint8Array ("PK…")
 */
export function yearReportDocx(parts: readonly BodyYearReport[], allianceName: string | null): Uint8Array {
  const year = parts[0].report.year;
  const body: string[] = [];
  body.push(paragraph(`Jahresbericht ${year}`, "Title"));
  if (allianceName) body.push(paragraph(allianceName, "Subtitle"));
  if (parts.length > 1) body.push(paragraph(`Der Bericht hat ein Kapitel je Gremium: ${parts.map((p) => p.body).join(", ")}.`));
  const charts = parts.map((part, i) => {
    const bars = participationBars(part.report.participation);
    const chart = part.body === null ? bars : { ...bars, title: `${bars.title}: ${part.body}` };
    body.push(...reportSection(part, chart, i + 1, i > 0));
    return chart;
  });

  const document =
    `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}" xmlns:a="${A}" xmlns:c="${C}"><w:body>${body.join("")}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const numbers = charts.map((_, i) => i + 1);
  return zipFiles([
    { name: "[Content_Types].xml", bytes: utf8(contentTypes(numbers)) },
    { name: "_rels/.rels", bytes: utf8(PACKAGE_RELS) },
    { name: "word/document.xml", bytes: utf8(document) },
    { name: "word/_rels/document.xml.rels", bytes: utf8(documentRels(numbers)) },
    { name: "word/styles.xml", bytes: utf8(styles(parts[0].body !== null)) },
    ...charts.map((chart, i) => ({ name: `word/charts/chart${i + 1}.xml`, bytes: utf8(chartXml(chart)) })),
  ]);
}

/**
 * The report of the alliance (headings of level 1) or a Gremium's chapter (its name, then headings
 * of level 2). Its chart is part `chartN.xml`, drawn when there is participation to show.
 */
/**
 * The report's file name; a single Gremium's report carries its Kurzname (else its name).
 *
 * @example yearReportFileName(2027, { name: "Arbeitskreis Wärme", shortName: "AK-Wärme" }) // "Jahresbericht_2027_AK-Waerme.docx"
 */
export function yearReportFileName(year: number, body: Pick<PlanningBody, "name" | "shortName"> | null): string {
  return `Jahresbericht_${year}${body === null ? "" : `_${asciiFileName(body.shortName ?? body.name)}`}.docx`;
}

function reportSection({ body: bodyName, report }: BodyYearReport, bars: ChartBars, chart: number, newPage: boolean): string[] {
  const [h1, h2] = bodyName === null ? ["Heading1", "Heading2"] : ["Heading2", "Heading3"];
  const body: string[] = [];
  // Each further Gremium starts on a new page, so that a chapter can be handed on by itself.
  if (bodyName !== null) body.push(`<w:p><w:pPr><w:pStyle w:val="Heading1"/>${newPage ? "<w:pageBreakBefore/>" : ""}</w:pPr>${run(bodyName)}</w:p>`);
  body.push(paragraph("Sitzungen", h1));
  body.push(paragraph(meetingSummary(report)));
  const listed = [...report.held, ...report.cancelled, ...report.pending].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // A Gremium's Nr carries its Kurzname (`AK-Wärme-2027-01`): a wider column.
  if (listed.length > 0) body.push(table(["Nr", "Datum", "Gastgeber", "Thema", "Status"], listed.map(meetingRow), bodyName === null ? [11, 13, 24, 35, 17] : [23, 14, 21, 26, 16]));

  body.push(paragraph("Themen und Referierende", h1));
  if (report.topics.length === 0) body.push(paragraph("Für die durchgeführten Sitzungen sind keine Themen eingetragen."));
  else body.push(table(["Sitzung", "Thema", "Referierende"], report.topics.map((t) => [`${t.nr} (${formatDateDe(t.date)})`, t.title, t.speakers]), bodyName === null ? [20, 50, 30] : [26, 46, 28]));

  body.push(paragraph("Teilnahme der Mitglieder", h1));
  const counted = bodyName === null ? "Gezählt werden die durchgeführten Sitzungen, in denen das Mitglied der Allianz angehörte." : `Gezählt werden die Mitglieder von „${bodyName}“ und dessen durchgeführte Sitzungen, in denen das Mitglied der Allianz angehörte.`;
  body.push(paragraph(`Teilnahme heißt: mindestens eine Person des Mitglieds war laut Blatt „Anwesenheit“ anwesend. ${counted}`));
  if (report.participation.length === 0) {
    body.push(paragraph("Im Jahr wurde keine Sitzung durchgeführt."));
  } else {
    body.push(chartParagraph(chart, bars.labels.length, `${bars.title}: ${bars.labels.map((l, i) => `${l} ${bars.values[i]}`).join(", ")}`));
    body.push(
      table(
        ["Mitglied", "Teilnahmen", "Sitzungen", "Anteil"],
        report.participation.map((p) => [p.member, String(p.attended), String(p.held), `${p.held === 0 ? 0 : Math.round((100 * p.attended) / p.held)} %`]),
        [52, 16, 16, 16],
      ),
    );
  }

  body.push(paragraph("Aufgaben", h1));
  body.push(
    paragraph(
      `In den Sitzungen des Jahres wurden ${count(report.tasksOpened.length, "Aufgabe", "Aufgaben")} vereinbart; im Jahr wurden ${count(report.tasksDone.length, "Aufgabe", "Aufgaben")} erledigt. Am Jahresende ${report.tasksOpenAtEnd.length === 1 ? "war eine Aufgabe" : `waren ${report.tasksOpenAtEnd.length} Aufgaben`} offen.`,
    ),
  );
  if (report.tasksOpenAtEnd.length > 0) {
    body.push(paragraph("Offene Aufgaben", h2));
    body.push(table(["Nr", "Aufgabe", "Verantwortlich", "Frist"], report.tasksOpenAtEnd.map((t) => [t.nr, t.task, t.responsible, t.due === null ? "" : formatDateDe(t.due)]), [10, 48, 28, 14]));
  }
  return body;
}

function meetingSummary(report: YearReport): string {
  const parts = [`Im Jahr ${report.year} ${report.held.length === 1 ? "wurde eine Sitzung" : `wurden ${report.held.length} Sitzungen`} durchgeführt`];
  parts.push(`${count(report.cancelled.length, "Sitzung", "Sitzungen")} abgesagt`);
  if (report.pending.length > 0) parts.push(`${count(report.pending.length, "Sitzung ist", "Sitzungen sind")} noch geplant oder eingeladen`);
  const hosts = [...new Set(report.held.map((m) => m.host))];
  const hosted = hosts.length === 0 ? "" : ` Gastgeber: ${hosts.join(", ")}.`;
  return `${parts.join(", ")}.${hosted}`;
}

function meetingRow(meeting: Meeting): string[] {
  return [meeting.nr, formatDateDe(meeting.date), meeting.host, meeting.topic ?? "", meeting.status];
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `eine ${one}` : `${n} ${many}`;
}

function paragraph(text: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
  return `<w:p>${props}${run(text)}</w:p>`;
}

function run(text: string, bold = false): string {
  return text === "" ? "" : `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** A table over the text width; `widths` in percent. The header row repeats on each page. */
function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const twips = widths.map((w) => Math.round((9072 * w) / 100));
  const cell = (text: string, i: number, bold: boolean) => `<w:tc><w:tcPr><w:tcW w:w="${twips[i]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>${run(text, bold)}</w:p></w:tc>`;
  const head = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h, i) => cell(h, i, true)).join("")}</w:tr>`;
  const bodyRows = rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((text, i) => cell(text, i, false)).join("")}</w:tr>`).join("");
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="Tabelle"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${twips.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${head}${bodyRows}</w:tbl><w:p/>`
  );
}

/** Chart `n` inline, as tall as its bars need; `description` is the alternative text for screen readers. */
function chartParagraph(n: number, bars: number, description: string): string {
  const height = Math.round((2.5 + 0.75 * Math.max(bars, 4)) * 360000);
  return (
    `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${TEXT_WIDTH_EMU}" cy="${height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${n}" name="Diagramm ${n}" descr="${xmlText(description)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart r:id="rIdChart${n}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function contentTypes(charts: readonly number[]): string {
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    charts.map((n) => `<Override PartName="/word/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`).join("") +
    `</Types>`
  );
}

const PACKAGE_RELS =
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentRels(charts: readonly number[]): string {
  return (
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    charts.map((n) => `<Relationship Id="rIdChart${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${n}.xml"/>`).join("") +
    `</Relationships>`
  );
}

const font = `<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>`;
const heading = (id: string, name: string, size: number, before: number) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${Number(id.slice(-1)) - 1}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E3D"/><w:sz w:val="${size}"/></w:rPr></w:style>`;
/** The styles; Heading3 only in a report with chapters per Gremium (without Gremien the file stays as before Gremien existed). */
function styles(chapters: boolean): string {
  return (
    `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="21"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E3D"/><w:sz w:val="40"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="555555"/><w:sz w:val="24"/></w:rPr></w:style>` +
    heading("Heading1", "heading 1", 28, 360) +
    heading("Heading2", "heading 2", 24, 240) +
    (chapters ? heading("Heading3", "heading 3", 22, 200) : "") +
    `<w:style w:type="table" w:styleId="Tabelle"><w:name w:val="Tabelle"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}
