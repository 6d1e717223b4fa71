import { z } from "zod";
import type { PlainDate } from "./plainDate";
import { matchKey } from "./matchKey";
import { parseMonthList } from "./monthList";
import { parsePlainDate } from "./plainDate";

/*
 * The registers of SPEC §3. Each zod object is the one source of truth for a register row: types
 * come from `z.infer`, required-ness comes from nullability (a field that accepts `null` is an
 * optional column), enum values come from the zod enums. The column tables only add what zod
 * cannot know: the German header and how a cell is read.
 */

/** A plain calendar date `YYYY-MM-DD` (see plainDate.ts). */
export const plainDateSchema = z
  .string()
  .refine((s) => parsePlainDate(s) !== null, "Kein gültiges Datum.")
  .transform((s) => s as PlainDate);

/** Time of day `HH:MM`, 00:00–23:59. */
export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Keine gültige Uhrzeit (HH:MM).");

/**
 * Names in one cell, separated by `;`, `,` or line breaks (a Gremium's Mitglieder, a contact's
 * Gremien); `alle` stands for everyone.
 */
export const nameListSchema = z
  .string()
  .transform((text) => (matchKey(text) === "alle" ? ("alle" as const) : text.split(/[;,\n]+/).map((name) => name.trim()).filter((name) => name !== "")))
  .refine((names) => names.length > 0, "Keine Namen angegeben.");

export const MEMBER_KINDS = ["Kreis", "Stadt", "Gemeinde", "Sonstige"] as const;
export const SALUTATIONS = ["Frau", "Herr"] as const;
export const CONTACT_ROLES = ["Ansprechperson", "Vertretung", "Verteiler"] as const;
export const MEETING_FORMATS = ["Präsenz", "Online", "Hybrid"] as const;
export const MEETING_STATUSES = ["geplant", "eingeladen", "durchgeführt", "abgesagt"] as const;
export const ATTENDANCE_STATUSES = ["anwesend", "entschuldigt", "fehlt"] as const;
export const TASK_STATUSES = ["offen", "erledigt"] as const;

