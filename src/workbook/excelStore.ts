import { plainDateToSerial } from "../domain/excelSerial";
import { columnLetter, type RawCell, type RawGrid, type WorkbookGrids } from "../domain/grid";
import type { RegisterLayout } from "../domain/layouts";
import { matchKey } from "../domain/matchKey";
import { WORKBOOK_SHEETS, type ColumnSpec, type Meeting, type RegisterName, type WorkbookSheet } from "../domain/registers";
import type { MeetingStatusCell } from "../domain/statusCell";
import { TEMPLATE_KINDS, type TemplateKind } from "../documents/fields";
import { timeToDayFraction } from "./cellValues";
import { DATE_FORMAT, dropDownChoices, dropDownMessage, freeTableName, knownHeaders, TIME_FORMAT } from "./registerSheet";
import type { RowUpdate } from "../domain/meetingCells";
import type { RegisterStore } from "./store";
import { MAX_TEMPLATE_XML_BYTES, parseTemplateXml, templateNamespace, templateXml, type StoredTemplate } from "./templateXml";

/*
 * The register store inside Excel (Office.js). Every command is a fixed number of `context.sync()`
 * round trips for any realistic register: `read` 2 (where the registers are, then their values),
 * `append` 2 (look up where the rows go, write them), `update` 2 (check the rows, write), `setUp` 2, `select` 1, `highlight` 2,
 * `setMeetingStatus` 2, `loadTemplates`, `saveTemplate` and `removeTemplate` 2 each. Only reads
 * and writes beyond ~4 MB take more, one per 4 MB, since Excel on the web refuses requests and
 * responses over 5 MB. Only APIs up to ExcelApi 1.12 (the set taskpane.ts checks) are used.
 */

/** Something the workbook does not allow right now; the message is German and says what to do. */
export class ExcelStoreError extends Error {
  override readonly name = "ExcelStoreError";
}

/** A problem cell to highlight; errors are painted red, warnings amber. */
export interface HighlightCell {
  readonly sheet: string;
  /** A1 address such as `G5`. */
  readonly cell: string;
  readonly severity?: "error" | "warning";
}

/** At most this many cells are highlighted per run: more is noise, and each costs request payload. */
export const MAX_HIGHLIGHTS = 1_000;

/** Text cells keep what is written (Excel would read `2027-01` as a date and `=x` as a formula). */
const TEXT_FORMAT = "@";
const TABLE_STYLE = "TableStyleMedium2";
const LAST_ROW = 1_048_576;
const HIGHLIGHT_COLORS = { error: "#FDE7E9", warning: "#FFF4CE" } as const;
/** Excel reports "no fill" as white; white is therefore restored as no fill. */
const NO_FILL = "#FFFFFF";
/** Document setting that remembers the painted cells and their own fill, so the next run restores them. */
const HIGHLIGHT_SETTING = "allianzPlaner.markierungen";
/** Excel on the web rejects requests over 5 MB; appends are cut into chunks below this size. */
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * Cells read per request: at the 12–16 bytes a register cell takes in the response (value, quotes,
 * comma) 3–4 MB. A request that still exceeds the limit (long texts) is split further.
 */
const MAX_READ_CELLS = 250_000;
/** Office.js's own JSON around each operation and object of a request (ids, action type, path). */
const OPERATION_BYTES = 120;
/** 2000-01-01 as a serial in the 1900 and the 1904 date system (DATE(2000;1;1) tells them apart). */
const SERIAL_2000 = { date1900: 36526, date1904: 35064 } as const;

/** Where read() found a register: what append() needs to put rows under the same header. */
interface RegisterPlace {
  readonly sheet: string;
  /** 1-based Excel row of the header. */
  readonly headerRow: number;
  /** 0-based column of the header's first cell. */
  readonly firstColumn: number;
  readonly header: readonly RawCell[];
  /** Names of the tables on the sheet; append() uses the one that holds the header. */
  readonly tables: readonly string[];
}

/** A cell painted by highlight(): `fill` is the cell's own fill before (null = none). */
interface PaintedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly fill: string | null;
}

