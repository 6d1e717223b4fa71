import type { Finding } from "../finding";
import { matchKey } from "../matchKey";
import { meetingByNr } from "../meetingChoice";
import { formatDateDe } from "../plainDate";
import { parseResponsible } from "../responsible";
import { findingAt } from "../sheetColumns";
import type { Rule } from "./checkContext";
import { laterDuplicates } from "./duplicates";
import { memberIndex } from "./memberIndex";

/**
 * Aufgaben: unique Nr; the meeting is in Sitzungen; Verantwortlich names a member (people in
 * parentheses after it); open tasks past their Frist are overdue; done tasks say when.
 *
 * @example checkTasks(context).map((f) => f.code) // ["aufgabe-ueberfaellig"]
 */
export const checkTasks: Rule = ({ registers: { tasks, meetings, members }, sheets, today }) => {
  const sheet = sheets.tasks;
  if (!sheet || !sheets.meetings) return [];
  const index = memberIndex(members);
  const findings: Finding[] = [];
  for (const { item, first } of laterDuplicates(tasks, (t) => matchKey(t.nr))) {
    findings.push(findingAt(sheet, item.row, "nr", "error", "nr-doppelt", `Die Nr „${item.nr}“ steht schon in Zeile ${first.row}. Jede Aufgabe braucht eine eigene Nr; vergeben Sie eine neue.`));
  }
  for (const task of tasks) {
    if (!meetingByNr(meetings, task.meeting)) {
      findings.push(findingAt(sheet, task.row, "meeting", "warning", "sitzung-unbekannt", `Die Sitzung „${task.meeting}“ steht nicht im Blatt „Sitzungen“. Tragen Sie die Nr der Sitzung genau wie dort ein.`));
    }
    const { member } = parseResponsible(task.responsible);
    // While Mitglieder cannot be read, its own findings name the cause; no cascade here.
    if (sheets.members !== null && !sheets.unreadMembers.has(member) && !index.byName.has(member)) {
      findings.push(findingAt(sheet, task.row, "responsible", "warning", "verantwortlich-unbekannt", `„${member}“ steht nicht im Blatt „Mitglieder“. Tragen Sie das Mitglied genau wie dort ein, eine Person in Klammern dahinter: „Stadt Kaarst (Cora Test)“.${index.suggest(member)}`));
    }
    if (task.status === "offen" && task.due !== null && task.due < today) {
      findings.push(findingAt(sheet, task.row, "due", "warning", "aufgabe-ueberfaellig", `Die Aufgabe ${task.nr} („${task.task}“) war bis ${formatDateDe(task.due)} fällig und ist noch offen. Fragen Sie bei ${task.responsible} nach oder setzen Sie eine neue Frist.`));
    }
    if (task.status === "erledigt" && task.doneOn === null) {
      findings.push(findingAt(sheet, task.row, "doneOn", "warning", "erledigt-ohne-datum", `Die Aufgabe ${task.nr} ist erledigt, aber „Erledigt am“ ist leer. Tragen Sie das Datum ein, damit der Jahresbericht sie zählt.`));
    }
  }
  return findings;
};
