import { plainDateToSerial } from "../domain/excelSerial";
import { columnLetter, type RawCell, type RawGrid } from "../domain/grid";
import { timeToDayFraction } from "./cellValues";
import { RegisterLayoutError } from "./fileErrors";
import { cellUpdatesByRow, decodeRange, escapeOoxml, type CellBox, type SheetCells } from "./sheetGrid";
import { applyEdits, escapeXml, parseXmlTree, scanXml, withAttribute, type TextEdit, type XmlElement, type XmlTag } from "./xmlParts";
import type { ScannedSheet, SheetRef, XlsxBook } from "./xlsxBook";

/*
 * Appending register rows inside the package, as Excel does when a table grows: the new rows go
 * below the table's last data row (a blank last row is filled first) or below the used range of a
 * plain sheet, take the cell styles of the last data row, and the table's range, its filter, the
 * sheet's dimension and the data validations and conditional formats of the last data row grow
 * over the new cells where they do not cover them yet. Only the sheet part and its table part
 * change, and in them only these places; strings are written inline, so the shared strings stay.
 */

/** The changed parts: part name → new XML text. */
export type ChangedParts = Map<string, string>;

interface TablePart {
  readonly part: string;
  readonly text: string;
  readonly box: CellBox;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly tableTag: XmlTag;
  readonly autoFilterTag: XmlTag | null;
  readonly name: string;
  /** Calculated column formulas by sheet column (1-based), as Excel fills them into a new table row. */
  readonly formulas: ReadonlyMap<number, string>;
}

interface RowCells {
  /** The row's open tag text. */
  readonly open: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Cells by column: style and the cell's XML text. */
  readonly cells: Map<number, { style: string | undefined; xml: string }>;
}

/**
 * The sheet and table parts with `rows` appended to the register read as `grid` from `sheet`.
 * Rows are in the grid's column order, starting at its first column.
 */
