import type { RawCell, WorkbookGrids } from "../domain/grid";
import type { RegisterLayout } from "../domain/layouts";
import type { RowUpdate } from "../domain/meetingCells";
import type { RegisterName, WorkbookSheet } from "../domain/registers";

/**
 * The register store port. Both adapters (Office.js Excel in the add-in, exceljs .xlsx files for the
 * CLI, the Word host and tests) implement it and hand the domain the same raw grids.
 */
export interface RegisterStore {
  /** Reads every register sheet that exists (a table on a sheet of the register's name, else the used range). One round trip. */
  read(): Promise<WorkbookGrids>;
  /**
   * Appends rows below the existing rows of a register (rows already in the table's column order,
   * as long as its header). Never changes an existing cell. One round trip.
   */
  append(register: RegisterName, rows: readonly (readonly RawCell[])[]): Promise<void>;
  /**
   * Overwrites single cells of existing rows, and no other cell. Every guard is checked first (rows
   * may have been sorted or inserted since the grids were read); if one fails, nothing is written.
   */
  update(register: RegisterName, rows: readonly RowUpdate[]): Promise<void>;
  /**
   * Creates the sheets/tables of the layouts that do not exist yet (headers, number formats,
   * drop-downs, initial rows); existing sheets and data stay untouched.
   * @returns the names of the registers that were created.
   */
  setUp(layouts: readonly RegisterLayout[]): Promise<WorkbookSheet[]>;
}
