import type { RawCell } from "../domain/grid";
import { RegisterLayoutError } from "./fileErrors";
import { CONTENT_PART, type OdsContent, type OdsSheet } from "./odsBook";
import { cellXml, repeated } from "./odsAppend";
import { cellUpdatesByRow } from "./sheetGrid";
import { applyEdits, escapeXml, scanXml, type TextEdit } from "./xmlParts";

/*
 * Overwriting single cells of an .ods sheet, as typing into them in LibreOffice would: a run of
 * repeated rows or cells (`number-rows-repeated`, `number-columns-repeated`) is split around the
 * changed cell, the cell keeps its style, drop-down, merge and note, and nothing else in
 * content.xml changes.
 */

/** Attributes of a cell that belong to the cell, not to its value. */
const KEPT_ATTRIBUTES = ["style-name", "content-validation-name", "number-columns-spanned", "number-rows-spanned"];

/**
 * content.xml with single cells of `sheet` overwritten; the rows must exist (they hold the
 * register rows being changed).
 *
 * @example updateOdsCells(content, sheet, [{ cell: "K14", value: "abgesagt" }]) // new content.xml text
 */
export function updateOdsCells(content: OdsContent, sheet: OdsSheet, updates: readonly { readonly cell: string; readonly value: RawCell }[]): string {
  const { text } = content;
  const byElement = new Map<OdsSheet["rows"][number], Map<number, Map<number, RawCell>>>();
  for (const [row, values] of cellUpdatesByRow(updates)) {
    const element = sheet.rows.find((e) => e.first <= row && row < e.first + e.count);
    if (!element) throw new RegisterLayoutError(`Im Blatt „${sheet.name}“ gibt es die Zeile ${row} nicht mehr. Es wurde nichts geändert.`);
    if (!byElement.has(element)) byElement.set(element, new Map());
    byElement.get(element)!.set(row, values);
  }
  const edits: TextEdit[] = [];
  for (const [element, rows] of byElement) {
    const xml = text.slice(element.start, element.end);
    edits.push({ start: element.start, end: element.end, text: splitRun(xml, "number-rows-repeated", element.first, element.count, rows, rowWithValues) });
  }
  return applyEdits(text, edits);
}

/**
 * A run of `count` repeated elements starting at index `first`, split so that each target index
 * stands alone, changed by `change`; the others keep their repeat.
 */
function splitRun<T>(xml: string, attribute: string, first: number, count: number, targets: ReadonlyMap<number, T>, change: (single: string, target: T) => string): string {
  const single = count > 1 ? repeated(xml, attribute, 1) : xml;
  let out = "";
  let at = first;
  for (const index of [...targets.keys()].sort((a, b) => a - b)) {
    if (index > at) out += repeated(xml, attribute, index - at);
    out += change(single, targets.get(index)!);
    at = index + 1;
  }
  const rest = first + count - at;
  return rest > 0 ? out + repeated(xml, attribute, rest) : out;
}

/** One row element's XML with the cells of `values` (by 1-based column) overwritten; missing cells are added at its end. */
function rowWithValues(element: string, values: ReadonlyMap<number, RawCell>): string {
  const rowXml = element.endsWith("/>") ? `${element.slice(0, -2)}></${element.slice(1, element.search(/[\s/>]/))}>` : element;
  const edits: TextEdit[] = [];
  let column = 1;
  let cell: { start: number; count: number } | null = null;
  scanXml(
    rowXml,
    {
      open: (tag, depth) => {
        if (depth === 1 && (tag.name === "table-cell" || tag.name === "covered-table-cell")) {
          cell = { start: tag.start, count: Math.max(1, Number(tag.attributes.get("number-columns-repeated") ?? 1) || 1) };
        }
      },
      close: (_name, end, depth) => {
        if (depth !== 1 || !cell) return;
        const first = column;
        const inside = new Map([...values].filter(([c]) => c >= first && c < first + cell!.count));
        if (inside.size > 0) edits.push({ start: cell.start, end, text: splitRun(rowXml.slice(cell.start, end), "number-columns-repeated", first, cell.count, inside, cellWithValue) });
        column += cell.count;
        cell = null;
      },
    },
    CONTENT_PART,
  );
  let added = "";
  for (const [c, value] of [...values].filter(([c]) => c >= column).sort((a, b) => a[0] - b[0])) {
    if (c > column) added += c - column > 1 ? `<table:table-cell table:number-columns-repeated="${c - column}"/>` : "<table:table-cell/>";
    added += cellXml(value, "");
    column = c + 1;
  }
  const closeAt = rowXml.lastIndexOf("</");
  return applyEdits(rowXml, added === "" ? edits : [...edits, { start: closeAt, end: closeAt, text: added }]);
}

/** A single cell element's XML holding `value`, with its own style, drop-down, merge and note kept. */
function cellWithValue(single: string, value: RawCell): string {
  let attributes = "";
  let note = "";
  let noteStart = -1;
  scanXml(
    single,
    {
      open: (tag, depth) => {
        if (depth === 0) {
          for (const name of KEPT_ATTRIBUTES) {
            const kept = tag.attributes.get(name);
            if (kept !== undefined) attributes += ` table:${name}="${escapeXml(kept)}"`;
          }
        } else if (depth === 1 && tag.name === "annotation") noteStart = tag.start;
      },
      close: (name, end, depth) => {
        if (depth === 1 && name === "annotation" && noteStart >= 0) note += single.slice(noteStart, end);
      },
    },
    CONTENT_PART,
  );
  return cellXml(value, attributes, note);
}