export function appendToSheet(book: XlsxBook, sheet: SheetRef, scanned: ScannedSheet, grid: RawGrid, rows: readonly (readonly RawCell[])[]): ChangedParts {
  const width = grid.header.length;
  if (width === 0) throw new RegisterLayoutError(`Im Blatt „${sheet.name}“ fehlt die Kopfzeile. Bitte die Spaltenüberschriften eintragen oder das Blatt mit „Arbeitsmappe einrichten“ neu anlegen.`);
  const { text, cells, layout } = scanned;
  const left = grid.firstColumn + 1;
  const tables = tablesOf(book, sheet, layout.tableIds);
  const table = tables.find((t) => t.box.top <= grid.headerRow && grid.headerRow <= t.box.bottom && t.box.left < left + width && left <= t.box.right) ?? null;

  let firstTop: number;
  let columns: { left: number; right: number };
  let template: number | null;
  // A totals row moves down below the new rows, as Excel moves it when a table grows.
  let totals: { first: number; last: number } | null = null;
  if (table) {
    const bodyBottom = Math.max(table.box.bottom - table.totalsRows, table.box.top + table.headerRows - 1);
    if (table.totalsRows > 0) totals = { first: bodyBottom + 1, last: table.box.bottom };
    const bodyTop = table.box.top + table.headerRows;
    columns = { left: table.box.left, right: table.box.right };
    template = bodyBottom >= bodyTop ? bodyBottom : null;
    const lastRowEmpty = template !== null && rowIsEmpty(cells, template, columns.left, columns.right);
    firstTop = lastRowEmpty ? bodyBottom : bodyBottom + 1;
  } else {
    columns = { left, right: left + width - 1 };
    const bottom = Math.max(grid.headerRow, grid.headerRow + grid.rows.length);
    template = bottom > grid.headerRow ? bottom : null;
    firstTop = bottom + 1;
  }
  const lastTop = firstTop + rows.length - 1;
  if (lastTop > 1_048_576) throw noRoom(sheet.name, rows.length, firstTop - 1, cells);
  const laidOut = rows.map((row) => fitColumns(row, left, columns, sheet.name, grid));
  const shift = totals ? Math.max(0, lastTop - totals.first + 1) : 0;
  for (let r = table ? table.box.bottom + 1 : firstTop; r <= lastTop + (totals ? totals.last - totals.first + 1 : 0); r++) {
    const line = cells.get(r);
    for (let c = columns.left; line && c <= columns.right; c++) {
      if (line.has(c)) throw new RegisterLayoutError(`Unter der Tabelle auf „${sheet.name}“ steht in ${columnLetter(c - 1)}${r} schon etwas. Bitte den Bereich unter der Tabelle freiräumen und erneut versuchen.`);
    }
  }

  const prefix = elementPrefix(text, layout.sheetData?.start ?? null);
  const templateRow = template === null ? null : parseRow(text, layout.rowSpans.get(template), sheet.part);
  const formulas = table?.formulas ?? new Map<number, string>();
  const edits: TextEdit[] = [];
  const dateSystem = book.date1904;
  const moving = (r: number) => totals !== null && totals.first <= r && r <= totals.last;
  const existingRows = [...layout.rowSpans.keys()].filter((r) => r >= firstTop && !moving(r)).sort((a, b) => a - b);
  let pending = "";
  let pendingAt: number | null = null;
  const flush = () => {
    if (pending !== "" && pendingAt !== null) edits.push({ start: pendingAt, end: pendingAt, text: pending });
    pending = "";
    pendingAt = null;
  };
  const sheetDataClose = closingTagStart(text, layout.sheetData);
  laidOut.forEach((values, i) => {
    const r = firstTop + i;
    const span = moving(r) ? undefined : layout.rowSpans.get(r);
    if (span) {
      flush();
      const existing = parseRow(text, span, sheet.part)!;
      edits.push({ start: span.start, end: span.end, text: rowXml(prefix, r, existing, existing, templateRow, values, columns, dateSystem, layout.columnStyles, formulas) });
      return;
    }
    const next = existingRows.find((x) => x > r);
    const at = next !== undefined ? layout.rowSpans.get(next)!.start : sheetDataClose;
    if (pendingAt !== at) flush();
    pendingAt = at;
    pending += rowXml(prefix, r, null, templateRow, templateRow, values, columns, dateSystem, layout.columnStyles, formulas);
  });
  if (totals && shift > 0) {
    let moved = "";
    for (let r = totals.first; r <= totals.last; r++) {
      const span = layout.rowSpans.get(r);
      if (!span) continue;
      edits.push({ start: span.start, end: span.end, text: "" });
      moved += renumberedRow(text.slice(span.start, span.end), r + shift, sheet.part);
    }
    const next = existingRows.find((x) => x > totals!.last + shift);
    const at = next !== undefined ? layout.rowSpans.get(next)!.start : sheetDataClose;
    if (pendingAt !== at) flush();
    pendingAt = at;
    pending += moved;
  }
  flush();
  if (layout.sheetData?.selfClosing) {
    const tag = text.slice(layout.sheetData.start, layout.sheetData.openEnd);
    edits.push({ start: layout.sheetData.start, end: layout.sheetData.openEnd, text: `${tag.slice(0, -2)}>` });
    edits.push({ start: layout.sheetData.openEnd, end: layout.sheetData.openEnd, text: `</${prefix}sheetData>` });
  }

  const added: CellBox = { top: firstTop, bottom: lastTop, left: columns.left, right: columns.right };
  if (layout.dimension) {
    const old = decodeRange(layout.dimension.attributes.get("ref") ?? "");
    const grown = totals ? { ...added, bottom: totals.last + shift } : added;
    const box = old ? union(old, grown) : grown;
    edits.push(tagEdit(text, layout.dimension, "ref", encodeRange(box)));
  }
  if (template !== null) {
    // A cell has at most one data validation: each grows only where no validation is yet (also
    // none grown before it). Conditional formats may overlap each other; each grows by its own ranges.
    const claimed = layout.ranges.filter((r) => r.kind === "dataValidation").flatMap((r) => boxes(r.sqref));
    for (const range of layout.ranges) {
      const own = boxes(range.sqref);
      const additions = grownRanges(own, template, added, range.kind === "dataValidation" ? claimed : own);
      if (additions.length === 0) continue;
      if (range.kind === "dataValidation") claimed.push(...additions);
      const sqref = [range.sqref.trim(), ...additions.map(encodeRange)].join(" ");
      edits.push(range.tag ? tagEdit(text, range.tag, "sqref", sqref) : { start: range.start, end: range.end, text: escapeXml(sqref) });
    }
  }

  const changed: ChangedParts = new Map([[sheet.part, applyEdits(text, edits)]]);
  if (table && lastTop > table.box.bottom - table.totalsRows) {
    const box = { ...table.box, bottom: lastTop + table.totalsRows };
    const tableEdits = [tagEdit(table.text, table.tableTag, "ref", encodeRange(box))];
    // The filter covers header and data, not the totals row.
    if (table.autoFilterTag) tableEdits.push(tagEdit(table.text, table.autoFilterTag, "ref", encodeRange({ ...box, bottom: lastTop })));
    changed.set(table.part, applyEdits(table.text, tableEdits));
  }
  return changed;
}