/** The cell values Office.js hands out and takes; `null` in a written array leaves the cell as it is. */
type ExcelValue = string | number | boolean | null;

/**
 * The register store over the open workbook (Office.js, inside the task pane).
 *
 * @example
 * const store = new ExcelRegisterStore();
 * const { findings } = checkWorkbook(await store.read(), todayInGermany());
 * await store.highlight(findings.flatMap((f) => (f.cell ? [{ sheet: f.sheet, cell: f.cell, severity: f.severity }] : [])));
 */
export class ExcelRegisterStore implements RegisterStore {
  private places = new Map<WorkbookSheet, RegisterPlace>();
  private date1904 = false;

  /**
   * All register sheets: first where each sheet's used range is (and the workbook's date system),
   * then the values, in as few requests under Excel on the web's 5 MB as there are cells
   * (numbers pass through as serials). Two syncs up to {@link MAX_READ_CELLS} cells.
   */
  async read(): Promise<WorkbookGrids> {
    return Excel.run(async (context) => {
      // Released APIs only: DATE(2000;1;1) is 36526 in the 1900 system and 35064 in the 1904 one.
      const probe = context.workbook.functions.date(2000, 1, 1).load("value,error");
      const queued = WORKBOOK_SHEETS.map((register) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(register).load("name");
        const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
        const tables = sheet.tables.load("items/name");
        return { register, sheet, used, tables };
      });
      await context.sync();

      this.date1904 = dateSystemOf(probe);
      const present = queued.filter((q) => !q.sheet.isNullObject);
      const blocks = present.flatMap(({ sheet, used }) => (used.isNullObject ? [] : rowBlocks(sheet.name, used)));
      const values = await readBlocks(context, blocks);
      this.places.clear();
      const grids: RawGrid[] = [];
      for (const { register, sheet, used, tables } of present) {
        const rows = blocks.flatMap((block, i) => (block.sheet === sheet.name ? values[i] : []));
        const grid = used.isNullObject
          ? { sheet: sheet.name, headerRow: 1, firstColumn: 0, header: [], rows: [] }
          : gridOf(register, sheet.name, rows, used.rowIndex, used.columnIndex);
        grids.push(grid);
        this.places.set(register, { sheet: grid.sheet, headerRow: grid.headerRow, firstColumn: grid.firstColumn, header: grid.header, tables: tables.items.map((t) => t.name) });
      }
      return { date1904: this.date1904, grids };
    });
  }

  /**
   * Appends rows under the register's header as read() last found it: into the table that holds the
   * header (reusing its blank last row), else below the last used row. Two syncs: where to write
   * (and whether a filter or hidden rows are in the way), then the write and a re-read of the
   * table's size — more only for writes over ~4 MB, which go in chunks under Excel on the web's 5 MB
   * request limit. Columns the register does not fill get `null`, which leaves a cell alone: a
   * calculated column keeps its formula ("Blank and null values in Excel add-ins").
   */
  async append(register: RegisterName, rows: readonly (readonly RawCell[])[]): Promise<void> {
    if (rows.length === 0) return;
    if (!this.places.has(register)) await this.read();
    const place = this.places.get(register);
    if (!place) throw new ExcelStoreError(`Das Tabellenblatt „${register}“ fehlt. Bitte zuerst „Arbeitsmappe einrichten“ ausführen.`);
    const width = place.header.length;
    if (width === 0) throw new ExcelStoreError(`Im Blatt „${place.sheet}“ fehlt die Kopfzeile. Bitte die Spaltenüberschriften eintragen oder das Blatt mit „Arbeitsmappe einrichten“ neu anlegen.`);

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(place.sheet);
      const header = sheet.getRange(rowAddress(place.headerRow - 1, place.firstColumn, width)).load("values");
      const sheetFilter = sheet.autoFilter.load("isDataFiltered");
      const tables = place.tables.map((name) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        const body = table.getDataBodyRange();
        return {
          name,
          table,
          range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
          body: body.load("rowIndex,rowCount,rowHidden"),
          lastRow: body.getLastRow().load("values"),
          filter: table.autoFilter.load("isDataFiltered"),
        };
      });
      const used = sheet.getUsedRange(true).load("rowIndex,rowCount");
      await syncOrExplain(context, place.sheet);

      if (!sameHeader(header.values[0] as unknown[], place.header) || tables.some((t) => t.table.isNullObject)) {
        throw new ExcelStoreError(`Das Blatt „${place.sheet}“ hat sich seit dem Lesen geändert. Bitte erneut prüfen und planen.`);
      }
      const holder = tables.find(({ range }) => range.rowIndex <= place.headerRow - 1 && place.headerRow - 1 < range.rowIndex + range.rowCount && range.columnIndex < place.firstColumn + width && place.firstColumn < range.columnIndex + range.columnCount);
      // Excel refuses to insert into a filtered range (FilteredRangeConflict), and rows appended
      // under hidden rows would not be seen: the user shows all rows first.
      if (sheetFilter.isDataFiltered || (holder !== undefined && (holder.filter.isDataFiltered || holder.body.rowHidden !== false))) {
        throw new ExcelStoreError(
          `Im Blatt „${place.sheet}“ sind Zeilen ausgeblendet oder gefiltert. Es wurde nichts eingetragen. Zeigen Sie alle Zeilen an (Daten › Filter löschen bzw. Zeilen einblenden) und versuchen Sie es erneut.`,
        );
      }
      if (!holder) {
        const plainRows = rows.map((row) => fitToTable(row, place, place.firstColumn, width));
        await writeInChunks(context, plainRows, (chunk, offset) => {
          const top = used.rowIndex + used.rowCount + offset;
          writeBlock(sheet.getRange(blockAddress(top, place.firstColumn, chunk.length, width)), chunk, this.date1904);
        });
        return;
      }
      // New table rows go below the data body (above a totals row, which Excel moves down).
      const { name, table, range, body, lastRow } = holder;
      const left = range.columnIndex;
      const tableWidth = range.columnCount;
      const tableRows = rows.map((row) => fitToTable(row, place, left, tableWidth));
      const reuseLastRow = (lastRow.values[0] as unknown[]).every((v) => v === "" || v === null);
      const firstTop = body.rowIndex + body.rowCount - (reuseLastRow ? 1 : 0);
      const grown = await writeInChunks(context, tableRows, (chunk, offset) => {
        const reused = offset === 0 && reuseLastRow ? 1 : 0;
        // Rows are added with their values (a blank row may end up outside the table, office-js
        // #2097, #3013); formats and values are then written again, because Excel read the added
        // text like typed input ("2027-01" as a date) before the cells had their formats.
        // null leaves a calculated column's cell to its formula (office-js #1916).
        const added = chunk.slice(reused).map((row) => row.map((cell) => excelCell(cell, this.date1904).value)) as (string | number | boolean)[][];
        if (added.length > 0) table.rows.add(undefined, added);
        writeBlock(sheet.getRange(blockAddress(firstTop + offset, left, chunk.length, tableWidth)), chunk, this.date1904);
        return table.getDataBodyRange().load("rowIndex,rowCount");
      });
      const expectedBottom = firstTop + tableRows.length;
      if (grown.rowIndex + grown.rowCount !== expectedBottom) {
        throw new ExcelStoreError(
          `Excel hat die neuen Zeilen im Blatt „${place.sheet}“ nicht vollständig in die Tabelle „${name}“ übernommen (ihre Daten enden in Zeile ${grown.rowIndex + grown.rowCount} statt ${expectedBottom}). Bitte prüfen Sie die Zeilen unter der Tabelle und erweitern Sie die Tabelle bei Bedarf (Tabellenentwurf › Tabellengröße ändern).`,
        );
      }
    });
  }

  /**
   * Creates the sheets of the layouts that are missing, each with a styled table, column widths,
   * date/time/text formats, drop-downs and its initial rows. Existing sheets are not touched.
   * Two syncs: which sheets and table names exist, then everything new.
   */
  async setUp(layouts: readonly RegisterLayout[]): Promise<WorkbookSheet[]> {
    return Excel.run(async (context) => {
      const sheets = layouts.map((layout) => context.workbook.worksheets.getItemOrNullObject(layout.name));
      const tables = context.workbook.tables.load("items/name");
      await context.sync();

      const missing = layouts.filter((_, i) => sheets[i].isNullObject);
      if (missing.length === 0) return [];
      const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
      for (const layout of missing) {
        const name = freeTableName(layout.table, takenTables);
        takenTables.add(name.toLowerCase());
        createRegisterSheet(context, layout, name, this.date1904);
      }
      await context.sync();
      return missing.map((layout) => layout.name);
    });
  }

  /** Shows a cell: activates its sheet and selects it (a click on a finding). One sync. */
  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await syncOrExplain(context, sheet);
    });
  }

  /**
   * Clears the previous run's highlights (restoring each cell's own fill, unless the user has
   * recoloured it since) and paints the new problem cells, at most {@link MAX_HIGHLIGHTS}. The
   * painted cells and their own fills are kept in the document settings, which are saved with the
   * workbook (Office Common API, every Excel version). Only cells on the register sheets read() just
   * found are touched. Two syncs: the current fills, then restore and paint — so "Prüfen" (read and
   * highlight) takes three.
   */
  async highlight(cells: readonly HighlightCell[]): Promise<void> {
    const settings = Office.context.document.settings;
    const previous = (settings.get(HIGHLIGHT_SETTING) as PaintedCell[] | null) ?? [];
    const wanted = uniqueCells(cells).slice(0, MAX_HIGHLIGHTS);
    if (previous.length === 0 && wanted.length === 0) return;
    if (this.places.size === 0) await this.read();
    const sheets = new Set([...this.places.values()].map((p) => p.sheet.toLowerCase()));
    const onSheet = (c: { sheet: string }) => sheets.has(c.sheet.toLowerCase());

    const painted = await Excel.run(async (context) => {
      const withFill = <C extends { sheet: string; cell: string }>(c: C) => {
        const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
        return { ...c, range, current: range.format.fill.load("color") };
      };
      const before = previous.filter(onSheet).map(withFill);
      const next = wanted.filter(onSheet).map(withFill);
      await syncOrExplain(context, [...new Set([...before, ...next].map((c) => c.sheet))].join("“, „"));

      // A cell still in our colour gets its own fill back; one the user has recoloured keeps theirs.
      const restored = new Map<string, string | null>();
      for (const c of before) {
        if (!sameColor(c.current.color, c.color)) continue;
        paint(c.range, c.fill);
        restored.set(cellKey(c), c.fill);
      }
      const result: PaintedCell[] = next.map((c) => {
        const key = cellKey(c);
        const fill = restored.has(key) ? restored.get(key)! : ownFill(c.current.color);
        paint(c.range, c.color);
        return { sheet: c.sheet, cell: c.cell, color: c.color, fill };
      });
      await context.sync();
      return result;
    });
    settings.set(HIGHLIGHT_SETTING, painted);
    const saved = await new Promise<Office.AsyncResult<void>>((resolve) => settings.saveAsync(resolve));
    if (saved.status !== Office.AsyncResultStatus.Succeeded) {
      throw new ExcelStoreError(
        "Die Markierungen sind gesetzt, aber Excel konnte sich nicht merken, welche Zellen markiert sind (die Arbeitsmappe ist vielleicht schreibgeschützt). Beim nächsten Prüfen bleiben diese Markierungen deshalb stehen; entfernen Sie sie dann von Hand (Start › Füllfarbe › Keine Füllung).",
      );
    }
  }

  /**
   * Sets a meeting's Status cell, and only that cell, after checking in the same batch that its
   * row still holds the meeting (rows may have been sorted or inserted since the grids were read).
   * Two syncs: the check, then the write.
   */
  async setMeetingStatus(place: MeetingStatusCell, status: Meeting["status"]): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(place.sheet);
      const nrCell = sheet.getRange(place.nrCell).load("values");
      await syncOrExplain(context, place.sheet);
      if (String(rawCell(nrCell.values[0][0]) ?? "").trim() !== place.nr.trim()) {
        throw new ExcelStoreError(
          `In Zelle ${place.nrCell} des Blatts „${place.sheet}“ steht nicht mehr die Sitzung „${place.nr}“ – die Zeilen haben sich seit dem Lesen verändert. Es wurde nichts eingetragen. Bitte die Einladung erneut erstellen und dann markieren.`,
        );
      }
      sheet.getRange(place.statusCell).values = [[status]];
      await context.sync();
    });
  }

  /**
   * Overwrites single cells after checking in the same batch that each row still holds its Nr.
   * Two syncs whatever the number of rows: the check, then all writes.
   */
  async update(register: RegisterName, rows: readonly RowUpdate[]): Promise<void> {
    if (rows.length === 0) return;
    await Excel.run(async (context) => {
      // Sheet names are matched without regard to case, as read() finds them.
      const sheet = context.workbook.worksheets.getItem(register);
      const guards = rows.map(({ guard }) => ({ guard, range: sheet.getRange(guard.cell).load("values") }));
      await syncOrExplain(context, register);
      const moved = guards.find(({ guard, range }) => String(rawCell(range.values[0][0]) ?? "").trim() !== guard.text.trim());
      if (moved) {
        throw new ExcelStoreError(`In Zelle ${moved.guard.cell} des Blatts „${register}“ steht nicht mehr „${moved.guard.text}“ – die Zeilen haben sich seit dem Lesen verändert. Es wurde nichts geändert. Bitte erneut versuchen.`);
      }
      for (const row of rows) for (const { cell, value } of row.updates) writeBlock(sheet.getRange(cell), [[value]], this.date1904);
      await context.sync();
    });
  }

  /** The user's own Word templates kept in the workbook, at most one per kind. Two syncs: which parts exist, then their XML. */
  async loadTemplates(): Promise<StoredTemplate[]> {
    return Excel.run(async (context) => {
      const parts = TEMPLATE_KINDS.map((kind) => context.workbook.customXmlParts.getByNamespace(templateNamespace(kind)).load("items/id"));
      await context.sync();
      const xml = parts.flatMap((scoped) => scoped.items.map((part) => part.getXml()));
      if (xml.length === 0) return [];
      await context.sync();
      // A part that is not readable (edited by another program) is left alone, and the default used.
      const templates = xml.map((result) => parseTemplateXml(result.value)).filter((t): t is StoredTemplate => t !== null);
      return TEMPLATE_KINDS.flatMap((kind) => templates.find((t) => t.kind === kind) ?? []);
    });
  }

  /**
   * Keeps a template in the workbook (a custom XML part, so it travels with the file), replacing
   * the kind's previous one. Refused above Excel on the web's 1 MB per part. Two syncs.
   */
  async saveTemplate(template: StoredTemplate): Promise<void> {
    const xml = templateXml(template);
    const size = new TextEncoder().encode(xml).length;
    if (size > MAX_TEMPLATE_XML_BYTES) {
      // Base64 makes the file a third larger; the rest of the part is a few bytes.
      const limit = Math.floor((MAX_TEMPLATE_XML_BYTES * 3) / 4 / 1024) - 1;
      throw new ExcelStoreError(
        `Die Vorlage „${template.fileName}“ ist mit ${Math.ceil(template.bytes.length / 1024)} KB zu groß, um sie in der Arbeitsmappe zu speichern (höchstens ${limit} KB). Verkleinern Sie die Bilder darin (Word: Bildformat › Bilder komprimieren), speichern Sie die Vorlage und wählen Sie sie erneut.`,
      );
    }
    await this.replaceTemplatePart(template.kind, xml);
  }

  /** Removes the kind's own template from the workbook, so the default is used again. Two syncs. */
  async removeTemplate(kind: TemplateKind): Promise<void> {
    await this.replaceTemplatePart(kind, null);
  }

  /**
   * Adds the new part before deleting the old ones: when Excel refuses the add (a large part on the
   * web, office-js #2408), the old template is still there. Two syncs.
   */
  private async replaceTemplatePart(kind: TemplateKind, xml: string | null): Promise<void> {
    await Excel.run(async (context) => {
      const previous = context.workbook.customXmlParts.getByNamespace(templateNamespace(kind)).load("items/id");
      if (xml !== null) context.workbook.customXmlParts.add(xml);
      try {
        await context.sync();
      } catch (error) {
        if (xml === null || (error as { code?: string }).code !== "GeneralException") throw error;
        throw new ExcelStoreError(
          "Excel hat die Vorlage nicht in der Arbeitsmappe gespeichert – Excel im Web nimmt nur kleinere Vorlagen an. Die bisherige Vorlage bleibt in Gebrauch. Verkleinern Sie die Bilder der Vorlage (Word: Bildformat › Bilder komprimieren) oder wählen Sie sie in Excel für Windows oder Mac.",
        );
      }
      for (const part of previous.items) part.delete();
      await context.sync();
    });
  }
}

