/*
 * A strict fake of the Word JavaScript API subset the Word pane uses, for mocha (Node) and the e2e
 * page (browser): no Node imports. Built on the strict core in clientObject.ts (queued requests,
 * unloaded reads throw, syncs counted with their payload). The open document is plain text with a
 * selection; `Office.context.document.getFileAsync` hands out the .docx the test provides, in slices,
 * with Office's limits (at most 4 MB per slice, 64 KB on iPad, at most two files in memory).
 */
import { ClientObject, DEFAULT_PAYLOAD_LIMIT, FakeOfficeError, installGlobals, officeNamespace, RequestContext, SyncLog, type FakePlatform } from "./clientObject";

export interface FakeWordDocumentState {
  /** The text of the open document. */
  text: string;
  /** The selection as offsets into `text` (start = end: the cursor). */
  selection: { start: number; end: number };
  /** The open document as .docx, what `getFileAsync(Office.FileType.Compressed)` hands out; null: not available. */
  docx: Uint8Array | null;
}

export interface FakeWordOptions {
  /** Highest WordApi requirement set the host reports (default `1.3`). */
  apiVersion?: string;
  /** Word on the web's request/response limit (default 5 MB). */
  payloadLimitBytes?: number;
  /** Where Word runs, as `Office.context.platform` reports it (default `PC`, Windows). */
  platform?: FakePlatform;
}

/** A document made with `context.application.createDocument(base64)`. */
export interface FakeCreatedDocument {
  readonly base64: string;
  readonly bytes: Uint8Array;
  /** True once `.open()` ran. */
  opened: boolean;
}

export interface FakeWord {
  /** Number of `context.sync()` calls since install or the last `resetCounters()`. */
  readonly syncCount: number;
  readonly payloadBytes: number[];
  /** The live document: insertions land here at sync. */
  readonly document: FakeWordDocumentState;
  /** Documents created, in order. */
  readonly created: FakeCreatedDocument[];
  /** Files handed out by getFileAsync and not yet closed. */
  readonly openFiles: number;
  /** Slice sizes asked for by getFileAsync calls, in order. */
  readonly fileRequests: number[];
  /**
   * `createDocument(...).open()` fails at sync, as it does in Word on the web in many tenants and
   * browsers (office-js #1745, #4771, #4790, #5150).
   */
  createDocumentFails: boolean;
  resetCounters(): void;
  /** Restores the globals `Word` and `Office` as they were before install. */
  uninstall(): void;
}

/**
 * Office's largest slice and how many files it keeps in memory at once; on iPad a slice may be at
 * most 64 KB (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
const MAX_SLICE = 4 * 1024 * 1024;
const MAX_SLICE_IPAD = 64 * 1024;
const MAX_OPEN_FILES = 2;
const INSERT_LOCATIONS = ["Replace", "Start", "End", "Before", "After"];
const SELECTION_MODES = ["Select", "Start", "End"];

/**
 * Installs the fake as `globalThis.Word` and `globalThis.Office` (host Word), holding `document` (changed in place).
 *
 * @example const word = installFakeWord({ text: "", selection: { start: 0, end: 0 }, docx: null }); await Word.run(async (c) => c.sync()); word.syncCount // 1
 */
export function installFakeWord(document: FakeWordDocumentState, options: FakeWordOptions = {}): FakeWord {
  const platform = options.platform ?? "PC";
  const runtime = new WordRuntime(document, options.apiVersion ?? "1.3", options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT, platform === "iOS" ? MAX_SLICE_IPAD : MAX_SLICE);
  runtime.uninstall = installGlobals({
    Word: { run: async <R>(batch: (context: WordContext) => Promise<R>): Promise<R> => batch(new WordContext(runtime)) },
    Office: officeNamespace("Word", "WordApi", runtime.apiVersion, { getFileAsync: (...args: unknown[]) => runtime.getFileAsync(args) }, platform),
  });
  return runtime;
}

class WordRuntime extends SyncLog implements FakeWord {
  readonly created: FakeCreatedDocument[] = [];
  readonly fileRequests: number[] = [];
  openFiles = 0;
  createDocumentFails = false;
  uninstall: () => void = () => undefined;

  constructor(
    readonly document: FakeWordDocumentState,
    readonly apiVersion: string,
    payloadLimit: number,
    private readonly maxSlice: number,
  ) {
    super(payloadLimit, { host: "Word", version: apiVersion });
  }

  /** `getFileAsync(fileType, options?, callback?)`, answering asynchronously like Office. */
  getFileAsync(args: unknown[]): void {
    const [fileType, second, third] = args;
    const callback = (typeof second === "function" ? second : third) as ((result: unknown) => void) | undefined;
    const sliceSize = typeof second === "object" && second !== null ? (second as { sliceSize?: number }).sliceSize ?? this.maxSlice : this.maxSlice;
    const answer = (result: unknown): void => void setTimeout(() => callback?.(result), 0);
    this.fileRequests.push(sliceSize);
    if (fileType !== "compressed") return answer(failed(5001, "The fake hands out Office.FileType.Compressed only."));
    if (!Number.isInteger(sliceSize) || sliceSize < 1 || sliceSize > this.maxSlice) return answer(failed(5001, `Invalid sliceSize ${sliceSize}.`));
    if (this.openFiles >= MAX_OPEN_FILES) return answer(failed(5003, "No more than two documents are allowed to be in memory; close a file with closeAsync first."));
    const docx = this.document.docx;
    if (docx === null) return answer(failed(5001, "The fake has no .docx for the open document."));
    this.openFiles++;
    answer(succeeded(new FakeFile(this, docx.slice(), sliceSize)));
  }
}