/** No rows left below the register: most likely a stray value far down, which the message names. */
export function noRoom(sheet: string, count: number, bottom: number, cells: SheetCells): RegisterLayoutError {
  const column = Math.min(...(cells.get(bottom)?.keys() ?? [1]));
  return new RegisterLayoutError(
    `Auf „${sheet}“ ist kein Platz für ${count} neue Zeilen: die letzte belegte Zeile ist ${bottom} (Zelle ${columnLetter(column - 1)}${bottom}). Steht dort versehentlich etwas, bitte löschen und erneut planen.`,
  );
}

function tagEdit(text: string, tag: XmlTag, attribute: string, value: string): TextEdit {
  return { start: tag.start, end: tag.openEnd, text: withAttribute(text.slice(tag.start, tag.openEnd), attribute, value) };
}

/** The tables of a sheet, from its relationships. */
function tablesOf(book: XlsxBook, sheet: SheetRef, ids: readonly string[]): TablePart[] {
  if (ids.length === 0) return [];
  const rels = new Map(book.relationships(sheet.part).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const rel = rels.get(id);
    if (!rel || !book.has(rel.part)) return [];
    const text = book.text(rel.part);
    const root = parseXmlTree(text, rel.part);
    const box = decodeRange(root.attributes.get("ref") ?? "");
    if (!box) return [];
    const autoFilter = root.children.find((c) => c.name === "autoFilter");
    const tag = (e: typeof root): XmlTag => ({ name: e.name, attributes: e.attributes, start: e.start, openEnd: e.openEnd, selfClosing: false });
    return [{
      part: rel.part,
      text,
      box,
      headerRows: count(root.attributes.get("headerRowCount"), 1),
      totalsRows: count(root.attributes.get("totalsRowCount"), 0),
      tableTag: tag(root),
      autoFilterTag: autoFilter ? tag(autoFilter) : null,
      name: root.attributes.get("displayName") ?? root.attributes.get("name") ?? "",
      formulas: calculatedColumns(root, box.left),
    }];
  });
}

/**
 * The calculated columns of a table part (`tableColumn/calculatedColumnFormula`, not array
 * formulas) by sheet column; Excel writes the same formula into every row it adds to the table.
 */
