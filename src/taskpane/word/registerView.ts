import { checkWorkbook } from "../../domain/checkWorkbook";
import { concernsDocuments } from "../../documents/documentFindings";
import { TEMPLATE_KIND_LABELS } from "../../documents/fields";
import type { StoredTemplate } from "../../workbook/templateXml";
import { todayInGermany } from "../../workbook/today";
import { h, replaceChildren } from "../dom";
import { countText, findingList, severityCounts } from "../findingList";
import { runAction, viewSection } from "../view";
import { wordErrorMessage } from "./wordErrorMessage";
import type { LoadedRegisters, WordView, WordViewContext } from "./wordView";

/**
 * "Register laden": reads the register workbook (.xlsx or .ods) chosen from disk with the same parsing and
 * validation as in Excel and the CLI, and keeps the registers for this session. The file is read
 * here only; nothing is uploaded or changed.
 */
export const registerView: WordView = (context) => {
  const section = viewSection(
    "register",
    "Register laden",
    "Wählen Sie die Register-Arbeitsmappe (.xlsx oder .ods). Sie wird nur hier gelesen – nicht verändert und nicht hochgeladen – und bleibt geladen, bis Sie den Aufgabenbereich schließen.",
  );
  // The browser's own file button speaks the browser's language; this one is German everywhere.
  const input = h("input", { type: "file", id: "register-datei", class: "visually-hidden", tabindex: -1, "aria-hidden": "true", accept: ".xlsx,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet" });
  const chooser = h("button", { type: "button", class: "primary", "aria-describedby": "register-dateiname" }, "Arbeitsmappe wählen …");
  const fileName = h("span", { id: "register-dateiname", class: "file-name" }, context.session.loaded?.fileName ?? "Keine Datei gewählt");
  chooser.addEventListener("click", () => input.click());
  const output = h("div", { class: "output" });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    fileName.textContent = file.name;
    // Emptied afterwards, so the same file can be loaded again after it was corrected in Excel.
    input.value = "";
    void runAction(
      chooser,
      output,
      async () => {
        // The workbook reader (zip and XML parsing) is loaded when a file is chosen, not when the pane opens.
        const { XlsxRegisterStore } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsxStore");
        const store = await XlsxRegisterStore.fromBuffer(await file.arrayBuffer(), file.name);
        const { registers, findings } = checkWorkbook(await store.read(), todayInGermany());
        context.session.loaded = { fileName: file.name, registers, findings: findings.filter(concernsDocuments), templates: store.storedTemplates() };
        context.session.nr = null;
        context.session.year = null;
        replaceChildren(output, ...loadedContent(context.session.loaded, context));
        context.announce(loadedSummary(context.session.loaded));
      },
      wordErrorMessage,
    );
  });
  section.append(h("div", { class: "form-row" }, chooser, fileName, input), output);
  if (context.session.loaded !== null) replaceChildren(output, ...loadedContent(context.session.loaded, context));
  return section;
};

/**
 * The own templates a workbook brings along, or null when it has none.
 *
 * @example storedTemplatesText([{ kind: "einladung", fileName: "Briefkopf.docx", bytes }]) // "Eigene Vorlagen in der Arbeitsmappe: Einladung (Briefkopf.docx). „Dokumente“ verwendet sie statt der Standardvorlage."
 */
export function storedTemplatesText(templates: readonly StoredTemplate[]): string | null {
  if (templates.length === 0) return null;
  const list = templates.map((t) => `${TEMPLATE_KIND_LABELS[t.kind]} (${t.fileName})`).join(", ");
  return `Eigene Vorlagen in der Arbeitsmappe: ${list}. „Dokumente“ verwendet sie statt der Standardvorlage.`;
}

function loadedSummary({ fileName, registers, findings }: LoadedRegisters): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const counts = `${countText(registers.members.length, "Mitglied", "Mitglieder")}, ${countText(registers.contacts.length, "Kontakt", "Kontakte")}, ${countText(registers.meetings.length, "Sitzung", "Sitzungen")}`;
  const state = findings.length === 0 ? "keine Befunde" : severityCounts(errors, findings.length - errors);
  return `„${fileName}“ geladen: ${counts}; ${state}.`;
}

function loadedContent(loaded: LoadedRegisters, context: WordViewContext): (HTMLElement | false)[] {
  const errors = loaded.findings.filter((f) => f.severity === "error");
  const warnings = loaded.findings.filter((f) => f.severity === "warning");
  const next = h("button", { type: "button", class: "primary" }, "Weiter zu den Dokumenten");
  next.addEventListener("click", () => context.show("dokumente"));
  const templates = storedTemplatesText(loaded.templates);
  return [
    h("p", { class: `message ${errors.length > 0 ? "message-error" : "message-success"}` }, loadedSummary(loaded)),
    templates !== null && h("p", { class: "hint", id: "register-vorlagen" }, templates),
    errors.length > 0 &&
      h(
        "p",
        { class: "hint" },
        "Diese Fehler betreffen die Dokumente: fehlerhafte Angaben können darin fehlen. Korrigieren Sie sie in Excel, speichern Sie die Arbeitsmappe und laden Sie sie hier erneut.",
      ),
    errors.length > 0 && findingList(errors, null),
    // Warnings do not stop a document; they stay folded so the errors come first.
    warnings.length > 0 && h("details", { class: "warnings" }, h("summary", {}, `${countText(warnings.length, "Warnung", "Warnungen")} anzeigen`), findingList(warnings, null, "h4")),
    h("div", { class: "actions" }, next),
  ];
}
