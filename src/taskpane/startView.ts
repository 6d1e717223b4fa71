import { matchKey } from "../domain/matchKey";
import { REGISTER_NAMES } from "../domain/registers";
import { h, replaceChildren } from "./dom";
import { message, type View, type ViewContext } from "./view";

/** Without these the registers cannot be checked or planned (Tagesordnung and Sperrzeiten are optional, Einstellungen has defaults). */
const REQUIRED = ["Mitglieder", "Kontakte", "Sitzungen"] as const;

/** The first view: what the four actions in the navigation do; in a new workbook, the way to set it up. */
export const startView: View = (context) => {
  const setUp = h("div", { class: "start-setup" });
  void missingSheets(context).then(
    (missing) => {
      if (missing.length > 0) replaceChildren(setUp, setUpInvitation(missing, context));
    },
    // Nothing to offer if the workbook cannot be read now; every action reports its own errors.
    () => undefined,
  );
  return h(
    "section",
    { class: "view", id: "start", "aria-labelledby": "start-titel" },
    h("h2", { id: "start-titel", tabindex: -1 }, "Willkommen"),
    setUp,
    h("p", { class: "hint" }, "Der Allianz-Planer führt die Register der Allianz in dieser Arbeitsmappe und plant die Sitzungen. Wählen Sie oben eine Aktion:"),
    h(
      "dl",
      { class: "action-list" },
      h("dt", {}, "Einrichten"),
      h("dd", {}, "legt fehlende Register-Blätter an."),
      h("dt", {}, "Prüfen"),
      h("dd", {}, "findet fehlende und widersprüchliche Angaben."),
      h("dt", {}, "Planen"),
      h("dd", {}, "schlägt die Sitzungstermine des nächsten Jahres mit Gastgebern vor und trägt sie ein."),
      h("dt", {}, "Dokumente"),
      h("dd", {}, "erstellt Protokoll, Einladung und Jahresplanung als Word-Datei und die Mail-Entwürfe dazu."),
      h("dt", {}, "Sitzungen"),
      h("dd", {}, "sagt eine Sitzung ab oder verschiebt sie, erfasst die Anwesenheit und erstellt den Jahresbericht."),
    ),
    h("p", { class: "hint" }, "Alle Daten bleiben in dieser Arbeitsmappe; der Allianz-Planer sendet nichts ins Internet."),
  );
};

async function missingSheets(context: ViewContext): Promise<string[]> {
  const sheets = new Set((await context.store.read()).grids.map((grid) => matchKey(grid.sheet)));
  if (!REGISTER_NAMES.some((name) => sheets.has(matchKey(name)))) return [...REGISTER_NAMES];
  return REQUIRED.filter((name) => !sheets.has(matchKey(name)));
}

function setUpInvitation(missing: readonly string[], context: ViewContext): HTMLElement {
  const button = h("button", { type: "button", class: "primary" }, "Arbeitsmappe einrichten");
  button.addEventListener("click", () => context.show("einrichten"));
  const text =
    missing.length === REGISTER_NAMES.length
      ? "Diese Arbeitsmappe hat noch keine Register-Blätter. Legen Sie sie zuerst an:"
      : `In dieser Arbeitsmappe fehlen Register-Blätter (${missing.join(", ")}). Legen Sie sie an; vorhandene Blätter bleiben unverändert:`;
  return message("info", text, h("div", { class: "button-row" }, button));
}
