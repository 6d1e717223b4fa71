import type { RawCell } from "./grid";
import { matchKey } from "./matchKey";
import { cellText } from "./readCell";
import type { PlainDate } from "./plainDate";
import type { ColumnSpec } from "./registers";

/**
 * A typed register record as cells in the order of the workbook's header (columns matched by name
 * like the reader; columns the register does not know stay empty): dates as `{ date }`, times as
 * `{ time }`, yes/no as `Ja`/`Nein`.
 *
 * @example rowFor(["Von", "Notiz", "bis"], BLOCKED_PERIOD_COLUMNS, { from: "2026-07-13", to: "2026-08-25", reason: null }) // [{ date: "2026-07-13" }, null, { date: "2026-08-25" }]
 */
export function rowFor(header: readonly RawCell[], columns: readonly ColumnSpec[], record: Readonly<Record<string, unknown>>): RawCell[] {
  const byHeader = new Map(columns.map((spec) => [matchKey(spec.header), spec]));
  const used = new Set<string>();
  return header.map((cell) => {
    const spec = byHeader.get(matchKey(cellText(cell, false) ?? ""));
    // A repeated header is written once, like the reader reads only the first.
    if (!spec || used.has(spec.key)) return null;
    used.add(spec.key);
    return toCell(spec, record[spec.key]);
  });
}

function toCell(spec: ColumnSpec, value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (spec.kind === "date") return { date: value as PlainDate };
  if (spec.kind === "time") return { time: String(value) };
  if (typeof value === "boolean") return value ? "Ja" : "Nein";
  return typeof value === "number" ? value : String(value);
}
