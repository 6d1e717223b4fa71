import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors } from "../domain/finding";
import { registerLayouts } from "../domain/layouts";
import { formatDateDe, parseDateDe, type PlainDate } from "../domain/plainDate";
import { timeSchema } from "../domain/registers";
import { planWorkbook } from "../domain/planWorkbook";
import { MeetingChangeError } from "../domain/meetingChange";
import { DocumentInputError } from "../documents/documentInputError";
import type { MailingKind } from "../documents/mailing";
import { RegisterLayoutError, WorkbookFileError } from "../workbook/fileErrors";
import { letterDateOption, parseArgs, stichtagOption, UsageError, yearOption, type OptionSpec, type ParsedArgs } from "./args";
import type { DocumentRun, MailingRequest } from "./documents";
import { checkOutput, FileError, openWorkbook, plannedExtension, plannedFileName, requireWorkbookName, writeOutput } from "./files";
import { COMMANDS, helpText, type CommandName } from "./help";
import { FINDINGS, OK, USAGE, type CliIo } from "./io";
import type { LifecycleRun } from "./lifecycle";
import { findingsSection, formatFindings, formatPlan, jsonMeeting, terminalSafe } from "./report";

export type { CliIo } from "./io";

const OPTIONS: Record<CommandName, OptionSpec> = {
  pruefen: { flags: ["json"], values: ["stichtag"] },
  planen: { flags: ["json", "ueberschreiben"], values: ["stichtag", "jahr", "aus", "gremium"] },
  einrichten: { flags: ["gremien"], values: [] },
  protokoll: { flags: ["json", "ueberschreiben"], values: ["stichtag", "sitzung", "vorlage", "aus"] },
  versand: { flags: ["json", "ueberschreiben"], values: ["stichtag", "art", "sitzung", "jahr", "vorlage", "aus", "datei", "briefdatum", "gremium"] },
  absagen: { flags: ["json", "ueberschreiben"], values: ["stichtag", "sitzung", "grund", "aus", "vorlage", "briefdatum"] },
  verschieben: { flags: ["json", "ueberschreiben"], values: ["stichtag", "sitzung", "datum", "beginn", "ort", "aus", "vorlage", "briefdatum"] },
  "gastgeber-neu": { flags: ["json", "ueberschreiben", "uebernehmen"], values: ["stichtag", "aus"] },
  jahresbericht: { flags: ["json", "ueberschreiben"], values: ["stichtag", "jahr", "aus", "gremium"] },
  oparl: { flags: ["json", "ueberschreiben", "mit-personen", "mit-kontaktdaten"], values: ["stichtag", "basis-url", "aus"] },
};

