import { cancelMeeting } from "../domain/cancelMeeting";
import { checkWorkbook } from "../domain/checkWorkbook";
import { expectedAttendees } from "../domain/expectedAttendees";
import type { Finding } from "../domain/finding";
import type { WorkbookGrids } from "../domain/grid";
import { applyChanges, MeetingChangeError, type MeetingChange } from "../domain/meetingChange";
import { meetingRowUpdates } from "../domain/meetingCells";
import { meetingByNr } from "../domain/meetingChoice";
import { moveMeeting } from "../domain/moveMeeting";
import { formatDateDe, formatDateWithWeekdayDe, parsePlainDate } from "../domain/plainDate";
import { findGrid } from "../domain/readRegisters";
import { recomputeHosts, type HostChange } from "../domain/recomputeHosts";
import { ATTENDANCE_COLUMNS, type Attendance, type Meeting, type Registers } from "../domain/registers";
import { rowFor } from "../domain/rowFor";
import { DocumentInputError } from "../documents/documentInputError";
import { CHANGE_TEMPLATE, type ChangeMailingKind } from "../documents/mailing";
import { chosenBody } from "../documents/chosenBody";
import { yearReportDocx, yearReportFileName } from "../documents/yearReportDocx";
import { bodyYearReports } from "../domain/yearReport";
import { todayInGermany } from "../workbook/today";
import { h, replaceChildren } from "./dom";
import { canDownload, downloadFile } from "./download";
import type { DocumentResult } from "./documentsProtocol";
import { askDocumentsWorker } from "./documentsWorkerClient";
import { errorMessage } from "./errorMessage";
import { countText, findingList } from "./findingList";
import { bodyPicker, meetingLabel, meetingPicker, yearPicker, type TargetMemory } from "./targetPicker";
import { meetingPreviewTable } from "./previewTable";
import { runAction, viewSection, type View, type ViewContext } from "./view";

/** runAction with the German messages of refused changes. */
const act = (button: HTMLButtonElement, output: HTMLElement, action: () => Promise<void>) => runAction(button, output, action, describe);

/*
 * "Sitzungen verwalten": what happens to a meeting after it is planned. Absagen and Verschieben
 * change only the meeting's cells (and download the mailing), the host recomputation shows a
 * preview before it changes rows still `geplant`, "Anwesenheit erfassen" appends one row per
 * expected person in one batch, and the Jahresbericht is a download. Every action reads the
 * workbook afresh, so it works on what is in the sheets now.
 */

/** A change the registers refuse (already cancelled, no Absender-E-Mail, …) says why in German; anything else as elsewhere. */
function describe(error: unknown): string {
  if (error instanceof MeetingChangeError) return error.message;
  // The mailing is made before any cell is written: when it cannot be made, nothing changed.
  if (error instanceof DocumentInputError) return `${error.message} In der Arbeitsmappe wurde nichts geändert.`;
  return errorMessage(error);
}

export const meetingView: View = (context) => {
  const section = viewSection(
    "sitzungen",
    "Sitzungen verwalten",
    "Eine Sitzung absagen oder verschieben (mit Serienbrief, Mail-Entwürfen und Kalender-Update), die Gastgeber der geplanten Sitzungen neu berechnen, die Anwesenheit erfassen und den Jahresbericht erstellen.",
  );
  const body = h("div", { class: "output", "aria-busy": "true" }, h("p", { class: "hint" }, "Die Sitzungen werden gelesen …"));
  section.append(body);
  context.store.read().then(
    (grids) => {
      body.removeAttribute("aria-busy");
      replaceChildren(body, ...content(grids, context));
    },
    (error: unknown) => {
      body.removeAttribute("aria-busy");
      replaceChildren(body, h("p", { class: "message message-error", role: "alert" }, errorMessage(error)));
    },
  );
  return section;
};

/** The registers as they are now, with the findings of a check as of today. */
async function current(context: ViewContext): Promise<{ grids: WorkbookGrids; registers: Registers; findings: Finding[] }> {
  const grids = await context.store.read();
  return { grids, ...checkWorkbook(grids, todayInGermany()) };
}

