import { checkTemplate } from "../../documents/checkTemplate";
import { TEMPLATE_KIND_LABELS } from "../../documents/fields";
import { h, replaceChildren } from "../dom";
import { problemAlert, runAction, showResult, viewSection } from "../view";
import { openFilled, targetFor } from "./filledDocument";
import { kindPicker } from "./kindPicker";
import { meetingPicker, yearPicker } from "../targetPicker";
import { wordErrorMessage } from "./wordErrorMessage";
import { openDocumentBytes } from "./wordHost";
import { registersFirst, type WordView } from "./wordView";

/**
 * "Vorlage füllen": the document open in Word (e.g. the secretariat's letterhead with `{Datum}`)
 * is checked and filled, and the result opens as a new document; the template is never changed.
 */
export const fillView: WordView = (context) => {
  const section = viewSection(
    "vorlage",
    "Dieses Dokument als Vorlage füllen",
    "Verwendet das geöffnete Dokument mit seinen Feldern (z. B. {Datum}) als Vorlage und öffnet das gefüllte Ergebnis als neues Dokument. Die Vorlage selbst bleibt unverändert. Felder fügen Sie mit „Feld einfügen“ ein.",
  );
  const loaded = context.session.loaded;
  if (loaded === null) {
    section.append(registersFirst(context));
    return section;
  }
  const kind = kindPicker("vorlage-art", "Art der Vorlage");
  const meeting = meetingPicker("vorlage-sitzung", loaded.registers.meetings, context.session);
  const year = yearPicker("vorlage-jahr", loaded.registers.meetings, context.session);
  const button = h("button", { type: "button", class: "primary" }, "Dieses Dokument als Vorlage füllen");
  const output = h("div", { class: "output" });
  // A year schedule is made for a year, minutes and invitations for a meeting.
  const showTarget = () => {
    const forYear = kind.selected() === "jahresplanung";
    meeting.field.hidden = forYear;
    year.field.hidden = !forYear;
    replaceChildren(output);
  };
  kind.select.addEventListener("change", showTarget);
  showTarget();
  button.addEventListener("click", () =>
    runAction(
      button,
      output,
      async () => {
        const chosen = kind.selected();
        const template = await openDocumentBytes();
        const problems = checkTemplate(template, chosen);
        if (problems.length > 0) {
          const summary = `Dieses Dokument kann nicht als Vorlage für „${TEMPLATE_KIND_LABELS[chosen]}“ gefüllt werden; es wurde nichts erstellt. Bitte korrigieren Sie:`;
          showResult(output, problemAlert(summary, problems.map((p) => p.message)));
          return;
        }
        const message = await openFilled(chosen, loaded.registers, targetFor(chosen, meeting.selected(), year.selected()), template);
        showResult(output, h("p", { class: "message message-success" }, message));
      },
      wordErrorMessage,
    ),
  );
  section.append(kind.field, meeting.field, year.field, h("div", { class: "actions" }, button), output);
  return section;
};
