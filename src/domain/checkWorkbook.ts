import type { Finding } from "./finding";
import { compareFindings } from "./findingOrder";
import type { WorkbookGrids } from "./grid";
import type { PlainDate } from "./plainDate";
import { readRegisters } from "./readRegisters";
import type { Registers } from "./registers";
import { checkTextCharacters } from "./rules/textCharacterRules";
import { validateRegisters } from "./rules/validateRegisters";

/**
 * "Prüfen": reads every register and applies all validation rules; never throws. Findings come
 * sorted by sheet, row and column.
 *
 * @example checkWorkbook(wb, "2026-05-01").findings[0] // { severity: "error", code: "pflichtfeld", sheet: "Mitglieder", row: 4, column: "Beitritt", cell: "D4", message: "…" }
 */
export function checkWorkbook(wb: WorkbookGrids, today: PlainDate): { registers: Registers; findings: Finding[] } {
  const { registers, findings, sheets } = readRegisters(wb);
  const all = [...findings, ...validateRegisters({ registers, sheets, today }), ...checkTextCharacters(wb)];
  return { registers, findings: all.sort(compareFindings) };
}
