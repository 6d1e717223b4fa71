import type { Finding } from "./finding";
import type { RawGrid, WorkbookGrids } from "./grid";
import { matchKey } from "./matchKey";
import { readRegister, type RegisterRead } from "./readRegister";
import { readSettings } from "./readSettings";
import {
  AGENDA_READ_COLUMNS,
  ATTENDANCE_COLUMNS,
  AttendanceSchema,
  TASK_READ_COLUMNS,
  TaskSchema,
  AgendaItemSchema,
  BODY_COLUMNS,
  BodySchema,
  BLOCKED_PERIOD_READ_COLUMNS,
  BlockedPeriodSchema,
  CONTACT_READ_COLUMNS,
  ContactSchema,
  DEFAULT_SETTINGS,
  MEETING_READ_COLUMNS,
  MEMBER_COLUMNS,
  MeetingSchema,
  MemberSchema,
  type Registers,
  type Settings,
  type WorkbookSheet,
} from "./registers";
import { sheetFinding, type SheetColumns } from "./sheetColumns";
import { defaultShortName } from "./shortName";

/** Where each register sheet's columns and settings rows are, so that validation can name cells; `null` where a sheet is missing or unreadable. */
export interface RegisterSheets {
  readonly members: SheetColumns | null;
  readonly contacts: SheetColumns | null;
  readonly meetings: SheetColumns | null;
  readonly agenda: SheetColumns | null;
  readonly blockedPeriods: SheetColumns | null;
  readonly attendance: SheetColumns | null;
  readonly tasks: SheetColumns | null;
  readonly settings: SheetColumns | null;
  /** The Gremien sheet (optional; `undefined` where a caller built the sheets without it). */
  readonly bodies?: SheetColumns | null;
  readonly settingRows: Partial<Record<keyof Settings, number>>;
  /** Names in Mitglieder rows that could not be read: their errors are reported there, not again where they are referenced. */
  readonly unreadMembers: ReadonlySet<string>;
  /** `Mitglied` and `Vorname Nachname` (joined by U+0000) of Kontakte rows that could not be read, for the same reason. */
  readonly unreadPeople: ReadonlySet<string>;
}

/**
 * The grid of a register sheet, found by name with case and spaces ignored.
 *
 * @example findGrid({ date1904: false, grids: [{ sheet: "sitzungen ", … }] }, "Sitzungen")?.sheet // "sitzungen "
 */
export function findGrid(wb: WorkbookGrids, name: WorkbookSheet): RawGrid | undefined {
  return wb.grids.find((grid) => matchKey(grid.sheet) === matchKey(name));
}

/**
 * Reads all registers of a workbook into typed rows plus findings; never throws. Mitglieder,
 * Kontakte and Sitzungen must exist; without Einstellungen the defaults apply; Tagesordnung,
 * Sperrzeiten, Gremien, Anwesenheit and Aufgaben are optional.
 *
 * @example readRegisters({ date1904: false, grids: [] }).findings[0].message // "Das Blatt „Mitglieder“ fehlt. Legen Sie es mit „Arbeitsmappe einrichten“ an."
 */
export function readRegisters(wb: WorkbookGrids): { registers: Registers; findings: Finding[]; sheets: RegisterSheets } {
  const findings: Finding[] = [];
  const options = { date1904: wb.date1904 };
  const read = <T>(name: WorkbookSheet, required: boolean, register: (grid: RawGrid) => RegisterRead<T>): Pick<RegisterRead<T>, "rows" | "dropped"> & { columns: SheetColumns | null } => {
    const grid = findGrid(wb, name);
    if (!grid) {
      if (required) findings.push(sheetFinding(name, "error", "blatt-fehlt", `Das Blatt „${name}“ fehlt. Legen Sie es mit „Arbeitsmappe einrichten“ an.`));
      return { rows: [], dropped: [], columns: null };
    }
    const result = register(grid);
    findings.push(...result.findings);
    // Without its required columns a register has no rows, and nothing to point validation at.
    const unreadable = result.findings.some((f) => f.code === "spalte-fehlt" && f.severity === "error");
    return { rows: result.rows, dropped: result.dropped, columns: unreadable ? null : result.columns };
  };
  const members = read("Mitglieder", true, (grid) =>
    readRegister(grid, MEMBER_COLUMNS, MemberSchema, { ...options, complete: (draft) => ({ ...draft, shortName: draft.shortName ?? (typeof draft.name === "string" ? defaultShortName(draft.name) : null) }) }),
  );
  const contacts = read("Kontakte", true, (grid) => readRegister(grid, CONTACT_READ_COLUMNS, ContactSchema, options));
  const meetings = read("Sitzungen", true, (grid) => readRegister(grid, MEETING_READ_COLUMNS, MeetingSchema, options));
  const agenda = read("Tagesordnung", false, (grid) => readRegister(grid, AGENDA_READ_COLUMNS, AgendaItemSchema, options));
  const blockedPeriods = read("Sperrzeiten", false, (grid) => readRegister(grid, BLOCKED_PERIOD_READ_COLUMNS, BlockedPeriodSchema, options));
  const bodies = read("Gremien", false, (grid) => readRegister(grid, BODY_COLUMNS, BodySchema, options));
  const attendance = read("Anwesenheit", false, (grid) => readRegister(grid, ATTENDANCE_COLUMNS, AttendanceSchema, options));
  const tasks = read("Aufgaben", false, (grid) => readRegister(grid, TASK_READ_COLUMNS, TaskSchema, options));
  const settingsGrid = findGrid(wb, "Einstellungen");
  const settings = settingsGrid ? readSettings(settingsGrid, wb.date1904) : null;
  if (settings) findings.push(...settings.findings);
  else findings.push(sheetFinding("Einstellungen", "warning", "blatt-fehlt", "Das Blatt „Einstellungen“ fehlt; es gelten die Standardeinstellungen. Legen Sie es mit „Arbeitsmappe einrichten“ an, um sie anzupassen."));
  return {
    registers: {
      members: members.rows,
      contacts: contacts.rows,
      meetings: meetings.rows,
      agenda: agenda.rows,
      blockedPeriods: blockedPeriods.rows,
      attendance: attendance.rows,
      tasks: tasks.rows,
      settings: settings?.settings ?? { ...DEFAULT_SETTINGS },
      // Without Gremien rows the key stays absent: the workbook is the one body of version 1.
      ...(bodies.rows.length > 0 ? { bodies: bodies.rows } : {}),
    },
    findings,
    sheets: {
      members: members.columns,
      contacts: contacts.columns,
      meetings: meetings.columns,
      agenda: agenda.columns,
      blockedPeriods: blockedPeriods.columns,
      attendance: attendance.columns,
      tasks: tasks.columns,
      settings: settings?.columns ?? null,
      bodies: bodies.columns,
      settingRows: settings?.rows ?? {},
      unreadMembers: new Set(members.dropped.map((row) => row.name).filter((name) => name)),
      unreadPeople: new Set(contacts.dropped.map((row) => `${row.member ?? ""}\u0000${(row.firstName ?? "").trim()} ${(row.lastName ?? "").trim()}`)),
    },
  };
}
