import { matchKey } from "../matchKey";
import { formatDateDe } from "../plainDate";
import { findingAt } from "../sheetColumns";
import type { Finding } from "../finding";
import type { Rule } from "./checkContext";
import { laterDuplicates } from "./duplicates";

/**
 * Mitglieder: a name only once, Kurznamen unique (they order the host ring), Austritt not before
 * Beitritt.
 *
 * @example checkMembers(context)[0].code // "mitglied-doppelt"
 */
export const checkMembers: Rule = ({ registers: { members }, sheets }) => {
  const sheet = sheets.members;
  if (!sheet) return [];
  const findings: Finding[] = [];
  for (const { item, first } of laterDuplicates(members, (m) => matchKey(m.name))) {
    findings.push(findingAt(sheet, item.row, "name", "error", "mitglied-doppelt", `„${item.name}“ steht schon in Zeile ${first.row}. Jedes Mitglied darf nur einmal vorkommen; löschen Sie eine der Zeilen oder ändern Sie den Namen.`));
  }
  for (const { item, first } of laterDuplicates(members, (m) => matchKey(m.shortName))) {
    // A repeated member is reported above already.
    if (matchKey(item.name) === matchKey(first.name)) continue;
    findings.push(findingAt(sheet, item.row, "shortName", "error", "kurzname-doppelt", `Der Kurzname „${item.shortName}“ gehört schon zu „${first.name}“ (Zeile ${first.row}). Die Gastgeber-Reihenfolge braucht eindeutige Kurznamen; tragen Sie in der Spalte „Kurzname“ einen anderen ein.`));
  }
  for (const member of members) {
    if (member.left !== null && member.left < member.joined) {
      findings.push(findingAt(sheet, member.row, "left", "error", "austritt-vor-beitritt", `Der Austritt (${formatDateDe(member.left)}) liegt vor dem Beitritt (${formatDateDe(member.joined)}). Korrigieren Sie eines der beiden Daten.`));
    }
  }
  return findings;
};
