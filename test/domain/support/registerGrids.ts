import type { RawCell, RawGrid, WorkbookGrids } from "../../../src/domain/grid";
import type { PlainDate } from "../../../src/domain/plainDate";
import { registerLayouts } from "../../../src/domain/layouts";
import type { RegisterName } from "../../../src/domain/registers";

/** A date cell as the adapters hand it over. */
export const d = (iso: string): RawCell => ({ date: iso as PlainDate });

export function grid(sheet: string, header: readonly RawCell[], rows: readonly (readonly RawCell[])[], headerRow = 1, firstColumn = 0): RawGrid {
  return { sheet, headerRow, firstColumn, header, rows };
}

const HEADERS = new Map(registerLayouts().map((layout) => [layout.name as RegisterName, layout.columns.map((c) => c.header)]));

/** Rows of a small, valid Rhein-Kreis-Neuss workbook (today = 2026-01-15), sheet by sheet, in the standard column order. */
export const VALID_ROWS: Record<RegisterName, RawCell[][]> = {
  Mitglieder: [
    ["Rhein-Kreis Neuss", null, "Kreis", d("2021-05-01"), null, "Nein", null, null],
    ["Stadt Grevenbroich", null, "Stadt", d("2021-05-01"), null, "Ja", "Rathaus Grevenbroich", null],
    ["Gemeinde Jüchen", null, "Gemeinde", d("2021-05-01"), null, "Ja", "Rathaus Jüchen", null],
    ["Stadt Kaarst", null, "Stadt", d("2021-05-01"), null, "Ja", "Bürgerhaus Kaarst", null],
  ],
  Kontakte: [
    ["Rhein-Kreis Neuss", "Frau", "Dr.", "Anna", "Beispiel", null, "anna@example.org", null, "Ansprechperson", "Ja"],
    ["Stadt Grevenbroich", "Herr", null, "Ben", "Muster", null, "ben@example.org", null, "Ansprechperson", "Ja"],
    ["Gemeinde Jüchen", null, null, "Alex", "Probe", null, "alex@example.org", null, "Ansprechperson", "Ja"],
    ["Stadt Kaarst", "Frau", null, "Cora", "Test", null, "cora@example.org", null, "Ansprechperson", "Ja"],
  ],
  Sitzungen: [
    ["2025-01", d("2025-09-11"), { time: "10:00" }, { time: "12:00" }, "Präsenz", "Stadt Grevenbroich", null, "Stadt Grevenbroich", null, null, "durchgeführt", null, null],
    ["2025-02", d("2025-11-13"), { time: "10:00" }, { time: "12:00" }, "Präsenz", "Gemeinde Jüchen", null, "Gemeinde Jüchen", null, null, "durchgeführt", null, null],
  ],
  Tagesordnung: [["2025-01", "1", "Begrüßung", null, 10]],
  Einstellungen: [
    ["Turnus", "vierteljährlich"],
    ["Vorsitz", "Stadt Kaarst"],
  ],
  Sperrzeiten: [[d("2026-07-13"), d("2026-08-25"), "Sommerferien"]],
  Anwesenheit: [
    ["2025-01", "Stadt Grevenbroich", "Ben Muster", "anwesend", null],
    ["2025-01", "Gemeinde Jüchen", "Alex Probe", "entschuldigt", "Urlaub"],
  ],
  Aufgaben: [["1", "2025-01", "1", "Förderaufruf an alle weiterleiten", "Stadt Grevenbroich (Ben Muster)", d("2026-03-01"), "offen", null]],
};

export const TODAY = "2026-01-15" as PlainDate;

/** The valid workbook with some sheets' rows replaced (or the sheet left out with `null`). */
export function workbook(rows: Partial<Record<RegisterName, RawCell[][] | null>> = {}, date1904 = false): WorkbookGrids {
  const grids: RawGrid[] = [];
  for (const [name, header] of HEADERS) {
    const sheetRows = name in rows ? rows[name] : VALID_ROWS[name];
    if (sheetRows) grids.push(grid(name, header, sheetRows));
  }
  return { date1904, grids };
}

/** One row of the valid Mitglieder/Kontakte/Sitzungen rows with some cells replaced by index. */
export function changed(name: RegisterName, index: number, cells: Record<number, RawCell>): RawCell[][] {
  return VALID_ROWS[name].map((row, i) => (i === index ? row.map((cell, j) => (j in cells ? cells[j] : cell)) : row));
}