function content(grids: WorkbookGrids, context: ViewContext): HTMLElement[] {
  const { registers } = checkWorkbook(grids, todayInGermany());
  if (registers.meetings.length === 0) return [h("p", { class: "message message-info" }, "Im Blatt „Sitzungen“ steht noch keine Sitzung. Planen Sie zuerst mit „Nächstes Jahr planen“.")];
  const memory: TargetMemory = { nr: null, year: null };
  const picker = meetingPicker("sitzungen-sitzung", registers.meetings, memory);
  const nr = () => picker.select.value;
  // The picker names date and status: after a change its entry says what the sheet now says.
  const relabel = (meeting: Meeting) => {
    const option = [...picker.select.options].find((o) => o.value === meeting.nr);
    if (option) option.textContent = meetingLabel(meeting);
  };
  const groups = [cancelGroup(nr, relabel, context), moveGroup(nr, relabel, context), hostGroup(context), attendanceGroup(nr, context), reportGroup(registers, memory, context)];
  // A result belongs to the meeting it was made for.
  picker.select.addEventListener("change", () => groups.forEach((g) => g.reset()));
  return [picker.field, ...groups.map((g) => g.element)];
}

interface Group {
  readonly element: HTMLElement;
  reset(): void;
}

function group(id: string, title: string, ...children: (HTMLElement | string)[]): { element: HTMLElement; output: HTMLElement } {
  const output = h("div", { class: "output" });
  const element = h("section", { class: "documents-group", "aria-labelledby": id }, h("h3", { id }, title), ...children, output);
  return { element, output };
}

function cancelGroup(nr: () => string, relabel: (meeting: Meeting) => void, context: ViewContext): Group {
  const reason = h("input", { type: "text", id: "sitzungen-grund", autocomplete: "off" });
  const button = h("button", { type: "button", class: "primary" }, "Absagen");
  const { element, output } = group("sitzungen-absagen", "Absagen", h("div", { class: "form-row form-row-wide" }, h("label", { for: "sitzungen-grund" }, "Grund (optional)"), reason), h("div", { class: "actions" }, button));
  button.addEventListener("click", () =>
    act(button, output, async () => {
      const { grids, registers } = await current(context);
      const change = cancelMeeting(registers.meetings, nr(), reason.value.trim() || null, todayInGermany());
      relabel(await applyChange("absage", change, grids, registers, output, context, { reason: reason.value.trim() || null }));
    }),
  );
  return { element, reset: () => replaceChildren(output) };
}

function moveGroup(nr: () => string, relabel: (meeting: Meeting) => void, context: ViewContext): Group {
  const date = h("input", { type: "date", id: "sitzungen-datum", required: true });
  const start = h("input", { type: "time", id: "sitzungen-beginn" });
  const venue = h("input", { type: "text", id: "sitzungen-ort", autocomplete: "off" });
  const check = h("button", { type: "button", class: "secondary" }, "Termin prüfen");
  const { element, output } = group(
    "sitzungen-verschieben",
    "Verschieben",
    h("div", { class: "form-row" }, h("label", { for: "sitzungen-datum" }, "Neues Datum"), date),
    h("div", { class: "form-row" }, h("label", { for: "sitzungen-beginn" }, "Neuer Beginn (optional)"), start),
    h("div", { class: "form-row form-row-wide" }, h("label", { for: "sitzungen-ort" }, "Neuer Ort (optional)"), venue),
    h("div", { class: "actions" }, check),
  );
  // The date is checked first (blocked days, other meetings): warnings, then the user decides.
  check.addEventListener("click", () =>
    act(check, output, async () => {
      const target = parsePlainDate(date.value);
      if (target === null) {
        replaceChildren(output, h("p", { class: "message message-error", role: "alert" }, "Bitte ein neues Datum wählen."));
        return;
      }
      const { grids, registers } = await current(context);
      const change = moveMeeting(registers, nr(), { date: target, ...(start.value ? { start: start.value } : {}), ...(venue.value.trim() ? { venue: venue.value.trim() } : {}) }, todayInGermany());
      const confirm = h("button", { type: "button", class: "primary" }, `Auf ${formatDateDe(target)} verschieben`);
      const result = h("div", { class: "output" });
      confirm.addEventListener("click", () => act(confirm, result, () => applyChange("verschiebung", change, grids, registers, result, context, {}).then((meeting) => {
            relabel(meeting);
            confirm.remove();
          })));
      const warnings = change.findings.length === 0 ? h("p", { class: "message message-success" }, `Der neue Termin (${formatDateWithWeekdayDe(target)}) ist frei: kein Feiertag, keine Sperrzeit, keine andere Sitzung.`) : findingList(change.findings, context, "h4");
      replaceChildren(output, warnings, h("div", { class: "actions" }, confirm), result);
      context.announce(change.findings.length === 0 ? "Der neue Termin ist frei." : `${countText(change.findings.length, "Warnung", "Warnungen")} zum neuen Termin.`);
    }),
  );
  return { element, reset: () => replaceChildren(output) };
}

