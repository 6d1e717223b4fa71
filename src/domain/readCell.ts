import { fractionToTime, serialToPlainDate } from "./excelSerial";
import type { RawCell } from "./grid";
import { matchKey } from "./matchKey";
import { formatDateDe, parseDateDe, parsePlainDate, type PlainDate } from "./plainDate";
import type { CellKind } from "./registers";
import { timeOfMinutes } from "./timeOfDay";

/** What is wrong with a cell, before the reader knows which sheet and row it sits in. */
export interface CellProblem {
  readonly severity: "error" | "warning";
  readonly code: string;
  /** German: what is wrong and what to do. */
  readonly message: string;
}

/**
 * The outcome of reading one cell: `value` is `null` for an empty cell or when an error problem
 * made the content unusable; a warning problem keeps the value.
 */
export interface CellRead<T> {
  readonly value: T | null;
  readonly problem: CellProblem | null;
}

/** The value a cell of each kind reads as. */
export interface CellValues {
  text: string;
  multiline: string;
  date: PlainDate;
  time: string;
  yesno: boolean;
  enum: string;
  email: string;
  integer: number;
}

// Error values of German and English Excel as they appear when a formula result is pasted as text.
const EXCEL_ERROR_TEXT =
  /^#(NV|N\/A|WERT!|VALUE!|DIV\/0!|BEZUG!|REF!|NAME\?|ZAHL!|NUM!|NULL!|LEER!|ÜBERLAUF!|SPILL!|CALC!|BERECHNEN!|FELD!|FIELD!|BLOCKED!|BLOCKIERT!|UNKNOWN!|UNBEKANNT!|CONNECT!|VERBINDEN!|BUSY!|GETTING_DATA|DATEN_ABRUFEN)$/i;

const EMPTY: CellRead<never> = { value: null, problem: null };

/**
 * The error a file adapter hands out for a formula cell without a stored result (files written by
 * programs that do not calculate, e.g. openpyxl): the value is unknown, never guessed.
 */
export const UNCALCULATED_FORMULA = "#OHNE_ERGEBNIS";

/**
 * Reads a cell as the given kind. Never throws, whatever the cell holds.
 *
 * @example readCell({ date: "2026-03-05" }, "date", { date1904: false }) // { value: "2026-03-05", problem: null }
 * @example readCell(" präsenz ", "enum", { date1904: false, values: ["Präsenz", "Online"] }).value // "Präsenz"
 */
export function readCell<K extends CellKind>(cell: RawCell | undefined, kind: K, options: { readonly date1904: boolean; readonly values?: readonly string[] }): CellRead<CellValues[K]> {
  const failure = rejectError(cell);
  if (failure) return failure;
  return READERS[kind](cell ?? null, options) as CellRead<CellValues[K]>;
}

type Reader = (cell: RawCell, options: { readonly date1904: boolean; readonly values?: readonly string[] }) => CellRead<unknown>;

const READERS: Record<CellKind, Reader> = {
  text: (cell) => mapText(cellText(cell, false), (text) => ok(text)),
  multiline: (cell) => mapText(cellText(cell, true), (text) => ok(text)),
  date: (cell, { date1904 }) => readDate(cell, date1904),
  time: (cell) => readTime(cell),
  yesno: (cell) => readYesNo(cell),
  enum: (cell, { values = [] }) => mapText(cellText(cell, false), (text) => readEnum(text, values)),
  email: (cell) => mapText(cellText(cell, false), readEmail),
  integer: (cell) => readInteger(cell),
};

/**
 * The text a cell shows, trimmed, with runs of spaces collapsed (line breaks kept where `multiline`);
 * `""` for an empty cell, `null` if the cell holds nothing readable as text.
 *
 * @example cellText(2.5, false) // "2.5"
 * @example cellText({ date: "2026-03-05" }, false) // "05.03.2026"
 */
export function cellText(cell: RawCell | undefined, multiline: boolean): string | null {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    const text = cell.replace(/\r\n?/g, "\n");
    if (!multiline) return text.replace(/\s+/g, " ").trim();
    return text
      .split("\n")
      .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
      .join("\n")
      .trim();
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === "boolean") return cell ? "WAHR" : "FALSCH";
  if (typeof cell !== "object") return null;
  if ("date" in cell && typeof cell.date === "string" && parsePlainDate(cell.date)) return formatDateDe(cell.date);
  if ("time" in cell && typeof cell.time === "string") return normalTime(cell.time);
  return null;
}

function rejectError(cell: RawCell | undefined): CellRead<never> | null {
  if (cell !== null && typeof cell === "object" && "error" in cell) {
    if (cell.error === UNCALCULATED_FORMULA) {
      return fail("formel-ohne-ergebnis", "Die Formel in dieser Zelle hat kein gespeichertes Ergebnis (die Datei wurde von einem Programm geschrieben, das nicht rechnet). Bitte die Datei einmal in Excel oder LibreOffice öffnen und speichern.");
    }
    const shown = typeof cell.error === "string" ? cell.error : "#FEHLER";
    return fail("excel-fehler", `Die Zelle enthält den Fehlerwert ${quote(shown)}. Ersetzen Sie die Formel oder den Wert durch einen gültigen Eintrag.`);
  }
  if (typeof cell === "string" && EXCEL_ERROR_TEXT.test(cell.trim())) {
    return fail("excel-fehler", `Die Zelle enthält den Fehlerwert ${quote(cell.trim())}. Ersetzen Sie ihn durch einen gültigen Eintrag.`);
  }
  return null;
}

