import { plainDateToSerial } from "../domain/excelSerial";
import type { RawCell } from "../domain/grid";
import { parsePlainDate } from "../domain/plainDate";
import { UNCALCULATED_FORMULA } from "../domain/readCell";
import { putCell, type SheetCells } from "./sheetGrid";
import { isoSerial } from "./xlsxBook";
import { decodeXml, scanXml } from "./xmlParts";
import { unpack, type ZipPackage } from "./zipPackage";

/*
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format): every sheet of content.xml in one
 * pass. Rows and cells may repeat (`number-rows-repeated`, `number-columns-repeated`; LibreOffice
 * writes the empty rest of a sheet that way): empty repeats only move the position, repeated
 * values are stored as often as they stand, up to a bound.
 */

/** An .ods that cannot be read; German, without the file name. */
export class OdsPackageError extends Error {
  override readonly name = "OdsPackageError";
}

export const ODS_MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
export const CONTENT_PART = "content.xml";
/** More stored cells than any register workbook has (a repeated value over whole rows is an attack). */
const MAX_CELLS = 5_000_000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** One sheet of the spreadsheet: its cells and, for appending, where its rows stand in content.xml. */
export interface OdsSheet {
  readonly name: string;
  readonly cells: SheetCells;
  /** Every `table-row` element (or run of repeated rows): first row, count, span. */
  readonly rows: { first: number; count: number; start: number; end: number }[];
  /** Span of the `table:table` element. */
  readonly start: number;
  end: number;
}

export interface OdsContent {
  readonly text: string;
  readonly date1904: boolean;
  readonly sheets: OdsSheet[];
  /** `table:database-range` open tags (LibreOffice's named ranges and its "tables"), for appending. */
  readonly databaseRanges: { start: number; openEnd: number; target: string }[];
}

/** True if the package is an OpenDocument spreadsheet (its first entry `mimetype` says so). */
export function isOds(pkg: ZipPackage): boolean {
  const mimetype = pkg.entries.find((e) => e.name === "mimetype");
  return mimetype !== undefined && new TextDecoder().decode(unpack(mimetype, 1024)).trim() === ODS_MIME_TYPE;
}

/**
 * Reads the sheets of an .ods package (its content.xml).
 *
 * @example readOds(pkg).sheets.map((s) => s.name) // ["Mitglieder", "Kontakte", …]
 */
export function readOds(pkg: ZipPackage): OdsContent {
  const entry = pkg.entries.find((e) => e.name === CONTENT_PART);
  if (!entry) throw new OdsPackageError("Der Teil „content.xml“ fehlt.");
  return readOdsContent(decodeXml(unpack(entry)));
}