/** What the downloaded zip of a change holds, given "12 Mail-Entwürfe". */
const CHANGE_CONTENTS: Record<ChangeMailingKind, (mails: string) => string> = {
  absage: (mails) => `Absagebrief (Serienbrief), Kalender-Absage, Empfängerliste und ${mails}`,
  verschiebung: (mails) => `Serienbrief mit der Einladung zum neuen Termin, Kalendereinladung, Empfängerliste und ${mails}`,
};

/**
 * Writes a change into the meeting's cells (guarded by its Nr, one batch) and downloads the
 * mailing (where the platform can download). Returns the meeting as it is now.
 */
async function applyChange(kind: ChangeMailingKind, change: MeetingChange, grids: WorkbookGrids, registers: Registers, output: HTMLElement, context: ViewContext, options: { reason?: string | null }): Promise<Meeting> {
  const after = applyChanges(registers, [change]);
  // The mailing first: if it cannot be made (no Absender-E-Mail, no recipients, a faulty own template), nothing is changed.
  const mailing = canDownload() ? await changeMailingOf(kind, change, grids, options.reason ?? null, output, context) : null;
  await context.store.update("Sitzungen", meetingRowUpdates(grids, [change]));
  if (mailing) downloadFile(mailing.file);
  const done = kind === "absage" ? "abgesagt" : "verschoben";
  const message = `Die Sitzung ${change.nr} ist ${done}; im Blatt „Sitzungen“ wurden ${countText(Object.keys(change.fields).length, "Zelle", "Zellen")} geändert.`;
  const mailText = mailing
    ? `„${mailing.file.name}“ ist heruntergeladen: ${CHANGE_CONTENTS[kind](countText(mailing.mails, "Mail-Entwurf", "Mail-Entwürfe"))}.`
    : `Auf diesem Rechner kann der Aufgabenbereich keine Dateien herunterladen. Serienbrief und Mail-Entwürfe erstellt die Kommandozeile: allianz ${kind === "absage" ? "absagen" : "verschieben"} … --sitzung ${change.nr}`;
  const hosts = recomputeHosts(after, todayInGermany());
  replaceChildren(
    output,
    h("p", { class: "message message-success", role: "status" }, message),
    h("p", { class: "hint" }, mailText),
    hosts.length > 0 && h("p", { class: "message message-info" }, `Nach der Gastgeber-Reihenfolge hätten ${countText(hosts.length, "geplante Sitzung", "geplante Sitzungen")} jetzt einen anderen Gastgeber. Siehe „Gastgeber neu berechnen“.`),
    ...(mailing && mailing.findings.length > 0 ? [findingList(mailing.findings, context, "h4")] : []),
  );
  context.announce(message);
  return meetingByNr(after.meetings, change.nr) as Meeting;
}

/**
 * The change's mailing, made by the documents worker from the registers as read before the change
 * (serial letter from the workbook's own template of the kind, else the default): the same files
 * as the command line's. Fails with the worker's German message.
 */