/**
 * Runs `allianz` with the given arguments and returns the exit status. Never throws: every problem
 * becomes a German message on `err` (no stack trace).
 *
 * @example await runCli(["pruefen", "Allianz.xlsx", "--json"], io) // 0, 1 or 2
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const known = [UsageError, FileError, WorkbookFileError, RegisterLayoutError, DocumentInputError, MeetingChangeError];
    if (error instanceof Error && known.some((kind) => error instanceof kind)) {
      io.err(`Fehler: ${error.message}\n`);
    } else {
      io.err(`Unerwarteter Fehler: ${error instanceof Error ? error.message : String(error)}\nBitte melden Sie den Fehler zusammen mit dem Aufruf.\n`);
    }
    return USAGE;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(helpText());
    return USAGE;
  }
  if (first === "--help" || first === "-h" || first === "hilfe") {
    const topic = first === "hilfe" ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`Unbekannter Befehl „${topic}“. Befehle: ${COMMANDS.join(", ")}.`);
    io.out(helpText(topic));
    return OK;
  }
  if (!isCommand(first)) throw new UsageError(`Unbekannter Befehl „${first}“. Befehle: ${COMMANDS.join(", ")}. Hilfe: allianz --help`);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(helpText(first));
    return OK;
  }
  const args = parseArgs(rest, OPTIONS[first], first);
  if (args.positionals.length !== 1) {
    throw new UsageError(`„allianz ${first}“ erwartet genau eine Datei${args.positionals.length > 1 ? `, nicht ${args.positionals.length}` : ""}. Aufruf: ${helpText(first).split("\n")[0]}`);
  }
  const [file] = args.positionals;
  switch (first) {
    case "pruefen":
      return check(file, stichtagOption(args.values.get("stichtag")), args.flags.has("json"), io);
    case "planen": {
      const today = stichtagOption(args.values.get("stichtag"));
      return plan(file, {
        year: yearOption(args.values.get("jahr"), today),
        today,
        output: args.values.get("aus"),
        overwrite: args.flags.has("ueberschreiben"),
        json: args.flags.has("json"),
        body: args.values.get("gremium") ?? null,
        io,
      });
    }
    case "einrichten":
      return setUp(file, args.flags.has("gremien"), io);
    // The document libraries are loaded only by the commands that fill documents.
    case "protokoll":
      return (await import("./documents")).writeMinutes(requireMeeting(args, "protokoll"), documentRun(file, args, io));
    case "versand":
      return (await import("./documents")).writeMailing(await mailingRequest(args), documentRun(file, args, io));
    case "oparl":
      return (await import("./oparl")).writeOparl({
        workbook: file,
        baseUrl: args.values.get("basis-url"),
        folder: args.values.get("aus"),
        withPersons: args.flags.has("mit-personen"),
        withContactDetails: args.flags.has("mit-kontaktdaten"),
        overwrite: args.flags.has("ueberschreiben"),
        json: args.flags.has("json"),
        today: stichtagOption(args.values.get("stichtag")),
        io,
      });
    // absagen, verschieben and jahresbericht make documents too: loaded only when used.
    case "absagen":
      return (await import("./lifecycle")).changeMeetingCommand({ kind: "absage", nr: requireMeeting(args, "absagen"), reason: args.values.get("grund") ?? null }, lifecycleRun(file, args, io));
    case "verschieben":
      return (await import("./lifecycle")).changeMeetingCommand({ kind: "verschiebung", nr: requireMeeting(args, "verschieben"), target: moveTarget(args) }, lifecycleRun(file, args, io));
    case "gastgeber-neu":
      return (await import("./lifecycle")).recomputeHostsCommand(args.flags.has("uebernehmen"), lifecycleRun(file, args, io));
    case "jahresbericht": {
      const today = stichtagOption(args.values.get("stichtag"));
      // A report looks back: the default is the Stichtag's year.
      return (await import("./lifecycle")).yearReportCommand(args.values.has("jahr") ? yearOption(args.values.get("jahr"), today) : Number(today.slice(0, 4)), args.values.get("gremium") ?? null, lifecycleRun(file, args, io));
    }
  }
}

function lifecycleRun(workbook: string, args: ParsedArgs, io: CliIo): LifecycleRun {
  const options = outputOptions(args, io);
  return { ...options, workbook, output: args.values.get("aus"), template: args.values.get("vorlage"), letterDate: letterDateOption(args.values.get("briefdatum"), options.today), stamp: new Date().toISOString() };
}

/** What every command that writes files takes from its options: overwrite, JSON, Stichtag. */
function outputOptions(args: ParsedArgs, io: CliIo): { overwrite: boolean; json: boolean; today: PlainDate; io: CliIo } {
  return { overwrite: args.flags.has("ueberschreiben"), json: args.flags.has("json"), today: stichtagOption(args.values.get("stichtag")), io };
}

/** `--datum TT.MM.JJJJ` (required), `--beginn HH:MM`, `--ort TEXT`. */
function moveTarget(args: ParsedArgs): { date: PlainDate; start?: string; venue?: string } {
  const text = args.values.get("datum");
  if (text === undefined) throw new UsageError("Es fehlt das neue Datum: bitte --datum TT.MM.JJJJ angeben, z. B. --datum 18.03.2027. Hilfe: allianz hilfe verschieben");
  const date = parseDateDe(text);
  if (date === null) throw new UsageError(`„${text}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ angeben, z. B. --datum 18.03.2027.`);
  const start = args.values.get("beginn");
  if (start !== undefined && !timeSchema.safeParse(start).success) throw new UsageError(`„${start}“ ist keine gültige Uhrzeit. Bitte als HH:MM angeben, z. B. --beginn 14:00.`);
  const venue = args.values.get("ort");
  return { date, ...(start === undefined ? {} : { start }), ...(venue === undefined ? {} : { venue }) };
}

