import { registerLayouts, type RegisterLayout } from "../domain/layouts";
import { matchKey } from "../domain/matchKey";
import { findGrid } from "../domain/readRegisters";
import { cellText } from "../domain/readCell";
import { h } from "./dom";
import { message, runAction, showResult, viewSection, type View, type ViewContext } from "./view";
import { writtenResult } from "./written";

/**
 * "Arbeitsmappe einrichten": creates the missing register sheets; existing sheets stay as they are.
 * With "Mehrere Gremien" also the Gremien sheet, and the Gremium column in the sheets it creates.
 */
export const setUpView: View = (context) => {
  const button = h("button", { type: "button", class: "primary" }, "Fehlende Blätter anlegen");
  const bodies = h("input", { type: "checkbox", id: "einrichten-gremien", "aria-describedby": "einrichten-gremien-hinweis" });
  const section = viewSection(
    "einrichten",
    "Arbeitsmappe einrichten",
    "Legt die fehlenden Register-Blätter (Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten, Anwesenheit, Aufgaben) als Tabellen mit Überschriften, Formaten und Auswahllisten an. Vorhandene Blätter und Daten bleiben unverändert.",
    h("div", { class: "form-row" }, bodies, h("label", { for: "einrichten-gremien" }, "Mehrere Gremien")),
    button,
  );
  // Below the explanation: the button stays in sight in a short pane and at 200 %.
  section.append(
    h("p", { class: "hint small", id: "einrichten-gremien-hinweis" }, "Mehrere Gremien: für Plenum, Arbeitskreise oder Netzwerke in einer Arbeitsmappe. Legt dazu das Blatt „Gremien“ (mit Auswahllisten) an und in den neuen Blättern die Spalte „Gremium“."),
  );
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(button, output, async () => {
      const layouts = registerLayouts({ bodies: bodies.checked });
      const created = await context.store.setUp(layouts);
      const lacking = bodies.checked ? await sheetsWithoutBodyColumn(layouts, created, context.store) : [];
      const addColumn =
        lacking.length > 0 &&
        message("info", `In den schon vorhandenen Blättern ${lacking.map((s) => `„${s}“`).join(", ")} fehlt die Spalte „Gremium“. Fügen Sie sie dort am Ende der Tabelle hinzu, sobald Sie sie brauchen (in „Sitzungen“ ist sie nötig, sobald das Blatt „Gremien“ zwei Gremien nennt).`);
      if (created.length === 0) {
        showResult(output, message("info", "Alle Register-Blätter sind schon vorhanden. Es wurde nichts geändert."), addColumn);
        return;
      }
      const next = created.includes("Mitglieder") ? " Tragen Sie jetzt die Mitglieder, Kontakte und Einstellungen ein." : created.includes("Gremien") ? " Tragen Sie jetzt die Gremien ein." : "";
      const what = `Angelegt: ${created.join(", ")}.${next}`;
      showResult(output, writtenResult(what, { sheet: created[0], cell: "A2" }, "löschen Sie neu angelegte Blätter bei Bedarf von Hand.", context), addColumn);
    }),
  );
  section.append(output);
  return section;
};

/** The sheets that should have a Gremium column but existed before without one. */
async function sheetsWithoutBodyColumn(layouts: readonly RegisterLayout[], created: readonly string[], store: ViewContext["store"]): Promise<string[]> {
  const grids = await store.read();
  const gremium = matchKey("Gremium");
  return layouts
    .filter((layout) => layout.name !== "Gremien" && !created.includes(layout.name) && layout.columns.some((c) => c.header === "Gremium"))
    .filter((layout) => !(findGrid(grids, layout.name)?.header.some((cell) => matchKey(cellText(cell, false) ?? "") === gremium) ?? true))
    .map((layout) => layout.name);
}