function calculatedColumns(table: XmlElement, left: number): Map<number, string> {
  const columns = table.children.find((c) => c.name === "tableColumns")?.children.filter((c) => c.name === "tableColumn") ?? [];
  const formulas = new Map<number, string>();
  columns.forEach((column, i) => {
    const formula = column.children.find((c) => c.name === "calculatedColumnFormula");
    if (formula && formula.attributes.get("array") !== "1" && formula.text.trim() !== "") formulas.set(left + i, formula.text);
  });
  return formulas;
}

function count(value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** A register row laid over the columns written to; a value outside them is refused, as in Excel. */
function fitColumns(row: readonly RawCell[], left: number, columns: { left: number; right: number }, sheet: string, grid: RawGrid): Map<number, RawCell> {
  const placed = new Map<number, RawCell>();
  row.forEach((cell, i) => {
    if (cell === null || cell === "") return;
    const c = left + i;
    if (c < columns.left || c > columns.right) {
      throw new RegisterLayoutError(`Die Spalte „${String(grid.header[i] ?? "")}“ im Blatt „${sheet}“ liegt außerhalb der Tabelle. Bitte die Tabelle auf alle Spalten der Kopfzeile erweitern.`);
    }
    placed.set(c, cell);
  });
  return placed;
}

function rowIsEmpty(cells: SheetCells, row: number, left: number, right: number): boolean {
  const line = cells.get(row);
  if (!line) return true;
  for (const c of line.keys()) if (c >= left && c <= right) return false;
  return true;
}

/** The prefix the sheet writes its elements with (`x:` or none). */
function elementPrefix(text: string, sheetDataStart: number | null): string {
  if (sheetDataStart === null) return "";
  const name = /^<([\w.-]+:)?sheetData/.exec(text.slice(sheetDataStart, sheetDataStart + 64));
  return name?.[1] ?? "";
}

function closingTagStart(text: string, sheetData: ScannedSheet["layout"]["sheetData"]): number {
  if (!sheetData) throw new RegisterLayoutError("Das Blatt hat keinen Zellbereich (sheetData).");
  return sheetData.selfClosing ? sheetData.openEnd : text.lastIndexOf("<", sheetData.end - 1);
}

/**
 * A row element moved to another row: its `r` and those of its cells renumbered; everything else,
 * formulas included, as it was (a table's totals row refers to its columns by name).
 */
function renumberedRow(xml: string, row: number, part: string): string {
  const edits: TextEdit[] = [];
  scanXml(
    xml,
    {
      open: (tag, depth) => {
        if (depth === 0) edits.push(tagEdit(xml, tag, "r", String(row)));
        else if (depth === 1 && tag.name === "c") {
          const at = decodeRange(tag.attributes.get("r") ?? "");
          if (at) edits.push(tagEdit(xml, tag, "r", `${columnLetter(at.left - 1)}${row}`));
        }
      },
    },
    part,
  );
  return applyEdits(xml, edits);
}

/** A `<row>` element's open tag and cells. */
function parseRow(text: string, span: { start: number; end: number } | undefined, part: string): RowCells | null {
  if (!span) return null;
  const xml = text.slice(span.start, span.end);
  let open = "";
  let attributes: ReadonlyMap<string, string> = new Map();
  const cells = new Map<number, { style: string | undefined; xml: string }>();
  let column = 0;
  let current: { column: number; style: string | undefined; start: number } | null = null;
  scanXml(
    xml,
    {
      open: (tag, depth) => {
        if (depth === 0) {
          open = xml.slice(tag.start, tag.openEnd);
          attributes = tag.attributes;
        } else if (depth === 1 && tag.name === "c") {
          const ref = tag.attributes.get("r");
          const at = ref ? decodeRange(ref) : null;
          column = at ? at.left : column + 1;
          current = { column, style: tag.attributes.get("s"), start: tag.start };
        }
      },
      close: (name, end, depth) => {
        if (depth === 1 && name === "c" && current) {
          cells.set(current.column, { style: current.style, xml: xml.slice(current.start, end) });
          current = null;
        }
      },
    },
    part,
  );
  return { open, attributes, cells };
}

/**
 * A row element: the existing row's other cells kept as they are, the written columns filled with
 * the new values in the existing cell's style, else the template row's, else the column's (as
 * Excel styles a new cell; so a date gets the date format of its column even without a row above).
 */
function rowXml(
  prefix: string,
  r: number,
  existing: RowCells | null,
  rowTemplate: RowCells | null,
  cellTemplate: RowCells | null,
  values: ReadonlyMap<number, RawCell>,
  columns: { left: number; right: number },
  date1904: boolean,
  columnStyles: readonly { min: number; max: number; style: string }[],
  formulas: ReadonlyMap<number, string>,
): string {
  const out = new Map<number, string>(existing ? [...existing.cells].filter(([c]) => c < columns.left || c > columns.right).map(([c, v]) => [c, v.xml]) : []);
  for (let c = columns.left; c <= columns.right; c++) {
    const style = existing?.cells.get(c)?.style ?? cellTemplate?.cells.get(c)?.style ?? columnStyles.find((col) => col.min <= c && c <= col.max)?.style;
    const value = values.get(c) ?? null;
    const ref = `${columnLetter(c - 1)}${r}`;
    const formula = formulas.get(c);
    // Without a stored result: Excel and LibreOffice calculate such a cell on opening (a cell with a result is trusted as it is; ExcelPackage wiki "How do I get Excel to recalculate my formula on File-Open?").
    if (value === null && formula !== undefined) out.set(c, `<${prefix}c r="${ref}"${style === undefined ? "" : ` s="${escapeXml(style)}"`}><${prefix}f>${escapeXml(formula)}</${prefix}f></${prefix}c>`);
    else if (value !== null || style !== undefined) out.set(c, cellXml(prefix, ref, style, value, date1904));
  }
  const body = [...out].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml).join("");
  let open: string;
  if (existing) {
    open = existing.open.endsWith("/>") ? `${existing.open.slice(0, -2)}>` : existing.open;
    if (existing.attributes.has("spans")) open = withAttribute(open, "spans", `${Math.min(...out.keys())}:${Math.max(...out.keys())}`);
  } else {
    open = `<${prefix}row r="${r}"`;
    for (const name of ["s", "customFormat", "ht", "customHeight"]) {
      const value = rowTemplate?.attributes.get(name);
      if (value !== undefined) open += ` ${name}="${escapeXml(value)}"`;
    }
    open += ">";
  }
  return `${open}${body}</${prefix}row>`;
}

