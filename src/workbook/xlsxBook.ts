import { plainDateToSerial } from "../domain/excelSerial";
import type { RawCell } from "../domain/grid";
import { parsePlainDate } from "../domain/plainDate";
import { UNCALCULATED_FORMULA } from "../domain/readCell";
import { decodeCell, putCell, unescapeOoxml, type SheetCells } from "./sheetGrid";
import { decodeXml, descendants, parseXmlTree, scanXml, type XmlTag } from "./xmlParts";
import { unpack, type ZipEntry, type ZipPackage } from "./zipPackage";

/*
 * An .xlsx package read part by part: the workbook part found through the package relationships
 * (relative or absolute targets, transitional or Strict relationship types), its sheets, shared
 * strings, date system and the tables of a sheet. Only the parts a command needs are unpacked.
 */

/** A part the package should have but lacks or cannot be used; German, without the file name. */
export class XlsxPackageError extends Error {
  override readonly name = "XlsxPackageError";
}

export interface Relationship {
  readonly id: string;
  /** The last segment of the type, e.g. `worksheet`, `sharedStrings`, `officeDocument`, `table`. */
  readonly kind: string;
  /** The target as a part name, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export interface SheetRef {
  /** The sheet's name as the user sees it. */
  readonly name: string;
  readonly part: string;
}

/** Where the elements `append` changes stand in a sheet's XML. */
export interface SheetLayout {
  /** Every `<row>` element: 1-based row number → character span. */
  readonly rowSpans: Map<number, { start: number; end: number }>;
  sheetData: { start: number; openEnd: number; end: number; selfClosing: boolean } | null;
  dimension: XmlTag | null;
  /** Where a `dataValidation` or `conditionalFormatting` keeps its ranges, in document order. */
  readonly ranges: RangeList[];
  /** Relationship ids of the sheet's tables. */
  readonly tableIds: string[];
  /** Column styles (`<col min max style>`): what Excel gives a new cell in the column. */
  readonly columnStyles: { min: number; max: number; style: string }[];
}

/**
 * The ranges of a data validation or conditional format: a `sqref` attribute, or the text of an
 * `xm:sqref` element in an extension list (x14); `start`..`end` is the span to replace.
 */
export interface RangeList {
  readonly kind: "dataValidation" | "conditionalFormatting";
  readonly sqref: string;
  /** For an attribute: the open tag; for element text: null. */
  readonly tag: XmlTag | null;
  readonly start: number;
  readonly end: number;
}

export interface ScannedSheet {
  readonly text: string;
  readonly cells: SheetCells;
  readonly layout: SheetLayout;
}

/** An .xlsx package, read lazily. */
export class XlsxBook {
  private readonly byName: Map<string, ZipEntry>;
  private sharedStringsCache: string[] | null = null;
  private readonly scans = new Map<string, ScannedSheet>();
  /** Parts changed since the package was read (by lower-case name): their new text. */
  readonly changed = new Map<string, { part: string; text: string }>();
  readonly workbookPart: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetRef[];

  constructor(readonly pkg: ZipPackage) {
    this.byName = new Map(pkg.entries.map((e) => [e.name.toLowerCase(), e]));
    const office = this.relationships("").find((r) => r.kind === "officeDocument");
    if (!office || !this.has(office.part)) throw new XlsxPackageError("Das Zip-Archiv enthält keine Arbeitsmappe (kein Teil „officeDocument“).");
    this.workbookPart = office.part;
    const workbook = parseXmlTree(this.text(office.part), office.part);
    const properties = descendants(workbook, "workbookPr")[0];
    this.date1904 = ["1", "true"].includes(properties?.attributes.get("date1904") ?? "");
    const rels = new Map(this.relationships(office.part).map((r) => [r.id, r]));
    this.sheets = descendants(workbook, "sheet").flatMap((sheet) => {
      const rel = rels.get(sheet.attributes.get("id") ?? "");
      const name = sheet.attributes.get("name");
      return rel && rel.kind === "worksheet" && name !== undefined && this.has(rel.part) ? [{ name, part: rel.part }] : [];
    });
  }

  has(part: string): boolean {
    return this.byName.has(part.toLowerCase());
  }

  entry(part: string): ZipEntry {
    const entry = this.byName.get(part.toLowerCase());
    if (!entry) throw new XlsxPackageError(`Der Teil „${part}“ fehlt.`);
    return entry;
  }

  /** A part's XML text, as changed by {@link setText} if it was. */
  text(part: string): string {
    return this.changed.get(part.toLowerCase())?.text ?? decodeXml(unpack(this.entry(part)));
  }

