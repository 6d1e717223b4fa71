import { checkWorkbook } from "../../src/domain/checkWorkbook";
import { plainDateToSerial } from "../../src/domain/excelSerial";
import { columnLetter, type RawCell, type RawGrid } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import { addDays, type PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { timeToDayFraction } from "../../src/workbook/cellValues";
import { ExcelRegisterStore } from "../../src/workbook/excelStore";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import { installFakeOffice, type FakeCellValue, type FakeSheetState, type FakeWorkbookState } from "../fakes/officeFake";

/** Office.js round trips and the largest request/response of the task pane's commands. */
export interface SyncFigures {
  /** "Prüfen": read all registers, highlight the problem cells. */
  readonly pruefen: number;
  /** "Übernehmen": read all registers, append the planned meetings. */
  readonly uebernehmen: number;
  /** "Arbeitsmappe einrichten" on an empty workbook. */
  readonly einrichten: number;
  /** Largest payload (bytes, one direction) of any sync of "Übernehmen". */
  readonly uebernehmenMaxPayload: number;
  /** Largest payload of "Prüfen" (the read of every row dominates). */
  readonly pruefenMaxPayload: number;
}

export const TODAY = "2026-11-02" as PlainDate;
/** The year planned; the synthetic meetings run until a few months into 2027. */
export const PLAN_YEAR = 2028;

/**
 * Runs the task pane's commands against the strict Office fake on a workbook with `rows` meeting
 * rows (spread over 9,000 days from 01.01.2000) and counts the syncs.
 *
 * @example (await syncsPerCommand(10)).pruefen // 4
 */
export async function syncsPerCommand(rows: number): Promise<SyncFigures> {
  const office = installFakeOffice(workbookWithMeetings(rows));
  try {
    const store = new ExcelRegisterStore();
    office.resetCounters();
    const grids = await store.read();
    const { findings } = checkWorkbook(grids, TODAY);
    await store.highlight(findings.flatMap((f) => (f.cell ? [{ sheet: f.sheet, cell: f.cell, severity: f.severity }] : [])));
    const pruefen = office.syncCount;
    const pruefenMaxPayload = Math.max(...office.payloadBytes);

    office.resetCounters();
    const outcome = planWorkbook(await store.read(), PLAN_YEAR, TODAY);
    if (outcome.rows.length === 0) throw new Error(`Nichts geplant: ${outcome.blockers.map((b) => b.message).join(" ")}`);
    await store.append("Sitzungen", outcome.rows);
    const uebernehmen = office.syncCount;
    const uebernehmenMaxPayload = Math.max(...office.payloadBytes);
    office.uninstall();

    const empty = installFakeOffice({ date1904: false, sheets: [] });
    await new ExcelRegisterStore().setUp(registerLayouts());
    const einrichten = empty.syncCount;
    empty.uninstall();
    return { pruefen, uebernehmen, einrichten, uebernehmenMaxPayload, pruefenMaxPayload };
  } finally {
    office.uninstall();
  }
}

const SPREAD_DAYS = 9_000;

/** The synthetic register workbook (40 members) with `rows` meetings, each register a table on its sheet. */
export function workbookWithMeetings(rows: number): FakeWorkbookState {
  const base = syntheticWorkbook({ members: 40, contacts: 60, meetings: 0, lastYear: 2026 });
  const hosts = base.grids.find((g) => g.sheet === "Mitglieder")!.rows.map((r) => r[0] as string);
  const start = "2000-01-01" as PlainDate;
  const meetings: RawCell[][] = Array.from({ length: rows }, (_, i) => {
    // At most 9,000 days (until 2024): the planned year stays free whatever the number of rows.
    const date = addDays(start, Math.floor((i * Math.min(rows, SPREAD_DAYS)) / rows));
    const host = hosts[i % hosts.length];
    return [`M-${i + 1}`, { date }, { time: "10:00" }, { time: "12:00" }, "Online", host, "Online", host, `Thema ${i + 1}`, null, date < TODAY ? "durchgeführt" : "geplant", null];
  });
  const header = registerLayouts().find((l) => l.name === "Sitzungen")!.columns.map((c) => c.header);
  const grids = [...base.grids.filter((g) => g.sheet !== "Sitzungen"), { sheet: "Sitzungen", headerRow: 1, firstColumn: 0, header, rows: meetings }];
  return { date1904: false, sheets: grids.map((g) => fakeSheetFromGrid(g, `tbl${g.sheet}`, false)) };
}

/**
 * A fake sheet holding a grid as Excel would: dates as serials with a date format, times as day
 * fractions, the whole grid inside a table named `table` (null: a plain range).
 */
export function fakeSheetFromGrid(grid: RawGrid, table: string | null, date1904: boolean): FakeSheetState {
  const formats: Record<string, { numberFormat: string }> = {};
  const cells: FakeCellValue[][] = [];
  [grid.header, ...grid.rows].forEach((row, i) => {
    const r = grid.headerRow - 1 + i;
    cells[r] = [];
    row.forEach((cell, j) => {
      const c = grid.firstColumn + j;
      const { value, numberFormat } = fakeCell(cell, date1904);
      cells[r][c] = value;
      if (numberFormat) formats[`${columnLetter(c)}${r + 1}`] = { numberFormat };
    });
  });
  const width = grid.header.length;
  const bottom = grid.headerRow + Math.max(grid.rows.length, 1);
  const address = `${columnLetter(grid.firstColumn)}${grid.headerRow}:${columnLetter(grid.firstColumn + width - 1)}${bottom}`;
  return { name: grid.sheet, cells, tables: table ? [{ name: table, address }] : [], formats };
}

function fakeCell(cell: RawCell, date1904: boolean): { value: FakeCellValue; numberFormat?: string } {
  if (cell === null || typeof cell !== "object") return { value: cell };
  if ("date" in cell) return { value: plainDateToSerial(cell.date, date1904), numberFormat: "dd.mm.yyyy" };
  if ("time" in cell) return { value: timeToDayFraction(cell.time), numberFormat: "hh:mm" };
  return { value: cell.error };
}
