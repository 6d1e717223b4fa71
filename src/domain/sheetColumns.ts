import type { Finding } from "./finding";
import { cellAddress, type RawGrid } from "./grid";
import { matchKey } from "./matchKey";
import { cellText } from "./readCell";
import type { ColumnSpec } from "./registers";

/** Where a register's columns sit in its sheet: what findings need to name a cell. */
export interface SheetColumns {
  /** Sheet name as written in the workbook. */
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Per register key found in the header: its 0-based grid column and the header as written. */
  readonly columns: ReadonlyMap<string, { readonly index: number; readonly header: string }>;
}

/**
 * Finds the register's columns in a grid's header by name (case and surrounding spaces ignored);
 * columns the register does not know are left alone. A missing required column is an error
 * (`spalte-fehlt`) pointing at the first free header cell, where it could be added.
 *
 * @example matchColumns({ sheet: "Sperrzeiten", headerRow: 1, firstColumn: 0, header: ["von", "Bis"], rows: [] }, BLOCKED_PERIOD_COLUMNS).columns.columns.get("to") // { index: 1, header: "Bis" }
 */
export function matchColumns(grid: RawGrid, specs: readonly ColumnSpec[]): { columns: SheetColumns; findings: Finding[] } {
  const byKey = new Map(specs.map((spec) => [matchKey(spec.header), spec]));
  const columns = new Map<string, { index: number; header: string }>();
  const findings: Finding[] = [];
  const base = { sheet: grid.sheet, headerRow: grid.headerRow, firstColumn: grid.firstColumn };
  grid.header.forEach((cell, index) => {
    const header = cellText(cell, false);
    const spec = header ? byKey.get(matchKey(header)) : undefined;
    if (!header || !spec) return;
    if (columns.has(spec.key)) {
      findings.push({
        ...at(base, index, header),
        severity: "warning",
        code: "spalte-doppelt",
        message: `Die Spalte „${header}“ kommt im Blatt „${grid.sheet}“ doppelt vor; gelesen wird nur die erste. Benennen Sie die zweite Spalte um oder löschen Sie sie.`,
      });
      return;
    }
    columns.set(spec.key, { index, header });
  });
  let free = grid.header.length;
  for (const spec of specs) {
    if (!spec.required || columns.has(spec.key)) continue;
    findings.push({
      ...at(base, free++, spec.header),
      severity: "error",
      code: "spalte-fehlt",
      message: `Im Blatt „${grid.sheet}“ fehlt in der Kopfzeile (Zeile ${grid.headerRow}) die Pflichtspalte „${spec.header}“. Fügen Sie die Spalte hinzu; bis dahin wird das Blatt nicht gelesen.`,
    });
  }
  return { columns: { ...base, columns }, findings };
}

function at(grid: Pick<RawGrid, "sheet" | "headerRow" | "firstColumn">, index: number, column: string): Pick<Finding, "sheet" | "row" | "column" | "cell"> {
  return { sheet: grid.sheet, row: grid.headerRow, column, cell: cellAddress(grid, -1, index) };
}

/**
 * A finding about one register cell, given by its Excel row and register key. If the column is not
 * in the sheet (an optional one), the finding points at the row's first cell.
 *
 * @example findingAt(columns, 5, "left", "error", "austritt-vor-beitritt", "…").cell // "E5"
 */
export function findingAt(sheet: SheetColumns, row: number, key: string, severity: Finding["severity"], code: string, message: string): Finding {
  const column = sheet.columns.get(key);
  return {
    severity,
    code,
    sheet: sheet.sheet,
    row,
    column: column?.header ?? null,
    cell: cellAddress(sheet, row - sheet.headerRow - 1, column?.index ?? 0),
    message,
  };
}

/** A finding about a whole sheet (no row, no cell). @example sheetFinding("Sitzungen", "error", "blatt-fehlt", "…").row // null */
export function sheetFinding(sheet: string, severity: Finding["severity"], code: string, message: string): Finding {
  return { severity, code, sheet, row: null, column: null, cell: null, message };
}
