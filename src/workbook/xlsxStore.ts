import type { RawCell, RawGrid, WorkbookGrids } from "../domain/grid";
import type { RegisterLayout } from "../domain/layouts";
import { WORKBOOK_SHEETS, type RegisterName, type WorkbookSheet } from "../domain/registers";
import { RegisterLayoutError, WorkbookFileError } from "./fileErrors";
import { CONTENT_PART, isOds, OdsPackageError, readOds, readOdsContent, type OdsContent } from "./odsBook";
import { appendToOds } from "./odsAppend";
import { updateOdsCells } from "./odsUpdate";
import { decodeRange, gridFromCells, type SheetCells } from "./sheetGrid";
import type { RowUpdate } from "../domain/meetingCells";
import { cellText } from "../domain/readCell";
import type { RegisterStore } from "./store";
import type { StoredTemplate } from "./templateXml";
import { appendToSheet, updateCells } from "./xlsxAppend";
import { XlsxBook, XlsxPackageError } from "./xlsxBook";
import { storedTemplatesIn } from "./xlsxParts";
import { XmlPartError } from "./xmlParts";
import { readZip, writeZip, ZipPackageError, type ZipPackage } from "./zipPackage";

export { RegisterLayoutError, WorkbookFileError } from "./fileErrors";

/** The two file formats a register workbook comes in. */
export type WorkbookFormat = "xlsx" | "ods";

/**
 * The register store over a workbook file (.xlsx from any program, or .ods), read and changed at
 * the package level: used by the CLI, the Word pane and the tests. It reads registers exactly as
 * the Office.js adapter does (used range, header by name, stored values), and `append` changes
 * only the register's sheet (and table); `toBuffer` returns the file with every other part as it
 * was. Works in the browser too (no Node APIs).
 *
 * @example
 * const store = await XlsxRegisterStore.fromBuffer(await readFile("Allianz.xlsx"), "Allianz.xlsx");
 * const grids = await store.read();
 */
