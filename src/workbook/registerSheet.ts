import { registerLayouts } from "../domain/layouts";
import { matchKey } from "../domain/matchKey";
import { BODY_COLUMNS, type ColumnSpec, type WorkbookSheet } from "../domain/registers";

/*
 * What both adapters (Office.js and exceljs) agree on about a register sheet: how its header row is
 * recognised, the number formats and drop-downs of new registers, and how a new table is named.
 */

/** Number formats of date and time cells (Excel's invariant codes; German Excel shows 05.03.2027, 10:00). */
export const DATE_FORMAT = "dd.mm.yyyy";
export const TIME_FORMAT = "hh:mm";

/**
 * The headers of a register, in the form they are compared in (case and spaces do not count): the
 * header row of a sheet is the first row holding one of them.
 *
 * @example knownHeaders("Sperrzeiten") // Set { "von", "bis", "grund" }
 */
export function knownHeaders(register: WorkbookSheet): ReadonlySet<string> {
  // Gremien is read like a register but not created by "Arbeitsmappe einrichten".
  const columns = register === "Gremien" ? BODY_COLUMNS : registerLayouts().find((l) => l.name === register)?.columns;
  return new Set(columns?.map((c) => matchKey(c.header)) ?? []);
}

/**
 * The drop-down values of a column in a new register: yes/no and enum columns; `null` for others.
 *
 * @example dropDownChoices({ kind: "yesno", … }) // ["Ja", "Nein"]
 */
export function dropDownChoices(spec: ColumnSpec): readonly string[] | null {
  if (spec.kind === "yesno") return ["Ja", "Nein"];
  return spec.kind === "enum" && spec.values ? spec.values : null;
}

/** What Excel says when a typed value is not in the drop-down. */
export function dropDownMessage(choices: readonly string[]): string {
  return `Bitte einen Wert aus der Liste wählen: ${choices.join(", ")}.`;
}

/**
 * A table name not taken yet (Excel table names are unique per workbook, case-insensitively).
 *
 * @example freeTableName("tblKontakte", new Set(["tblkontakte"])) // "tblKontakte2"
 */
export function freeTableName(wanted: string, taken: ReadonlySet<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  return name;
}
