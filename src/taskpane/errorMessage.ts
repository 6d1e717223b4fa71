import { ExcelStoreError } from "../workbook/excelStore";

/*
 * Office reports failures as errors with an English `code` and developer text. The secretariat
 * needs to know in German what happened and what to do, never a stack trace.
 */

const OFFICE_ERROR_MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel hat die Änderung nicht erlaubt – vermutlich ist das Blatt oder die Arbeitsmappe geschützt. Heben Sie den Schutz auf (Überprüfen › Blatt schützen bzw. Arbeitsmappe schützen) und versuchen Sie es erneut.",
  InvalidOperationInCellEditMode:
    "Excel bearbeitet gerade eine Zelle. Schließen Sie die Eingabe mit der Eingabetaste oder Esc ab und versuchen Sie es erneut.",
  ItemNotFound:
    "Ein Blatt oder eine Tabelle wurde nicht gefunden – wurde sie gerade umbenannt oder gelöscht? Stellen Sie den Namen wieder her oder legen Sie fehlende Blätter mit „Arbeitsmappe einrichten“ an.",
  ItemAlreadyExists:
    "Ein Blatt oder eine Tabelle mit diesem Namen gibt es in der Arbeitsmappe schon. Benennen Sie das vorhandene Element um und versuchen Sie es erneut.",
  InsertDeleteConflict:
    "Excel konnte die Zeilen nicht einfügen, weil dort schon etwas steht (z. B. Daten direkt unter der Tabelle oder verbundene Zellen). Schaffen Sie unter der Tabelle Platz und versuchen Sie es erneut.",
  FilteredRangeConflict:
    "Auf dem Blatt ist ein Filter aktiv. Zeigen Sie alle Zeilen an (Daten › Filter löschen) und versuchen Sie es erneut.",
  RequestPayloadSizeLimitExceeded:
    "Die Datenmenge ist für eine Anfrage an Excel zu groß. Teilen Sie die Arbeit auf (z. B. ein Jahr nach dem anderen planen) und versuchen Sie es erneut.",
  // Excel on the web answers at most 5 MB per request (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
  ResponsePayloadSizeLimitExceeded:
    "Excel konnte so viele Daten nicht auf einmal übergeben (Excel im Web erlaubt 5 MB je Anfrage). Entfernen Sie nicht mehr benötigte Zeilen oder sehr lange Texte aus den Registerblättern, oder öffnen Sie die Arbeitsmappe in Excel für Windows oder Mac, und versuchen Sie es erneut.",
  MergedRangeConflict:
    "Excel kann hier nicht schreiben, weil der Bereich verbundene Zellen enthält. Heben Sie die Verbindung in den Registerblättern auf (Start › Verbinden und zentrieren › Zellverbund aufheben) und versuchen Sie es erneut.",
  InactiveWorkbook:
    "Die Arbeitsmappe ist gerade nicht aktiv – vermutlich ist ein anderes Excel-Fenster im Vordergrund. Klicken Sie in die Arbeitsmappe mit den Registern und versuchen Sie es erneut.",
  Conflict: "Die Arbeitsmappe wurde gleichzeitig an anderer Stelle geändert. Warten Sie einen Moment und versuchen Sie es erneut.",
  ApiNotFound:
    "Diese Excel-Version kennt eine benötigte Funktion nicht. Verwenden Sie Microsoft 365, Office LTSC 2024, Office für Mac (aktuelle Version) oder Excel im Web.",
};

/**
 * A German message for anything an action threw: the store's own errors are German already, known
 * Office error codes get a specific hint, other Office errors name their code, everything else a
 * general message with the technical detail.
 *
 * @example errorMessage({ code: "AccessDenied", message: "…" }) // "Excel hat die Änderung nicht erlaubt – …"
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ExcelStoreError) return error.message;
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
  if (typeof code === "string") {
    return (
      OFFICE_ERROR_MESSAGES[code] ??
      `Excel hat die Aktion mit dem Fehler „${code}“ abgebrochen. Speichern Sie die Arbeitsmappe, versuchen Sie es erneut und starten Sie Excel neu, wenn der Fehler bleibt.`
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Ein unerwarteter Fehler ist aufgetreten (${detail}). Versuchen Sie es erneut; wenn der Fehler bleibt, speichern Sie die Arbeitsmappe und laden Sie den Allianz-Planer neu.`;
}