/** One cell's XML; strings inline (the shared string table stays as it is). */
function cellXml(prefix: string, ref: string, style: string | undefined, value: RawCell, date1904: boolean): string {
  const s = style === undefined ? "" : ` s="${escapeXml(style)}"`;
  const c = `${prefix}c`;
  const number = (n: number) => `<${c} r="${ref}"${s}><${prefix}v>${n}</${prefix}v></${c}>`;
  if (value === null) return `<${c} r="${ref}"${s}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? number(value) : `<${c} r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<${c} r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if (typeof value === "string") return inlineString(prefix, ref, s, value);
  if ("date" in value) {
    const serial = plainDateToSerial(value.date, date1904);
    return serial === null ? inlineString(prefix, ref, s, value.date) : number(serial);
  }
  if ("time" in value) return number(timeToDayFraction(value.time));
  return `<${c} r="${ref}"${s} t="e"><${prefix}v>${escapeXml(value.error)}</${prefix}v></${c}>`;
}

function inlineString(prefix: string, ref: string, s: string, text: string): string {
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(escapeOoxml(text))}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** The ranges of a `sqref` list (space-separated A1 ranges). */
function boxes(sqref: string): CellBox[] {
  return sqref.split(/\s+/).filter(Boolean).map(decodeRange).filter((b): b is CellBox => b !== null);
}