function documentRun(workbook: string, args: ParsedArgs, io: CliIo): DocumentRun {
  const options = outputOptions(args, io);
  return { ...options, workbook, template: args.values.get("vorlage"), folder: args.values.get("aus"), letterDate: letterDateOption(args.values.get("briefdatum"), options.today) };
}

/** `--art` with the options that kind needs: a meeting for einladung and protokoll, a year for jahresplanung. */
async function mailingRequest(args: ParsedArgs): Promise<MailingRequest> {
  const { MAILING_KINDS } = await import("../documents/mailing");
  const kind = args.values.get("art");
  if (kind === undefined || !(MAILING_KINDS as readonly string[]).includes(kind)) {
    const given = kind === undefined ? "Es fehlt --art" : `„${kind}“ ist keine Versandart`;
    const choices = MAILING_KINDS.map((k) => `--art ${k}`);
    throw new UsageError(`${given}. Bitte ${choices.slice(0, -1).join(", ")} oder ${choices[choices.length - 1]} angeben. Hilfe: allianz hilfe versand`);
  }
  if ((kind as MailingKind) === "jahresplanung") {
    if (args.values.has("datei")) throw new UsageError("--datei gilt nur für --art protokoll (das fertige Protokoll); die Jahresplanung wird aus der Vorlage erstellt.");
    if (args.values.has("sitzung")) throw new UsageError("Die Jahresplanung gilt für ein ganzes Jahr: statt --sitzung bitte --jahr JJJJ angeben (oder weglassen für das Jahr nach dem Stichtag).");
    const body = args.values.get("gremium");
    return { kind: "jahresplanung", year: yearOption(args.values.get("jahr"), stichtagOption(args.values.get("stichtag"))), ...(body === undefined ? {} : { body }) };
  }
  if (args.values.has("gremium")) throw new UsageError(`--gremium gilt nur für --art jahresplanung; Einladung und Protokoll gehen ohnehin an das Gremium der Sitzung.`);
  if (args.values.has("jahr")) throw new UsageError(`--jahr gilt nur für --art jahresplanung; für --art ${kind} bitte nur --sitzung NR angeben.`);
  const nr = requireMeeting(args, "versand");
  if (kind === "einladung") {
    if (args.values.has("datei")) throw new UsageError("--datei gilt nur für --art protokoll (das fertige Protokoll); die Einladung wird aus der Vorlage erstellt.");
    return { kind: "einladung", nr };
  }
  return { kind: "protokoll", nr, file: minutesFileOption(args) };
}

/** `--datei` for the minutes mailing: the finished minutes are required, the blank form is never sent. */
function minutesFileOption(args: ParsedArgs): string {
  const file = args.values.get("datei");
  if (file === undefined) {
    throw new UsageError(
      "Für den Protokollversand fehlt das fertige Protokoll: bitte mit --datei die Datei angeben, die die Protokollführung geschrieben hat, " +
        "z. B. --datei Protokoll_2027-01.docx oder --datei Protokoll_2027-01.pdf. (Das leere Formular zum Ausfüllen erstellt „allianz protokoll MAPPE.xlsx --sitzung NR“.)",
    );
  }
  if (args.values.has("vorlage")) throw new UsageError("Beim Protokollversand wird das fertige Protokoll (--datei) verschickt, keine Vorlage: bitte --vorlage weglassen.");
  return file;
}

function requireMeeting(args: ParsedArgs, command: CommandName): string {
  const nr = args.values.get("sitzung");
  if (nr === undefined || nr.trim() === "") throw new UsageError(`Es fehlt die Sitzung: bitte --sitzung NR angeben, z. B. --sitzung 2027-01. Hilfe: allianz hilfe ${command}`);
  return nr;
}

