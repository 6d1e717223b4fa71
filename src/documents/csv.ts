import type { PlainDate } from "../domain/plainDate";
import { formatDateDe } from "../domain/plainDate";
import type { Recipient } from "./recipients";

/** A CSV cell: text, empty, or a date written `TT.MM.JJJJ`. */
export type CsvCell = string | null | { readonly date: PlainDate };

const encoder = new TextEncoder();

/**
 * A CSV file as German Excel opens it with a double click: UTF-8 with BOM (else umlauts break),
 * `;` as separator (`,` is the decimal comma), CRLF, fields quoted where needed. A cell that
 * starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so Excel shows it as text instead
 * of running it as a formula (CSV injection).
 *
 * @example new TextDecoder().decode(buildCsv(["Name"], [["=1+1"]])) // "\uFEFFName\r\n'=1+1\r\n"
 */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(";"));
  return encoder.encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "string" ? cell : formatDateDe(cell.date);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The recipient list of a mailing (`Empfaenger.csv`), also usable as the data source of a Word
 * mail merge. With a meeting, every row also names it (`Sitzung`, `Datum`).
 *
 * @example recipientsCsv(recipients, { nr: "2027-01", date: "2027-01-14" as PlainDate })
 */
export function recipientsCsv(recipients: readonly Recipient[], meeting?: { readonly nr: string; readonly date: PlainDate }): Uint8Array {
  const header = ["Mitglied", "Anrede", "Titel", "Vorname", "Nachname", "Funktion", "E-Mail", "Rolle", "Briefanrede", "Anschrift"];
  const rows = recipients.map((r): CsvCell[] => [
    r.member.name,
    r.contact.salutation,
    r.contact.title,
    r.contact.firstName,
    r.contact.lastName,
    r.contact.position,
    r.email,
    r.contact.role,
    r.salutation,
    r.member.address,
    ...(meeting ? [meeting.nr, { date: meeting.date }] : []),
  ]);
  return buildCsv(meeting ? [...header, "Sitzung", "Datum"] : header, rows);
}