  setText(part: string, text: string): void {
    this.changed.set(part.toLowerCase(), { part: this.entry(part).name, text });
    this.scans.delete(part.toLowerCase());
  }

  /** A part's relationships (`""`: the package's), internal targets only. */
  relationships(owner: string): Relationship[] {
    const name = relationshipsPart(owner);
    if (!this.has(name)) return [];
    return parseXmlTree(this.text(name), name)
      .children.filter((r) => r.name === "Relationship" && r.attributes.get("TargetMode") !== "External")
      .flatMap((r) => {
        const id = r.attributes.get("Id");
        const type = r.attributes.get("Type");
        const target = r.attributes.get("Target");
        if (id === undefined || type === undefined || target === undefined) return [];
        return [{ id, kind: type.slice(type.lastIndexOf("/") + 1), part: resolvePart(folderOf(owner), target) }];
      });
  }

  /** The sheet of a register: the sheet named like it (case does not count, as in Excel). */
  sheetNamed(name: string): SheetRef | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  /** A sheet's cells and where its elements stand (scanned once until the part changes). */
  scanSheet(sheet: SheetRef): ScannedSheet {
    const key = sheet.part.toLowerCase();
    let scanned = this.scans.get(key);
    if (!scanned) {
      const text = this.text(sheet.part);
      scanned = { text, ...scanSheetXml(text, sheet.part, () => this.sharedStrings(), this.date1904) };
      this.scans.set(key, scanned);
    }
    return scanned;
  }

  private sharedStrings(): string[] {
    if (this.sharedStringsCache === null) {
      const rel = this.relationships(this.workbookPart).find((r) => r.kind === "sharedStrings");
      this.sharedStringsCache = rel && this.has(rel.part) ? readSharedStrings(this.text(rel.part), rel.part) : [];
    }
    return this.sharedStringsCache;
  }
}

