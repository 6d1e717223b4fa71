/*
 * A strict fake of the Office.js object model subset the Excel adapter uses, for mocha (Node) and the
 * e2e page (browser): no Node imports. Built on the strict core in clientObject.ts (queued requests,
 * unloaded reads throw, syncs counted with their payload); here `getItem` of a missing name fails at
 * sync with `ItemNotFound` like Excel.
 */
import { plainDateToSerial } from "../../src/domain/excelSerial";
import { parseDateDe, parsePlainDate, type PlainDate } from "../../src/domain/plainDate";
import {
  ClientObject,
  DEFAULT_PAYLOAD_LIMIT,
  type FakePlatform,
  FakeOfficeError,
  installGlobals,
  officeNamespace,
  RequestContext,
  SyncLog,
} from "./clientObject";
import { formatA1, LAST_COLUMN, LAST_ROW, overlaps, parseA1, sheetAddress, type Box } from "./a1";

export type FakeCellValue = string | number | boolean | null;

export interface FakeCellFormat {
  numberFormat?: string;
  /** Fill colour `#RRGGBB`; absent = no fill. */
  fill?: string;
}

export interface FakeTableState {
  name: string;
  /** Header row included, e.g. `A1:H10`. */
  address: string;
  style?: string;
  /** Calculated columns: formula by 0-based column within the table, filled into added rows. */
  calculatedColumns?: Record<number, string>;
  /** A filter of the table's AutoFilter hides rows. */
  filtered?: boolean;
}

export interface FakeValidationState {
  address: string;
  rule: unknown;
  errorAlert?: unknown;
}

export interface FakeSheetState {
  name: string;
  /** Cell values from A1, row by row; missing rows/cells and `null` are empty cells. */
  cells: FakeCellValue[][];
  tables: FakeTableState[];
  /** Per cell address (`G5`): number format and fill. */
  formats?: Record<string, FakeCellFormat>;
  validations?: FakeValidationState[];
  /** Column width in points, by column letter. */
  columnWidths?: Record<string, number>;
  /** Rows kept in view by freeze panes. */
  frozenRows?: number;
  /** 0-based rows the user has hidden. */
  hiddenRows?: number[];
  /** The sheet's own AutoFilter (outside tables) hides rows. */
  filtered?: boolean;
  /** Formulas by cell address (`M5`), as calculated columns leave them. */
  formulas?: Record<string, string>;
}

/** A custom XML part stored in the workbook (`workbook.customXmlParts`). */
export interface FakeCustomXmlPartState {
  /** A GUID in braces, as Excel gives them. */
  id: string;
  /** The root element's namespace (`""` without one). */
  namespaceUri: string;
  xml: string;
}

export interface FakeWorkbookState {
  date1904: boolean;
  sheets: FakeSheetState[];
  /** The document settings (`Office.context.document.settings`) as last saved with the workbook. */
  settings?: Record<string, unknown>;
  customXmlParts?: FakeCustomXmlPartState[];
}

export type { FakePlatform } from "./clientObject";

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the host reports (default `1.12`). */
  apiVersion?: string;
  /** Excel on the web's request/response limit (default 5 MB). */
  payloadLimitBytes?: number;
  /** Where Excel runs, as `Office.context.platform` reports it (default `PC`, Windows). */
  platform?: FakePlatform;
  /** Largest custom XML part Excel accepts (default: 1 MB on the web, office-js #2408 and #394; else no limit). */
  customXmlPartLimitBytes?: number;
  /** Worksheet functions answer `#VALUE!` (to test what happens when Excel does not tell its date system). */
  worksheetFunctionsFail?: boolean;
  /** `settings.saveAsync` reports a failure (e.g. a read-only or co-authored file). */
  settingsSaveFails?: boolean;
}

export interface FakeOffice {
  /** Number of `context.sync()` calls since install or the last `resetCounters()`. */
  syncCount: number;
  /** Per sync: the larger of request and response (UTF-8 bytes of their JSON) — what the 5 MB limit applies to. */
  payloadBytes: number[];
  requestBytes: number[];
  responseBytes: number[];
  /** The live workbook: the adapter's writes land here at sync. */
  readonly state: FakeWorkbookState;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  resetCounters(): void;
  /** Restores the globals `Excel` and `Office` as they were before install. */
  uninstall(): void;
}

const NO_FILL = "#FFFFFF";

/**
 * Installs the fake as `globalThis.Excel` and `globalThis.Office`, holding `state` (changed in place).
 *
 * @example const office = installFakeOffice({ date1904: false, sheets: [] }); await Excel.run(async (c) => c.sync()); office.syncCount // 1
 */
