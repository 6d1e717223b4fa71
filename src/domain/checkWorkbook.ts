import type { Finding } from "./finding";
import { compareFindings, uniqueFindings } from "./findingOrder";
import type { WorkbookGrids } from "./grid";
import type { PlainDate } from "./plainDate";
import { readRegisters } from "./readRegisters";
import type { Registers } from "./registers";
import { checkTextCharacters } from "./rules/textCharacterRules";
import { validateRegisters } from "./rules/validateRegisters";

/**
 * "Prüfen": reads every register and applies all validation rules; never throws. Findings come
 * sorted by sheet, row and column, each said once. A register that cannot be read (missing sheet
 * or required column) is one finding; the rules that need it stay silent until it is fixed.
 *
 * @example checkWorkbook(wb, "2026-05-01").findings[0] // { severity: "error", code: "pflichtfeld", sheet: "Mitglieder", row: 4, column: "Beitritt", cell: "D4", message: "…" }
 */
export function checkWorkbook(wb: WorkbookGrids, today: PlainDate): { registers: Registers; findings: Finding[] } {
  const { registers, findings, sheets } = readRegisters(wb);
  const all = [...findings, ...validateRegisters({ registers, sheets, today }), ...checkTextCharacters(wb)];
  return { registers, findings: uniqueFindings(all).sort(compareFindings) };
}
