import { TEMPLATE_KIND_LABELS, type TemplateKind } from "../../documents/fields";
import { fetchDefaultTemplate } from "../defaultTemplate";
import { h, replaceChildren } from "../dom";
import { runAction, viewSection } from "../view";
import { openFilled, targetFor } from "./filledDocument";
import { meetingPicker, yearPicker } from "../targetPicker";
import { wordErrorMessage } from "./wordErrorMessage";
import { registersFirst, type WordView } from "./wordView";

/** "Dokumente": minutes, invitation and year schedule from the default templates, each opened as a new Word document. */
export const createView: WordView = (context) => {
  const section = viewSection(
    "dokumente",
    "Dokumente erstellen",
    "Füllt die Standardvorlage mit den Angaben aus den Registern und öffnet das Ergebnis als neues Word-Dokument. Das geöffnete Dokument bleibt unverändert.",
  );
  const loaded = context.session.loaded;
  if (loaded === null) {
    section.append(registersFirst(context));
    return section;
  }
  const meeting = meetingPicker("dokumente-sitzung", loaded.registers.meetings, context.session);
  const year = yearPicker("dokumente-jahr", loaded.registers.meetings, context.session);
  const output = h("div", { class: "output" });
  const button = (kind: TemplateKind) => {
    const element = h("button", { type: "button", class: "primary" }, `${TEMPLATE_KIND_LABELS[kind]} erstellen`);
    element.addEventListener("click", () =>
      runAction(
        element,
        output,
        async () => {
          const message = await openFilled(kind, loaded.registers, targetFor(kind, meeting.selected(), year.selected()), await fetchDefaultTemplate(kind, location.href));
          replaceChildren(output, h("p", { class: "message message-success" }, message));
          context.announce(message);
        },
        wordErrorMessage,
      ),
    );
    return element;
  };
  section.append(
    h("fieldset", { class: "group" }, h("legend", {}, "Für eine Sitzung"), meeting.field, h("div", { class: "actions button-row" }, button("protokoll"), button("einladung"))),
    h("fieldset", { class: "group" }, h("legend", {}, "Für ein Jahr"), year.field, h("div", { class: "actions button-row" }, button("jahresplanung"))),
    output,
  );
  return section;
};
