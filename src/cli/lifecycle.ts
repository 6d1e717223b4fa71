import path from "node:path";
import type { PlanningBody } from "../domain/bodiesOf";
import { cancelMeeting } from "../domain/cancelMeeting";
import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors, type Finding } from "../domain/finding";
import { applyChanges, MeetingChangeError, type MeetingChange, type MeetingFields } from "../domain/meetingChange";
import { meetingRowUpdates } from "../domain/meetingCells";
import { meetingByNr } from "../domain/meetingChoice";
import { moveMeeting, type MoveTarget } from "../domain/moveMeeting";
import { formatDateDe, type PlainDate } from "../domain/plainDate";
import type { Meeting, Registers } from "../domain/registers";
import { recomputeHosts, type HostChange } from "../domain/recomputeHosts";
import { bodyYearReports, type YearReport } from "../domain/yearReport";
import { changeMailing } from "../documents/changeMailing";
import { DocumentInputError } from "../documents/documentInputError";
import { asciiFileName } from "../documents/fileName";
import { CHANGE_TEMPLATE, zipMailing } from "../documents/mailing";
import { chosenBody } from "../documents/chosenBody";
import { yearReportDocx, yearReportFileName } from "../documents/yearReportDocx";
import { chooseTemplate } from "./documents";
import { checkOutput, openWorkbook, plannedExtension, writeIntoFolder, writeOutput } from "./files";
import { FINDINGS, OK, type CliIo } from "./io";
import { findingsSection, jsonMeeting, type JsonMeeting } from "./report";

/** What `absagen`, `verschieben`, `gastgeber-neu` and `jahresbericht` share. */
export interface LifecycleRun {
  readonly workbook: string;
  /** `--aus`: the folder (absagen, verschieben, jahresbericht) or file (gastgeber-neu) to write to. */
  readonly output: string | undefined;
  readonly overwrite: boolean;
  readonly json: boolean;
  readonly today: PlainDate;
  /** `--vorlage` (absagen, verschieben): the template of the serial letter instead of the workbook's own or the default. */
  readonly template: string | undefined;
  /** `--briefdatum`, else the Stichtag: the date the letters of absagen and verschieben carry. */
  readonly letterDate: PlainDate;
  /** When the files are made (mail Date, calendar DTSTAMP and SEQUENCE). */
  readonly stamp: string;
  readonly io: CliIo;
}

export type MeetingChangeRequest = { readonly kind: "absage"; readonly nr: string; readonly reason: string | null } | { readonly kind: "verschiebung"; readonly nr: string; readonly target: MoveTarget };

/** The `--json` names of the changed fields, as jsonMeeting writes them. */
const JSON_NAMES: Record<keyof MeetingFields, keyof JsonMeeting> = { date: "datum", start: "beginn", end: "ende", venue: "ort", host: "gastgeber", minutesBy: "protokoll", status: "status", note: "hinweis" };

const LABEL = {
  absage: { done: "abgesagt", stem: "Absage", letter: "Serienbrief.docx: der Absagebrief" },
  verschiebung: { done: "verschoben", stem: "Verschiebung", letter: "Serienbrief.docx: die Einladung zum neuen Termin" },
} as const;

/**
 * `allianz absagen` and `allianz verschieben`: changes the meeting's cells (and only those) in a
 * copy of the workbook, and writes it with the mailing (the serial letter – the cancellation
 * letter, or for a move the invitation to the new date –, one .eml per recipient with the .ics,
 * Empfaenger.csv, a .zip of them) into a folder, all or nothing. Then says whether the hosts of
 * later `geplant` meetings should be recomputed.
 *
 * @example await changeMeetingCommand({ kind: "absage", nr: "2027-02", reason: "Krankheit" }, run) // 0, 1 or 2
 */