export class XlsxRegisterStore implements RegisterStore {
  private readonly xlsx: XlsxBook | null;
  private ods: OdsContent | null;
  private odsChanged = false;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly pkg: ZipPackage,
    readonly format: WorkbookFormat,
    private readonly what: string,
  ) {
    this.xlsx = format === "xlsx" ? new XlsxBook(pkg) : null;
    this.ods = format === "ods" ? readOds(pkg) : null;
  }

  /** Opens workbook bytes; anything else is a {@link WorkbookFileError} naming `fileName`. */
  static async fromBuffer(buffer: Uint8Array | ArrayBuffer, fileName?: string): Promise<XlsxRegisterStore> {
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    const what = fileName ? `„${fileName}“` : "Die Datei";
    // .xlsx and .ods are zip files; old .xls files and password-protected workbooks are OLE containers.
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new WorkbookFileError(`${what} ist eine alte Excel-Datei (.xls) oder kennwortgeschützt. Bitte in Excel ohne Kennwort als Excel-Arbeitsmappe (.xlsx) speichern.`);
    }
    if (!startsWith(bytes, [0x50, 0x4b])) throw new WorkbookFileError(`${what} ist keine Excel-Arbeitsmappe (.xlsx) und keine OpenDocument-Tabelle (.ods).`);
    return guarded(what, () => {
      const pkg = readZip(bytes);
      return new XlsxRegisterStore(bytes, pkg, isOds(pkg) ? "ods" : "xlsx", what);
    });
  }

  async read(): Promise<WorkbookGrids> {
    return guarded(this.what, () => {
      const grids: RawGrid[] = [];
      for (const register of WORKBOOK_SHEETS) {
        const grid = this.gridOf(register);
        if (grid) grids.push(grid);
      }
      return { date1904: this.date1904(), grids };
    });
  }

  async append(register: RegisterName, rows: readonly (readonly RawCell[])[]): Promise<void> {
    if (rows.length === 0) return;
    guarded(this.what, () => {
      if (this.xlsx) {
        const sheet = this.xlsx.sheetNamed(register);
        if (!sheet) throw missingSheet(register);
        const scanned = this.xlsx.scanSheet(sheet);
        const grid = gridFromCells(register, sheet.name, scanned.cells);
        for (const [part, text] of appendToSheet(this.xlsx, sheet, scanned, grid, rows)) this.xlsx.setText(part, text);
        return;
      }
      const ods = this.ods!;
      const sheet = ods.sheets.find((s) => s.name.toLowerCase() === register.toLowerCase());
      if (!sheet) throw missingSheet(register);
      this.ods = readOdsContent(appendToOds(ods, sheet, gridFromCells(register, sheet.name, sheet.cells), rows));
      this.odsChanged = true;
    });
  }

  /**
   * Overwrites single cells of rows whose guard cell still holds its text; if one does not, nothing
   * is written. Only the register's sheet part changes, and in it only these cells.
   */
  async update(register: RegisterName, rows: readonly RowUpdate[]): Promise<void> {
    if (rows.length === 0) return;
    guarded(this.what, () => {
      const updates = rows.flatMap((row) => row.updates);
      if (this.xlsx) {
        const sheet = this.xlsx.sheetNamed(register);
        if (!sheet) throw missingSheet(register);
        const scanned = this.xlsx.scanSheet(sheet);
        checkGuards(rows, sheet.name, scanned.cells);
        for (const [part, text] of updateCells(this.xlsx, sheet, scanned, updates)) this.xlsx.setText(part, text);
        return;
      }
      const ods = this.ods!;
      const sheet = ods.sheets.find((s) => s.name.toLowerCase() === register.toLowerCase());
      if (!sheet) throw missingSheet(register);
      checkGuards(rows, sheet.name, sheet.cells);
      this.ods = readOdsContent(updateOdsCells(ods, sheet, updates));
      this.odsChanged = true;
    });
  }

  /**
   * A file's registers cannot be created here without rewriting the file; every sheet must exist
   * already ("einrichten" makes new files, the add-in adds sheets inside Excel).
   */
  async setUp(layouts: readonly RegisterLayout[]): Promise<WorkbookSheet[]> {
    const missing = layouts.filter((layout) => this.sheetNames().every((name) => name.toLowerCase() !== layout.name.toLowerCase()));
    if (missing.length > 0) {
      throw new RegisterLayoutError(`In ${this.what} fehlen die Blätter ${missing.map((l) => `„${l.name}“`).join(", ")}. Bitte in Excel mit dem Allianz-Planer „Arbeitsmappe einrichten“ ausführen.`);
    }
    return [];
  }

  /** The file with the appended rows: only the changed parts differ from the file read. */
  async toBuffer(): Promise<Uint8Array> {
    const encode = (text: string) => new TextEncoder().encode(text);
    const changed = this.xlsx
      ? new Map([...this.xlsx.changed.values()].map(({ part, text }) => [part, encode(text)]))
      : new Map(this.odsChanged ? [[CONTENT_PART, encode(this.ods!.text)]] : []);
    return changed.size === 0 ? this.bytes : writeZip(this.pkg, changed);
  }

  /** The user's own Word templates kept in the workbook file (custom XML parts of an .xlsx), at most one per kind. */
  storedTemplates(): StoredTemplate[] {
    return this.xlsx ? guarded(this.what, () => storedTemplatesIn(this.xlsx!)) : [];
  }

  private date1904(): boolean {
    return this.xlsx ? this.xlsx.date1904 : this.ods!.date1904;
  }

  private sheetNames(): string[] {
    return this.xlsx ? this.xlsx.sheets.map((s) => s.name) : this.ods!.sheets.map((s) => s.name);
  }

  private gridOf(register: WorkbookSheet): RawGrid | null {
    if (this.xlsx) {
      const sheet = this.xlsx.sheetNamed(register);
      return sheet ? gridFromCells(register, sheet.name, this.xlsx.scanSheet(sheet).cells) : null;
    }
    const sheet = this.ods!.sheets.find((s) => s.name.toLowerCase() === register.toLowerCase());
    return sheet ? gridFromCells(register, sheet.name, sheet.cells) : null;
  }

}

function missingSheet(register: RegisterName): RegisterLayoutError {
  return new RegisterLayoutError(`Das Tabellenblatt „${register}“ fehlt. Bitte zuerst „Arbeitsmappe einrichten“ ausführen.`);
}

/** Runs a step over the file; what is wrong with the file becomes a {@link WorkbookFileError} naming it. */
function guarded<T>(what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ZipPackageError || error instanceof XlsxPackageError || error instanceof XmlPartError || error instanceof OdsPackageError) {
      throw new WorkbookFileError(`${what} ist keine lesbare Arbeitsmappe: ${error.message} Bitte in Excel oder LibreOffice öffnen und als .xlsx speichern.`);
    }
    if (error instanceof RangeError) {
      throw new WorkbookFileError(`${what} ist zu groß oder zu verschachtelt, um gelesen zu werden (${error.message}).`);
    }
    throw error;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Refuses the whole update when a row's guard cell no longer holds its text (rows sorted or inserted since reading). */
function checkGuards(rows: readonly RowUpdate[], sheetName: string, cells: SheetCells): void {
  for (const { guard } of rows) {
    const at = decodeRange(guard.cell);
    const now = at ? cells.get(at.top)?.get(at.left) ?? null : null;
    if ((cellText(now, false) ?? "").trim() !== guard.text.trim()) {
      throw new RegisterLayoutError(`In Zelle ${guard.cell} des Blatts „${sheetName}“ steht nicht „${guard.text}“. Es wurde nichts geändert.`);
    }
  }
}