export function installFakeOffice(state: FakeWorkbookState, options: FakeOfficeOptions = {}): FakeOffice {
  const runtime = new Runtime(state, options.apiVersion ?? "1.12", options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT, options);
  runtime.uninstall = installGlobals({
    Excel: { run: async <R>(batch: (context: Context) => Promise<R>): Promise<R> => batch(new Context(runtime)) },
    Office: officeGlobal(runtime, options.platform ?? "PC"),
  });
  return runtime;
}

/** The values of a sheet as a rectangle from A1 (empty cells `null`), for assertions. */
export function sheetValues(state: FakeWorkbookState, name: string): FakeCellValue[][] {
  const sheet = findSheet(state, name);
  if (!sheet) throw new Error(`Kein Blatt „${name}“ im Fake.`);
  const width = Math.max(0, ...sheet.cells.map((row) => row.length));
  return sheet.cells.map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
}

/** One cell's value by A1 address, for assertions. */
export function cellValue(state: FakeWorkbookState, name: string, address: string): FakeCellValue {
  const sheet = findSheet(state, name);
  const box = parseA1(address);
  if (!sheet || !box) throw new Error(`Keine Zelle ${name}!${address} im Fake.`);
  return sheet.cells[box.top]?.[box.left] ?? null;
}

function findSheet(state: FakeWorkbookState, name: string): FakeSheetState | undefined {
  return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

class Runtime extends SyncLog implements FakeOffice {
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null;
  /** Document settings as the add-in sees them (saved into the state by `saveAsync`). */
  settings: Record<string, unknown>;
  uninstall: () => void = () => undefined;

  constructor(
    readonly state: FakeWorkbookState,
    readonly apiVersion: string,
    payloadLimit: number,
    readonly options: FakeOfficeOptions,
  ) {
    super(payloadLimit, { host: "Excel", version: apiVersion });
    this.activeSheet = state.sheets[0]?.name ?? null;
    this.settings = structuredClone(state.settings ?? {});
  }

  sheet(name: string): FakeSheetState | undefined {
    return findSheet(this.state, name);
  }

  allTables(): { sheet: FakeSheetState; table: FakeTableState }[] {
    return this.state.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }
}

function officeGlobal(runtime: Runtime, platform: FakePlatform): unknown {
  return officeNamespace("Excel", "ExcelApi", runtime.apiVersion, {
    settings: {
      get: (name: string) => (name in runtime.settings ? structuredClone(runtime.settings[name]) : null),
      set: (name: string, value: unknown) => {
        runtime.settings[name] = JSON.parse(JSON.stringify(value));
      },
      remove: (name: string) => {
        delete runtime.settings[name];
      },
      saveAsync: (...args: unknown[]) => {
        const callback = args.find((a): a is (r: unknown) => void => typeof a === "function");
        if (runtime.options.settingsSaveFails) {
          callback?.({ status: "failed", value: undefined, error: { code: 5003, name: "Settings save failed", message: "The settings could not be saved." } });
          return;
        }
        runtime.state.settings = structuredClone(runtime.settings);
        callback?.({ status: "succeeded", value: undefined });
      },
    },
  }, platform);
}

// ---------------------------------------------------------------------------------------------
// Request context

class Context extends RequestContext<Runtime> {
  readonly workbook: Workbook;

  constructor(runtime: Runtime) {
    super(runtime);
    this.workbook = new Workbook(this);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, worksheets

class Workbook extends ClientObject<Runtime, Context> {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly customXmlParts: CustomXmlPartCollection;
  readonly functions: Functions;

  constructor(context: Context) {
    super(context, () => context.runtime, "Workbook", []);
    this.worksheets = new WorksheetCollection(context);
    this.tables = new TableCollection(context, null);
    this.customXmlParts = new CustomXmlPartCollection(context);
    this.functions = new Functions(context);
  }

  protected read(): unknown {
    return undefined;
  }
}

/**
 * Worksheet functions evaluated by Excel (ExcelApi 1.2,
 * https://learn.microsoft.com/office/dev/add-ins/excel/call-built-in-functions). DATE answers in the
 * workbook's date system: 2000-01-01 is 36526 in the 1900 and 35064 in the 1904 system
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
class Functions extends ClientObject<Runtime, Context> {
  constructor(context: Context) {
    super(context, () => context.runtime, "Functions", []);
  }

  date(year: number, month: number, day: number): FunctionResult<number> {
    return new FunctionResult(this.context, () => {
      const runtime = this.context.runtime;
      if (runtime.options.worksheetFunctionsFail) return { value: null, error: "#VALUE!" };
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as PlainDate;
      return { value: plainDateToSerial(iso, runtime.state.date1904), error: null };
    });
  }

  protected read(): unknown {
    return undefined;
  }
}

class FunctionResult<T> extends ClientObject<{ value: T | null; error: string | null }, Context> {
  constructor(context: Context, compute: () => { value: T | null; error: string | null }) {
    super(context, compute, "FunctionResult", ["value", "error"]);
  }

  get value(): T {
    return this.property("value");
  }
  get error(): string | null {
    return this.property("error");
  }

  protected read(result: { value: T | null; error: string | null }, name: string): unknown {
    return name === "value" ? result.value : name === "error" ? result.error : undefined;
  }
}

/**
 * A worksheet's or table's AutoFilter (ExcelApi 1.9): `isDataFiltered` while a filter hides rows.
 * Inserting table rows into a filtered range fails with `FilteredRangeConflict`
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
class AutoFilter extends ClientObject<{ filtered: boolean }, Context> {
  constructor(context: Context, resolve: () => { filtered: boolean } | null) {
    super(context, resolve, "AutoFilter", ["enabled", "isDataFiltered"]);
  }

  get enabled(): boolean {
    return this.property("enabled");
  }
  get isDataFiltered(): boolean {
    return this.property("isDataFiltered");
  }

  protected read(target: { filtered: boolean }, name: string): unknown {
    return name === "enabled" || name === "isDataFiltered" ? target.filtered : undefined;
  }
}

class WorksheetCollection extends ClientObject<Runtime, Context> {
  constructor(context: Context) {
    super(context, () => context.runtime, "WorksheetCollection", ["items"]);
  }

  get items(): Worksheet[] {
    const names = this.property<string[]>("items");
    return names.map((name) => new Worksheet(this.context, () => this.context.runtime.sheet(name) ?? null).arrivedWith({ name }));
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const sheet = this.context.runtime.sheet(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The worksheet '${name}' does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.runtime.sheet(name) ?? null);
  }

  add(name: string): Worksheet {
    let created: FakeSheetState | null = null;
    this.call("add", { name }, (runtime) => {
      if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid worksheet name.`);
      if (runtime.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      created = { name, cells: [], tables: [], formats: {}, validations: [], columnWidths: {} };
      runtime.state.sheets.push(created);
    });
    return new Worksheet(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The worksheet has not been added yet.");
      return created;
    });
  }

  protected read(runtime: Runtime, name: string): unknown {
    if (name === "items") return runtime.state.sheets.map((s) => s.name);
    return undefined;
  }
}

class Worksheet extends ClientObject<FakeSheetState, Context> {
  readonly tables: TableCollection;
  readonly autoFilter: AutoFilter;
  readonly freezePanes: { freezeRows: (count?: number) => void };

  constructor(context: Context, resolve: () => FakeSheetState | null) {
    super(context, resolve, "Worksheet", ["name"]);
    this.tables = new TableCollection(context, this);
    this.autoFilter = new AutoFilter(context, () => {
      const sheet = resolve();
      return sheet && { filtered: sheet.filtered === true };
    });
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.call("freezePanes.freezeRows", { count }, (sheet) => {
          sheet.frozenRows = count;
        }),
    };
  }

  get name(): string {
    return this.property<string>("name");
  }

  /** The sheet's tables when an operation runs (null for a null object); used by its table collection. */
  tablesAt(): TableTarget[] | null {
    const sheet = this.resolve();
    return sheet ? sheet.tables.map((table) => ({ sheet, table })) : null;
  }

  /** The sheet when an operation runs; fails like Office for a missing one. */
  sheetAt(): FakeSheetState {
    return this.target();
  }

  activate(): void {
    this.call("activate", null, (sheet) => {
      this.context.runtime.activeSheet = sheet.name;
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const box = address === undefined ? { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN } : parseA1(address);
      if (!box) throw new FakeOfficeError("InvalidArgument", `'${address}' is not a valid range address.`);
      return { sheet, box };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const box = usedBox(sheet, valuesOnly);
      return box ? { sheet, box } : null;
    });
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  protected read(sheet: FakeSheetState, name: string): unknown {
    if (name === "name") return sheet.name;
    return undefined;
  }
}

function isEmpty(value: FakeCellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

function usedBox(sheet: FakeSheetState, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  const include = (r: number, c: number) => {
    box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
  };
  sheet.cells.forEach((row, r) => row?.forEach((value, c) => !isEmpty(value) && include(r, c)));
  if (!valuesOnly) {
    for (const address of Object.keys(sheet.formats ?? {})) {
      const cell = parseA1(address);
      if (cell) include(cell.top, cell.left);
    }
  }
  return box;
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  readonly sheet: FakeSheetState;
  readonly box: Box;
}

function rowCount(box: Box): number {
  return box.bottom - box.top + 1;
}

function columnCount(box: Box): number {
  return box.right - box.left + 1;
}

function cellFormat(sheet: FakeSheetState, r: number, c: number): FakeCellFormat {
  return sheet.formats?.[formatA1({ top: r, left: c, bottom: r, right: c })] ?? {};
}

function updateFormat(sheet: FakeSheetState, r: number, c: number, change: (f: FakeCellFormat) => void): void {
  sheet.formats ??= {};
  const key = formatA1({ top: r, left: c, bottom: r, right: c });
  const format = { ...(sheet.formats[key] ?? {}) };
  change(format);
  if (format.numberFormat === undefined && format.fill === undefined) delete sheet.formats[key];
  else sheet.formats[key] = format;
}

/** A formula in a cell; the fake does not calculate, the cell's value stays empty. */
function setFormula(sheet: FakeSheetState, r: number, c: number, formula: string): void {
  sheet.formulas ??= {};
  sheet.formulas[formatA1({ top: r, left: c, bottom: r, right: c })] = formula;
}

function clearFormula(sheet: FakeSheetState, r: number, c: number): void {
  if (sheet.formulas) delete sheet.formulas[formatA1({ top: r, left: c, bottom: r, right: c })];
}

function setCell(sheet: FakeSheetState, r: number, c: number, value: FakeCellValue): void {
  while (sheet.cells.length <= r) sheet.cells.push([]);
  sheet.cells[r] ??= [];
  sheet.cells[r][c] = value;
}

/** Checks that a 2-D array set on a range has the range's shape (Office throws otherwise). */
function checkShape(values: unknown, box: Box, what: string): asserts values is unknown[][] {
  const ok = Array.isArray(values) && values.length === rowCount(box) && values.every((row) => Array.isArray(row) && row.length === columnCount(box));
  if (!ok) throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range (${rowCount(box)}×${columnCount(box)}).`);
}

/**
 * What Excel stores for a value written to a cell: text is read like typed input (numbers, times,
 * dates, TRUE/FALSE become such values and a date gets a date format) unless the cell is formatted as
 * text (`@`) or the text starts with an apostrophe.
 */
function typedInput(sheet: FakeSheetState, r: number, c: number, value: unknown, date1904: boolean): FakeCellValue {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  if (cellFormat(sheet, r, c).numberFormat === "@") return text;
  if (text.startsWith("'")) return text.slice(1);
  const general = (cellFormat(sheet, r, c).numberFormat ?? "General") === "General";
  const formatAs = (format: string) => general && updateFormat(sheet, r, c, (f) => (f.numberFormat = format));
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (/^(wahr|true)$/i.test(text.trim())) return true;
  if (/^(falsch|false)$/i.test(text.trim())) return false;
  const time = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60) {
    formatAs("hh:mm");
    return (Number(time[1]) * 60 + Number(time[2])) / 1440;
  }
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const date = parsePlainDate(text.trim()) ?? parseDateDe(text) ?? (isoMonth ? parsePlainDate(`${isoMonth[1]}-${isoMonth[2].padStart(2, "0")}-01`) : null);
  const serial = date ? plainDateToSerial(date, date1904) : null;
  if (serial !== null) {
    formatAs("dd.mm.yyyy");
    return serial;
  }
  return text;
}

class Range extends ClientObject<RangeTarget, Context> {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;

  constructor(context: Context, resolve: () => RangeTarget | null) {
    super(context, resolve, "Range", ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat", "rowHidden"]);
    this.format = new RangeFormat(context, resolve);
    this.dataValidation = new DataValidation(context, resolve);
  }

  get address(): string {
    return this.property("address");
  }
  get rowIndex(): number {
    return this.property("rowIndex");
  }
  get columnIndex(): number {
    return this.property("columnIndex");
  }
  get rowCount(): number {
    return this.property("rowCount");
  }
  get columnCount(): number {
    return this.property("columnCount");
  }

  /** Like Excel: true if every row is hidden, false if none, null if some (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    return this.property("rowHidden");
  }

  get values(): FakeCellValue[][] {
    return this.property("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, ({ sheet, box }) => {
      checkShape(values, box, "values");
      const date1904 = this.context.runtime.state.date1904;
      values.forEach((row, i) =>
        row.forEach((value, j) => {
          // Office leaves a cell alone where the array holds null; anything else, "" too, replaces
          // the cell's content, a calculated column's formula included
          // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
          if (value === null) return;
          setCell(sheet, box.top + i, box.left + j, typedInput(sheet, box.top + i, box.left + j, value, date1904));
          clearFormula(sheet, box.top + i, box.left + j);
        }),
      );
    });
  }

  get numberFormat(): string[][] {
    return this.property("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, ({ sheet, box }) => {
      checkShape(formats, box, "numberFormat");
      formats.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format !== null) updateFormat(sheet, box.top + i, box.left + j, (f) => (f.numberFormat = String(format)));
        }),
      );
    });
  }

  getLastRow(): Range {
    return this.derive(({ box }) => ({ ...box, top: box.bottom }));
  }

  select(): void {
    this.call("select", null, ({ sheet, box }) => {
      const runtime = this.context.runtime;
      if (runtime.activeSheet?.toLowerCase() !== sheet.name.toLowerCase()) throw new FakeOfficeError("InvalidSelection", `The range is not on the active worksheet ('${runtime.activeSheet}'); activate '${sheet.name}' first.`);
      runtime.selection = { sheet: sheet.name, address: formatA1(box) };
    });
  }

  private derive(box: (target: RangeTarget) => Box): Range {
    return new Range(this.context, () => {
      const target = this.resolve();
      if (target === null) return null;
      const next = box(target);
      if (next.top < 0 || next.left < 0 || next.bottom > LAST_ROW || next.right > LAST_COLUMN || next.bottom < next.top || next.right < next.left) {
        throw new FakeOfficeError("InvalidArgument", "The range lies outside the worksheet.");
      }
      return { sheet: target.sheet, box: next };
    });
  }

  protected read({ sheet, box }: RangeTarget, name: string): unknown {
    switch (name) {
      case "address":
        return sheetAddress(sheet.name, box);
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return rowCount(box);
      case "columnCount":
        return columnCount(box);
      case "values":
        return this.grid(box, (r, c) => sheet.cells[r]?.[c] ?? "");
      case "numberFormat":
        return this.grid(box, (r, c) => cellFormat(sheet, r, c).numberFormat ?? "General");
      case "rowHidden": {
        const hidden = new Set(sheet.hiddenRows ?? []);
        const count = Array.from({ length: rowCount(box) }, (_, i) => hidden.has(box.top + i)).filter(Boolean).length;
        return count === 0 ? false : count === rowCount(box) ? true : null;
      }
    }
    return undefined;
  }

  private grid<V>(box: Box, cell: (r: number, c: number) => V): V[][] {
    if (rowCount(box) * columnCount(box) > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The range is too large to load.");
    return Array.from({ length: rowCount(box) }, (_, i) => Array.from({ length: columnCount(box) }, (_, j) => cell(box.top + i, box.left + j)));
  }
}

class RangeFormat extends ClientObject<RangeTarget, Context> {
  readonly fill: RangeFill;

  constructor(context: Context, resolve: () => RangeTarget | null) {
    super(context, resolve, "RangeFormat", ["columnWidth"]);
    this.fill = new RangeFill(context, resolve);
  }

  get columnWidth(): number {
    return this.property("columnWidth");
  }
  set columnWidth(width: number) {
    this.write("columnWidth", width, ({ sheet, box }) => {
      sheet.columnWidths ??= {};
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths[formatA1({ top: 0, left: c, bottom: 0, right: c }).replace(/\d+$/, "")] = width;
    });
  }

  protected read({ sheet, box }: RangeTarget, name: string): unknown {
    if (name !== "columnWidth") return undefined;
    const letter = formatA1({ top: 0, left: box.left, bottom: 0, right: box.left }).replace(/\d+$/, "");
    return sheet.columnWidths?.[letter] ?? 48;
  }
}

class RangeFill extends ClientObject<RangeTarget, Context> {
  constructor(context: Context, resolve: () => RangeTarget | null) {
    super(context, resolve, "RangeFill", ["color"]);
  }

  /** Like Excel: `#FFFFFF` for no fill, `null` where the cells differ. */
  get color(): string | null {
    return this.property("color");
  }
  set color(color: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeOfficeError("InvalidArgument", `'${color}' is not a colour of the form #RRGGBB.`);
    this.write("color", color, ({ sheet, box }) => forEachCell(box, (r, c) => updateFormat(sheet, r, c, (f) => (f.fill = color.toUpperCase()))));
  }

  clear(): void {
    this.call("clear", null, ({ sheet, box }) => forEachCell(box, (r, c) => updateFormat(sheet, r, c, (f) => delete f.fill)));
  }

  protected read({ sheet, box }: RangeTarget, name: string): unknown {
    if (name !== "color") return undefined;
    const colors = new Set<string>();
    forEachCell(box, (r, c) => colors.add(cellFormat(sheet, r, c).fill ?? NO_FILL));
    return colors.size === 1 ? [...colors][0] : null;
  }
}

function forEachCell(box: Box, visit: (r: number, c: number) => void): void {
  if (rowCount(box) * columnCount(box) > 1_000_000) throw new FakeOfficeError("InvalidArgument", "The fake formats at most a million cells at once.");
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) visit(r, c);
}

class DataValidation extends ClientObject<RangeTarget, Context> {
  constructor(context: Context, resolve: () => RangeTarget | null) {
    super(context, resolve, "DataValidation", ["rule", "errorAlert"]);
  }

  get rule(): unknown {
    return this.property("rule");
  }
  set rule(rule: unknown) {
    this.write("rule", rule, ({ sheet, box }) => {
      const list = (rule as { list?: { source?: unknown } }).list;
      if (!list || typeof list.source !== "string" || list.source === "") throw new FakeOfficeError("InvalidArgument", "The fake supports list rules with a source text only.");
      const address = formatA1(box);
      sheet.validations = [...(sheet.validations ?? []).filter((v) => v.address !== address), { address, rule: structuredClone(rule) }];
    });
  }

  get errorAlert(): unknown {
    return this.property("errorAlert");
  }
  set errorAlert(alert: unknown) {
    this.write("errorAlert", alert, ({ sheet, box }) => {
      const validation = sheet.validations?.find((v) => v.address === formatA1(box));
      if (!validation) throw new FakeOfficeError("InvalidOperation", "Set the rule before the error alert (the fake keeps alerts with their rule).");
      validation.errorAlert = structuredClone(alert);
    });
  }

  protected read({ sheet, box }: RangeTarget, name: string): unknown {
    const validation = sheet.validations?.find((v) => v.address === formatA1(box));
    if (name === "rule") return validation?.rule ?? {};
    if (name === "errorAlert") return validation?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

interface TableTarget {
  readonly sheet: FakeSheetState;
  readonly table: FakeTableState;
}

class TableCollection extends ClientObject<TableTarget[], Context> {
  constructor(
    context: Context,
    private readonly worksheet: Worksheet | null,
  ) {
    super(context, () => (worksheet ? worksheet.tablesAt() : context.runtime.allTables()), "TableCollection", ["items"]);
  }

  get items(): Table[] {
    return this.property<string[]>("items").map((name) => this.byName(name, true).arrivedWith({ name }));
  }

  getItem(name: string): Table {
    return this.byName(name, false);
  }

  getItemOrNullObject(name: string): Table {
    return this.byName(name, true);
  }

  /** Adds a table over `address` (a one-row address with headers gets Excel's blank data row). */
  add(address: string, hasHeaders: boolean): Table {
    let created: TableTarget | null = null;
    this.call("add", { address, hasHeaders }, () => {
      const [sheetPart, local] = address.includes("!") ? address.split("!") : [null, address];
      const sheet = sheetPart !== null ? this.context.runtime.sheet(sheetPart.replace(/^'|'$/g, "")) : this.worksheet?.sheetAt();
      const box = parseA1(local);
      if (!sheet || !box) throw new FakeOfficeError("InvalidArgument", `'${address}' is not a valid table address.`);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "The fake supports tables with headers only.");
      const full = box.top === box.bottom ? { ...box, bottom: box.bottom + 1 } : box;
      if (this.context.runtime.allTables().some((t) => t.sheet === sheet && overlaps(parseA1(t.table.address)!, full))) {
        throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      }
      for (let c = full.left; c <= full.right; c++) if (isEmpty(sheet.cells[full.top]?.[c])) setCell(sheet, full.top, c, `Spalte${c - full.left + 1}`);
      const taken = new Set(this.context.runtime.allTables().map((t) => t.table.name.toLowerCase()));
      let n = 1;
      while (taken.has(`tabelle${n}`)) n++;
      const table: FakeTableState = { name: `Tabelle${n}`, address: formatA1(full) };
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return new Table(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The table has not been added yet.");
      return created;
    });
  }

  private byName(name: string, nullable: boolean): Table {
    return new Table(this.context, () => {
      const found = (this.resolve() ?? []).find((t) => t.table.name.toLowerCase() === name.toLowerCase());
      if (!found && !nullable) throw new FakeOfficeError("ItemNotFound", `The table '${name}' does not exist.`);
      return found ?? null;
    });
  }

  protected read(tables: TableTarget[], name: string): unknown {
    if (name === "items") return tables.map((t) => t.table.name);
    return undefined;
  }
}

class Table extends ClientObject<TableTarget, Context> {
  readonly rows: TableRowCollection;
  readonly autoFilter: AutoFilter;

  constructor(context: Context, resolve: () => TableTarget | null) {
    super(context, resolve, "Table", ["name", "style"]);
    this.rows = new TableRowCollection(context, resolve);
    this.autoFilter = new AutoFilter(context, () => {
      const target = resolve();
      return target && { filtered: target.table.filtered === true };
    });
  }

  get name(): string {
    return this.property("name");
  }
  set name(name: string) {
    this.write("name", name, ({ table }) => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid table name.`);
      const clash = this.context.runtime.allTables().some((t) => t.table !== table && t.table.name.toLowerCase() === name.toLowerCase());
      if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      table.name = name;
    });
  }

  get style(): string {
    return this.property("style");
  }
  set style(style: string) {
    this.write("style", style, ({ table }) => {
      table.style = style;
    });
  }

  getRange(): Range {
    return this.part((box) => box);
  }

  getHeaderRowRange(): Range {
    return this.part((box) => ({ ...box, bottom: box.top }));
  }

  getDataBodyRange(): Range {
    return this.part((box) => ({ ...box, top: box.top + 1 }));
  }

  private part(select: (box: Box) => Box): Range {
    return new Range(this.context, () => {
      const target = this.resolve();
      return target === null ? null : { sheet: target.sheet, box: select(parseA1(target.table.address)!) };
    });
  }

  protected read({ table }: TableTarget, name: string): unknown {
    if (name === "name") return table.name;
    if (name === "style") return table.style ?? "TableStyleMedium2";
    return undefined;
  }
}

class TableRowCollection extends ClientObject<TableTarget, Context> {
  constructor(context: Context, resolve: () => TableTarget | null) {
    super(context, resolve, "TableRowCollection", ["count"]);
  }

  get count(): number {
    return this.property("count");
  }

  /**
   * Adds rows at the end of the table (index must be null/undefined in this fake). Like Excel, cells
   * below the table in its columns move down to make room, and:
   * - a calculated column's cells get its formula where the values hold null, "" or undefined
   *   (office-js #1916);
   * - blank rows (every value "" or null) at the end of `values` are written below the table but
   *   not made part of it (office-js #2097, #3013, #3191);
   * - a filtered table or sheet refuses with `FilteredRangeConflict`.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.call("add", { index, values }, ({ sheet, table }) => {
      if (index !== null && index !== undefined) throw new FakeOfficeError("InvalidArgument", "The fake adds rows at the end only.");
      if (table.filtered || sheet.filtered) throw new FakeOfficeError("FilteredRangeConflict", "The attempted operation causes a conflict with a filtered range.");
      const box = parseA1(table.address)!;
      const rows = values ?? [Array.from({ length: columnCount(box) }, () => "")];
      const added = { top: box.bottom + 1, bottom: box.bottom + rows.length, left: box.left, right: box.right };
      checkShape(rows, added, "values");
      shiftDown(sheet, added.top, box.left, box.right, rows.length);
      let kept = rows.length;
      while (kept > 0 && rows[kept - 1].every((value) => value === null || value === undefined || value === "")) kept--;
      table.address = formatA1({ ...box, bottom: box.bottom + kept });
      const date1904 = this.context.runtime.state.date1904;
      rows.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = added.top + i;
          const c = box.left + j;
          const formula = i < kept ? table.calculatedColumns?.[j] : undefined;
          if (formula !== undefined && (value === null || value === undefined || value === "")) setFormula(sheet, r, c, formula);
          else setCell(sheet, r, c, typedInput(sheet, r, c, value ?? "", date1904));
        }),
      );
    });
  }

  protected read({ table }: TableTarget, name: string): unknown {
    if (name === "count") return rowCount(parseA1(table.address)!) - 1;
    return undefined;
  }
}

/** Moves the cells from row `from` down by `by` rows in columns left..right (values and formats). */
function shiftDown(sheet: FakeSheetState, from: number, left: number, right: number, by: number): void {
  for (let r = sheet.cells.length - 1; r >= from; r--) {
    for (let c = left; c <= right; c++) {
      const value = sheet.cells[r]?.[c] ?? null;
      if (value !== null) setCell(sheet, r + by, c, value);
      if (sheet.cells[r]) sheet.cells[r][c] = null;
    }
  }
  const moved: [string, FakeCellFormat][] = [];
  for (const [address, format] of Object.entries(sheet.formats ?? {})) {
    const cell = parseA1(address)!;
    if (cell.top >= from && cell.left >= left && cell.left <= right) {
      moved.push([formatA1({ ...cell, top: cell.top + by, bottom: cell.top + by }), format]);
      delete sheet.formats![address];
    }
  }
  for (const [address, format] of moved) sheet.formats![address] = format;
}

// ---------------------------------------------------------------------------------------------
// Custom XML parts (ExcelApi 1.5)

/** The parts of the workbook, created on first use. */
function xmlParts(runtime: Runtime): FakeCustomXmlPartState[] {
  runtime.state.customXmlParts ??= [];
  return runtime.state.customXmlParts;
}

/**
 * The namespace of the XML's root element, as Excel files a part under it. Excel refuses XML that
 * is not one element (the fake checks the root's start and end tags only).
 */
function rootNamespace(xml: string): string {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<((?:([\w.-]+):)?[\w.-]+)(\s[^>]*?)?(\/?)>/.exec(xml);
  const rest = root ? xml.slice(root[0].length).trimEnd() : "";
  if (!root || (root[4] === "/" ? rest !== "" : !rest.endsWith(`</${root[1]}>`))) {
    throw new FakeOfficeError("InvalidArgument", "The XML is not well formed: it needs exactly one root element.");
  }
  const attributes = new Map([...(root[3] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]));
  return attributes.get(root[2] === undefined ? "xmlns" : `xmlns:${root[2]}`) ?? "";
}

/** Excel's part ids are GUIDs in braces; the fake numbers them. */
function partId(n: number): string {
  return `{00000000-0000-4000-8000-${String(n).padStart(12, "0")}}`;
}

class CustomXmlPartCollection extends ClientObject<Runtime, Context> {
  constructor(context: Context) {
    super(context, () => context.runtime, "CustomXmlPartCollection", ["items"]);
  }

  get items(): CustomXmlPart[] {
    return this.property<string[]>("items").map((id) => this.byId(id, true).arrivedWith({ id }));
  }

  add(xml: string): CustomXmlPart {
    let created: FakeCustomXmlPartState | null = null;
    this.call("add", { xml }, (runtime) => {
      // Excel and Word on the web refuse parts over about 1 MB (office-js #2408, #394).
      const limit = runtime.options.customXmlPartLimitBytes ?? (runtime.options.platform === "OfficeOnline" ? 1024 * 1024 : Infinity);
      if (new TextEncoder().encode(xml).length > limit) throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
      const parts = xmlParts(runtime);
      const taken = new Set(parts.map((p) => p.id));
      let n = parts.length + 1;
      while (taken.has(partId(n))) n++;
      created = { id: partId(n), namespaceUri: rootNamespace(xml), xml };
      parts.push(created);
    });
    return new CustomXmlPart(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The custom XML part has not been added yet.");
      return xmlParts(this.context.runtime).includes(created) ? created : null;
    });
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.context, () => xmlParts(this.context.runtime).filter((p) => p.namespaceUri === namespaceUri));
  }

  getItem(id: string): CustomXmlPart {
    return this.byId(id, false);
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    return this.byId(id, true);
  }

  private byId(id: string, nullable: boolean): CustomXmlPart {
    return new CustomXmlPart(this.context, () => {
      const found = xmlParts(this.context.runtime).find((p) => p.id === id);
      if (!found && !nullable) throw new FakeOfficeError("ItemNotFound", `The custom XML part '${id}' does not exist.`);
      return found ?? null;
    });
  }

  protected read(runtime: Runtime, name: string): unknown {
    if (name === "items") return xmlParts(runtime).map((p) => p.id);
    return undefined;
  }
}

/** The parts of one namespace, as they are when an operation runs. */
class CustomXmlPartScopedCollection extends ClientObject<FakeCustomXmlPartState[], Context> {
  constructor(context: Context, resolve: () => FakeCustomXmlPartState[]) {
    super(context, resolve, "CustomXmlPartScopedCollection", ["items"]);
  }

  get items(): CustomXmlPart[] {
    return this.property<string[]>("items").map((id) =>
      new CustomXmlPart(this.context, () => xmlParts(this.context.runtime).find((p) => p.id === id) ?? null).arrivedWith({ id }),
    );
  }

  protected read(parts: FakeCustomXmlPartState[], name: string): unknown {
    if (name === "items") return parts.map((p) => p.id);
    return undefined;
  }
}

class CustomXmlPart extends ClientObject<FakeCustomXmlPartState, Context> {
  constructor(context: Context, resolve: () => FakeCustomXmlPartState | null) {
    super(context, resolve, "CustomXmlPart", ["id", "namespaceUri"]);
  }

  get id(): string {
    return this.property("id");
  }
  get namespaceUri(): string {
    return this.property("namespaceUri");
  }

  /** The part's XML, readable only after the next sync. */
  getXml(): ClientResult<string> {
    return new ClientResult(this.context, "CustomXmlPart.getXml", () => this.target().xml);
  }

  delete(): void {
    this.call("delete", null, (part) => {
      const parts = xmlParts(this.context.runtime);
      parts.splice(parts.indexOf(part), 1);
    });
  }

  protected read(part: FakeCustomXmlPartState, name: string): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return part.namespaceUri;
    return undefined;
  }
}

/**
 * What a method such as `getXml()` returns: its `value` is there only after `context.sync()` (and
 * not at all if that sync failed), as in Office.
 */
class ClientResult<T> extends ClientObject<{ value: T }, Context> {
  constructor(context: Context, method: string, compute: () => T) {
    super(context, () => ({ value: compute() }), method, ["value"]);
    this.load("value");
  }

  get value(): T {
    try {
      return this.property("value");
    } catch (error) {
      if ((error as FakeOfficeError).code !== "PropertyNotLoaded") throw error;
      throw new FakeOfficeError("ValueNotLoaded", 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    }
  }

  protected read(target: { value: T }, name: string): unknown {
    return name === "value" ? target.value : undefined;
  }
}
