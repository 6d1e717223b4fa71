import type { WorkerReply, WorkerRequest } from "./documentsProtocol";

/** The worker's answer once it is done: the file, the template problems, or a German message; or that the user cancelled. */
export type FinalReply = Exclude<WorkerReply, { readonly type: "progress" }> | { readonly type: "cancelled" };
export type ProgressReply = Extract<WorkerReply, { readonly type: "progress" }>;

/**
 * Runs one request in a fresh documents worker and ends it after the answer. A worker per request
 * keeps no memory of earlier mailings, and its script is cached after the first start. Aborting
 * `signal` ("Abbrechen") ends the worker at once, wherever it is, and answers `cancelled`.
 *
 * @example const reply = await askDocumentsWorker({ type: "check", kind: "einladung", bytes }, () => {});
 */
export function askDocumentsWorker(request: WorkerRequest, onProgress: (progress: ProgressReply) => void, signal?: AbortSignal): Promise<FinalReply> {
  // webpack 5 bundles the worker from exactly this expression; tsc checks the Node build's CommonJS
  // setting, where `import.meta` is not allowed (webpack compiles this file as an ES module).
  // @ts-ignore TS1343
  const worker = new Worker(/* webpackChunkName: "dokumente-worker" */ new URL("./documentsWorker.ts", import.meta.url));
  return new Promise((resolve) => {
    const cancel = () => {
      worker.terminate();
      resolve({ type: "cancelled" });
    };
    if (signal?.aborted) return cancel();
    signal?.addEventListener("abort", cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      if (data.type === "progress") {
        onProgress(data);
        return;
      }
      worker.terminate();
      resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve({ type: "failed", message: "Der Teil des Allianz-Planers, der die Dokumente erstellt, konnte nicht starten. Schließen Sie den Aufgabenbereich, öffnen Sie ihn erneut und versuchen Sie es noch einmal." });
    };
    worker.postMessage(request);
  });
}
