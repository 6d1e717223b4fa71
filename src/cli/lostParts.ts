import type { Finding } from "../domain/finding";

/**
 * The warning of `planen` when the planned copy lacks parts of the input that exceljs cannot keep
 * (their German names from lostPartLabels): the input still has them, and what to do about it.
 *
 * @example lostPartsFinding(["Diagramme"], "Allianz.xlsx", "Allianz.geplant.xlsx").message // "„Allianz.geplant.xlsx“ enthält die Diagramme der Eingabedatei nicht: …"
 */
export function lostPartsFinding(labels: readonly string[], input: string, output: string): Finding {
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} und ${labels[labels.length - 1]}`;
  return {
    severity: "warning",
    code: "teile-nicht-uebernommen",
    sheet: "Arbeitsmappe",
    row: null,
    column: null,
    cell: null,
    message:
      `„${output}“ enthält die ${list} der Eingabedatei nicht: „allianz planen“ kann sie nicht übernehmen. ` +
      `„${input}“ hat sie weiterhin. Kopieren Sie die neuen Zeilen des Blatts „Sitzungen“ in die Eingabedatei, ` +
      "oder planen Sie in Excel mit dem Allianz-Planer („Nächstes Jahr planen“), der die Arbeitsmappe sonst unverändert lässt.",
  };
}
