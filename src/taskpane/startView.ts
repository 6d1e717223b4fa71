import { h } from "./dom";
import type { View } from "./view";

/** The first view: what the actions in the navigation do. */
export const startView: View = () =>
  h(
    "section",
    { class: "view", id: "start", "aria-labelledby": "start-titel" },
    h("h2", { id: "start-titel", tabindex: -1 }, "Willkommen"),
    h("p", { class: "hint" }, "Der Allianz-Planer führt die Register der Allianz in dieser Arbeitsmappe und plant die Sitzungen. Wählen Sie oben eine Aktion:"),
    h(
      "dl",
      { class: "action-list" },
      h("dt", {}, "Arbeitsmappe einrichten"),
      h("dd", {}, "legt fehlende Register-Blätter an."),
      h("dt", {}, "Prüfen"),
      h("dd", {}, "findet fehlende und widersprüchliche Angaben."),
      h("dt", {}, "Nächstes Jahr planen"),
      h("dd", {}, "schlägt die Sitzungstermine mit Gastgebern vor und trägt sie ein."),
      h("dt", {}, "Dokumente"),
      h("dd", {}, "erstellt Protokoll, Einladung und Jahresplanung als Word-Datei und die Mail-Entwürfe dazu."),
      h("dt", {}, "Sitzungen verwalten"),
      h("dd", {}, "sagt eine Sitzung ab oder verschiebt sie, erfasst die Anwesenheit und erstellt den Jahresbericht."),
    ),
    h("p", { class: "hint" }, "Alle Daten bleiben in dieser Arbeitsmappe; der Allianz-Planer sendet nichts ins Internet."),
  );