async function check(file: string, today: PlainDate, json: boolean, io: CliIo): Promise<number> {
  const store = await openWorkbook(file);
  const { findings } = checkWorkbook(await store.read(), today);
  if (json) io.out(`${JSON.stringify({ findings })}\n`);
  else io.out(`Prüfung von „${file}“ (Stichtag ${formatDateDe(today)}):\n\n${formatFindings(findings)}\n`);
  return hasErrors(findings) ? FINDINGS : OK;
}

interface PlanRun {
  year: number;
  today: PlainDate;
  /** `--aus`; default: plannedFileName. */
  output: string | undefined;
  overwrite: boolean;
  json: boolean;
  /** `--gremium`: plan only this Gremium. */
  body: string | null;
  io: CliIo;
}

async function plan(file: string, run: PlanRun): Promise<number> {
  const { year, today, overwrite, json, io } = run;
  const store = await openWorkbook(file);
  // Refuse a forbidden output before any work, so nothing is planned that cannot be saved.
  const output = run.output ?? plannedFileName(file, store.format);
  await checkOutput(output, file, overwrite, plannedExtension(file, store.format));
  const outcome = planWorkbook(await store.read(), year, today, run.body);
  const findings = [...outcome.findings, ...outcome.blockers.filter((b) => !outcome.findings.includes(b))];
  const planned = outcome.blockers.length === 0 && outcome.meetings.length > 0;
  if (planned) {
    await store.append("Sitzungen", outcome.rows);
    await writeOutput(output, await store.toBuffer(), overwrite);
  }

  if (json) {
    io.out(`${JSON.stringify({ jahr: year, sitzungen: outcome.meetings.map(jsonMeeting), findings })}\n`);
  } else {
    const parts: string[] = [];
    if (outcome.blockers.length > 0) {
      parts.push(`Planung für ${year} nicht möglich. Diese Fehler zuerst beheben:\n\n${formatFindings(outcome.blockers)}`);
      const others = findings.filter((f) => !outcome.blockers.includes(f));
      if (others.length > 0) parts.push(`Weitere Hinweise:\n\n${formatFindings(others)}`);
      parts.push("Es wurde nichts geschrieben.");
    } else if (outcome.meetings.length === 0) {
      parts.push(`Für ${year} gibt es nichts zu planen: jeder Sitzungsmonat hat schon eine Sitzung (oder keiner hat einen freien Termin). Es wurde nichts geschrieben.`);
      parts.push(formatFindings(findings));
    } else {
      parts.push(`Geplante Sitzungen ${year} (${outcome.meetings.length}):\n\n${formatPlan(outcome.meetings)}`);
      parts.push(findingsSection(findings, today));
      parts.push(`Gespeichert in „${output}“. Die Eingabedatei „${file}“ ist unverändert.`);
    }
    io.out(`${parts.join("\n\n")}\n`);
  }
  return planned && !hasErrors(findings) ? OK : FINDINGS;
}

/** `allianz einrichten NEU.xlsx [--gremien]`: a new workbook with every register (and, for several Gremien, the Gremien sheet and Gremium columns). */
async function setUp(file: string, bodies: boolean, io: CliIo): Promise<number> {
  requireWorkbookName(file, ".xlsx");
  await checkOutput(file, null, false, ".xlsx");
  // exceljs is loaded only here: reading and planning never need it.
  const { NewWorkbookStore } = await import("../workbook/newWorkbook");
  const store = new NewWorkbookStore();
  const created = await store.setUp(registerLayouts({ bodies }));
  await writeOutput(file, await store.toBuffer(), false);
  io.out(`Neue Arbeitsmappe „${file}“ angelegt mit den Blättern ${created.join(", ")}.\n`);
  return OK;
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** Entry point of `src/cli/allianz.js`: runs with the process arguments and sets the exit status. */
export async function main(): Promise<void> {
  // JSON escapes control characters itself; text is made safe for the terminal.
  const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(terminalSafe(text));
  process.exitCode = await runCli(process.argv.slice(2), { out: write(process.stdout), err: write(process.stderr) });
}
