import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";

/**
 * Tagesordnung: every item belongs to a meeting Nr of the Sitzungen sheet.
 *
 * @example checkAgenda(context)[0].code // "sitzung-unbekannt"
 */
export const checkAgenda: Rule = ({ registers: { agenda, meetings }, sheets }) => {
  const sheet = sheets.agenda;
  if (!sheet || !sheets.meetings) return [];
  const numbers = new Set(meetings.map((m) => m.nr));
  return agenda
    .filter((item) => !numbers.has(item.meeting))
    .map((item) => findingAt(sheet, item.row, "meeting", "warning", "sitzung-unbekannt", `Die Sitzung „${item.meeting}“ steht nicht im Blatt „Sitzungen“. Tragen Sie die Nr der Sitzung genau wie dort ein.`));
};
