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

/**
 * The findings without repeats: findings that say the same thing about the same cell (or sheet)
 * are one finding, the first kept.
 *
 * @example uniqueFindings([f, { ...f }]).length // 1
 */
export function uniqueFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([matchKey(f.sheet), f.row, f.cell, f.severity, f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