export async function changeMeetingCommand(request: MeetingChangeRequest, run: LifecycleRun): Promise<number> {
  const store = await openWorkbook(run.workbook);
  // The template is checked before anything is made: one with problems is a file error (exit status 2).
  const template = await chooseTemplate({ ...run, folder: run.output }, CHANGE_TEMPLATE[request.kind], store);
  const grids = await store.read();
  const { registers, findings } = checkWorkbook(grids, run.today);
  let change: MeetingChange;
  let files;
  let after: Registers;
  try {
    change = request.kind === "absage" ? cancelMeeting(registers.meetings, request.nr, request.reason, run.today) : moveMeeting(registers, request.nr, request.target, run.today);
    await store.update("Sitzungen", meetingRowUpdates(grids, [change]));
    const former = meetingByNr(registers.meetings, change.nr);
    after = applyChanges(registers, [change]);
    const reason = request.kind === "absage" ? request.reason : null;
    const mailing = changeMailing(request.kind, after, { nr: change.nr, reason, former, letterDate: run.letterDate, stamp: run.stamp }, template.bytes);
    files = [...mailing.files, zipMailing(mailing), { name: changedWorkbookName(run.workbook, LABEL[request.kind].done, plannedExtension(run.workbook, store.format)), bytes: await store.toBuffer() }];
    findings.push(...change.findings, ...mailing.findings);
  } catch (error) {
    return refused(error, findings, run);
  }
  const folder = run.output ?? `${LABEL[request.kind].stem}_${asciiFileName(change.nr)}`;
  const written = await writeIntoFolder(folder, files, { inputs: run.template === undefined ? [run.workbook] : [run.workbook, run.template], overwrite: run.overwrite });
  const hosts = recomputeHosts(after, run.today);
  if (run.json) {
    const now = meetingByNr(after.meetings, change.nr) as Meeting;
    const changed = (Object.keys(change.fields) as (keyof MeetingFields)[]).map((key) => JSON_NAMES[key]);
    run.io.out(`${JSON.stringify({ sitzung: jsonMeeting(now), geaendert: changed, dateien: written, gastgeberNeu: hosts.map(jsonHostChange), findings })}\n`);
  } else {
    const workbookCopy = written[written.length - 1];
    run.io.out(
      [
        `Die Sitzung ${change.nr} ist ${LABEL[request.kind].done}. Geändert: ${Object.keys(change.fields).length} Zellen; gespeichert in „${workbookCopy}“ (die Eingabedatei „${run.workbook}“ ist unverändert).`,
        `${written.length - 1} Dateien für den Versand in „${folder}“ (${LABEL[request.kind].letter}; ${template.description}). Die .eml-Dateien sind Entwürfe: per Doppelklick in Outlook öffnen, prüfen und senden.`,
        hostHint(hosts, workbookCopy),
        findingsSection(findings, run.today),
      ].join("\n\n") + "\n",
    );
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/**
 * `allianz gastgeber-neu`: the hosts the rotation now gives the meetings still `geplant`; with
 * `--uebernehmen` written into a copy of the workbook (Gastgeber, Protokoll, Ort of those rows only).
 *
 * @example await recomputeHostsCommand(false, run) // 0; prints the preview
 */
export async function recomputeHostsCommand(apply: boolean, run: LifecycleRun): Promise<number> {
  const store = await openWorkbook(run.workbook);
  const grids = await store.read();
  const { registers, findings } = checkWorkbook(grids, run.today);
  const changes = recomputeHosts(registers, run.today);
  const output = run.output ?? path.join(path.dirname(run.workbook), changedWorkbookName(run.workbook, "gastgeber", plannedExtension(run.workbook, store.format)));
  if (apply && changes.length > 0) {
    await checkOutput(output, run.workbook, run.overwrite, plannedExtension(run.workbook, store.format));
    try {
      await store.update("Sitzungen", meetingRowUpdates(grids, changes));
    } catch (error) {
      return refused(error, findings, run);
    }
    await writeOutput(output, await store.toBuffer(), run.overwrite);
  }
  if (run.json) {
    run.io.out(`${JSON.stringify({ gastgeberNeu: changes.map(jsonHostChange), datei: apply && changes.length > 0 ? output : null, findings })}\n`);
  } else {
    const lines = changes.map((c) => `  ${c.nr}  ${formatDateDe(c.date)}  ${c.before.host} → ${c.fields.host}${c.fields.venue ? ` (Ort: ${c.fields.venue})` : ""}`);
    const head =
      changes.length === 0
        ? "Die Gastgeber der geplanten Sitzungen stimmen mit der Reihenfolge überein; es gibt nichts zu ändern."
        : `Neue Gastgeber für ${changes.length === 1 ? "eine geplante Sitzung" : `${changes.length} geplante Sitzungen`} (nur Status „geplant“, ab ${formatDateDe(run.today)}):\n${lines.join("\n")}`;
    const tail = changes.length === 0 ? "" : apply ? `\n\nGespeichert in „${output}“. Die Eingabedatei „${run.workbook}“ ist unverändert.` : `\n\nDas ist eine Vorschau. Übernehmen mit: allianz gastgeber-neu "${run.workbook}" --uebernehmen`;
    run.io.out(`${head}${tail}\n\n${findingsSection(findings, run.today)}\n`);
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/**
 * `allianz jahresbericht`: the year's report `Jahresbericht_JJJJ.docx` in the folder (default: the
 * current one); with Gremien a chapter per Gremium, or with `--gremium` only that Gremium's
 * (`Jahresbericht_JJJJ_Kurzname.docx`).
 *
 * @example await yearReportCommand(2026, null, run) // 0 or 1
 */
export async function yearReportCommand(year: number, body: string | null, run: LifecycleRun): Promise<number> {
  const store = await openWorkbook(run.workbook);
  const { registers, findings } = checkWorkbook(await store.read(), run.today);
  let only: PlanningBody | null;
  try {
    only = body === null ? null : chosenBody(registers, body);
  } catch (error) {
    return refused(error, findings, run);
  }
  const parts = bodyYearReports(registers, year, only?.name ?? null);
  const file = { name: yearReportFileName(year, only), bytes: yearReportDocx(parts, registers.settings.allianceName) };
  const written = await writeIntoFolder(run.output ?? ".", [file], { inputs: [run.workbook], overwrite: run.overwrite });
  const sum = (count: (report: YearReport) => number) => parts.reduce((total, part) => total + count(part.report), 0);
  if (run.json) {
    const figures = (report: YearReport) => ({ durchgefuehrt: report.held.length, abgesagt: report.cancelled.length, teilnahme: report.participation, aufgabenVereinbart: report.tasksOpened.length });
    const whole = parts[0].body === null ? figures(parts[0].report) : { durchgefuehrt: sum((r) => r.held.length), abgesagt: sum((r) => r.cancelled.length), gremien: parts.map((part) => ({ gremium: part.body, ...figures(part.report) })) };
    run.io.out(`${JSON.stringify({ dateien: written, ...whole, findings })}\n`);
  } else {
    const lines = parts.map(
      ({ body: name, report }) =>
        `${name === null ? `Jahresbericht ${year}` : `  ${name}`}: ${report.held.length} durchgeführte und ${report.cancelled.length} abgesagte Sitzungen, ${report.participation.length} Mitglieder, ${report.tasksOpened.length} vereinbarte Aufgaben.`,
    );
    const head = parts[0].body === null ? lines : [`Jahresbericht ${year}, ${parts.length === 1 ? "ein Gremium" : `${parts.length} Gremien`}:`, ...lines];
    run.io.out(`${head.join("\n")}\n  ${written[0]}\n\n${findingsSection(findings, run.today)}\n`);
  }
  return hasErrors(findings) ? FINDINGS : OK;
}

/** @example changedWorkbookName("daten/Allianz.xlsx", "abgesagt", ".xlsx") // "Allianz.abgesagt.xlsx" */
function changedWorkbookName(input: string, label: string, extension: string): string {
  const base = path.basename(input, path.extname(input));
  return `${base}.${label}${extension}`;
}

function hostHint(changes: readonly HostChange[], workbook: string): string {
  if (changes.length === 0) return "Die Gastgeber der geplanten Sitzungen stimmen weiter mit der Reihenfolge überein.";
  const list = changes.map((c) => `  ${c.nr}  ${formatDateDe(c.date)}  ${c.before.host} → ${c.fields.host}`).join("\n");
  return `Nach der Reihenfolge hätten ${changes.length === 1 ? "eine geplante Sitzung" : `${changes.length} geplante Sitzungen`} jetzt einen anderen Gastgeber:\n${list}\nÜbernehmen mit: allianz gastgeber-neu "${workbook}" --uebernehmen`;
}

function jsonHostChange(change: HostChange): Record<string, unknown> {
  return { nr: change.nr, datum: change.date, vorher: change.before.host, gastgeber: change.fields.host, protokoll: change.fields.minutesBy ?? change.before.minutesBy, ort: change.fields.venue ?? change.before.venue };
}

/** A change the registers do not allow: the German message, findings as usual, nothing written, exit 1. */
function refused(error: unknown, findings: readonly Finding[], run: LifecycleRun): number {
  if (!(error instanceof MeetingChangeError || error instanceof DocumentInputError)) throw error;
  run.io.err(`Fehler: ${error.message}\nEs wurde nichts geschrieben.\n`);
  if (run.json) run.io.out(`${JSON.stringify({ findings })}\n`);
  else if (findings.length > 0) run.io.out(`${findingsSection(findings, run.today)}\n`);
  return FINDINGS;
}
