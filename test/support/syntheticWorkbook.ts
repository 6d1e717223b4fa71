import type { RawCell, RawGrid, WorkbookGrids } from "../../src/domain/grid";
import { addDays, plainDate, type PlainDate } from "../../src/domain/plainDate";

export interface SyntheticSize {
  readonly members: number;
  readonly contacts: number;
  /** Meeting rows, every two months backwards from the end of `lastYear`. */
  readonly meetings: number;
  readonly lastYear: number;
}

/** A large, valid register workbook (a state-wide network) for benchmarks and batching tests. */
export function syntheticWorkbook(size: SyntheticSize): WorkbookGrids {
  const names = Array.from({ length: size.members }, (_, i) => `Gemeinde Musterort ${String(i + 1).padStart(4, "0")}`);
  const joined = { date: plainDate(2000, 1, 1) as PlainDate };
  const members = names.map((name) => [name, null, "Gemeinde", joined, null, "Ja", `Rathaus, Marktplatz 1, ${name}`, null]);
  const contacts = Array.from({ length: size.contacts }, (_, i) => {
    const member = names[i % names.length];
    const role = i < names.length ? "Ansprechperson" : "Vertretung";
    return [member, i % 2 ? "Herr" : "Frau", null, `Vorname${i}`, `Nachname${i}`, "Klimaschutz", `person${i}@example.org`, null, role, "Ja"];
  });
  const first = plainDate(size.lastYear - Math.ceil(size.meetings / 6) + 1, 1, 14) as PlainDate;
  const meetings = Array.from({ length: size.meetings }, (_, i) => {
    const date = addDays(first, Math.floor(i * 61));
    const host = names[i % names.length];
    return [`M-${i + 1}`, { date }, { time: "10:00" }, { time: "12:00" }, "Online", host, "Online", host, `Thema ${i + 1}`, null, date < `${size.lastYear - 1}-01-01` ? "durchgeführt" : "geplant", null];
  });
  return {
    date1904: false,
    grids: [
      grid("Mitglieder", ["Mitglied", "Kurzname", "Art", "Beitritt", "Austritt", "Gastgeber", "Sitzungsort", "Anschrift"], members),
      grid("Kontakte", ["Mitglied", "Anrede", "Titel", "Vorname", "Nachname", "Funktion", "E-Mail", "Telefon", "Rolle", "Aktiv"], contacts),
      grid("Sitzungen", ["Nr", "Datum", "Beginn", "Ende", "Format", "Gastgeber", "Ort", "Protokoll", "Thema", "Referierende", "Status", "Hinweis"], meetings),
      grid("Einstellungen", ["Einstellung", "Wert"], [
        ["Name der Allianz", "Landesnetzwerk Klima"],
        ["Turnus", "zweimonatlich"],
        ["Format", "Online"],
        ["Vorsitz", names[0]],
        ["Absender", "Geschäftsstelle Landesnetzwerk Klima\nMusterstraße 1\n40210 Düsseldorf"],
        ["Absender-E-Mail", "netzwerk@example.org"],
      ]),
    ],
  };
}

function grid(sheet: string, header: RawCell[], rows: RawCell[][]): RawGrid {
  return { sheet, headerRow: 1, firstColumn: 0, header, rows };
}