/** The strings of the shared string table: rich text runs joined, phonetic guides (`rPh`) left out. */
function readSharedStrings(xml: string, part: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(
    xml,
    {
      open: (tag) => {
        if (tag.name === "si") current = "";
        else if (tag.name === "rPh") phonetic++;
        else if (tag.name === "t" && phonetic === 0) inText = !tag.selfClosing;
      },
      close: (name) => {
        if (name === "si") {
          strings.push(unescapeOoxml(current ?? ""));
          current = null;
        } else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text: (chunk) => {
        if (inText && current !== null) current += chunk;
      },
    },
    part,
  );
  return strings;
}

/**
 * Reads a worksheet's XML in one pass: the cells with their values (as Excel's `values` hands
 * them out: numbers, text, booleans, error text; ISO date cells as serials) and the spans of the
 * elements that appending changes.
 */
export function scanSheetXml(text: string, part: string, sharedStrings: () => readonly string[], date1904: boolean): { cells: SheetCells; layout: SheetLayout } {
  const cells: SheetCells = new Map();
  const layout: SheetLayout = { rowSpans: new Map(), sheetData: null, dimension: null, ranges: [], tableIds: [], columnStyles: [] };
  let row = 0;
  let rowStart = 0;
  let column = 0;
  let cell: { type: string; formula: boolean; value: string | null; inline: string | null } | null = null;
  let collect: "v" | "t" | "sqref" | null = null;
  let phonetic = 0;
  const rangeOwners: RangeList["kind"][] = [];
  let sqrefStart = 0;
  let sqrefText = "";

  scanXml(
    text,
    {
      open: (tag) => {
        switch (tag.name) {
          case "sheetData":
            layout.sheetData = { start: tag.start, openEnd: tag.openEnd, end: tag.openEnd, selfClosing: tag.selfClosing };
            break;
          case "row": {
            const r = Number(tag.attributes.get("r"));
            row = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r : row + 1;
            rowStart = tag.start;
            column = 0;
            break;
          }
          case "c": {
            const ref = tag.attributes.get("r");
            const at = ref === undefined ? null : decodeCell(ref);
            if (at) {
              row = at.row;
              column = at.column;
            } else column++;
            cell = { type: tag.attributes.get("t") ?? "n", formula: false, value: null, inline: null };
            break;
          }
          case "f":
            if (cell) cell.formula = true;
            break;
          case "v":
            if (cell) {
              cell.value = "";
              collect = "v";
            }
            break;
          case "is":
            if (cell) cell.inline = "";
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (cell?.inline !== null && cell !== null && phonetic === 0) collect = "t";
            break;
          case "dimension":
            layout.dimension = tag;
            break;
          case "dataValidation":
          case "conditionalFormatting": {
            rangeOwners.push(tag.name);
            const sqref = tag.attributes.get("sqref");
            if (sqref !== undefined) layout.ranges.push({ kind: tag.name, sqref, tag, start: tag.start, end: tag.openEnd });
            if (tag.selfClosing) rangeOwners.pop();
            break;
          }
          case "sqref":
            if (rangeOwners.length > 0) {
              collect = "sqref";
              sqrefStart = tag.openEnd;
              sqrefText = "";
            }
            break;
          case "col": {
            const style = tag.attributes.get("style");
            const min = Number(tag.attributes.get("min"));
            const max = Number(tag.attributes.get("max"));
            if (style !== undefined && Number.isInteger(min) && Number.isInteger(max)) layout.columnStyles.push({ min, max, style });
            break;
          }
          case "tablePart": {
            const id = tag.attributes.get("id");
            if (id !== undefined) layout.tableIds.push(id);
            break;
          }
        }
      },
      close: (name, end) => {
        switch (name) {
          case "c":
            if (cell) putCell(cells, row, column, cellValue(cell, sharedStrings, date1904));
            cell = null;
            break;
          case "row":
            layout.rowSpans.set(row, { start: rowStart, end });
            break;
          case "v":
          case "t":
            collect = null;
            break;
          case "rPh":
            phonetic--;
            break;
          case "sheetData":
            if (layout.sheetData) layout.sheetData.end = end;
            break;
          case "dataValidation":
          case "conditionalFormatting":
            if (!selfClosingClose(text, end)) rangeOwners.pop();
            break;
          case "sqref":
            if (collect === "sqref") layout.ranges.push({ kind: rangeOwners[rangeOwners.length - 1], sqref: sqrefText, tag: null, start: sqrefStart, end: text.lastIndexOf("<", end - 1) });
            collect = null;
            break;
        }
      },
      text: (chunk) => {
        if (collect === "v" && cell) cell.value += chunk;
        else if (collect === "t" && cell) cell.inline += chunk;
        else if (collect === "sqref") sqrefText += chunk;
      },
    },
    part,
  );
  return { cells, layout };
}

/** True if the element that ended at `end` was written `<…/>` (its open and close are one tag). */
function selfClosingClose(text: string, end: number): boolean {
  return text[end - 2] === "/";
}

/** A cell's value as Excel hands it out; a formula without a stored result says so (see readCell). */
function cellValue(cell: { type: string; formula: boolean; value: string | null; inline: string | null }, sharedStrings: () => readonly string[], date1904: boolean): RawCell {
  const { type, formula, value, inline } = cell;
  if (type === "inlineStr") return inline === null ? null : unescapeOoxml(inline);
  if (formula && (value === null || (value === "" && type !== "str"))) return { error: UNCALCULATED_FORMULA };
  if (value === null) return null;
  switch (type) {
    case "s":
      return sharedStrings()[Number(value)] ?? null;
    case "str":
      return unescapeOoxml(value);
    case "b":
      return value.trim() === "1" || value.trim().toLowerCase() === "true";
    case "e":
      return value;
    case "d":
      return isoSerial(value, date1904) ?? value;
    default: {
      const n = Number(value);
      return value.trim() === "" || !Number.isFinite(n) ? null : n;
    }
  }
}

/**
 * The serial of an ISO 8601 date cell (`t="d"`), in the workbook's date system.
 *
 * @example isoSerial("2027-01-05T10:30:00", false) // 46392.4375
 */
export function isoSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const fraction = m[2] === undefined ? 0 : (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) / 86_400;
  if (m[1] === undefined) return fraction;
  const date = parsePlainDate(m[1]);
  const serial = date === null ? null : plainDateToSerial(date, date1904);
  return serial === null ? null : serial + fraction;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own → `_rels/.rels`. */
export function relationshipsPart(owner: string): string {
  if (owner === "") return "_rels/.rels";
  const slash = owner.lastIndexOf("/");
  return `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/**
 * A relationship's target as a part name: relative to the owner's folder, or absolute (`/…`, as
 * openpyxl and pandas write them).
 *
 * @example resolvePart("xl/", "../customXml/item1.xml") // "customXml/item1.xml"
 * @example resolvePart("xl/", "/xl/worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target : `${folder}${target}`).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(decodeURIComponentSafe(segment));
  }
  return resolved.join("/");
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
