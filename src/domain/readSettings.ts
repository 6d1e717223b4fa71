import type { Finding } from "./finding";
import type { RawCell, RawGrid } from "./grid";
import { settingText } from "./layouts";
import { matchKey } from "./matchKey";
import { cellText, quote, readCell } from "./readCell";
import { DEFAULT_MONTHS, DEFAULT_SETTINGS, SETTING_LABELS, SETTINGS_COLUMNS, SettingsSchema, WEEKDAY_NAMES, type CellKind, type Settings } from "./registers";
import { findingAt, matchColumns, type SheetColumns } from "./sheetColumns";

type Key = keyof Settings;

export interface SettingsRead {
  readonly settings: Settings;
  readonly findings: Finding[];
  /** Excel row of each setting given in the sheet, for findings about its value (e.g. an unknown Vorsitz). */
  readonly rows: Partial<Record<Key, number>>;
  readonly columns: SheetColumns;
}

/** How a setting's cell becomes a candidate value (zod's field schema then decides) and what is allowed. */
interface SettingReader {
  readonly candidate: (cell: RawCell, date1904: boolean) => unknown;
  /** German, completes "… ist ungültig – ". */
  readonly allowed: string;
}

const STATE_NAMES: Record<string, string> = {
  "baden-württemberg": "BW", bayern: "BY", berlin: "BE", brandenburg: "BB", bremen: "HB", hamburg: "HH", hessen: "HE",
  "mecklenburg-vorpommern": "MV", niedersachsen: "NI", "nordrhein-westfalen": "NW", "rheinland-pfalz": "RP", saarland: "SL",
  sachsen: "SN", "sachsen-anhalt": "ST", "schleswig-holstein": "SH", thüringen: "TH",
};

const as = (kind: CellKind, values?: readonly string[]) => (cell: RawCell, date1904: boolean) => readCell(cell, kind, { date1904, values }).value;
const enumOf = (key: "cadence" | "format" | "state" | "minutesKeeper") => SettingsSchema.shape[key].options as readonly string[];
const listOf = (values: readonly string[]) => `erlaubt sind ${values.slice(0, -1).join(", ")} und ${values[values.length - 1]}`;

const READERS: Record<Key, SettingReader> = {
  allianceName: { candidate: as("text"), allowed: "tragen Sie einen Text ein" },
  cadence: { candidate: as("enum", enumOf("cadence")), allowed: listOf(enumOf("cadence")) },
  meetingMonths: { candidate: monthList, allowed: "tragen Sie Monatszahlen von 1 bis 12 ein, z. B. „3, 6, 9, 12“" },
  weekday: {
    candidate: (cell, date1904) => {
      const name = as("enum", WEEKDAY_NAMES)(cell, date1904);
      return typeof name === "string" ? WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]) + 1 : undefined;
    },
    allowed: "erlaubt sind Montag bis Freitag",
  },
  weekOfMonth: {
    candidate: (cell, date1904) => (matchKey(cellText(cell, false) ?? "") === "letzte" ? "letzte" : as("integer")(cell, date1904)),
    allowed: "erlaubt sind 1, 2, 3, 4 und „letzte“",
  },
  startTime: { candidate: as("time"), allowed: "tragen Sie eine Uhrzeit wie 10:00 ein" },
  durationMinutes: { candidate: as("integer"), allowed: "tragen Sie eine ganze Zahl von 1 bis 1440 ein" },
  format: { candidate: as("enum", enumOf("format")), allowed: listOf(enumOf("format")) },
  state: {
    candidate: (cell, date1904) => STATE_NAMES[matchKey(cellText(cell, false) ?? "")] ?? as("enum", enumOf("state"))(cell, date1904),
    allowed: "tragen Sie das Kürzel des Bundeslands ein (z. B. NW) oder seinen Namen",
  },
  avoidCarnival: { candidate: as("yesno"), allowed: "erlaubt sind Ja und Nein" },
  chair: { candidate: as("text"), allowed: "tragen Sie den Namen eines Mitglieds ein" },
  minutesKeeper: { candidate: as("enum", enumOf("minutesKeeper")), allowed: listOf(enumOf("minutesKeeper")) },
  invitationLeadDays: { candidate: as("integer"), allowed: "tragen Sie eine ganze Zahl von Tagen ein, z. B. 14" },
  sender: { candidate: as("multiline"), allowed: "tragen Sie Name und Anschrift des Sekretariats ein" },
  senderEmail: { candidate: as("email"), allowed: "tragen Sie eine E-Mail-Adresse wie sekretariat@beispiel.de ein" },
  returnAddress: { candidate: as("text"), allowed: "tragen Sie die Absenderzeile über der Anschrift ein, z. B. „Allianz · Oberstraße 91 · 41460 Neuss“" },
  contactPerson: { candidate: as("text"), allowed: "tragen Sie den Namen der Person ein, die Fragen zu den Briefen beantwortet" },
  phone: { candidate: as("text"), allowed: "tragen Sie eine Telefonnummer ein, z. B. 02131 928-0" },
  onlineAccess: { candidate: as("multiline"), allowed: "tragen Sie Link, Meeting-ID und Einwahl des Online-Raums ein" },
  standardAgenda: { candidate: agendaList, allowed: "tragen Sie Tagesordnungspunkte durch Semikolon getrennt ein, z. B. „Begrüßung; Verschiedenes“" },
};

