/*
 * The host-independent core of the strict Office.js fakes (Excel, Word), for mocha (Node) and the e2e
 * page (browser): no Node imports. Strict like Office: calls queue requests that run only at
 * `context.sync()`, in order; reading a property that was not `load`ed and synced throws
 * `PropertyNotLoaded`; `isNullObject` is known only after a sync; a request or response over the
 * payload limit fails like Office on the web; a member above the host's requirement set fails with
 * `ApiNotFound` (requirementSets.json, generated from @types/office-js). Every sync is counted with
 * the size of what went each way.
 */
import requirementSets from "./requirementSets.json";

/** An error as Office.js reports it: `code` such as `ItemNotFound`, `PropertyNotLoaded`, `InvalidArgument`. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Office on the web's request/response limit. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Host → class → member → requirement set ("ExcelApi 1.9"), generated from @types/office-js (test/tools/requirement-sets.ts). */
const REQUIREMENT_SETS = requirementSets as Record<string, Record<string, Record<string, string>>>;

/** The host's API and the highest version of its requirement set the fake host reports. */
export interface HostApi {
  readonly host: "Excel" | "Word";
  readonly version: string;
}

/**
 * Whether a host at `api` has the member `kind.member`, by its `[Api set: …]` annotation: members of
 * the host's main set up to its version; other sets (ExcelApiOnline, previews) never; members
 * without an annotation always.
 *
 * @example memberSupported({ host: "Excel", version: "1.12" }, "Worksheet", "autoFilter") // true (ExcelApi 1.9)
 */
export function memberSupported(api: HostApi, kind: string, member: string): boolean {
  const set = REQUIREMENT_SETS[api.host]?.[kind]?.[member];
  if (set === undefined) return true;
  const [name, version] = set.split(" ");
  return name === `${api.host}Api` && /^\d+\.\d+$/.test(version) && versionAtLeast(api.version, version);
}

/** What a fake host records per sync, so tests can assert batching. */
export class SyncLog {
  /** Number of `context.sync()` calls since install or the last `resetCounters()`. */
  syncCount = 0;
  /** Per sync: the larger of request and response (UTF-8 bytes of their JSON) — what the 5 MB limit applies to. */
  payloadBytes: number[] = [];
  requestBytes: number[] = [];
  responseBytes: number[] = [];

  constructor(
    readonly payloadLimit: number,
    /** The API version the host reports; members above it fail with ApiNotFound at sync. */
    readonly api: HostApi,
  ) {}

  resetCounters(): void {
    this.syncCount = 0;
    this.payloadBytes = [];
    this.requestBytes = [];
    this.responseBytes = [];
  }
}

/**
 * Whether a host at requirement-set version `have` supports `want` (`1.12` ≥ `1.8`).
 *
 * @example versionAtLeast("1.12", "1.8") // true
 */
export function versionAtLeast(have: string, want: string): boolean {
  const [h1, h2 = 0] = have.split(".").map(Number);
  const [w1, w2 = 0] = want.split(".").map(Number);
  return h1 > w1 || (h1 === w1 && h2 >= w2);
}

/**
 * Sets the given globals (e.g. `Office`, `Word`) and returns a function that restores them as they were.
 *
 * @example const restore = installGlobals({ Office: fake }); restore();
 */
export function installGlobals(values: Record<string, unknown>): () => void {
  const g = globalThis as Record<string, unknown>;
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, g[name]]));
  Object.assign(g, values);
  return () => {
    Object.assign(g, previous);
  };
}

/** Values of `Office.context.platform`. */
export type FakePlatform = "PC" | "OfficeOnline" | "Mac" | "iOS";

/**
 * The parts of the `Office` namespace every host shares: enums, `onReady` with the host and
 * platform, and the requirement-set check for the host's own API (`ExcelApi`, `WordApi`) up to `apiVersion`.
 */
export function officeNamespace(host: "Excel" | "Word", requirementSet: string, apiVersion: string, document: Record<string, unknown>, platform: FakePlatform = "PC"): unknown {
  const info = { host, platform };
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    onReady: async (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return info;
    },
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => name === requirementSet && versionAtLeast(apiVersion, minVersion ?? "1.1"),
      },
      document,
      platform,
    },
  };
}

interface Operation {
  readonly request: unknown;
  readonly run: () => unknown;
}

/**
 * What office.js adds to a request or response per operation besides its data: the action and its
 * object path with ids and types (`{"Id":7,"ActionType":4,"Name":"values","ObjectPathId":6,…}`, see
 * the RichApi messages in @microsoft/office-js's excel-*.js), about 120 bytes each way.
 */
export const OPERATION_OVERHEAD_BYTES = 120;

function utf8Bytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** A request context: queues operations and runs them at `sync()`, counting into the host's log. */
export class RequestContext<R extends SyncLog> {
  private operations: Operation[] = [];
  private objects: ClientObject<unknown, RequestContext<R>>[] = [];

  constructor(readonly runtime: R) {}

  queue(request: unknown, run: () => unknown): void {
    this.operations.push({ request, run });
  }

  track(object: ClientObject<unknown, RequestContext<R>>): void {
    this.objects.push(object);
  }

