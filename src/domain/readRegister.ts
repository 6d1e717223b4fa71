import type { z } from "zod";
import type { Finding } from "./finding";
import type { RawCell, RawGrid } from "./grid";
import { cellText, readCell } from "./readCell";
import type { ColumnSpec, Located } from "./registers";
import { findingAt, matchColumns, type SheetColumns } from "./sheetColumns";
import { zodIssueMessage } from "./zodIssueMessage";

export interface ReadRegisterOptions {
  readonly date1904: boolean;
  /** Fills defaults into a row after its cells are read and before the schema checks it (e.g. Kurzname). */
  readonly complete?: (draft: Record<string, unknown>) => Record<string, unknown>;
}

export interface RegisterRead<T> {
  readonly rows: Located<T>[];
  readonly findings: Finding[];
  readonly columns: SheetColumns;
  /** Text of each dropped row's cells by register key, so that other registers' references to it are not reported again. */
  readonly dropped: Record<string, string>[];
}

const DROPPED = " Die Zeile bleibt unberücksichtigt, bis der Wert korrigiert ist.";
const IGNORED = " Der Wert wird nicht verwendet.";

/**
 * Reads a register grid into typed rows plus findings; never throws. Columns are found by header
 * name; a missing required column yields no rows. Fully empty rows are skipped. A required cell that
 * is empty or unreadable drops its row; a bad optional cell becomes `null`. The zod schema is the
 * final gate for every row.
 *
 * @example readRegister(grid, BLOCKED_PERIOD_COLUMNS, BlockedPeriodSchema, { date1904: false }).rows[0] // { from: "2026-07-13", to: "2026-08-25", reason: "Sommerferien", row: 2 }
 */
export function readRegister<T>(grid: RawGrid, specs: readonly ColumnSpec[], schema: z.ZodType<T>, options: ReadRegisterOptions): RegisterRead<T> {
  const { columns, findings } = matchColumns(grid, specs);
  if (findings.some((f) => f.code === "spalte-fehlt")) return { rows: [], findings, columns, dropped: [] };
  const present = specs.filter((spec) => columns.columns.has(spec.key)).map((spec) => ({ spec, index: columns.columns.get(spec.key)!.index }));
  const rows: Located<T>[] = [];
  const droppedRows: Record<string, string>[] = [];
  const textOf = (cells: readonly RawCell[] | undefined) => Object.fromEntries(present.map(({ spec, index }) => [spec.key, cellText(cells?.[index], false) ?? ""]));
  grid.rows.forEach((cells: readonly RawCell[] | undefined, i) => {
    const row = grid.headerRow + 1 + i;
    if (present.every(({ index }) => cellText(cells?.[index], false) === "")) return;
    const draft: Record<string, unknown> = {};
    let dropped = false;
    for (const spec of specs) draft[spec.key] = null;
    for (const { spec, index } of present) {
      const { value, problem } = readCell(cells?.[index], spec.kind, { date1904: options.date1904, values: spec.values });
      draft[spec.key] = value;
      if (problem) {
        const consequence = problem.severity === "warning" ? "" : spec.required ? DROPPED : IGNORED;
        findings.push(findingAt(columns, row, spec.key, problem.severity, problem.code, problem.message + consequence));
      } else if (value === null && spec.required) {
        findings.push(findingAt(columns, row, spec.key, "error", "pflichtfeld", `„${columns.columns.get(spec.key)!.header}“ ist ein Pflichtfeld und leer. Tragen Sie einen Wert ein; bis dahin bleibt die Zeile unberücksichtigt.`));
      }
      if (value === null && spec.required) dropped = true;
    }
    if (dropped) {
      droppedRows.push(textOf(cells));
      return;
    }
    const parsed = gate(schema, options.complete ? options.complete(draft) : draft, specs);
    for (const issue of parsed.issues) {
      const spec = specs.find((s) => s.key === issue.key);
      const header = columns.columns.get(issue.key)?.header ?? spec?.header ?? issue.key;
      findings.push(findingAt(columns, row, issue.key, "error", "wert-ungueltig", zodIssueMessage(issue.issue, header) + (spec?.required === false ? IGNORED : DROPPED)));
    }
    if (parsed.value !== null) rows.push({ ...parsed.value, row });
    else droppedRows.push(textOf(cells));
  });
  return { rows, findings, columns, dropped: droppedRows };
}

type KeyedIssue = { key: string; issue: z.core.$ZodIssue };

/**
 * Runs the schema; if only optional fields fail, they are set to `null` and the row is kept
 * (a bad optional cell must not cost the whole row).
 */
function gate<T>(schema: z.ZodType<T>, draft: Record<string, unknown>, specs: readonly ColumnSpec[]): { value: T | null; issues: KeyedIssue[] } {
  const first = schema.safeParse(draft);
  if (first.success) return { value: first.data, issues: [] };
  const issues = first.error.issues.map((issue) => ({ key: String(issue.path[0] ?? ""), issue }));
  const optional = new Set(specs.filter((s) => !s.required).map((s) => s.key));
  if (!issues.every(({ key }) => optional.has(key))) return { value: null, issues };
  const second = schema.safeParse({ ...draft, ...Object.fromEntries(issues.map(({ key }) => [key, null])) });
  return { value: second.success ? second.data : null, issues };
}