/** `"Begrüßung; Verschiedenes"` or one item per line → the items; `undefined` if the cell holds no text. */
function agendaList(cell: RawCell): string[] | undefined {
  const text = cellText(cell, true);
  if (text === null) return undefined;
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** `"1, 3, 5"`, `"3;6;9;12"` or a single month number → sorted month numbers; `undefined` if unreadable. */
function monthList(cell: RawCell): number[] | undefined {
  const text = cellText(cell, false);
  if (text === null) return undefined;
  const parts = text.split(/[,;\s]+/).filter((part) => part !== "");
  if (!parts.every((part) => /^\d{1,2}$/.test(part))) return undefined;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

const LABEL_KEYS = new Map((Object.keys(SETTING_LABELS) as Key[]).map((key) => [matchKey(SETTING_LABELS[key]), key]));

/**
 * Reads the Einstellungen key/value table. Labels are matched like headers; an empty or missing
 * setting keeps its default; an invalid value is an error that names the default used instead; an
 * explicit Sitzungsmonate list overrides the months of the Turnus.
 *
 * @example readSettings(grid([["Wochentag", "Sonnabend"]]), false).findings[0].message // "Wochentag „Sonnabend“ ist ungültig – erlaubt sind Montag bis Freitag. Es gilt der Standard „Donnerstag“."
 */
export function readSettings(grid: RawGrid, date1904: boolean): SettingsRead {
  const { columns, findings } = matchColumns(grid, SETTINGS_COLUMNS);
  const rows: Partial<Record<Key, number>> = {};
  const given: Partial<Record<Key, unknown>> = {};
  // Reported after all rows are read: the message for Sitzungsmonate names the Turnus months.
  const invalid: { key: Key; row: number; shown: string }[] = [];
  const keyColumn = columns.columns.get("key");
  const valueColumn = columns.columns.get("value");
  if (keyColumn && !valueColumn) {
    findings.push(findingAt(columns, columns.headerRow, "key", "warning", "spalte-fehlt", `Im Blatt „${grid.sheet}“ fehlt die Spalte „Wert“. Fügen Sie sie neben „Einstellung“ ein; bis dahin gelten die Standardwerte.`));
  }
  if (!keyColumn || !valueColumn) return { settings: { ...DEFAULT_SETTINGS }, findings, rows, columns };
  grid.rows.forEach((cells, i) => {
    const row = grid.headerRow + 1 + i;
    const label = cellText(cells?.[keyColumn.index], false);
    const cell = cells?.[valueColumn.index] ?? null;
    if (label === "" && cellText(cell, false) === "") return;
    const key = label === null ? undefined : LABEL_KEYS.get(matchKey(label));
    if (key === undefined) {
      findings.push(findingAt(columns, row, "key", "warning", "einstellung-unbekannt", `Die Einstellung ${quote(label ?? "")} ist unbekannt und wird nicht verwendet. Bekannt sind: ${Object.values(SETTING_LABELS).join(", ")}.`));
      return;
    }
    if (rows[key] !== undefined) {
      findings.push(findingAt(columns, row, "key", "warning", "einstellung-doppelt", `Die Einstellung „${SETTING_LABELS[key]}“ steht schon in Zeile ${rows[key]}; diese Zeile wird nicht verwendet. Löschen Sie eine der beiden Zeilen.`));
      return;
    }
    rows[key] = row;
    const shown = cellText(cell, true);
    if (shown === "") return;
    const parsed = SettingsSchema.shape[key].safeParse(READERS[key].candidate(cell, date1904));
    if (parsed.success && parsed.data !== null) given[key] = parsed.data;
    else invalid.push({ key, row, shown: shown ?? errorText(cell) });
  });
  const settings = { ...DEFAULT_SETTINGS, ...given } as Settings;
  if (given.meetingMonths === undefined) settings.meetingMonths = DEFAULT_MONTHS[settings.cadence];
  for (const { key, row, shown } of invalid) {
    findings.push(findingAt(columns, row, "value", "error", "einstellung-ungueltig", `${SETTING_LABELS[key]} ${quote(shown)} ist ungültig – ${READERS[key].allowed}. ${defaultSentence(key, settings)}`));
  }
  return { settings, findings, rows, columns };
}

function errorText(cell: RawCell): string {
  return cell !== null && typeof cell === "object" && "error" in cell && typeof cell.error === "string" ? cell.error : "?";
}

function defaultSentence(key: Key, settings: Settings): string {
  if (key === "meetingMonths") return `Es gelten die Monate des Turnus „${settings.cadence}“ (${settings.meetingMonths.join(", ")}).`;
  const text = settingText(key, DEFAULT_SETTINGS[key]);
  return text === null ? "Die Einstellung bleibt leer." : `Es gilt der Standard „${text}“.`;
}