/** A register's grid from its used range: the header is the first row holding a known header. */
function gridOf(register: WorkbookSheet, sheet: string, values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): RawGrid {
  const known = knownHeaders(register);
  const found = values.findIndex((row) => row.some((v) => typeof v === "string" && known.has(matchKey(v))));
  const headerIndex = Math.max(found, 0);
  return {
    sheet,
    headerRow: rowIndex + headerIndex + 1,
    firstColumn: columnIndex,
    header: (values[headerIndex] ?? []).map(rawCell),
    rows: values.slice(headerIndex + 1).map((row) => row.map(rawCell)),
  };
}

/** Office hands out `""` for empty cells and error values as text (`#NV`), which the domain reads as errors. */
function rawCell(value: unknown): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

function sameHeader(now: readonly unknown[], then: readonly RawCell[]): boolean {
  return then.every((cell, i) => matchKey(String(cell ?? "")) === matchKey(String(now[i] ?? "")));
}

/** A register row (in header order from `place.firstColumn`) laid out over the columns written to. */
function fitToTable(row: readonly RawCell[], place: RegisterPlace, tableLeft: number, tableWidth: number): RawCell[] {
  const shift = tableLeft - place.firstColumn;
  row.forEach((cell, i) => {
    if (cell !== null && cell !== "" && (i < shift || i >= shift + tableWidth)) {
      throw new ExcelStoreError(`Die Spalte „${String(place.header[i] ?? "")}“ im Blatt „${place.sheet}“ liegt außerhalb der Tabelle. Bitte die Tabelle auf alle Spalten der Kopfzeile erweitern.`);
    }
  });
  return Array.from({ length: tableWidth }, (_, k) => row[k + shift] ?? null);
}

