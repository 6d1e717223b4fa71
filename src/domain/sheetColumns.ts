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
 * (`spalte-fehlt`): at the header cell that looks like a misspelling of it, with "Meinten Sie …?",
 * else at the first free header cell, where it could be added. An unknown header that looks like a
 * missing optional column is a warning (`spalte-unbekannt`), since that column's values are not read.
 *
 * @example matchColumns({ sheet: "Sperrzeiten", headerRow: 1, firstColumn: 0, header: ["von", "Bis"], rows: [] }, BLOCKED_PERIOD_COLUMNS).columns.columns.get("to") // { index: 1, header: "Bis" }
 * @example matchColumns({ sheet: "Mitglieder", headerRow: 1, firstColumn: 0, header: ["Mitglied", "Art", "Eintritt", "Gastgeber"], rows: [] }, MEMBER_COLUMNS).findings[0].message // "Die Spalte „Eintritt“ im Blatt „Mitglieder“ ist keine bekannte Spalte, und die Pflichtspalte „Beitritt“ fehlt. Meinten Sie „Beitritt“? …"
 */
export function matchColumns(grid: RawGrid, specs: readonly ColumnSpec[]): { columns: SheetColumns; findings: Finding[] } {
  const byKey = new Map(specs.map((spec) => [matchKey(spec.header), spec]));
  const columns = new Map<string, { index: number; header: string }>();
  const unknown: { index: number; header: string }[] = [];
  const findings: Finding[] = [];
  const base = { sheet: grid.sheet, headerRow: grid.headerRow, firstColumn: grid.firstColumn };
  grid.header.forEach((cell, index) => {
    const header = cellText(cell, false);
    if (!header) return;
    const spec = byKey.get(matchKey(header));
    if (!spec) {
      unknown.push({ index, header });
      return;
    }
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
  const misspelt = misspellings(specs.filter((spec) => !columns.has(spec.key)), unknown);
  let free = grid.header.length;
  for (const spec of specs) {
    if (columns.has(spec.key)) continue;
    const typo = misspelt.get(spec.key);
    if (typo) {
      const consequence = spec.required ? `bis dahin wird das Blatt „${grid.sheet}“ nicht gelesen` : "bis dahin bleiben ihre Werte unberücksichtigt";
      findings.push({
        ...at(base, typo.index, typo.header),
        severity: spec.required ? "error" : "warning",
        code: spec.required ? "spalte-fehlt" : "spalte-unbekannt",
        message: `Die Spalte „${typo.header}“ im Blatt „${grid.sheet}“ ist keine bekannte Spalte${spec.required ? `, und die Pflichtspalte „${spec.header}“ fehlt` : ""}. Meinten Sie „${spec.header}“? Benennen Sie die Überschrift um; ${consequence}.`,
      });
    } else if (spec.required) {
      findings.push({
        ...at(base, free++, spec.header),
        severity: "error",
        code: "spalte-fehlt",
        message: `Im Blatt „${grid.sheet}“ fehlt in der Kopfzeile (Zeile ${grid.headerRow}) die Pflichtspalte „${spec.header}“. Fügen Sie die Spalte hinzu; bis dahin wird das Blatt nicht gelesen.`,
      });
    }
  }
  return { columns: { ...base, columns }, findings };
}

/** How alike two headers must be (see `similarity`) to count as a misspelling: „Eintritt“/„Beitritt“ 0.875, „Status“/„Stand“ 0.55. */
const MISSPELLING = 0.6;

/**
 * Pairs missing columns with the unknown headers that are most likely their misspellings, the most
 * alike pair first, each header used once.
 */
function misspellings(missing: readonly ColumnSpec[], unknown: readonly { index: number; header: string }[]): Map<string, { index: number; header: string }> {
  const pairs = missing
    .flatMap((spec) => unknown.map((cell) => ({ spec, cell, score: similarity(matchKey(spec.header), matchKey(cell.header)) })))
    .filter((pair) => pair.score >= MISSPELLING)
    .sort((a, b) => b.score - a.score);
  const result = new Map<string, { index: number; header: string }>();
  const used = new Set<number>();
  for (const { spec, cell } of pairs) {
    if (result.has(spec.key) || used.has(cell.index)) continue;
    result.set(spec.key, cell);
    used.add(cell.index);
  }
  return result;
}

/**
 * How alike two texts are, from 0 to 1: twice their longest common subsequence over their total
 * length (difflib's ratio, on whole texts).
 *
 * @example similarity("eintritt", "beitritt") // 0.875
 */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const charA of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) current[j] = charA === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    previous = current;
  }
  return (2 * previous[b.length]) / (a.length + b.length);
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
