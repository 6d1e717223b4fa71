import { checkWorkbook } from "../domain/checkWorkbook";
import { hasErrors } from "../domain/finding";
import { registerLayouts } from "../domain/layouts";
import { dateParts, formatDateDe, parsePlainDate, type PlainDate } from "../domain/plainDate";
import { planWorkbook } from "../domain/planWorkbook";
import { todayInGermany } from "../workbook/today";
import { RegisterLayoutError, WorkbookFileError, XlsxRegisterStore } from "../workbook/xlsxStore";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { checkOutput, FileError, openWorkbook, plannedFileName, requireXlsxName, writeOutput } from "./files";
import { COMMANDS, helpText, type CommandName } from "./help";
import { formatFindings, formatPlan, jsonMeeting } from "./report";

/** Where the tool prints; the CLI entry and the demo pass the process streams, tests may collect. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit status of SPEC §7. */
const OK = 0;
const FINDINGS = 1;
const USAGE = 2;

const OPTIONS: Record<CommandName, OptionSpec> = {
  pruefen: { flags: ["json"], values: ["stichtag"] },
  planen: { flags: ["json", "ueberschreiben"], values: ["stichtag", "jahr", "aus"] },
  einrichten: { flags: [], values: [] },
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
    if (error instanceof UsageError || error instanceof FileError || error instanceof WorkbookFileError || error instanceof RegisterLayoutError) {
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
      return check(file, stichtag(args.values.get("stichtag")), args.flags.has("json"), io);
    case "planen": {
      const today = stichtag(args.values.get("stichtag"));
      return plan(file, {
        year: planYearOption(args.values.get("jahr"), today),
        today,
        output: args.values.get("aus") ?? plannedFileName(file),
        overwrite: args.flags.has("ueberschreiben"),
        json: args.flags.has("json"),
        io,
      });
    }
    case "einrichten":
      return setUp(file, io);
  }
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
  output: string;
  overwrite: boolean;
  json: boolean;
  io: CliIo;
}

async function plan(file: string, run: PlanRun): Promise<number> {
  const { year, today, output, overwrite, json, io } = run;
  const store = await openWorkbook(file);
  // Refuse a forbidden output before any work, so nothing is planned that cannot be saved.
  await checkOutput(output, file, overwrite);
  const outcome = planWorkbook(await store.read(), year, today);
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
      parts.push(`Hinweise aus der Prüfung (Stichtag ${formatDateDe(today)}):\n\n${formatFindings(findings)}`);
      parts.push(`Gespeichert in „${output}“. Die Eingabedatei „${file}“ ist unverändert.`);
    }
    io.out(`${parts.join("\n\n")}\n`);
  }
  return planned && !hasErrors(findings) ? OK : FINDINGS;
}

async function setUp(file: string, io: CliIo): Promise<number> {
  requireXlsxName(file);
  await checkOutput(file, null, false);
  const store = new XlsxRegisterStore();
  const created = await store.setUp(registerLayouts());
  await writeOutput(file, await store.toBuffer(), false);
  io.out(`Neue Arbeitsmappe „${file}“ angelegt mit den Blättern ${created.join(", ")}.\n`);
  return OK;
}

function stichtag(option: string | undefined): PlainDate {
  if (option === undefined) return todayInGermany();
  const date = parsePlainDate(option);
  if (!date) throw new UsageError(`„${option}“ ist kein gültiger Stichtag. Bitte als JJJJ-MM-TT angeben, z. B. 2026-11-24.`);
  return date;
}

function planYearOption(option: string | undefined, today: PlainDate): number {
  if (option === undefined) return dateParts(today).year + 1;
  if (!/^\d{4}$/.test(option) || Number(option) < 1900) throw new UsageError(`„${option}“ ist kein gültiges Jahr. Bitte vierstellig angeben, z. B. --jahr ${dateParts(today).year + 1}.`);
  return Number(option);
}

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** Entry point of `bin/allianz.js`: runs with the process arguments and sets the exit status. */
export async function main(): Promise<void> {
  const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
  process.exitCode = await runCli(process.argv.slice(2), { out: write(process.stdout), err: write(process.stderr) });
}
