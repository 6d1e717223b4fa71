import type { WorkbookGrids } from "./grid";
import { meetingCells } from "./meetingCells";

/** The cells of one meeting's row that "Als eingeladen markieren" needs. */
export interface MeetingStatusCell {
  /** Sheet name as written in the workbook. */
  readonly sheet: string;
  /** The meeting's Nr as read, to check before writing that the row still holds this meeting. */
  readonly nr: string;
  /** A1 address of the row's Nr cell. */
  readonly nrCell: string;
  /** A1 address of the row's Status cell. */
  readonly statusCell: string;
}

/**
 * Where the Status of a meeting is in the workbook: its Sitzungen row (the first with that Nr,
 * spaces around the Nr ignored) and the Status and Nr columns found by header name. `null` if no
 * readable row has the Nr or the sheet lacks one of the two columns.
 *
 * @example meetingStatusCell(wb, "2027-01") // { sheet: "Sitzungen", nr: "2027-01", nrCell: "A14", statusCell: "K14" }
 */
export function meetingStatusCell(wb: WorkbookGrids, nr: string): MeetingStatusCell | null {
  const place = meetingCells(wb, nr, { status: "eingeladen" });
  if (!place || place.updates.length === 0) return null;
  return { sheet: place.sheet, nr: place.nr, nrCell: place.nrCell, statusCell: place.updates[0].cell };
}