/** A cell as Office.js writes it, with the number format it needs (null = leave the format alone). */
function excelCell(cell: RawCell, date1904: boolean): { value: ExcelValue; format: string | null } {
  if (cell === null) return { value: null, format: null };
  if (typeof cell === "string") return { value: cell, format: TEXT_FORMAT };
  if (typeof cell === "number" || typeof cell === "boolean") return { value: cell, format: null };
  if ("date" in cell) {
    const serial = plainDateToSerial(cell.date, date1904);
    return serial === null ? { value: cell.date, format: TEXT_FORMAT } : { value: serial, format: DATE_FORMAT };
  }
  if ("time" in cell) return { value: timeToDayFraction(cell.time), format: TIME_FORMAT };
  return { value: cell.error, format: null };
}

/** Queues formats, then values, of rows written into `range` (exactly their size). */
function writeBlock(range: Excel.Range, rows: readonly (readonly RawCell[])[], date1904: boolean): void {
  const cells = rows.map((row) => row.map((cell) => excelCell(cell, date1904)));
  range.numberFormat = cells.map((row) => row.map((c) => c.format)) as string[][];
  range.values = cells.map((row) => row.map((c) => c.value));
}

/**
 * Queues the rows in chunks that stay under the request limit and syncs each: one sync for any
 * realistic register, more only beyond ~4 MB of cells. Returns what `queue` loaded for the last chunk.
 */
