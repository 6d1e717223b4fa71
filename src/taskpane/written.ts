import { h } from "./dom";
import { errorMessage } from "./errorMessage";
import { message, type ViewContext } from "./view";

/**
 * Whether Strg+Z takes back what the add-in wrote. Excel keeps Excel JavaScript API changes on the
 * user's undo stack from ExcelApi 1.19 on; older versions clear it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, "Undo
 * support is enabled by default starting with ExcelApi 1.19").
 *
 * @example undoHint("löschen Sie die Zeilen bei Bedarf von Hand.") // "In dieser Excel-Version macht Strg+Z das nicht rückgängig; löschen Sie …"
 */
export function undoHint(manually: string): string {
  const undoable = typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.19");
  return undoable ? "Rückgängig machen: Strg+Z in Excel (je nach Änderung mehrmals)." : `In dieser Excel-Version macht Strg+Z das nicht rückgängig; ${manually}`;
}

/**
 * After writing to the workbook: what changed, whether Strg+Z undoes it, and a button to the
 * changed cells.
 */
export function writtenResult(what: string, target: { sheet: string; cell: string }, manually: string, context: ViewContext): HTMLElement {
  const go = h("button", { type: "button", class: "secondary" }, `Zum Blatt ${target.sheet}`);
  go.addEventListener("click", () =>
    context.store.select(target.sheet, target.cell).then(
      () => context.announce(`Blatt „${target.sheet}“, Zelle ${target.cell} ausgewählt.`),
      (error: unknown) => context.announce(errorMessage(error)),
    ),
  );
  return message("success", what, h("p", { class: "small" }, undoHint(manually)), h("div", { class: "button-row" }, go));
}