function mapText<T>(text: string | null, read: (text: string) => CellRead<T>): CellRead<T> {
  if (text === null) return unreadable();
  return text === "" ? EMPTY : read(text);
}

function readDate(cell: RawCell, date1904: boolean): CellRead<PlainDate> {
  if (typeof cell === "number") {
    const date = serialToPlainDate(cell, date1904);
    return date ? ok(date) : fail("datum-ungueltig", `Die Zahl ${quote(String(cell))} ist kein gültiges Datum. Tragen Sie ein Datum im Format TT.MM.JJJJ ein.`);
  }
  if (cell !== null && typeof cell === "object" && "date" in cell) {
    const date = typeof cell.date === "string" ? parsePlainDate(cell.date) : null;
    return date ? ok(date) : unreadable();
  }
  const text = cellText(cell, false);
  if (text === null) return unreadable();
  if (text === "") return EMPTY;
  if (typeof cell !== "string") return notA("datum-ungueltig", text, "kein Datum", "ein Datum im Format TT.MM.JJJJ");
  const date = parseDateDe(text) ?? parsePlainDate(text);
  if (!date) return notA("datum-ungueltig", text, "kein gültiges Datum", "ein Datum im Format TT.MM.JJJJ");
  return {
    value: date,
    problem: {
      severity: "warning",
      code: "datum-als-text",
      message: `Datum als Text: ${quote(text)} wurde als ${formatDateDe(date)} gelesen. Formatieren Sie die Zelle als Datum, damit Excel richtig sortiert und filtert.`,
    },
  };
}

function readTime(cell: RawCell): CellRead<string> {
  if (typeof cell === "number") {
    const time = fractionToTime(cell);
    return time ? ok(time) : notA("uhrzeit-ungueltig", String(cell), "keine gültige Uhrzeit", "eine Uhrzeit wie 10:00");
  }
  if (cell !== null && typeof cell === "object" && "time" in cell) {
    const time = typeof cell.time === "string" ? normalTime(cell.time) : null;
    return time ? ok(time) : unreadable();
  }
  return mapText(cellText(cell, false), (text) => {
    const time = normalTime(text);
    return time ? ok(time) : notA("uhrzeit-ungueltig", text, "keine gültige Uhrzeit", "eine Uhrzeit wie 10:00");
  });
}

/** `10:00`, `9.30`, `10 Uhr`, `10:00 Uhr`, `10:00:00` → `HH:MM`, else `null`. */
function normalTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?(?:\s*Uhr)?$/i.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? "0");
  return hours > 23 || minutes > 59 ? null : timeOfMinutes(hours * 60 + minutes);
}

const YES = new Set(["ja", "x", "wahr", "true", "1"]);
const NO = new Set(["nein", "falsch", "false", "0"]);

function readYesNo(cell: RawCell): CellRead<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return ok(cell === 1);
  return mapText(cellText(cell, false), (text) => {
    const key = matchKey(text);
    if (YES.has(key)) return ok(true);
    if (NO.has(key)) return ok(false);
    return notA("ja-nein-ungueltig", text, "weder Ja noch Nein", "„Ja“ oder „Nein“");
  });
}

function readEnum(text: string, values: readonly string[]): CellRead<string> {
  const key = matchKey(text);
  const match = values.find((value) => matchKey(value) === key);
  if (match !== undefined) return ok(match);
  return fail("wert-ungueltig", `${quote(text)} ist kein zulässiger Wert. Erlaubt sind: ${values.join(", ")}.`);
}

function readEmail(text: string): CellRead<string> {
  const address = text.replace(/^mailto:/i, "");
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return ok(address);
  return notA("email-ungueltig", text, "keine gültige E-Mail-Adresse", "eine Adresse wie name@beispiel.de");
}

function readInteger(cell: RawCell): CellRead<number> {
  if (typeof cell === "number") {
    return Number.isSafeInteger(cell) ? ok(cell) : notA("zahl-ungueltig", String(cell), "keine ganze Zahl", "eine ganze Zahl wie 15");
  }
  return mapText(cellText(cell, false), (text) => {
    if (!/^[+-]?\d{1,15}$/.test(text)) return notA("zahl-ungueltig", text, "keine ganze Zahl", "eine ganze Zahl wie 15");
    return ok(Number(text));
  });
}

function ok<T>(value: T): CellRead<T> {
  return { value, problem: null };
}

function fail(code: string, message: string): CellRead<never> {
  return { value: null, problem: { severity: "error", code, message } };
}

function notA(code: string, shown: string, what: string, example: string): CellRead<never> {
  return fail(code, `${quote(shown)} ist ${what}. Tragen Sie ${example} ein.`);
}

function unreadable(): CellRead<never> {
  return fail("unlesbar", "Der Zellinhalt kann nicht gelesen werden. Tragen Sie den Wert neu ein.");
}

/** German quotes around cell content, shortened so a 32,000-character cell does not flood the list. */
export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `„${short}“`;
}