/**
 * The ranges to add to a validation's or format's `own` ranges: for each new column whose
 * template-row cell they cover, the rows of the new cells that `taken` does not cover yet.
 *
 * @example grownRanges([C2:C50], 50, C51:C60 …, [C2:C50]) // [C51:C60]
 */
export function grownRanges(own: readonly CellBox[], template: number, added: CellBox, taken: readonly CellBox[]): CellBox[] {
  const additions: CellBox[] = [];
  for (let c = added.left; c <= added.right; c++) {
    if (!own.some((b) => b.left <= c && c <= b.right && b.top <= template && template <= b.bottom)) continue;
    for (const gap of gaps(added.top, added.bottom, taken.filter((b) => b.left <= c && c <= b.right))) {
      const last = additions[additions.length - 1];
      if (last && last.right === c - 1 && last.top === gap.top && last.bottom === gap.bottom) additions[additions.length - 1] = { ...last, right: c };
      else additions.push({ top: gap.top, bottom: gap.bottom, left: c, right: c });
    }
  }
  return additions;
}

/** The row intervals of top..bottom that none of the ranges covers. */
function gaps(top: number, bottom: number, ranges: readonly CellBox[]): { top: number; bottom: number }[] {
  const covered = ranges.map((b) => [Math.max(b.top, top), Math.min(b.bottom, bottom)] as const).filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
  const out: { top: number; bottom: number }[] = [];
  let next = top;
  for (const [a, b] of covered) {
    if (a > next) out.push({ top: next, bottom: a - 1 });
    next = Math.max(next, b + 1);
  }
  if (next <= bottom) out.push({ top: next, bottom });
  return out;
}

function union(a: CellBox, b: CellBox): CellBox {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

/** @example encodeRange({ top: 1, left: 1, bottom: 5, right: 3 }) // "A1:C5" */
function encodeRange(box: CellBox): string {
  const a = `${columnLetter(box.left - 1)}${box.top}`;
  const b = `${columnLetter(box.right - 1)}${box.bottom}`;
  return a === b ? a : `${a}:${b}`;
}



/**
 * The sheet part with single cells overwritten, as a user typing into them would: each keeps its
 * style (a date cell stays a date cell), every other cell and element stays byte for byte. The
 * rows must exist (they hold the register rows being changed). Used by `absagen`, `verschieben`
 * and `gastgeber-neu`.
 *
 * @example updateCells(book, sheet, scanned, [{ cell: "K14", value: "abgesagt" }]).get(sheet.part) // the new sheet XML
 */
export function updateCells(book: XlsxBook, sheet: SheetRef, scanned: ScannedSheet, updates: readonly { readonly cell: string; readonly value: RawCell }[]): ChangedParts {
  const { text, layout } = scanned;
  const prefix = elementPrefix(text, layout.sheetData?.start ?? null);
  const edits: TextEdit[] = [];
  for (const [r, values] of cellUpdatesByRow(updates)) {
    const span = layout.rowSpans.get(r);
    const existing = parseRow(text, span, sheet.part);
    if (!span || !existing) throw new RegisterLayoutError(`Im Blatt „${sheet.name}“ gibt es die Zeile ${r} nicht mehr. Es wurde nichts geändert.`);
    const out = new Map([...existing.cells].map(([c, v]) => [c, v.xml]));
    for (const [c, value] of values) out.set(c, cellXml(prefix, `${columnLetter(c - 1)}${r}`, existing.cells.get(c)?.style, value, book.date1904));
    const body = [...out].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml).join("");
    let open = existing.open.endsWith("/>") ? `${existing.open.slice(0, -2)}>` : existing.open;
    if (existing.attributes.has("spans")) open = withAttribute(open, "spans", `${Math.min(...out.keys())}:${Math.max(...out.keys())}`);
    edits.push({ start: span.start, end: span.end, text: `${open}${body}</${prefix}row>` });
  }
  return new Map([[sheet.part, applyEdits(text, edits)]]);
}
