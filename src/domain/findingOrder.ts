import type { Finding } from "./finding";
import { matchKey } from "./matchKey";
import { WORKBOOK_SHEETS } from "./registers";

const SHEET_ORDER = new Map(WORKBOOK_SHEETS.map((name, i) => [matchKey(name), i]));

/**
 * Order of findings in lists: by register sheet (as WORKBOOK_SHEETS, other sheets last), then Excel
 * row, then column; findings about a whole sheet or row come first.
 *
 * @example [...findings].sort(compareFindings)
 */
export function compareFindings(a: Finding, b: Finding): number {
  return sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0) || columnRank(a) - columnRank(b);
}

function sheetRank(finding: Finding): number {
  return SHEET_ORDER.get(matchKey(finding.sheet)) ?? WORKBOOK_SHEETS.length;
}

/** Column number of the finding's A1 cell (A = 1), 0 without a cell. */
function columnRank(finding: Finding): number {
  const letters = /^[A-Z]+/.exec(finding.cell ?? "")?.[0] ?? "";
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}
