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
