import { cellAddress, type RawCell, type WorkbookGrids } from "./grid";
import { MeetingChangeError, type MeetingChange, type MeetingFields } from "./meetingChange";
import { meetingByNr } from "./meetingChoice";
import { readRegisters } from "./readRegisters";
import { MEETING_COLUMNS } from "./registers";
import { rowFor } from "./rowFor";

/** One cell to write: its A1 address on the register's sheet and the new value. */
export interface CellUpdate {
  readonly cell: string;
  readonly value: RawCell;
}

/** Cells of one register row to overwrite, guarded: `guard.cell` must still hold `guard.text` (the row's Nr). */
export interface RowUpdate {
  readonly guard: { readonly cell: string; readonly text: string };
  readonly updates: readonly CellUpdate[];
}

/** The cells of one meeting's row to change, and how to make sure the row still holds the meeting. */
export interface MeetingCells {
  /** Sheet name as written in the workbook. */
  readonly sheet: string;
  /** The meeting's Nr as read, to check before writing that the row still holds this meeting. */
  readonly nr: string;
  /** A1 address of the row's Nr cell. */
  readonly nrCell: string;
  readonly updates: readonly CellUpdate[];
  /** Headers of changed fields whose column the sheet lacks (nothing can be written there). */
  readonly missing: readonly string[];
}

/**
 * Where the given fields of a meeting are in the workbook and what to write there: its Sitzungen
 * row (the first with that Nr, spaces ignored), columns found by header name, values as the
 * planner writes them (dates as date cells, times as time cells). `null` if no readable row has
 * the Nr or the sheet has no Nr column.
 *
 * @example meetingCells(wb, "2027-01", { status: "abgesagt" })?.updates // [{ cell: "K14", value: "abgesagt" }]
 */
export function meetingCells(wb: WorkbookGrids, nr: string, fields: MeetingFields): MeetingCells | null {
  const { registers, sheets } = readRegisters(wb);
  const columns = sheets.meetings;
  const meeting = meetingByNr(registers.meetings, nr);
  const nrColumn = columns?.columns.get("nr");
  if (!columns || !meeting || !nrColumn) return null;
  const rowIndex = meeting.row - columns.headerRow - 1;
  const specs = MEETING_COLUMNS.filter((spec) => spec.key in fields);
  const updates: CellUpdate[] = [];
  const missing: string[] = [];
  for (const spec of specs) {
    const column = columns.columns.get(spec.key);
    if (!column) {
      missing.push(spec.header);
      continue;
    }
    const [value] = rowFor([spec.header], [spec], fields);
    updates.push({ cell: cellAddress(columns, rowIndex, column.index), value });
  }
  return { sheet: columns.sheet, nr: meeting.nr, nrCell: cellAddress(columns, rowIndex, nrColumn.index), updates, missing };
}

/**
 * The Sitzungen row updates of meeting changes, for `store.update("Sitzungen", …)`, each guarded by
 * the row's Nr. A meeting not found, or a changed field without its column (say, no Hinweis
 * column), is a {@link MeetingChangeError}: then nothing should be written.
 *
 * @example meetingRowUpdates(wb, [cancelMeeting(meetings, "2027-02", null, today)])[0].guard // { cell: "A15", text: "2027-02" }
 */
export function meetingRowUpdates(wb: WorkbookGrids, changes: readonly Pick<MeetingChange, "nr" | "fields">[]): RowUpdate[] {
  return changes.map((change) => {
    const place = meetingCells(wb, change.nr, change.fields);
    if (!place) throw new MeetingChangeError(`Die Sitzung „${change.nr}“ wurde im Blatt „Sitzungen“ nicht gefunden.`);
    if (place.missing.length > 0) throw new MeetingChangeError(`Im Blatt „${place.sheet}“ fehlt die Spalte „${place.missing.join("“, „")}“. Bitte die Spalte ergänzen; es wurde nichts geändert.`);
    return { guard: { cell: place.nrCell, text: place.nr }, updates: place.updates };
  });
}
