import { formatDateDe, type PlainDate } from "./plainDate";

/*
 * The lines "Absagen" and "Verschieben" add to a meeting's Hinweis. They end in "(am TT.MM.JJJJ)",
 * the day of the change, which tells them apart from the planner's own "verschoben vom … (Feiertag)".
 */

const SEPARATOR = "; ";
const CHANGE_LINE = /(?:^|; )(?:abgesagt am \d\d\.\d\d\.\d{4}|verschoben vom [^;]*\(am \d\d\.\d\d\.\d{4}\))/;

/**
 * A Hinweis with one more line after what it held.
 *
 * @example appendNote("verschoben vom 04.06.2026 (Fronleichnam)", "abgesagt am 01.05.2026") // "verschoben vom 04.06.2026 (Fronleichnam); abgesagt am 01.05.2026"
 */
export function appendNote(note: string | null, line: string): string {
  const before = note?.trim() ?? "";
  return before === "" ? line : `${before}${SEPARATOR}${line}`;
}

/**
 * The Hinweis line of a cancellation.
 *
 * @example cancellationLine("2026-12-03", "Krankheit") // "abgesagt am 03.12.2026: Krankheit"
 */
export function cancellationLine(today: PlainDate, reason: string | null): string {
  const why = reason?.replace(/\s+/g, " ").trim() ?? "";
  return `abgesagt am ${formatDateDe(today)}${why === "" ? "" : `: ${why}`}`;
}

/**
 * The reason of the last cancellation a Hinweis records (what {@link cancellationLine} wrote after
 * the colon, to the end: a reason may hold "; " itself), or null without one.
 *
 * @example cancellationReason("verschoben vom 04.06.2026 (Fronleichnam); abgesagt am 03.12.2026: Krankheit; Ersatz folgt") // "Krankheit; Ersatz folgt"
 * @example cancellationReason("abgesagt am 03.12.2026") // null
 */
export function cancellationReason(note: string | null): string | null {
  const lines = [...(note ?? "").matchAll(/(?:^|; )abgesagt am \d\d\.\d\d\.\d{4}(: )?/g)];
  const last = lines[lines.length - 1];
  return last?.[1] === undefined ? null : note!.slice(last.index! + last[0].length).trim() || null;
}

/**
 * The Hinweis line of a move: where and when the meeting was before, and the day of the change.
 *
 * @example moveLine("2027-03-11", ["10:00 Uhr"], "2026-12-03") // "verschoben vom 11.03.2027, 10:00 Uhr (am 03.12.2026)"
 */
export function moveLine(formerDate: PlainDate, formerDetails: readonly string[], today: PlainDate): string {
  return `verschoben vom ${[formatDateDe(formerDate), ...formerDetails.map((d) => d.replace(/[;\s]+/g, " ").trim())].join(", ")} (am ${formatDateDe(today)})`;
}

/**
 * Whether a meeting was cancelled or moved after it was planned (so calendars may hold an older
 * version of it): its Hinweis has a line written by {@link cancellationLine} or {@link moveLine}.
 *
 * @example wasChanged("verschoben vom 11.03.2027, 10:00 Uhr (am 03.12.2026)") // true
 * @example wasChanged("verschoben vom 04.06.2026 (Fronleichnam)") // false
 */
export function wasChanged(note: string | null): boolean {
  return note !== null && CHANGE_LINE.test(note);
}

/**
 * How many cancellation and move lines a Hinweis holds.
 *
 * @example changeCount("verschoben vom 11.03.2027 (am 03.12.2026); abgesagt am 04.12.2026") // 2
 */
export function changeCount(note: string | null): number {
  return note === null ? 0 : (note.match(new RegExp(CHANGE_LINE.source, "g")) ?? []).length;
}