export const MemberSchema = z.object({
  name: z.string().min(1),
  /** Key for the host order; filled with the default (name without `Stadt `/`Gemeinde `/`Kreis `) when empty. */
  shortName: z.string().min(1),
  kind: z.enum(MEMBER_KINDS),
  joined: plainDateSchema,
  left: plainDateSchema.nullable(),
  hosts: z.boolean(),
  venue: z.string().nullable(),
  address: z.string().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

export const ContactSchema = z.object({
  member: z.string().min(1),
  salutation: z.enum(SALUTATIONS).nullable(),
  title: z.string().nullable(),
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  position: z.string().nullable(),
  email: z.string().email("Keine gültige E-Mail-Adresse."),
  phone: z.string().nullable(),
  role: z.enum(CONTACT_ROLES),
  active: z.boolean(),
  /** Gremien this person belongs to (optional column `Gremium`); empty: every Gremium of the member. */
  bodies: nameListSchema.nullable().optional(),
});
export type Contact = z.infer<typeof ContactSchema>;
export type ContactRole = Contact["role"];

export const MeetingSchema = z.object({
  nr: z.string().min(1),
  date: plainDateSchema,
  start: timeSchema.nullable(),
  end: timeSchema.nullable(),
  format: z.enum(MEETING_FORMATS),
  host: z.string().min(1),
  venue: z.string().nullable(),
  minutesBy: z.string().min(1),
  topic: z.string().nullable(),
  speakers: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  note: z.string().nullable(),
  /** How to join an online or hybrid meeting: link, meeting ID, dial-in (free text; the first URL is the link). */
  access: z.string().nullable(),
  /** The Gremium (optional column); empty: the first Gremium, or the only body without a Gremien sheet. */
  body: z.string().nullable().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AgendaItemSchema = z.object({
  meeting: z.string().min(1),
  item: z.string().min(1),
  title: z.string().min(1),
  speaker: z.string().nullable(),
  minutes: z.number().int().nonnegative().nullable(),
  body: z.string().nullable().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const BlockedPeriodSchema = z.object({
  from: plainDateSchema,
  to: plainDateSchema,
  reason: z.string().nullable(),
  /** The Gremium the period blocks (optional column); empty: every Gremium. */
  body: z.string().nullable().optional(),
});
export type BlockedPeriod = z.infer<typeof BlockedPeriodSchema>;

/** Who took part in a meeting (optional sheet Anwesenheit): one row per person and meeting. */
export const AttendanceSchema = z.object({
  meeting: z.string().min(1),
  member: z.string().min(1),
  /** The person as named in Kontakte (`Vorname Nachname`); empty for a member recorded as a whole. */
  person: z.string().nullable(),
  status: z.enum(ATTENDANCE_STATUSES),
  remark: z.string().nullable(),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

/** What a meeting agreed someone would do (optional sheet Aufgaben). */
export const TaskSchema = z.object({
  nr: z.string().min(1),
  meeting: z.string().min(1),
  item: z.string().nullable(),
  task: z.string().min(1),
  /** A member (`Mitglied` name), optionally followed by a person: `Stadt Kaarst (Jana Özdemir)`. */
  responsible: z.string().min(1),
  due: plainDateSchema.nullable(),
  status: z.enum(TASK_STATUSES),
  doneOn: plainDateSchema.nullable(),
  /** The Gremium the task belongs to (optional column); empty: the Gremium of its Sitzung. */
  body: z.string().nullable().optional(),
});
export type Task = z.infer<typeof TaskSchema>;

export const CADENCES = ["monatlich", "zweimonatlich", "vierteljährlich", "halbjährlich"] as const;
export const WEEKDAY_NAMES = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] as const;
/** German states by their usual two-letter codes. */
export const STATES = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"] as const;
export const MINUTES_KEEPERS = ["Gastgeber", "Vorsitz"] as const;

export const SettingsSchema = z.object({
  allianceName: z.string().nullable(),
  cadence: z.enum(CADENCES),
  meetingMonths: z.array(z.number().int().min(1).max(12)).min(1),
  /** ISO weekday 1 = Montag … 5 = Freitag. */
  weekday: z.number().int().min(1).max(5),
  weekOfMonth: z.union([z.number().int().min(1).max(4), z.literal("letzte")]),
  startTime: timeSchema,
  durationMinutes: z.number().int().positive().max(24 * 60),
  format: z.enum(MEETING_FORMATS),
  state: z.enum(STATES),
  avoidCarnival: z.boolean(),
  chair: z.string().nullable(),
  minutesKeeper: z.enum(MINUTES_KEEPERS),
  invitationLeadDays: z.number().int().nonnegative(),
  sender: z.string().nullable(),
  senderEmail: z.string().nullable(),
  /** Return line above the address of a letter; without it, derived from the Absender. */
  returnAddress: z.string().nullable(),
  /** Person named in the letters' information block. */
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  /** Access of a standing online room, for online and hybrid meetings without their own Zugang. */
  onlineAccess: z.string().nullable(),
  /** Agenda of a meeting that has no items in the Tagesordnung sheet. */
  standardAgenda: z.array(z.string().min(1)),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Default months per cadence (SPEC §3.5). */
export const DEFAULT_MONTHS: Record<(typeof CADENCES)[number], number[]> = {
  monatlich: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  zweimonatlich: [1, 3, 5, 7, 9, 11],
  vierteljährlich: [3, 6, 9, 12],
  halbjährlich: [5, 11],
};

/** How a cell of a column is read and formatted. */
export type CellKind = "text" | "multiline" | "date" | "time" | "yesno" | "enum" | "email" | "integer";

export interface ColumnSpec<K extends string = string> {
  /** Key of the row object. */
  readonly key: K;
  /** German header in the workbook. */
  readonly header: string;
  readonly kind: CellKind;
  readonly required: boolean;
  /** Allowed values for `enum` columns (from the zod enum). */
  readonly values?: readonly string[];
  /** Column width in characters for "Arbeitsmappe einrichten". */
  readonly width: number;
}

type Shape = Record<string, z.ZodType>;
type ColumnDraft = { header: string; kind: CellKind; width: number };

/** Completes column drafts from the zod shape: required = does not accept null; enum values. */
function columnsOf<S extends Shape>(shape: S, drafts: { [K in keyof S & string]: ColumnDraft }): ColumnSpec<keyof S & string>[] {
  return (Object.keys(drafts) as (keyof S & string)[]).map((key) => {
    const field = shape[key];
    const enumValues = field instanceof z.ZodEnum ? (field.options as string[]) : field instanceof z.ZodNullable && field.unwrap() instanceof z.ZodEnum ? ((field.unwrap() as z.ZodEnum).options as string[]) : undefined;
    // Kurzname is optional in the workbook: an empty cell gets the default short name.
    const required = key !== "shortName" && !field.safeParse(null).success;
    return { key, ...drafts[key], required, ...(enumValues ? { values: enumValues } : {}) };
  });
}

export const REGISTER_NAMES = ["Mitglieder", "Kontakte", "Sitzungen", "Tagesordnung", "Einstellungen", "Sperrzeiten", "Anwesenheit", "Aufgaben"] as const;
export type RegisterName = (typeof REGISTER_NAMES)[number];
/** Every sheet the planner reads: the registers and the optional Gremien sheet ("Arbeitsmappe einrichten" creates it for several Gremien only). */
export const WORKBOOK_SHEETS = [...REGISTER_NAMES, "Gremien"] as const;
export type WorkbookSheet = (typeof WORKBOOK_SHEETS)[number];

export const MEMBER_COLUMNS = columnsOf(MemberSchema.shape, {
  name: { header: "Mitglied", kind: "text", width: 28 },
  shortName: { header: "Kurzname", kind: "text", width: 18 },
  kind: { header: "Art", kind: "enum", width: 12 },
  joined: { header: "Beitritt", kind: "date", width: 12 },
  left: { header: "Austritt", kind: "date", width: 12 },
  hosts: { header: "Gastgeber", kind: "yesno", width: 11 },
  venue: { header: "Sitzungsort", kind: "text", width: 40 },
  address: { header: "Anschrift", kind: "multiline", width: 36 },
});

export const CONTACT_COLUMNS = columnsOf(ContactSchema.omit({ bodies: true }).shape, {
  member: { header: "Mitglied", kind: "text", width: 28 },
  salutation: { header: "Anrede", kind: "enum", width: 8 },
  title: { header: "Titel", kind: "text", width: 8 },
  firstName: { header: "Vorname", kind: "text", width: 14 },
  lastName: { header: "Nachname", kind: "text", width: 16 },
  position: { header: "Funktion", kind: "text", width: 26 },
  email: { header: "E-Mail", kind: "email", width: 32 },
  phone: { header: "Telefon", kind: "text", width: 18 },
  role: { header: "Rolle", kind: "enum", width: 16 },
  active: { header: "Aktiv", kind: "yesno", width: 8 },
});

export const MEETING_COLUMNS = columnsOf(MeetingSchema.omit({ body: true }).shape, {
  nr: { header: "Nr", kind: "text", width: 10 },
  date: { header: "Datum", kind: "date", width: 12 },
  start: { header: "Beginn", kind: "time", width: 8 },
  end: { header: "Ende", kind: "time", width: 8 },
  format: { header: "Format", kind: "enum", width: 10 },
  host: { header: "Gastgeber", kind: "text", width: 24 },
  venue: { header: "Ort", kind: "text", width: 36 },
  minutesBy: { header: "Protokoll", kind: "text", width: 24 },
  topic: { header: "Thema", kind: "text", width: 30 },
  speakers: { header: "Referierende", kind: "text", width: 24 },
  status: { header: "Status", kind: "enum", width: 13 },
  note: { header: "Hinweis", kind: "text", width: 36 },
  access: { header: "Zugang", kind: "multiline", width: 36 },
});

export const AGENDA_COLUMNS = columnsOf(AgendaItemSchema.omit({ body: true }).shape, {
  meeting: { header: "Sitzung", kind: "text", width: 10 },
  item: { header: "TOP", kind: "text", width: 6 },
  title: { header: "Titel", kind: "text", width: 40 },
  speaker: { header: "Referent*in", kind: "text", width: 24 },
  minutes: { header: "Minuten", kind: "integer", width: 9 },
});

export const BLOCKED_PERIOD_COLUMNS = columnsOf(BlockedPeriodSchema.omit({ body: true }).shape, {
  from: { header: "Von", kind: "date", width: 12 },
  to: { header: "Bis", kind: "date", width: 12 },
  reason: { header: "Grund", kind: "text", width: 36 },
});

export const ATTENDANCE_COLUMNS = columnsOf(AttendanceSchema.shape, {
  meeting: { header: "Sitzung", kind: "text", width: 10 },
  member: { header: "Mitglied", kind: "text", width: 28 },
  person: { header: "Person", kind: "text", width: 24 },
  status: { header: "Status", kind: "enum", width: 13 },
  remark: { header: "Bemerkung", kind: "text", width: 30 },
});

export const TASK_COLUMNS = columnsOf(TaskSchema.omit({ body: true }).shape, {
  nr: { header: "Nr", kind: "text", width: 8 },
  meeting: { header: "Sitzung", kind: "text", width: 10 },
  item: { header: "TOP", kind: "text", width: 6 },
  task: { header: "Aufgabe", kind: "text", width: 40 },
  responsible: { header: "Verantwortlich", kind: "text", width: 28 },
  due: { header: "Frist", kind: "date", width: 12 },
  status: { header: "Status", kind: "enum", width: 10 },
  doneOn: { header: "Erledigt am", kind: "date", width: 12 },
});

/** The settings register is a key/value table. */
export const SETTINGS_COLUMNS: readonly ColumnSpec<"key" | "value">[] = [
  { key: "key", header: "Einstellung", kind: "text", required: true, width: 26 },
  { key: "value", header: "Wert", kind: "text", required: false, width: 40 },
];

/** A parsed register row together with the Excel row it came from. */
export type Located<T> = T & { readonly row: number };

/** The typed registers of one workbook. Missing optional sheets give empty lists. */
export interface Registers {
  readonly members: readonly Located<Member>[];
  readonly contacts: readonly Located<Contact>[];
  readonly meetings: readonly Located<Meeting>[];
  readonly agenda: readonly Located<AgendaItem>[];
  readonly blockedPeriods: readonly Located<BlockedPeriod>[];
  readonly attendance: readonly Located<Attendance>[];
  readonly tasks: readonly Located<Task>[];
  readonly settings: Settings;
  /** The Gremien sheet's rows (optional sheet); without it the workbook holds one body ruled by the Einstellungen. */
  readonly bodies?: readonly Located<Body>[];
}

/** Settings used where the Einstellungen sheet is silent (SPEC §3.5). */
export const DEFAULT_SETTINGS: Settings = {
  allianceName: null,
  cadence: "zweimonatlich",
  meetingMonths: DEFAULT_MONTHS.zweimonatlich,
  weekday: 4,
  weekOfMonth: 2,
  startTime: "10:00",
  durationMinutes: 120,
  format: "Präsenz",
  state: "NW",
  avoidCarnival: true,
  chair: null,
  minutesKeeper: "Gastgeber",
  invitationLeadDays: 14,
  sender: null,
  senderEmail: null,
  returnAddress: null,
  contactPerson: null,
  phone: null,
  onlineAccess: null,
  standardAgenda: ["Begrüßung", "Genehmigung des Protokolls der letzten Sitzung", "Verschiedenes"],
};

/** The `Einstellung` label of each setting, in the order "Arbeitsmappe einrichten" writes them. */
export const SETTING_LABELS: Record<keyof Settings, string> = {
  allianceName: "Name der Allianz",
  cadence: "Turnus",
  meetingMonths: "Sitzungsmonate",
  weekday: "Wochentag",
  weekOfMonth: "Woche im Monat",
  startTime: "Beginn",
  durationMinutes: "Dauer (Minuten)",
  format: "Format",
  state: "Bundesland",
  avoidCarnival: "Brauchtumstage meiden",
  chair: "Vorsitz",
  minutesKeeper: "Protokoll führt",
  invitationLeadDays: "Ladungsfrist (Tage)",
  sender: "Absender",
  senderEmail: "Absender-E-Mail",
  returnAddress: "Rücksendeangabe",
  contactPerson: "Ansprechpartner*in",
  phone: "Telefon",
  onlineAccess: "Zugang (Online)",
  standardAgenda: "Standard-TOPs",
};

/*
 * Gremien (bodies, issue 12): the optional sheet that lets one workbook hold several bodies — the
 * plenary, Arbeitskreise, an online network — each with its own cadence, host rule and members.
 * An empty cell inherits the Einstellungen.
 */

/** The Turnus of a Gremium: the Einstellungen's plus weekly and fortnightly. */
export const BODY_CADENCES = [...CADENCES, "wöchentlich", "zweiwöchentlich"] as const;
export type BodyCadence = (typeof BODY_CADENCES)[number];
/** Who hosts a Gremium's meetings: members in turn, always the same member, or nobody (the Vorsitz invites). */
export const HOST_RULES = ["reihum", "fest", "keiner"] as const;
export type HostRule = (typeof HOST_RULES)[number];

const monthListSchema = z
  .string()
  .refine((text) => parseMonthList(text) !== null, "Keine Monatsliste: tragen Sie Monatszahlen von 1 bis 12 ein, z. B. „3, 6, 9, 12“.")
  .transform((text) => parseMonthList(text) as number[]);

const weekOfMonthSchema = z
  .string()
  .refine((text) => /^[1-4]$/.test(text.trim()) || matchKey(text) === "letzte", "Erlaubt sind 1, 2, 3, 4 und „letzte“.")
  .transform((text): Settings["weekOfMonth"] => (matchKey(text) === "letzte" ? "letzte" : Number(text.trim())));

export const BodySchema = z.object({
  name: z.string().min(1),
  /** Prefix of the Gremium's Nr (`AK-Wärme` → `AK-Wärme-2027-03`); at most one Gremium without it keeps plain `JJJJ-NN`. */
  shortName: z.string().regex(/^[^\s/\\]+$/, "Der Kurzname steht vor jeder Sitzungs-Nr: bitte ohne Leerzeichen und Schrägstriche, z. B. „AK-Wärme“.").nullable(),
  cadence: z.enum(BODY_CADENCES).nullable(),
  meetingMonths: monthListSchema.nullable(),
  weekday: z.enum(WEEKDAY_NAMES).nullable(),
  weekOfMonth: weekOfMonthSchema.nullable(),
  startTime: timeSchema.nullable(),
  durationMinutes: z.number().int().positive().max(24 * 60).nullable(),
  format: z.enum(MEETING_FORMATS).nullable(),
  hostRule: z.enum(HOST_RULES).nullable(),
  /** The member that always hosts (Gastgeber-Regel `fest`). */
  host: z.string().nullable(),
  /** The member chairing the Gremium; it invites when nobody hosts. Empty: the Einstellungen's Vorsitz. */
  chair: z.string().nullable(),
  /** `Gastgeber`, `Vorsitz` or a member that always keeps the minutes. */
  minutesRule: z.string().nullable(),
  /** How to join online (link, meeting ID, dial-in). */
  access: z.string().nullable(),
  /** `alle` or a list of members (Mitglied or Kurzname). Empty: all members. */
  members: nameListSchema.nullable(),
});
export type Body = z.infer<typeof BodySchema>;

export const BODY_COLUMNS = columnsOf(BodySchema.shape, {
  name: { header: "Gremium", kind: "text", width: 30 },
  shortName: { header: "Kurzname", kind: "text", width: 14 },
  cadence: { header: "Turnus", kind: "enum", width: 16 },
  meetingMonths: { header: "Sitzungsmonate", kind: "text", width: 16 },
  weekday: { header: "Wochentag", kind: "enum", width: 12 },
  weekOfMonth: { header: "Woche im Monat", kind: "text", width: 10 },
  startTime: { header: "Beginn", kind: "time", width: 8 },
  durationMinutes: { header: "Dauer (Minuten)", kind: "integer", width: 10 },
  format: { header: "Format", kind: "enum", width: 10 },
  hostRule: { header: "Gastgeber-Regel", kind: "enum", width: 14 },
  host: { header: "Gastgeber", kind: "text", width: 24 },
  chair: { header: "Vorsitz", kind: "text", width: 24 },
  minutesRule: { header: "Protokoll-Regel", kind: "text", width: 16 },
  access: { header: "Zugang", kind: "multiline", width: 30 },
  members: { header: "Mitglieder", kind: "multiline", width: 40 },
});

/**
 * The optional `Gremium` column of Sitzungen, Tagesordnung, Kontakte, Sperrzeiten and Aufgaben. It is read
 * and written beside the version-1 columns; "Arbeitsmappe einrichten" creates it only for several
 * Gremien: a workbook with one body needs none.
 */
function bodyColumn<K extends string>(key: K): ColumnSpec<K> {
  return { key, header: "Gremium", kind: "text", required: false, width: 20 };
}
export const MEETING_READ_COLUMNS: readonly ColumnSpec[] = [...MEETING_COLUMNS, bodyColumn("body")];
export const CONTACT_READ_COLUMNS: readonly ColumnSpec[] = [...CONTACT_COLUMNS, bodyColumn("bodies")];
export const AGENDA_READ_COLUMNS: readonly ColumnSpec[] = [...AGENDA_COLUMNS, bodyColumn("body")];
export const BLOCKED_PERIOD_READ_COLUMNS: readonly ColumnSpec[] = [...BLOCKED_PERIOD_COLUMNS, bodyColumn("body")];
export const TASK_READ_COLUMNS: readonly ColumnSpec[] = [...TASK_COLUMNS, bodyColumn("body")];