function succeeded(value: unknown): unknown {
  return { status: "succeeded", value };
}

function failed(code: number, message: string): unknown {
  return { status: "failed", value: undefined, error: { code, name: "Internal Error", message } };
}

/** Office.File: the slices of a .docx; closing frees it. */
class FakeFile {
  readonly size: number;
  readonly sliceCount: number;
  private closed = false;

  constructor(
    private readonly runtime: WordRuntime,
    private readonly bytes: Uint8Array,
    private readonly sliceSize: number,
  ) {
    this.size = bytes.length;
    this.sliceCount = Math.max(1, Math.ceil(bytes.length / sliceSize));
  }

  getSliceAsync(index: number, callback?: (result: unknown) => void): void {
    const answer = (result: unknown): void => void setTimeout(() => callback?.(result), 0);
    if (this.closed) return answer(failed(5001, "The file has been closed."));
    if (!Number.isInteger(index) || index < 0 || index >= this.sliceCount) return answer(failed(5001, `No slice ${index}.`));
    // Office hands slices of a compressed file out as arrays of byte values.
    const data = Array.from(this.bytes.subarray(index * this.sliceSize, (index + 1) * this.sliceSize));
    answer(succeeded({ data, index, size: data.length }));
  }

  closeAsync(callback?: (result: unknown) => void): void {
    if (!this.closed) this.runtime.openFiles--;
    this.closed = true;
    setTimeout(() => callback?.(succeeded(undefined)), 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Request context and client objects

class WordContext extends RequestContext<WordRuntime> {
  readonly document: WordDocument;
  readonly application: Application;

  constructor(runtime: WordRuntime) {
    super(runtime);
    this.document = new WordDocument(this);
    this.application = new Application(this);
  }
}

/** Where a range lies in the document text. */
interface Span {
  start: number;
  end: number;
}

class WordDocument extends ClientObject<FakeWordDocumentState, WordContext> {
  constructor(context: WordContext) {
    super(context, () => context.runtime.document, "Document", []);
  }

  getSelection(): Range {
    // The selection is looked up when an operation runs, like Word's selection range.
    return new Range(this.context, () => this.context.runtime.document.selection);
  }

  protected read(): unknown {
    return undefined;
  }
}

class Range extends ClientObject<Span, WordContext> {
  constructor(context: WordContext, resolve: () => Span | null) {
    super(context, resolve, "Range", ["text"]);
  }

  get text(): string {
    return this.property("text");
  }

  /** Inserts text; the returned range is the inserted text. The selection moves along with the text. */
  insertText(text: string, location: string): Range {
    if (typeof text !== "string") throw new FakeOfficeError("InvalidArgument", "insertText needs a text.");
    if (!INSERT_LOCATIONS.includes(location)) throw new FakeOfficeError("InvalidArgument", `'${location}' is not a valid insert location.`);
    let inserted: Span | null = null;
    this.call("insertText", { text, location }, (span) => {
      const document = this.context.runtime.document;
      const at = location === "Replace" || location === "Start" || location === "Before" ? span.start : span.end;
      const removed = location === "Replace" ? span.end - span.start : 0;
      document.text = document.text.slice(0, at) + text + document.text.slice(at + removed);
      // Text inserted at a range's edge becomes part of it (a cursor grows into a selection of the text).
      const move = (offset: number, isStart: boolean) => (offset < at || (offset === at && isStart) ? offset : Math.max(at, offset + text.length - removed));
      document.selection = { start: move(document.selection.start, true), end: move(document.selection.end, false) };
      inserted = { start: at, end: at + text.length };
    });
    return new Range(this.context, () => {
      if (!inserted) throw new FakeOfficeError("InvalidObjectPath", "The text has not been inserted yet.");
      return inserted;
    });
  }

  select(mode: string = "Select"): void {
    if (!SELECTION_MODES.includes(mode)) throw new FakeOfficeError("InvalidArgument", `'${mode}' is not a valid selection mode.`);
    this.call("select", { mode }, (span) => {
      const start = mode === "End" ? span.end : span.start;
      const end = mode === "Start" ? span.start : span.end;
      this.context.runtime.document.selection = { start, end };
    });
  }

  protected read(span: Span, name: string): unknown {
    if (name === "text") return this.context.runtime.document.text.slice(span.start, span.end);
    return undefined;
  }
}

class Application extends ClientObject<WordRuntime, WordContext> {
  constructor(context: WordContext) {
    super(context, () => context.runtime, "Application", []);
  }

  /** WordApi 1.3 (below it the sync fails with ApiNotFound): a new document from a base64 .docx; it appears only with `.open()`. */
  createDocument(base64File?: string): DocumentCreated {
    let created: FakeCreatedDocument | null = null;
    this.call("createDocument", { base64File }, (runtime) => {
      const bytes = decodeBase64(base64File ?? "");
      if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new FakeOfficeError("InvalidArgument", "The base64 text is not a .docx file.");
      created = { base64: base64File ?? "", bytes, opened: false };
      runtime.created.push(created);
    });
    return new DocumentCreated(this.context, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The document has not been created yet.");
      return created;
    });
  }

  protected read(): unknown {
    return undefined;
  }
}

class DocumentCreated extends ClientObject<FakeCreatedDocument, WordContext> {
  constructor(context: WordContext, resolve: () => FakeCreatedDocument | null) {
    super(context, resolve, "DocumentCreated", []);
  }

  open(): void {
    this.call("open", null, (document) => {
      if (this.context.runtime.createDocumentFails) throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
      document.opened = true;
    });
  }

  protected read(): unknown {
    return undefined;
  }
}

function decodeBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new FakeOfficeError("InvalidArgument", "createDocument needs standard base64 without line breaks.");
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
