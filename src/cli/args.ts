import { dateParts, parsePlainDate, type PlainDate } from "../domain/plainDate";
import { todayInGermany } from "../workbook/today";

/** A wrong call of the tool: the message is German and says how to call it right (exit status 2). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The options a command accepts: flags stand alone, values take the next word (or `--name=value`). */
export interface OptionSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

/**
 * Splits a command's arguments into positionals, flags and option values; unknown options and
 * missing values are {@link UsageError}s naming the command.
 *
 * @example parseArgs(["a.xlsx", "--jahr=2027", "--json"], { flags: ["json"], values: ["jahr"] }, "planen")
 * // { positionals: ["a.xlsx"], flags: Set { "json" }, values: Map { "jahr" => "2027" } }
 */
export function parseArgs(args: readonly string[], spec: OptionSpec, command: string): ParsedArgs {
  const result: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      result.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      if (arg.startsWith("-") && arg.length > 1) throw new UsageError(`Unbekannte Option „${arg}“ für „allianz ${command}“. Hilfe: allianz hilfe ${command}`);
      result.positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), "=");
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`Die Option „--${name}“ nimmt keinen Wert.`);
      result.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) throw new UsageError(`Die Option „--${name}“ braucht einen Wert. Hilfe: allianz hilfe ${command}`);
      if (result.values.has(name)) throw new UsageError(`Die Option „--${name}“ ist doppelt angegeben.`);
      result.values.set(name, value);
    } else {
      throw new UsageError(`Unbekannte Option „--${name}“ für „allianz ${command}“. Hilfe: allianz hilfe ${command}`);
    }
  }
  return result;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * The `--stichtag` option: the date that counts as today (default: today in Germany).
 *
 * @example stichtagOption("2026-11-24") // "2026-11-24"
 */
export function stichtagOption(option: string | undefined): PlainDate {
  if (option === undefined) return todayInGermany();
  const date = parsePlainDate(option);
  if (!date) throw new UsageError(`„${option}“ ist kein gültiger Stichtag. Bitte als JJJJ-MM-TT angeben, z. B. 2026-11-24.`);
  return date;
}

/**
 * The `--briefdatum` option: the date the letters carry (default: the Stichtag, i.e. the day they are made).
 *
 * @example letterDateOption(undefined, "2026-11-24" as PlainDate) // "2026-11-24"
 */
export function letterDateOption(option: string | undefined, today: PlainDate): PlainDate {
  if (option === undefined) return today;
  const date = parsePlainDate(option);
  if (!date) throw new UsageError(`„${option}“ ist kein gültiges Briefdatum. Bitte als JJJJ-MM-TT angeben, z. B. 2027-02-25.`);
  return date;
}

/**
 * The `--jahr` option: a four-digit year (default: the year after the Stichtag).
 *
 * @example yearOption(undefined, "2026-11-24" as PlainDate) // 2027
 */
export function yearOption(option: string | undefined, today: PlainDate): number {
  if (option === undefined) return dateParts(today).year + 1;
  if (!/^\d{4}$/.test(option) || Number(option) < 1900) throw new UsageError(`„${option}“ ist kein gültiges Jahr. Bitte vierstellig angeben, z. B. --jahr ${dateParts(today).year + 1}.`);
  return Number(option);
}
