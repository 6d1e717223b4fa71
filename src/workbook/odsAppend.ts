import type { RawCell, RawGrid } from "../domain/grid";
import { RegisterLayoutError } from "./fileErrors";
import type { OdsContent, OdsSheet } from "./odsBook";
import { XML_ILLEGAL_CHARACTERS } from "../domain/rules/textCharacterRules";
import { decodeCell } from "./sheetGrid";
import { noRoom } from "./xlsxAppend";
import { applyEdits, escapeXml, scanXml, withAttribute, type TextEdit } from "./xmlParts";

/*
 * Appending register rows to a sheet of an .ods file: the new rows take the places of empty rows
 * below the used range (LibreOffice writes the empty rest of a sheet as one repeated row, which is
 * split around them), with the cell styles of the last data row; a database range (LibreOffice's
 * table) holding the header grows over them. Nothing else in content.xml changes.
 */

/**
 * content.xml with `rows` (in the grid's column order) appended to the register read as `grid`.
 *
 * @example appendToOds(content, sheet, grid, [["2027-01", { date: "2027-01-14" }, …]]) // new content.xml text
 */
export function appendToOds(content: OdsContent, sheet: OdsSheet, grid: RawGrid, rows: readonly (readonly RawCell[])[]): string {
  const { text } = content;
  if (grid.header.length === 0) throw new RegisterLayoutError(`Im Blatt „${sheet.name}“ fehlt die Kopfzeile. Bitte die Spaltenüberschriften eintragen.`);
  const left = grid.firstColumn + 1;
  const right = left + grid.header.length - 1;
  const bottom = grid.headerRow + grid.rows.length;
  const first = bottom + 1;
  const last = bottom + rows.length;
  if (last > 1_048_576) throw noRoom(sheet.name, rows.length, bottom, sheet.cells);

  const templateElement = bottom > grid.headerRow ? sheet.rows.find((r) => r.first <= bottom && bottom < r.first + r.count) : undefined;
  const template = templateElement ? rowStyles(text.slice(templateElement.start, templateElement.end)) : { row: undefined, cells: [] as CellLook[] };
  const newRows = rows.map((row) => rowXml(row, left, right, template)).join("");

  const edits: TextEdit[] = [];
  const overlapped = sheet.rows.filter((r) => r.first + r.count - 1 >= first && r.first <= last);
  if (overlapped.length === 0) {
    const after = sheet.rows.length > 0 ? sheet.rows[sheet.rows.length - 1].end : text.lastIndexOf("<", sheet.end - 1);
    const gap = sheet.rows.length > 0 ? first - (sheet.rows[sheet.rows.length - 1].first + sheet.rows[sheet.rows.length - 1].count) : first - 1;
    const filler = gap > 0 ? `<table:table-row table:number-rows-repeated="${gap}"><table:table-cell/></table:table-row>` : "";
    edits.push({ start: after, end: after, text: filler + newRows });
  } else {
    overlapped.forEach((element, i) => {
      const xml = text.slice(element.start, element.end);
      const before = first - element.first;
      const afterCount = element.first + element.count - 1 - last;
      let replacement = before > 0 ? repeated(xml, "number-rows-repeated", before) : "";
      if (i === 0) replacement += newRows;
      if (afterCount > 0) replacement += repeated(xml, "number-rows-repeated", afterCount);
      edits.push({ start: element.start, end: element.end, text: replacement });
    });
  }

  for (const range of content.databaseRanges) {
    const grown = grownRange(range.target, sheet.name, grid.headerRow, last);
    if (grown !== null) {
      const tag = text.slice(range.start, range.openEnd);
      edits.push({ start: range.start, end: range.openEnd, text: withAttribute(tag, "target-range-address", grown) });
    }
  }
  return applyEdits(text, edits);
}

/**
 * A row or cell element's XML with its repeat count (`number-rows-repeated`,
 * `number-columns-repeated`) set.
 *
 * @example repeated('<table:table-row table:number-rows-repeated="9">…</table:table-row>', "number-rows-repeated", 3)
 */
export function repeated(xml: string, attribute: string, count: number): string {
  const openEnd = xml.indexOf(">") + 1;
  const open = xml.slice(0, openEnd);
  const selfClosing = open.endsWith("/>");
  return withAttribute(open, attribute, String(count)) + (selfClosing ? "" : xml.slice(openEnd));
}

/** What a new cell takes from the one above it: its style and its validity rule (drop-down). */
interface CellLook {
  readonly style: string | undefined;
  readonly validation: string | undefined;
}

