import path from "node:path";
import ExcelJS from "exceljs";
import type { PlainDate } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");

/**
 * The example with a Gremien sheet and a Gremium column in Sitzungen, added with exceljs as a
 * user's script would: the plenary, an Arbeitskreis (Kaarst, Neuss, Jüchen) and a fortnightly online
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
  const meetings = workbook.getWorksheet("Sitzungen")!;
  // exceljs's Table.addColumn fails on loaded tables; widening the model is what it would do.
  const model = (meetings.getTable("tblSitzungen") as unknown as { table: { tableRef: string; columns: { name: string }[] } }).table;
  model.tableRef = model.tableRef.replace(/L(\d+)$/, "M$1");
  model.columns.push({ name: "Gremium" });
  meetings.getCell("M1").value = "Gremium";
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  if (plannedYear === undefined) return bytes;
  const store = await XlsxRegisterStore.fromBuffer(bytes, "Gremien.xlsx");
  await store.append("Sitzungen", planWorkbook(await store.read(), plannedYear, "2026-11-24" as PlainDate).rows);
  return Buffer.from(await store.toBuffer());
}