async function writeInChunks<T>(context: Excel.RequestContext, rows: readonly (readonly RawCell[])[], queue: (chunk: readonly (readonly RawCell[])[], offset: number) => T): Promise<T> {
  let start = 0;
  let last: T | undefined;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length && (end === start || bytes + requestBytes(rows[end]) <= MAX_REQUEST_BYTES)) bytes += requestBytes(rows[end++]);
    last = queue(rows.slice(start, end), start);
    await context.sync();
    start = end;
  }
  return last as T;
}

/** What a row costs in the request: its values twice (added, then written) and formats as JSON, plus Office.js's per-operation overhead. */
function requestBytes(row: readonly RawCell[]): number {
  const cells = row.map((cell) => excelCell(cell, false));
  const values = cells.map((c) => c.value);
  const json = JSON.stringify([values, cells.map((c) => c.format), values]);
  return new TextEncoder().encode(json).length + OPERATION_BYTES;
}

/**
 * The workbook's date system from DATE(2000;1;1); a result that is neither serial means Excel did
 * not tell, and dates would be written a few years off — so the user is told instead.
 */
function dateSystemOf(probe: Excel.FunctionResult<number>): boolean {
  if (probe.error === null || probe.error === undefined || probe.error === "") {
    if (probe.value === SERIAL_2000.date1900) return false;
    if (probe.value === SERIAL_2000.date1904) return true;
  }
  throw new ExcelStoreError(
    "Excel hat nicht verraten, ob diese Arbeitsmappe das 1904-Datumssystem verwendet (Datei › Optionen › Erweitert › „1904-Datumswerte verwenden“). Damit kein Datum um vier Jahre verschoben gelesen oder geschrieben wird, wurde nichts getan. Schließen Sie Eingaben ab, lassen Sie Excel neu berechnen (F9) und versuchen Sie es erneut.",
  );
}

