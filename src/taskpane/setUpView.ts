import { registerLayouts } from "../domain/layouts";
import { h, replaceChildren } from "./dom";
import { runAction, viewSection, type View } from "./view";

/** "Arbeitsmappe einrichten": creates the missing register sheets; existing sheets stay as they are. */
export const setUpView: View = (context) => {
  const section = viewSection(
    "einrichten",
    "Arbeitsmappe einrichten",
    "Legt die fehlenden Register-Blätter (Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten) als Tabellen mit Überschriften, Formaten und Auswahllisten an. Vorhandene Blätter und Daten bleiben unverändert.",
  );
  const button = h("button", { type: "button", class: "primary" }, "Fehlende Blätter anlegen");
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(button, output, async () => {
      const created = await context.store.setUp(registerLayouts());
      const message =
        created.length === 0
          ? "Alle Register-Blätter sind schon vorhanden. Es wurde nichts geändert."
          : `Angelegt: ${created.join(", ")}. Tragen Sie jetzt die Mitglieder, Kontakte und Einstellungen ein.`;
      replaceChildren(output, h("p", { class: `message ${created.length === 0 ? "message-info" : "message-success"}` }, message));
      context.announce(message);
    }),
  );
  section.append(button, output);
  return section;
};
