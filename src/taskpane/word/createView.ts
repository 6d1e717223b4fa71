import { checkTemplate } from "../../documents/checkTemplate";
import { TEMPLATE_KIND_LABELS, type TemplateKind } from "../../documents/fields";
import type { StoredTemplate } from "../../workbook/templateXml";
import { fetchDefaultTemplate } from "../defaultTemplate";
import { h } from "../dom";
import { problemAlert, runAction, showResult, viewSection } from "../view";
import { openFilled, targetFor } from "./filledDocument";
import { registersOfBody } from "../../domain/registersOfBody";
import { bodyPicker, meetingPicker, yearPicker } from "../targetPicker";
import { wordErrorMessage } from "./wordErrorMessage";
import { registersFirst, type WordView } from "./wordView";

/**
 * Which template a kind's button fills: the workbook's own one, else the default.
 *
 * @example templateNote("einladung", { kind: "einladung", fileName: "Briefkopf.docx", bytes }) // "Einladung: eigene Vorlage „Briefkopf.docx“ aus der Arbeitsmappe"
 */
export function templateNote(kind: TemplateKind, stored: StoredTemplate | undefined): string {
  return `${TEMPLATE_KIND_LABELS[kind]}: ${stored ? `eigene Vorlage „${stored.fileName}“ aus der Arbeitsmappe` : "Standardvorlage"}`;
}

/**
 * "Dokumente": minutes, invitation, cancellation letter (of a meeting already cancelled) and year schedule, each opened as a new Word document, filled
 * from the workbook's own template of the kind (chosen in Excel under „Dokumente“), else the default.
 */
export const createView: WordView = (context) => {
  const section = viewSection(
    "dokumente",
    "Dokumente erstellen",
    "Füllt die Vorlage – Ihre eigene aus der Arbeitsmappe, sonst die Standardvorlage – mit den Angaben aus den Registern und öffnet das Ergebnis als neues Word-Dokument. Das geöffnete Dokument bleibt unverändert.",
  );
  const loaded = context.session.loaded;
  if (loaded === null) {
    section.append(registersFirst(context));
    return section;
  }
  const own = new Map(loaded.templates.map((t) => [t.kind, t]));
  const meeting = meetingPicker("dokumente-sitzung", loaded.registers.meetings, context.session);
  const year = yearPicker("dokumente-jahr", loaded.registers.meetings, context.session);
  const body = bodyPicker("dokumente-gremium", loaded.registers);
  // A year's schedule of one Gremium: its meetings, to its people.
  const registersFor = (kind: TemplateKind) => (kind === "jahresplanung" && body?.selected() ? (registersOfBody(loaded.registers, body.selected()!) ?? loaded.registers) : loaded.registers);
  const output = h("div", { class: "output" });
  const button = (kind: TemplateKind) => {
    const element = h("button", { type: "button", class: "primary", "aria-describedby": `dokumente-vorlage-${kind}` }, `${TEMPLATE_KIND_LABELS[kind]} erstellen`);
    element.addEventListener("click", () =>
      runAction(
        element,
        output,
        async () => {
          const stored = own.get(kind);
          const problems = stored ? checkTemplate(stored.bytes, kind) : [];
          if (stored && problems.length > 0) {
            const summary = `Die eigene Vorlage „${stored.fileName}“ für „${TEMPLATE_KIND_LABELS[kind]}“ aus der Arbeitsmappe kann nicht gefüllt werden; es wurde nichts erstellt. Korrigieren Sie sie in Word und wählen Sie sie in Excel unter „Dokumente“ erneut (oder „Standardvorlage verwenden“); laden Sie danach die Arbeitsmappe hier neu. Zu korrigieren:`;
            showResult(output, problemAlert(summary, problems.map((p) => p.message)));
            return;
          }
          const template = stored?.bytes ?? (await fetchDefaultTemplate(kind, location.href));
          const message = await openFilled(kind, registersFor(kind), targetFor(kind, meeting.selected(), year.selected()), template);
          showResult(output, h("p", { class: "message message-success" }, message));
        },
        wordErrorMessage,
      ),
    );
    return element;
  };
  const notes = (...kinds: TemplateKind[]) => kinds.map((kind) => h("p", { class: "hint small", id: `dokumente-vorlage-${kind}` }, templateNote(kind, own.get(kind))));
  section.append(
    h("fieldset", { class: "group" }, h("legend", {}, "Für eine Sitzung"), meeting.field, h("div", { class: "actions button-row" }, button("protokoll"), button("einladung"), button("absage")), ...notes("protokoll", "einladung", "absage")),
    h("fieldset", { class: "group" }, h("legend", {}, "Für ein Jahr"), year.field, body?.field ?? false, h("div", { class: "actions button-row" }, button("jahresplanung")), ...notes("jahresplanung")),
    output,
  );
  return section;
};
