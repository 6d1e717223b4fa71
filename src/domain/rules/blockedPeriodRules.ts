import { formatDateDe } from "../plainDate";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";

/**
 * Sperrzeiten: a period ends on or after its first day.
 *
 * @example checkBlockedPeriods(context)[0].code // "sperrzeit-bis-vor-von"
 */
export const checkBlockedPeriods: Rule = ({ registers: { blockedPeriods }, sheets }) => {
  const sheet = sheets.blockedPeriods;
  if (!sheet) return [];
  return blockedPeriods
    .filter((period) => period.to < period.from)
    .map((period) => findingAt(sheet, period.row, "to", "error", "sperrzeit-bis-vor-von", `„Bis“ (${formatDateDe(period.to)}) liegt vor „Von“ (${formatDateDe(period.from)}). Korrigieren Sie eines der beiden Daten.`));
};