/** The sheets of an .ods package's content.xml text. */
export function readOdsContent(text: string): OdsContent {
  const sheets: OdsSheet[] = [];
  const databaseRanges: OdsContent["databaseRanges"] = [];
  let nullDate = "1899-12-30";
  let sheet: OdsSheet | null = null;
  let row = 0;
  let rowRepeat = 1;
  let rowStart = 0;
  let column = 0;
  let stored = 0;
  let cell: { attributes: ReadonlyMap<string, string>; repeat: number; paragraphs: string[] | null } | null = null;
  let inParagraph = 0;
  let annotation = 0;

  scanXml(
    text,
    {
      open: (tag) => {
        const a = tag.attributes;
        switch (tag.name) {
          case "null-date":
            nullDate = a.get("date-value") ?? nullDate;
            break;
          case "table":
            sheet = { name: a.get("name") ?? `Tabelle${sheets.length + 1}`, cells: new Map(), rows: [], start: tag.start, end: tag.openEnd };
            sheets.push(sheet);
            row = 0;
            break;
          case "table-row":
            if (!sheet) break;
            rowRepeat = repeat(a.get("number-rows-repeated"));
            row++;
            rowStart = tag.start;
            column = 0;
            break;
          case "table-cell":
          case "covered-table-cell":
            if (!sheet) break;
            column++;
            cell = { attributes: a, repeat: repeat(a.get("number-columns-repeated")), paragraphs: null };
            break;
          case "annotation":
            annotation++;
            break;
          case "p":
          case "h":
            if (cell && annotation === 0) {
              (cell.paragraphs ??= []).push("");
              inParagraph++;
            }
            break;
          case "s":
            if (cell && inParagraph > 0 && annotation === 0) appendText(cell, " ".repeat(Math.min(repeat(a.get("c")), 1000)));
            break;
          case "tab":
            if (cell && inParagraph > 0 && annotation === 0) appendText(cell, "\t");
            break;
          case "line-break":
            if (cell && inParagraph > 0 && annotation === 0) appendText(cell, "\n");
            break;
          case "database-range": {
            const target = a.get("target-range-address");
            if (target !== undefined) databaseRanges.push({ start: tag.start, openEnd: tag.openEnd, target });
            break;
          }
        }
      },
      close: (name, end) => {
        switch (name) {
          case "table":
            if (sheet) sheet.end = end;
            sheet = null;
            break;
          case "table-row":
            if (!sheet) break;
            sheet.rows.push({ first: row, count: rowRepeat, start: rowStart, end });
            row += rowRepeat - 1;
            break;
          case "table-cell":
          case "covered-table-cell": {
            if (!sheet || !cell) break;
            const value = name === "covered-table-cell" ? null : odsValue(cell, nullDate);
            if (value !== null && value !== "") {
              for (let r = row; r < row + rowRepeat && r <= MAX_ROW; r++) {
                for (let c = column; c < column + cell.repeat && c <= MAX_COLUMN; c++) {
                  if (++stored > MAX_CELLS) throw new OdsPackageError(`Die Tabelle „${sheet.name}“ enthält mehr als ${MAX_CELLS} gefüllte Zellen.`);
                  putCell(sheet.cells, r, c, value);
                }
              }
            }
            column += cell.repeat - 1;
            cell = null;
            break;
          }
          case "annotation":
            annotation--;
            break;
          case "p":
          case "h":
            if (inParagraph > 0 && annotation === 0) inParagraph--;
            break;
        }
      },
      text: (chunk) => {
        if (cell && inParagraph > 0 && annotation === 0) appendText(cell, chunk);
      },
    },
    CONTENT_PART,
  );
  return { text, date1904: nullDate.startsWith("1904-01-01"), sheets, databaseRanges };
}

function appendText(cell: { paragraphs: string[] | null }, text: string): void {
  const paragraphs = cell.paragraphs!;
  paragraphs[paragraphs.length - 1] += text;
}

/** What a cell holds, as Excel would hand it out for the same cell in an .xlsx. */
function odsValue(cell: { attributes: ReadonlyMap<string, string>; paragraphs: string[] | null }, nullDate: string): RawCell {
  const a = cell.attributes;
  const type = a.get("value-type");
  const text = cell.paragraphs?.join("\n") ?? null;
  switch (type) {
    case "float":
    case "percentage":
    case "currency": {
      const n = Number(a.get("value"));
      return Number.isFinite(n) ? n : text;
    }
    case "date": {
      const value = a.get("date-value") ?? "";
      const serial = isoSerial(value, false);
      const base = parsePlainDate(nullDate.slice(0, 10));
      const shift = base === null ? 0 : (plainDateToSerial(base, false) ?? 0);
      return serial === null ? text : serial - shift;
    }
    case "time":
      return durationFraction(a.get("time-value") ?? "") ?? text;
    case "boolean":
      return a.get("boolean-value") === "true";
    case "string":
      return a.get("string-value") ?? text;
    default:
      if (a.has("formula")) return { error: UNCALCULATED_FORMULA };
      return text;
  }
}

/**
 * An ISO 8601 duration `PT10H30M00S` as a day fraction.
 *
 * @example durationFraction("PT10H30M00S") // 0.4375
 */
function durationFraction(duration: string): number | null {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration.trim());
  if (!m) return null;
  return (Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) / 86_400;
}

function repeat(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ROW) : 1;
}
