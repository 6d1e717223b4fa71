import type { RawCell } from "./grid";
import {
  AGENDA_COLUMNS,
  ATTENDANCE_COLUMNS,
  TASK_COLUMNS,
  TASK_READ_COLUMNS,
  AGENDA_READ_COLUMNS,
  BLOCKED_PERIOD_COLUMNS,
  BLOCKED_PERIOD_READ_COLUMNS,
  BODY_COLUMNS,
  CONTACT_COLUMNS,
  CONTACT_READ_COLUMNS,
  MEETING_READ_COLUMNS,
  DEFAULT_SETTINGS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  SETTING_LABELS,
  SETTINGS_COLUMNS,
  type ColumnSpec,
  type Settings,
  type WorkbookSheet,
} from "./registers";

/** What "Arbeitsmappe einrichten" creates for one register: a sheet with a table of these columns. */
export interface RegisterLayout {
  readonly name: WorkbookSheet;
  /** Table name (ListObject), e.g. `tblMitglieder`. */
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
  /** Rows written below the header of a newly created table (the settings with their defaults). */
  readonly initialRows: readonly (readonly RawCell[])[];
}

/**
 * The cell text a setting's default value is written as.
 *
 * @example settingText("meetingMonths", [1, 3, 5]) // "1, 3, 5"
 * @example settingText("standardAgenda", ["Begrüßung", "Verschiedenes"]) // "Begrüßung; Verschiedenes"
 */
export function settingText<K extends keyof Settings>(key: K, value: Settings[K]): RawCell {
  if (value === null) return null;
  if (key === "weekday") return ["", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"][value as number];
  if (key === "standardAgenda") return (value as string[]).join("; ");
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "Ja" : "Nein";
  return value as string | number;
}

/**
 * All register layouts, in the order the sheets are created. With `bodies` ("mehrere Gremien") also
 * the Gremien sheet, and the Gremium column at the end of Kontakte, Sitzungen, Tagesordnung,
 * Sperrzeiten and Aufgaben; without, the workbook of one body, as in version 1.
 *
 * @example registerLayouts({ bodies: true }).map((l) => l.name).at(-1) // "Gremien"
 */
export function registerLayouts(options: { readonly bodies?: boolean } = {}): RegisterLayout[] {
  const settingsRows = (Object.keys(SETTING_LABELS) as (keyof Settings)[]).map((key) => [SETTING_LABELS[key], settingText(key, DEFAULT_SETTINGS[key])]);
  const bodies = options.bodies === true;
  return [
    { name: "Mitglieder", table: "tblMitglieder", columns: MEMBER_COLUMNS, initialRows: [] },
    { name: "Kontakte", table: "tblKontakte", columns: bodies ? CONTACT_READ_COLUMNS : CONTACT_COLUMNS, initialRows: [] },
    { name: "Sitzungen", table: "tblSitzungen", columns: bodies ? MEETING_READ_COLUMNS : MEETING_COLUMNS, initialRows: [] },
    { name: "Tagesordnung", table: "tblTagesordnung", columns: bodies ? AGENDA_READ_COLUMNS : AGENDA_COLUMNS, initialRows: [] },
    { name: "Einstellungen", table: "tblEinstellungen", columns: SETTINGS_COLUMNS, initialRows: settingsRows },
    { name: "Sperrzeiten", table: "tblSperrzeiten", columns: bodies ? BLOCKED_PERIOD_READ_COLUMNS : BLOCKED_PERIOD_COLUMNS, initialRows: [] },
    { name: "Anwesenheit", table: "tblAnwesenheit", columns: ATTENDANCE_COLUMNS, initialRows: [] },
    { name: "Aufgaben", table: "tblAufgaben", columns: bodies ? TASK_READ_COLUMNS : TASK_COLUMNS, initialRows: [] },
    ...(bodies ? [{ name: "Gremien" as const, table: "tblGremien", columns: BODY_COLUMNS, initialRows: [] }] : []),
  ];
}