/** A rectangle of a sheet to read: 0-based top row and left column. */
interface Block {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** A used range cut into blocks of at most {@link MAX_READ_CELLS} cells (whole rows). */
function rowBlocks(sheet: string, used: Excel.Range): Block[] {
  const perBlock = Math.max(1, Math.floor(MAX_READ_CELLS / used.columnCount));
  const blocks: Block[] = [];
  for (let offset = 0; offset < used.rowCount; offset += perBlock) {
    blocks.push({ sheet, top: used.rowIndex + offset, left: used.columnIndex, rows: Math.min(perBlock, used.rowCount - offset), columns: used.columnCount });
  }
  return blocks;
}

/**
 * The values of the blocks, as many as fit together under {@link MAX_READ_CELLS} in one request.
 * A request that Excel still finds too large (ResponsePayloadSizeLimitExceeded, e.g. very long
 * texts) is split in halves until it fits, so every register can be read whatever its size.
 */
async function readBlocks(context: Excel.RequestContext, blocks: readonly Block[]): Promise<unknown[][][]> {
  const values: unknown[][][] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start + 1;
    let cells = blocks[start].rows * blocks[start].columns;
    while (end < blocks.length && cells + blocks[end].rows * blocks[end].columns <= MAX_READ_CELLS) cells += blocks[end].rows * blocks[end++].columns;
    values.push(...(await readRequest(context, blocks.slice(start, end))));
    start = end;
  }
  return values;
}

