import path from "node:path";
import ExcelJS from "exceljs";
import type { PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { findGrid } from "../../src/domain/readRegisters";
import { ATTENDANCE_COLUMNS, MEETING_READ_COLUMNS, TASK_READ_COLUMNS, type ColumnSpec, type RegisterName } from "../../src/domain/registers";
import { rowFor } from "../../src/domain/rowFor";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");

/**
 * The example with a Gremien sheet and a Gremium column in Sitzungen and Aufgaben, added with
 * exceljs as a user's script would: the plenary, an Arbeitskreis (Kaarst, Neuss, Jüchen) and a fortnightly online
 * network hosted by the Kreis. With `plannedYear`, that year planned as `allianz planen` does.
 * (exceljs, which the tests have anyway: openpyxl, the more independent writer, is not installed by .ci/run.)
 */
export async function gremienWorkbook(plannedYear?: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  workbook.addWorksheet("Gremien").addTable({
    name: "tblGremien",
    ref: "A1",
    columns: ["Gremium", "Kurzname", "Turnus", "Wochentag", "Woche im Monat", "Format", "Gastgeber-Regel", "Gastgeber", "Mitglieder"].map((name) => ({ name })),
    rows: [
      ["Plenum", null, null, null, null, null, null, null, "alle"],
      ["Arbeitskreis Wärme", "AK-Wärme", "vierteljährlich", "Dienstag", 2, null, "reihum", null, "Kaarst; Stadt Neuss; Jüchen"],
      ["Netzwerk Klimaschutzmanagement", "KSM", "zweiwöchentlich", "Freitag", 1, "Online", "fest", "Rhein-Kreis Neuss", "Rhein-Kreis Neuss, Dormagen"],
    ],
  });
  addBodyColumn(workbook, "Sitzungen", "tblSitzungen", "L", "M");
  addBodyColumn(workbook, "Aufgaben", "tblAufgaben", "H", "I");
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  if (plannedYear === undefined) return bytes;
  const store = await XlsxRegisterStore.fromBuffer(bytes, "Gremien.xlsx");
  await store.append("Sitzungen", planWorkbook(await store.read(), plannedYear, "2026-11-24" as PlainDate).rows);
  return Buffer.from(await store.toBuffer());
}

/** A Gremium column after the last column of a sheet's table. */
function addBodyColumn(workbook: ExcelJS.Workbook, sheet: string, table: string, last: string, next: string): void {
  const worksheet = workbook.getWorksheet(sheet)!;
  // exceljs's Table.addColumn fails on loaded tables; widening the model is what it would do.
  const model = (worksheet.getTable(table) as unknown as { table: { tableRef: string; columns: { name: string }[] } }).table;
  model.tableRef = model.tableRef.replace(new RegExp(`${last}(\\d+)$`), `${next}$1`);
  model.columns.push({ name: "Gremium" });
  worksheet.getCell(`${next}1`).value = "Gremium";
}

const held = { start: "16:00", end: "17:30", format: "Online", venue: null, minutesBy: "Stadt Kaarst", speakers: null, note: null, access: null };

/**
 * The Gremien workbook with a year 2026 for the Jahresbericht: beside the example's plenary meetings
 * (empty Gremium cell: the Plenum) two held meetings of the Arbeitskreis and a cancelled one of the
 * network, attendance of the Arbeitskreis, and tasks: one the plenary gave the Arbeitskreis
 * (Gremium cell), one agreed in the Arbeitskreis (empty cell), one of an unknown Gremium.
 */
export async function gremienReportWorkbook(): Promise<Buffer> {
  const store = await XlsxRegisterStore.fromBuffer(await gremienWorkbook(), "Gremien.xlsx");
  const grids = await store.read();
  const append = (sheet: RegisterName, columns: readonly ColumnSpec[], records: Record<string, unknown>[]) => store.append(sheet, records.map((r) => rowFor(findGrid(grids, sheet)!.header, columns, r)));
  await append("Sitzungen", MEETING_READ_COLUMNS, [
    { ...held, nr: "AK-Wärme-2026-01", date: "2026-03-10", host: "Stadt Kaarst", topic: "Wärmenetze im Bestand", status: "durchgeführt", body: "Arbeitskreis Wärme" },
    { ...held, nr: "AK-Wärme-2026-02", date: "2026-09-08", host: "Stadt Neuss", topic: "Kommunale Wärmeplanung", status: "durchgeführt", body: "AK-Wärme" },
    { ...held, nr: "KSM-2026-01", date: "2026-06-05", host: "Rhein-Kreis Neuss", topic: null, status: "abgesagt", body: "KSM" },
  ]);
  const present = (meeting: string, member: string, person: string | null, status = "anwesend") => ({ meeting, member, person, status, remark: null });
  await append("Anwesenheit", ATTENDANCE_COLUMNS, [
    present("AK-Wärme-2026-01", "Stadt Kaarst", null),
    present("AK-Wärme-2026-01", "Stadt Neuss", null),
    present("AK-Wärme-2026-01", "Stadt Jüchen", null, "entschuldigt"),
    present("AK-Wärme-2026-02", "Stadt Kaarst", null),
    present("AK-Wärme-2026-02", "Stadt Jüchen", null),
  ]);
  const task = (nr: string, meeting: string, text: string, body: string | null) => ({ nr, meeting, item: null, task: text, responsible: "Stadt Kaarst", due: "2027-03-31", status: "offen", doneOn: null, body });
  await append("Aufgaben", TASK_READ_COLUMNS, [
    task("AK-1", "2026-04", "Wärmeatlas der Region zusammenstellen", "AK-Wärme"),
    task("AK-2", "AK-Wärme-2026-02", "Fernwärmesatzungen vergleichen", null),
    task("X-1", "2026-04", "Beiratssitzung vorbereiten", "Beirat"),
  ]);
  return Buffer.from(await store.toBuffer());
}