async function changeMailingOf(kind: ChangeMailingKind, change: MeetingChange, grids: WorkbookGrids, reason: string | null, output: HTMLElement, context: ViewContext): Promise<DocumentResult> {
  replaceChildren(output, h("p", { class: "hint loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Serienbrief und Mail-Entwürfe werden erstellt …"));
  const own = (await context.store.loadTemplates()).find((t) => t.kind === CHANGE_TEMPLATE[kind]);
  const request = { type: "change", kind, grids, change: { nr: change.nr, fields: change.fields }, reason, today: todayInGermany(), stamp: new Date().toISOString() } as const;
  const reply = await askDocumentsWorker(own ? { ...request, template: own.bytes } : request, () => undefined);
  if (reply.type !== "done") throw new DocumentInputError(reply.type === "failed" ? reply.message : "Serienbrief und Mail-Entwürfe konnten nicht erstellt werden.");
  return reply.result;
}

function hostGroup(context: ViewContext): Group {
  const preview = h("button", { type: "button", class: "secondary" }, "Vorschau");
  const { element, output } = group(
    "sitzungen-gastgeber",
    "Gastgeber neu berechnen",
    h("p", { class: "hint" }, "Eine abgesagte Sitzung verbraucht keinen Gastgeber-Turnus. Hier werden nur Sitzungen mit Status „geplant“ ab heute neu verteilt; eingeladene und spätere bleiben, wie sie sind."),
    h("div", { class: "actions" }, preview),
  );
  preview.addEventListener("click", () =>
    act(preview, output, async () => {
      const { grids, registers } = await current(context);
      const changes = recomputeHosts(registers, todayInGermany());
      if (changes.length === 0) {
        replaceChildren(output, h("p", { class: "message message-info" }, "Die Gastgeber der geplanten Sitzungen stimmen mit der Reihenfolge überein."));
        context.announce("Keine Änderung der Gastgeber nötig.");
        return;
      }
      const apply = h("button", { type: "button", class: "primary" }, `${countText(changes.length, "Sitzung", "Sitzungen")} übernehmen`);
      const result = h("div", { class: "output" });
      apply.addEventListener("click", () =>
        act(apply, result, async () => {
          const fresh = await current(context);
          if (JSON.stringify(recomputeHosts(fresh.registers, todayInGermany())) !== JSON.stringify(changes)) {
            replaceChildren(result, h("p", { class: "message message-warning", role: "alert" }, "Die Arbeitsmappe hat sich seit der Vorschau geändert. Es wurde nichts geändert. Bitte die Vorschau erneut erstellen."));
            return;
          }
          await context.store.update("Sitzungen", meetingRowUpdates(grids, changes));
          apply.remove();
          const message = `Gastgeber von ${countText(changes.length, "Sitzung", "Sitzungen")} geändert.`;
          replaceChildren(result, h("p", { class: "message message-success" }, message));
          context.announce(message);
        }),
      );
      replaceChildren(output, hostTable(changes), h("div", { class: "actions" }, apply), result);
      context.announce(`Vorschau: ${countText(changes.length, "Sitzung bekommt", "Sitzungen bekommen")} einen anderen Gastgeber.`);
    }),
  );
  return { element, reset: () => undefined };
}

function hostTable(changes: readonly HostChange[]): HTMLElement {
  return meetingPreviewTable("sitzungen-gastgeber-vorschau", "Neue Gastgeber", changes, [
    { header: "Bisher", text: (c) => c.before.host },
    { header: "Neu", text: (c) => c.fields.host ?? c.before.host },
  ]);
}

function attendanceGroup(nr: () => string, context: ViewContext): Group {
  const open = h("button", { type: "button", class: "secondary" }, "Anwesenheit erfassen");
  const { element, output } = group("sitzungen-anwesenheit", "Anwesenheit", h("div", { class: "actions" }, open));
  open.addEventListener("click", () =>
    act(open, output, async () => {
      const { grids, registers } = await current(context);
      const meeting = meetingByNr(registers.meetings, nr());
      const grid = findGrid(grids, "Anwesenheit");
      const refuse = (text: string) => replaceChildren(output, h("p", { class: "message message-warning", role: "alert" }, text));
      if (!meeting) return refuse("Die Sitzung steht nicht mehr im Blatt „Sitzungen“.");
      if (!grid) return refuse("Das Blatt „Anwesenheit“ fehlt. Legen Sie es mit „Arbeitsmappe einrichten“ an.");
      if (meeting.status === "abgesagt") return refuse(`Die Sitzung ${meeting.nr} ist abgesagt.`);
      if (meeting.date > todayInGermany()) return refuse(`Die Sitzung ${meeting.nr} am ${formatDateDe(meeting.date)} hat noch nicht stattgefunden.`);
      const recorded = registers.attendance.filter((a) => a.meeting.trim() === meeting.nr.trim()).length;
      if (recorded > 0) return refuse(`Für die Sitzung ${meeting.nr} stehen schon ${countText(recorded, "Zeile", "Zeilen")} im Blatt „Anwesenheit“. Bitte dort ändern.`);
      const people = expectedAttendees(registers, meeting);
      if (people.length === 0) return refuse(`Am ${formatDateDe(meeting.date)} hat kein Mitglied eine aktive Ansprechperson oder Vertretung.`);
      const boxes = people.map((person, i) => {
        const present = h("input", { type: "checkbox", id: `anwesend-${i}` });
        const excused = h("input", { type: "checkbox", id: `entschuldigt-${i}` });
        present.addEventListener("change", () => (excused.disabled = present.checked));
        const row = h(
          "li",
          { class: "attendance-row" },
          h("span", { class: "attendance-name", id: `person-${i}` }, `${person.person} (${person.member})`),
          h("label", { for: `anwesend-${i}` }, present, " anwesend"),
          h("label", { for: `entschuldigt-${i}` }, excused, " entschuldigt"),
        );
        return { person, present, excused, row };
      });
      const save = h("button", { type: "button", class: "primary" }, "Anwesenheit eintragen");
      const result = h("div", { class: "output" });
      save.addEventListener("click", () =>
        act(save, result, async () => {
          const records: Attendance[] = boxes.map(({ person, present, excused }) => ({
            meeting: meeting.nr,
            member: person.member,
            person: person.person,
            status: present.checked ? "anwesend" : excused.checked ? "entschuldigt" : "fehlt",
            remark: null,
          }));
          await context.store.append("Anwesenheit", records.map((record) => rowFor(grid.header, ATTENDANCE_COLUMNS, record)));
          save.remove();
          const count = records.filter((r) => r.status === "anwesend").length;
          const message = `Anwesenheit der Sitzung ${meeting.nr} eingetragen: ${count} von ${records.length} anwesend.`;
          replaceChildren(result, h("p", { class: "message message-success" }, message));
          context.announce(message);
        }),
      );
      replaceChildren(output, h("fieldset", {}, h("legend", {}, `Sitzung ${meeting.nr} am ${formatDateDe(meeting.date)}: wer war da?`), h("ul", { class: "attendance-list" }, ...boxes.map((b) => b.row))), h("div", { class: "actions" }, save), result);
    }),
  );
  return { element, reset: () => replaceChildren(output) };
}

function reportGroup(registers: Registers, memory: TargetMemory, context: ViewContext): Group {
  const picker = yearPicker("sitzungen-jahr", registers.meetings, memory);
  // With Gremien: a chapter per Gremium, or the chosen Gremium's report only.
  const body = bodyPicker("sitzungen-bericht-gremium", registers);
  const button = h("button", { type: "button", class: "secondary" }, "Jahresbericht");
  const hint = body ? "Sitzungen, Themen, Teilnahme je Mitglied (mit Diagramm) und Aufgaben eines Jahres als Word-Datei, je Gremium ein Kapitel." : "Sitzungen, Themen, Teilnahme je Mitglied (mit Diagramm) und Aufgaben eines Jahres als Word-Datei.";
  const { element, output } = group("sitzungen-bericht", "Jahresbericht", h("p", { class: "hint" }, hint), picker.field, ...(body ? [body.field] : []), h("div", { class: "actions" }, button));
  if (!canDownload()) {
    button.disabled = true;
    output.append(h("p", { class: "hint" }, "Auf diesem Rechner kann der Aufgabenbereich keine Dateien herunterladen. Den Jahresbericht erstellt die Kommandozeile: allianz jahresbericht MAPPE.xlsx --jahr JJJJ"));
  }
  button.addEventListener("click", () =>
    act(button, output, async () => {
      const year = Number(picker.select.value);
      const fresh = await current(context);
      const selected = body?.selected() ?? null;
      const chosen = selected === null ? null : chosenBody(fresh.registers, selected);
      const parts = bodyYearReports(fresh.registers, year, chosen?.name ?? null);
      const name = yearReportFileName(year, chosen);
      downloadFile({ name, bytes: yearReportDocx(parts, fresh.registers.settings.allianceName) });
      const held = parts.reduce((n, p) => n + p.report.held.length, 0);
      const cancelled = parts.reduce((n, p) => n + p.report.cancelled.length, 0);
      const chapters = parts[0].body === null || parts.length === 1 ? "" : ` in ${parts.length} Kapiteln (je Gremium)`;
      const message = `„${name}“ ist heruntergeladen: ${countText(held, "durchgeführte Sitzung", "durchgeführte Sitzungen")}, ${countText(cancelled, "abgesagte", "abgesagte")}${chapters}.`;
      replaceChildren(output, h("p", { class: "message message-success" }, message));
      context.announce(message);
    }),
  );
  // A result belongs to the Gremium it was made for.
  body?.select.addEventListener("change", () => replaceChildren(output));
  return { element, reset: () => undefined };
}
