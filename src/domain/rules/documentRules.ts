import type { Finding } from "../finding";
import { ADDRESS_ZONE_LINES, memberAddressLines, RETURN_LINE_MAX } from "../letterAddress";
import { meetingAccess } from "../meetingAccess";
import { formatDateDe } from "../plainDate";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";

/** A letter's address block: the member's name and the person above the Anschrift. */
const LINES_ABOVE_ADDRESS = 2;

/**
 * What the letters and invitations need from the registers: every Anschrift fits the address zone
 * of a window envelope (with the member's name and the person, DIN 5008), the Rücksendeangabe fits
 * above it, and an online or hybrid meeting still to come tells how to join it.
 *
 * @example checkDocuments(context).map((f) => f.code) // ["anschrift-zu-lang", "zugang-fehlt"]
 */
export const checkDocuments: Rule = ({ registers: { members, meetings, settings }, sheets, today }) => {
  const findings: Finding[] = [];
  if (sheets.members) {
    for (const member of members) {
      const lines = memberAddressLines(member).length;
      if (lines + LINES_ABOVE_ADDRESS <= ADDRESS_ZONE_LINES) continue;
      findings.push(
        findingAt(sheets.members, member.row, "address", "warning", "anschrift-zu-lang",
          `Die Anschrift von „${member.name}“ hat ${lines} Zeilen; mit dem Namen des Mitglieds und der Person sind es ${lines + LINES_ABOVE_ADDRESS}, ` +
            `das Anschriftfeld eines Briefs (DIN 5008) fasst ${ADDRESS_ZONE_LINES}. Kürzen Sie die Anschrift auf höchstens ${ADDRESS_ZONE_LINES - LINES_ABOVE_ADDRESS} Zeilen (z. B. ohne Postfach oder Abteilung), sonst fehlen im Fensterumschlag Zeilen.`),
      );
    }
  }
  const returnRow = sheets.settingRows.returnAddress;
  if (sheets.settings && returnRow !== undefined && settings.returnAddress !== null && settings.returnAddress.length > RETURN_LINE_MAX) {
    findings.push(
      findingAt(sheets.settings, returnRow, "value", "warning", "ruecksendeangabe-zu-lang",
        `Die Rücksendeangabe hat ${settings.returnAddress.length} Zeichen; über das Anschriftfeld (85 mm) passen etwa ${RETURN_LINE_MAX}. Kürzen Sie sie, z. B. auf Name · Straße · PLZ Ort.`),
    );
  }
  if (sheets.meetings) {
    for (const meeting of meetings) {
      if (meeting.format === "Präsenz" || meeting.status === "abgesagt" || meeting.status === "durchgeführt" || meeting.date < today) continue;
      if (meetingAccess(meeting, settings) !== null) continue;
      findings.push(
        findingAt(sheets.meetings, meeting.row, "access", "warning", "zugang-fehlt",
          `Die Sitzung „${meeting.nr}“ am ${formatDateDe(meeting.date)} ist ${meeting.format === "Online" ? "eine Online-Sitzung" : "hybrid"}, aber es steht nirgends, wie man teilnimmt. ` +
            "Tragen Sie in der Spalte „Zugang“ Link, Meeting-ID und Einwahl ein, oder für einen festen Online-Raum die Einstellung „Zugang (Online)“."),
      );
    }
  }
  return findings;
};
