import { registerLayouts } from "../domain/layouts";
import { h } from "./dom";
import { message, runAction, showResult, viewSection, type View } from "./view";
import { writtenResult } from "./written";

/** "Arbeitsmappe einrichten": creates the missing register sheets; existing sheets stay as they are. */
export const setUpView: View = (context) => {
  const button = h("button", { type: "button", class: "primary" }, "Fehlende Blätter anlegen");
  const section = viewSection(
    "einrichten",
    "Arbeitsmappe einrichten",
    "Legt die fehlenden Register-Blätter (Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten) als Tabellen mit Überschriften, Formaten und Auswahllisten an. Vorhandene Blätter und Daten bleiben unverändert.",
    button,
  );
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(button, output, async () => {
      const created = await context.store.setUp(registerLayouts());
      if (created.length === 0) {
        showResult(output, message("info", "Alle Register-Blätter sind schon vorhanden. Es wurde nichts geändert."));
        return;
      }
      const what = `Angelegt: ${created.join(", ")}. Tragen Sie jetzt die Mitglieder, Kontakte und Einstellungen ein.`;
      showResult(output, writtenResult(what, { sheet: created[0], cell: "A2" }, "löschen Sie neu angelegte Blätter bei Bedarf von Hand.", context));
    }),
  );
  section.append(output);
  return section;
};
