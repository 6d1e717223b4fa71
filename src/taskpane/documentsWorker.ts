/*
 * The "Dokumente" and "Sitzungen" views' worker: fills templates, builds mailings (also those of a
 * cancellation or move) and zips them off the task pane's UI thread, so a mailing for 400 members does not freeze the pane. Only this worker's chunk holds
 * docxtemplater and PizZip.
 */
import "./zodConfig";
import { checkTemplate } from "../documents/checkTemplate";
import { DocumentInputError } from "../documents/documentInputError";
import type { TemplateKind } from "../documents/fields";
import { fetchDefaultTemplate } from "./defaultTemplate";
import { CHANGE_TEMPLATE } from "../documents/mailing";
import { makeChangeMailing, makeDocument } from "./documentsJob";
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
    const progress = (text: string, done?: number, total?: number) => reply({ type: "progress", text, done, total });
    const fetched = (kind: TemplateKind) => fetchDefaultTemplate(kind, scope.location.href);
    const result =
      request.type === "change"
        ? makeChangeMailing(request, request.template ?? (await fetched(CHANGE_TEMPLATE[request.kind])), progress)
        : // The minutes mailing sends the finished minutes: it needs no template.
          makeDocument(request, request.action === "protokollversand" ? new Uint8Array() : (request.template ?? (await fetched(ACTION_TEMPLATE[request.action]))), progress);
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
