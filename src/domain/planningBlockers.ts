import type { Finding } from "./finding";
import { matchKey } from "./matchKey";
import { MEETING_COLUMNS } from "./registers";

/** German, for the plan view: why some errors stop "Nächstes Jahr planen" and others do not. */
export const PLANNING_BLOCKER_EXPLANATION =
  "Geplant werden kann erst, wenn diese Fehler behoben sind: Sie betreffen die Blätter „Mitglieder“, „Einstellungen“ oder „Sperrzeiten“ " +
  "oder Pflichtangaben im Blatt „Sitzungen“ (Nr, Datum, Format, Gastgeber, Protokoll, Status). Solche Fehler würden die " +
  "Gastgeber-Reihenfolge oder die Termine verfälschen. Fehler bei Kontakten und in der Tagesordnung verhindern die Planung nicht.";

/** Sheets whose every error changes the ring, the dates or the settings of planning. */
const PLANNING_SHEETS = new Set(["mitglieder", "einstellungen", "sperrzeiten", "gremien"]);
/** Errors reported on the Mitglieder sheet that are about contacts, not about planning. */
const CONTACT_CODES = new Set(["ansprechperson-fehlt"]);
const REQUIRED_MEETING_HEADERS = new Set(MEETING_COLUMNS.filter((c) => c.required).map((c) => matchKey(c.header)));
/** Sitzungen errors in required columns that leave the rows usable for the rotation and the dates. */
const HARMLESS_MEETING_CODES = new Set(["nr-doppelt", "protokoll-kein-mitglied", "gastgeber-nicht-mitglied-am-datum", "protokoll-nicht-mitglied-am-datum", "durchgefuehrt-in-zukunft"]);

/**
 * Whether an error makes planning meaningless (see {@link PLANNING_BLOCKER_EXPLANATION}): a missing
 * Mitglieder or Sitzungen sheet or required column, any error on Mitglieder (except missing contact
 * persons), Einstellungen or Sperrzeiten, and Sitzungen errors that drop a row or break the rotation.
 *
 * @example isPlanningBlocker({ severity: "error", code: "gastgeber-kein-mitglied", sheet: "Sitzungen", … }) // true
 * @example isPlanningBlocker({ severity: "error", code: "email-doppelt", sheet: "Kontakte", … }) // false
 */
export function isPlanningBlocker(finding: Finding): boolean {
  if (finding.severity !== "error") return false;
  const sheet = matchKey(finding.sheet);
  if (PLANNING_SHEETS.has(sheet)) return !CONTACT_CODES.has(finding.code);
  if (sheet !== "sitzungen") return false;
  if (["blatt-fehlt", "spalte-fehlt", "gastgeber-kein-mitglied", "gremium-unbekannt", "gremium-spalte-fehlt"].includes(finding.code)) return true;
  return finding.column !== null && REQUIRED_MEETING_HEADERS.has(matchKey(finding.column)) && !HARMLESS_MEETING_CODES.has(finding.code);
}