async function readRequest(context: Excel.RequestContext, blocks: readonly Block[]): Promise<unknown[][][]> {
  const ranges = blocks.map((b) => context.workbook.worksheets.getItem(b.sheet).getRange(blockAddress(b.top, b.left, b.rows, b.columns)).load("values"));
  try {
    await context.sync();
    return ranges.map((range) => range.values);
  } catch (error) {
    if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded" || (blocks.length === 1 && blocks[0].rows === 1)) throw error;
    if (blocks.length > 1) {
      const middle = Math.ceil(blocks.length / 2);
      return [...(await readRequest(context, blocks.slice(0, middle))), ...(await readRequest(context, blocks.slice(middle)))];
    }
    const [block] = blocks;
    const upper = Math.ceil(block.rows / 2);
    const [top] = await readRequest(context, [{ ...block, rows: upper }]);
    const [bottom] = await readRequest(context, [{ ...block, top: block.top + upper, rows: block.rows - upper }]);
    return [[...top, ...bottom]];
  }
}

/** Runs the queued requests; a sheet deleted or renamed meanwhile gets a German message. */
async function syncOrExplain(context: Excel.RequestContext, sheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") {
      throw new ExcelStoreError(`Das Tabellenblatt „${sheet}“ gibt es nicht mehr. Bitte erneut prüfen.`);
    }
    throw error;
  }
}

