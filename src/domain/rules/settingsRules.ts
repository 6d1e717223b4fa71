import type { Finding } from "../finding";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { memberIndex } from "./memberIndex";

/**
 * Einstellungen against the registers: the Vorsitz is a member, and a Vorsitz exists when it keeps
 * the minutes.
 *
 * @example checkSettings(context)[0].code // "vorsitz-kein-mitglied"
 */
export const checkSettings: Rule = ({ registers: { members, settings }, sheets }) => {
  const sheet = sheets.settings;
  if (!sheet) return [];
  const findings: Finding[] = [];
  const chairRow = sheets.settingRows.chair;
  const index = memberIndex(members);
  if (settings.chair !== null && chairRow !== undefined && sheets.members && !index.byName.has(settings.chair) && !sheets.unreadMembers.has(settings.chair)) {
    findings.push(findingAt(sheet, chairRow, "value", "error", "vorsitz-kein-mitglied", `Vorsitz „${settings.chair}“ steht nicht im Blatt „Mitglieder“. Tragen Sie den Namen genau wie dort ein.${index.suggest(settings.chair)}`));
  }
  const keeperRow = sheets.settingRows.minutesKeeper;
  if (settings.minutesKeeper === "Vorsitz" && settings.chair === null && keeperRow !== undefined) {
    findings.push(findingAt(sheet, keeperRow, "value", "error", "vorsitz-fehlt", "Das Protokoll soll der Vorsitz führen, aber die Einstellung „Vorsitz“ ist leer. Tragen Sie den Vorsitz ein oder setzen Sie „Protokoll führt“ auf „Gastgeber“."));
  }
  return findings;
};