  async sync(): Promise<void> {
    const operations = this.operations;
    this.operations = [];
    const { runtime } = this;
    runtime.syncCount++;
    const requestBytes = utf8Bytes(operations.map((o) => o.request)) + OPERATION_OVERHEAD_BYTES * operations.length;
    runtime.requestBytes.push(requestBytes);
    if (requestBytes > runtime.payloadLimit) {
      runtime.responseBytes.push(0);
      runtime.payloadBytes.push(requestBytes);
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    // Like Office, operations before a failing one stay applied; nothing loaded becomes visible.
    const responses = operations.map((o) => o.run() ?? null);
    const responseBytes = utf8Bytes(responses) + OPERATION_OVERHEAD_BYTES * operations.length;
    runtime.responseBytes.push(responseBytes);
    runtime.payloadBytes.push(Math.max(requestBytes, responseBytes));
    if (responseBytes > runtime.payloadLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    for (const object of this.objects) object.afterSync();
  }
}

export type LoadOption = string | string[] | Record<string, unknown> | undefined;

/**
 * The property names a `load` option asks for.
 *
 * @example loadNames("items/name, text") // ["items", "text"]
 */
export function loadNames(option: LoadOption): string[] {
  if (option === undefined) return [];
  // `items/name` loads a collection's items (with their names).
  if (typeof option === "string") return option.split(",").map((s) => s.trim().split("/")[0]).filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((s) => loadNames(s));
  if (typeof option.select === "string") return loadNames(option.select);
  return Object.keys(option).filter((k) => option[k] === true);
}

/** Office's error for reading a property that was not loaded and synced. */
export function notLoaded(kind: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' of ${kind} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Office's error for a member the host's requirement set does not have. */
function apiNotFound(kind: string, member: string, api: HostApi): FakeOfficeError {
  const set = REQUIREMENT_SETS[api.host]?.[kind]?.[member];
  return new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found: ${kind}.${member} needs ${set}, the host has ${api.host}Api ${api.version}.`);
}

/**
 * A proxy for an object in the document. `resolve` finds the real thing when a queued operation runs:
 * it returns `null` for a null object and throws (e.g. ItemNotFound) where Office would fail.
 */
export abstract class ClientObject<T, C extends RequestContext<SyncLog>> {
  private loaded = new Map<string, unknown>();
  private pending: Map<string, unknown> | null = null;
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: C,
    protected readonly resolve: () => T | null,
    protected readonly kind: string,
    /** Properties this object can load (scalars). */
    private readonly scalars: readonly string[],
  ) {
    // Every member access is checked against the host's requirement set: one above it makes the
    // next sync fail with ApiNotFound, as in Office, whose office.js knows every member.
    const checked = new Proxy(this, {
      get: (target, member, receiver) => {
        if (typeof member === "string") target.require(member);
        return Reflect.get(target, member, receiver);
      },
    });
    context.track(checked as ClientObject<unknown, RequestContext<SyncLog>>);
    return checked;
  }

  /** Queues an ApiNotFound failure if the host's requirement set lacks `member` of this object. */
  private require(member: string): void {
    const { api } = this.context.runtime;
    if (!memberSupported(api, this.kind, member)) {
      const error = apiNotFound(this.kind, member, api);
      this.context.queue({ call: `${this.kind}.${member}`, args: null }, () => {
        throw error;
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.kind, "isNullObject");
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const names = loadNames(option);
    const wanted = names.length > 0 ? names : this.scalars;
    for (const name of wanted) if (!this.scalars.includes(name)) throw new FakeOfficeError("PropertyNotFound", `${this.kind} has no loadable property '${name}'.`);
    for (const name of wanted) this.require(name);
    this.context.queue({ load: this.kind, properties: wanted }, () => {
      const target = this.resolve();
      const snapshot = new Map<string, unknown>();
      if (target !== null) for (const name of wanted) snapshot.set(name, this.read(target, name));
      this.pending = snapshot;
      return Object.fromEntries(snapshot);
    });
    return this;
  }

  /** Items of a loaded collection arrive with the properties loaded for them (`items/name`). */
  arrivedWith(values: Record<string, unknown>): this {
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
    this.nullState = false;
    return this;
  }

  afterSync(): void {
    if (this.nullState === undefined) {
      try {
        this.nullState = this.resolve() === null;
      } catch {
        this.nullState = false;
      }
    }
    if (this.pending) for (const [name, value] of this.pending) this.loaded.set(name, value);
    this.pending = null;
  }

  /** The target for a write; a null object cannot be written to. */
  protected target(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError("ItemNotFound", `${this.kind}: the object does not exist (null object).`);
    return target;
  }

  protected property<V>(name: string): V {
    if (this.nullState === true) throw new FakeOfficeError("InvalidObjectPath", `${this.kind} is a null object; its '${name}' cannot be read.`);
    if (!this.loaded.has(name)) throw notLoaded(this.kind, name);
    return this.loaded.get(name) as V;
  }

  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.require(name);
    this.loaded.delete(name);
    this.context.queue({ set: `${this.kind}.${name}`, value }, () => apply(this.target()));
  }

  protected call(method: string, args: unknown, apply: (target: T) => void): void {
    this.context.queue({ call: `${this.kind}.${method}`, args }, () => apply(this.target()));
  }

  protected abstract read(target: T, name: string): unknown;
}