function rowAddress(row0: number, column0: number, width: number): string {
  return blockAddress(row0, column0, 1, Math.max(width, 1));
}

/** A1 address of `rows`×`columns` cells from the 0-based row/column. */
function blockAddress(row0: number, column0: number, rows: number, columns: number): string {
  return `${columnLetter(column0)}${row0 + 1}:${columnLetter(column0 + columns - 1)}${row0 + rows}`;
}

/** The number format of a register column in a new sheet (text columns keep typed text as text). */
function columnFormat(spec: ColumnSpec): string | null {
  if (spec.kind === "date") return DATE_FORMAT;
  if (spec.kind === "time") return TIME_FORMAT;
  if (spec.kind === "integer") return null;
  return TEXT_FORMAT;
}

/** Column width in points for a width in characters (Calibri 11: 8.43 characters = 48 points). */
function columnPoints(characters: number): number {
  return Math.round(characters * 5.7 + 4);
}

function createRegisterSheet(context: Excel.RequestContext, layout: RegisterLayout, tableName: string, date1904: boolean): void {
  const sheet = context.workbook.worksheets.add(layout.name);
  const width = layout.columns.length;
  const last = columnLetter(width - 1);
  // A table always has at least one data row; a blank one is reused by the first append.
  const bodyRows = Math.max(layout.initialRows.length, 1);
  sheet.getRange(`A1:${last}1`).values = [layout.columns.map((c) => c.header)];
  const body = sheet.getRange(`A2:${last}${bodyRows + 1}`);
  body.numberFormat = Array.from({ length: bodyRows }, () => layout.columns.map(columnFormat)) as string[][];
  if (layout.initialRows.length > 0) {
    body.values = layout.initialRows.map((row) => layout.columns.map((_, j) => excelCell(row[j] ?? null, date1904).value));
  }
  const table = sheet.tables.add(`A1:${last}${bodyRows + 1}`, true);
  table.name = tableName;
  table.style = TABLE_STYLE;
  layout.columns.forEach((spec, j) => {
    const letter = columnLetter(j);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(spec.width);
    const choices = dropDownChoices(spec);
    if (!choices) return;
    const validation = sheet.getRange(`${letter}2:${letter}${LAST_ROW}`).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: choices.join(",") } };
    // Yes/no cells also accept `x` and `WAHR`: a warning, not a refusal.
    validation.errorAlert = {
      showAlert: true,
      style: spec.kind === "yesno" ? "Warning" : "Stop",
      title: spec.header,
      message: dropDownMessage(choices),
    };
  });
  sheet.freezePanes.freezeRows(1);
}

function cellKey(c: { sheet: string; cell: string }): string {
  return `${c.sheet.toLowerCase()}!${c.cell.toUpperCase()}`;
}

function uniqueCells(cells: readonly HighlightCell[]): { sheet: string; cell: string; color: string }[] {
  const byCell = new Map<string, { sheet: string; cell: string; color: string }>();
  for (const c of cells) {
    const key = cellKey(c);
    const color = HIGHLIGHT_COLORS[c.severity ?? "error"];
    // An error on a cell outranks a warning on the same cell.
    if (!byCell.has(key) || color === HIGHLIGHT_COLORS.error) byCell.set(key, { sheet: c.sheet, cell: c.cell.toUpperCase(), color });
  }
  return [...byCell.values()];
}

function sameColor(a: string | null, b: string | null): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** The fill to give back to a cell later: null for none (Excel reports none as white). */
function ownFill(color: string | null): string | null {
  return color === null || sameColor(color, NO_FILL) ? null : color;
}

/** Sets a cell's fill, or removes it (null). */
function paint(range: Excel.Range, color: string | null): void {
  if (color === null) range.format.fill.clear();
  else range.format.fill.color = color;
}
