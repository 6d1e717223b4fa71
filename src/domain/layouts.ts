import type { RawCell } from "./grid";
import {
  AGENDA_COLUMNS,
  ATTENDANCE_COLUMNS,
  TASK_COLUMNS,
  BLOCKED_PERIOD_COLUMNS,
  CONTACT_COLUMNS,
  DEFAULT_SETTINGS,
  MEETING_COLUMNS,
  MEMBER_COLUMNS,
  SETTING_LABELS,
  SETTINGS_COLUMNS,
  type ColumnSpec,
  type RegisterName,
  type Settings,
} from "./registers";

/** What "Arbeitsmappe einrichten" creates for one register: a sheet with a table of these columns. */
export interface RegisterLayout {
  readonly name: RegisterName;
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

/** All register layouts, in the order the sheets are created. */
export function registerLayouts(): RegisterLayout[] {
  const settingsRows = (Object.keys(SETTING_LABELS) as (keyof Settings)[]).map((key) => [SETTING_LABELS[key], settingText(key, DEFAULT_SETTINGS[key])]);
  return [
    { name: "Mitglieder", table: "tblMitglieder", columns: MEMBER_COLUMNS, initialRows: [] },
    { name: "Kontakte", table: "tblKontakte", columns: CONTACT_COLUMNS, initialRows: [] },
    { name: "Sitzungen", table: "tblSitzungen", columns: MEETING_COLUMNS, initialRows: [] },
    { name: "Tagesordnung", table: "tblTagesordnung", columns: AGENDA_COLUMNS, initialRows: [] },
    { name: "Einstellungen", table: "tblEinstellungen", columns: SETTINGS_COLUMNS, initialRows: settingsRows },
    { name: "Sperrzeiten", table: "tblSperrzeiten", columns: BLOCKED_PERIOD_COLUMNS, initialRows: [] },
    { name: "Anwesenheit", table: "tblAnwesenheit", columns: ATTENDANCE_COLUMNS, initialRows: [] },
    { name: "Aufgaben", table: "tblAufgaben", columns: TASK_COLUMNS, initialRows: [] },
  ];
}
