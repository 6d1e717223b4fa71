/*
 * Errors in the Word pane: the documents core, the workbook file and the Word adapter speak German
 * already; Word's own errors carry an English `code` that gets a German hint here.
 */

/**
 * Our own errors with German messages, by name: matching names instead of classes keeps exceljs
 * (xlsxStore) and docxtemplater out of the chunks of views that never load them.
 */
const GERMAN_ERRORS = new Set(["DocumentInputError", "WorkbookFileError", "RegisterLayoutError", "WordFileError"]);

const WORD_ERROR_MESSAGES: Record<string, string> = {
  AccessDenied:
    "Word hat die Änderung nicht erlaubt – vermutlich ist das Dokument schreibgeschützt oder die Bearbeitung eingeschränkt. Heben Sie den Schutz auf (Überprüfen › Bearbeitung einschränken) und versuchen Sie es erneut.",
  RequestPayloadSizeLimitExceeded:
    "Das Dokument ist zu groß, um es auf einmal an Word zu übergeben (Word im Web erlaubt 5 MB). Verkleinern Sie die Bilder der Vorlage oder erstellen Sie das Dokument mit dem Befehl „allianz“.",
  ResponsePayloadSizeLimitExceeded:
    "Word konnte so viele Daten nicht auf einmal übergeben (Word im Web erlaubt 5 MB je Anfrage). Verkleinern Sie das Dokument, z. B. die Bilder darin, und versuchen Sie es erneut.",
  ApiNotFound:
    "Diese Word-Version kann keine neuen Dokumente aus dem Aufgabenbereich öffnen. Verwenden Sie Microsoft 365, Office LTSC 2024, Office für Mac (aktuelle Version) oder Word im Web.",
  NotAllowed: "Word erlaubt das gerade nicht – vielleicht ist ein Dialog geöffnet. Schließen Sie ihn und versuchen Sie es erneut.",
};

/**
 * A German message for anything a Word pane action threw.
 *
 * @example wordErrorMessage({ code: "AccessDenied", message: "…" }) // "Word hat die Änderung nicht erlaubt – …"
 */
export function wordErrorMessage(error: unknown): string {
  if (error instanceof Error && GERMAN_ERRORS.has(error.name)) return error.message;
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  if (typeof code === "string") {
    return WORD_ERROR_MESSAGES[code] ?? `Word hat die Aktion mit dem Fehler „${code}“ abgebrochen. Versuchen Sie es erneut und starten Sie Word neu, wenn der Fehler bleibt.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Ein unerwarteter Fehler ist aufgetreten (${detail}). Versuchen Sie es erneut; wenn der Fehler bleibt, laden Sie den Allianz-Planer neu.`;
}