/** The style of a row and the look of each of its cells (by 0-based column). */
function rowStyles(xml: string): { row: string | undefined; cells: CellLook[] } {
  let row: string | undefined;
  const cells: CellLook[] = [];
  scanXml(
    xml,
    {
      open: (tag, depth) => {
        if (depth === 0) row = tag.attributes.get("style-name");
        else if (depth === 1 && (tag.name === "table-cell" || tag.name === "covered-table-cell")) {
          const count = Math.min(Number(tag.attributes.get("number-columns-repeated") ?? 1) || 1, 16_384 - cells.length);
          const look = { style: tag.attributes.get("style-name"), validation: tag.attributes.get("content-validation-name") };
          for (let i = 0; i < count; i++) cells.push(look);
        }
      },
    },
    "content.xml",
  );
  return { row, cells };
}

function rowXml(row: readonly RawCell[], left: number, right: number, template: { row: string | undefined; cells: CellLook[] }): string {
  const attribute = (name: string, value: string | undefined) => (value === undefined ? "" : ` table:${name}="${escapeXml(value)}"`);
  let cells = "";
  for (let c = 1; c <= right; c++) {
    const value = c >= left ? (row[c - left] ?? null) : null;
    const look = template.cells[c - 1];
    cells += cellXml(value, attribute("style-name", look?.style) + attribute("content-validation-name", look?.validation));
  }
  return `<table:table-row${attribute("style-name", template.row)}>${cells}</table:table-row>`;
}

/**
 * A cell element holding `value` as LibreOffice would store it; `attributes` (style, drop-down)
 * and `note` (a kept `office:annotation`) go in unchanged.
 *
 * @example cellXml("abgesagt", ' table:style-name="ce3"') // '<table:table-cell table:style-name="ce3" office:value-type="string"><text:p>abgesagt</text:p></table:table-cell>'
 */
export function cellXml(value: RawCell, attributes: string, note = ""): string {
  const [typed, text] = cellContent(value);
  const content = note + text;
  return content === "" ? `<table:table-cell${attributes}${typed}/>` : `<table:table-cell${attributes}${typed}>${content}</table:table-cell>`;
}

/** The value attributes and paragraphs of a cell holding `value`. */
function cellContent(value: RawCell): [string, string] {
  if (value === null || value === "") return ["", ""];
  if (typeof value === "number") return [` office:value-type="float" office:value="${value}"`, `<text:p>${value}</text:p>`];
  if (typeof value === "boolean") return [` office:value-type="boolean" office:boolean-value="${value}"`, `<text:p>${value ? "WAHR" : "FALSCH"}</text:p>`];
  if (typeof value === "string") return [' office:value-type="string"', paragraphs(value)];
  if ("date" in value) return [` office:value-type="date" office:date-value="${value.date}"`, `<text:p>${value.date}</text:p>`];
  if ("time" in value) {
    const [h, m] = value.time.split(":");
    return [` office:value-type="time" office:time-value="PT${h}H${m}M00S"`, `<text:p>${value.time}</text:p>`];
  }
  return [' office:value-type="string"', paragraphs(value.error)];
}

/** Text as OpenDocument paragraphs: one per line, runs of spaces and tabs kept (ODF collapses white space otherwise). */
function paragraphs(text: string): string {
  return text
    .replace(XML_ILLEGAL_CHARACTERS, "")
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const safe = escapeXml(line).replace(/&#9;/g, "<text:tab/>");
      return `<text:p>${safe.replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`).replace(/^ /, '<text:s/>')}</text:p>`;
    })
    .join("");
}

/**
 * A database range address grown to `lastRow` when it is on the sheet and holds the header row;
 * else null.
 *
 * @example grownRange("Sitzungen.A1:Sitzungen.L51", "Sitzungen", 1, 60) // "Sitzungen.A1:Sitzungen.L60"
 */
export function grownRange(address: string, sheet: string, headerRow: number, lastRow: number): string | null {
  const [from, to] = address.split(":");
  if (to === undefined) return null;
  const dot = from.lastIndexOf(".");
  const name = from.slice(0, dot).replace(/^\$/, "").replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const start = decodeCell(from.slice(dot + 1));
  const endDot = to.lastIndexOf(".");
  const end = decodeCell(to.slice(endDot + 1));
  if (name.toLowerCase() !== sheet.toLowerCase() || !start || !end || start.row > headerRow || end.row < headerRow || end.row >= lastRow) return null;
  const endRef = to.slice(endDot + 1);
  const digits = /\d+$/.exec(endRef)!;
  return `${from}:${to.slice(0, endDot + 1)}${endRef.slice(0, digits.index)}${lastRow}`;
}


