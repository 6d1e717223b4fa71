/*
 * The "Dokumente" view's worker: fills templates, builds mailings and zips them off the task pane's
 * UI thread, so a mailing for 400 members does not freeze the pane. Only this worker's chunk holds
 * docxtemplater and PizZip.
 */
import "./zodConfig";
import { checkTemplate } from "../documents/checkTemplate";
import { DocumentInputError } from "../documents/documentInputError";
import { fetchDefaultTemplate } from "./defaultTemplate";
import { makeDocument } from "./documentsJob";
import { ACTION_TEMPLATE, type WorkerReply, type WorkerRequest } from "./documentsProtocol";

/** The worker's global scope, as far as this worker uses it (tsconfig's lib is the DOM, not WebWorker). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  location: { href: string };
  postMessage(message: WorkerReply, options?: { transfer?: Transferable[] }): void;
};

const reply = (message: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(message, { transfer });

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.type === "check") {
      reply({ type: "checked", problems: checkTemplate(request.bytes, request.kind).map((p) => p.message) });
      return;
    }
    // The minutes mailing sends the finished minutes: it needs no template.
    const template = request.action === "protokollversand" ? new Uint8Array() : (request.template ?? (await fetchDefaultTemplate(ACTION_TEMPLATE[request.action], scope.location.href)));
    const result = makeDocument(request, template, (text, done, total) => reply({ type: "progress", text, done, total }));
    // The file's bytes move to the pane instead of being copied.
    reply({ type: "done", result }, [result.file.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    reply({ type: "failed", message: failureMessage(error, request) });
  }
};

function failureMessage(error: unknown, request: WorkerRequest): string {
  if (error instanceof DocumentInputError) return error.message;
  const what = request.type === "check" ? "Beim Prüfen der Vorlage" : "Beim Erstellen der Dateien";
  const detail = error instanceof Error ? error.message : String(error);
  return `${what} ist ein unerwarteter Fehler aufgetreten (${detail}). Versuchen Sie es erneut; bleibt der Fehler, laden Sie den Allianz-Planer neu.`;
}
