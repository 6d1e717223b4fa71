import type { Finding } from "../finding";
import { isMemberOn } from "../isMemberOn";
import { matchKey } from "../matchKey";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { laterDuplicates } from "./duplicates";
import { memberIndex } from "./memberIndex";

/** The letter of intent: each member names one or two contact persons. */
const MAX_CONTACT_PERSONS = 2;

/**
 * Kontakte: unique E-Mail (case-insensitive), only known members; every member that belongs to the
 * alliance today has one or two active Ansprechpersonen (reported on the member's row).
 *
 * @example checkContacts(context).map((f) => f.code) // ["email-doppelt", "ansprechperson-fehlt"]
 */
export const checkContacts: Rule = ({ registers: { members, contacts }, sheets, today }) => {
  const sheet = sheets.contacts;
  if (!sheet) return [];
  const findings: Finding[] = [];
  for (const { item, first } of laterDuplicates(contacts, (c) => matchKey(c.email))) {
    findings.push(findingAt(sheet, item.row, "email", "error", "email-doppelt", `Die E-Mail-Adresse „${item.email}“ steht schon in Zeile ${first.row}. Jede Adresse darf nur einmal vorkommen; löschen Sie die doppelte Zeile oder korrigieren Sie die Adresse.`));
  }
  const index = memberIndex(members);
  const contactPersons = new Map<string, number>();
  // Without a readable Mitglieder sheet every name would be "unknown": its own finding says why.
  const membersRead = sheets.members !== null;
  for (const contact of contacts) {
    if (!membersRead || sheets.unreadMembers.has(contact.member)) continue;
    if (!index.byName.has(contact.member)) {
      findings.push(findingAt(sheet, contact.row, "member", "error", "mitglied-unbekannt", `„${contact.member}“ steht nicht im Blatt „Mitglieder“. Tragen Sie den Namen genau wie dort ein.${index.suggest(contact.member)}`));
    } else if (contact.active && contact.role === "Ansprechperson") {
      contactPersons.set(contact.member, (contactPersons.get(contact.member) ?? 0) + 1);
    }
  }
  const memberSheet = sheets.members;
  if (!memberSheet) return findings;
  // A repeated member is reported by the member rules; asking it for contacts again would be noise.
  const seen = new Set<string>();
  for (const member of members) {
    const key = matchKey(member.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!isMemberOn(member, today)) continue;
    const count = contactPersons.get(member.name) ?? 0;
    if (count === 0) {
      findings.push(findingAt(memberSheet, member.row, "name", "error", "ansprechperson-fehlt", `„${member.name}“ hat keine aktive Ansprechperson. Tragen Sie im Blatt „Kontakte“ eine Person mit Rolle „Ansprechperson“ und Aktiv „Ja“ ein.`));
    } else if (count > MAX_CONTACT_PERSONS) {
      findings.push(findingAt(memberSheet, member.row, "name", "warning", "ansprechpersonen-zu-viele", `„${member.name}“ hat ${count} aktive Ansprechpersonen; vereinbart sind eine oder zwei. Setzen Sie weitere Personen im Blatt „Kontakte“ auf Rolle „Vertretung“ oder „Verteiler“.`));
    }
  }
  return findings;
};
