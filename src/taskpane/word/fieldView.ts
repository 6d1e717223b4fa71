import { TEMPLATE_FIELDS, type TemplateField, type TemplateKind } from "../../documents/fields";
import { h, replaceChildren } from "../dom";
import { runAction, viewSection } from "../view";
import { kindPicker } from "./kindPicker";
import { wordErrorMessage } from "./wordErrorMessage";
import { insertAtSelection, type Insertion } from "./wordHost";
import type { WordView } from "./wordView";

/** A field as offered in the list: where it may stand and what it inserts. */
export interface FieldEntry {
  readonly field: TemplateField;
  /** The loops it stands in, outermost first (empty at the top level). */
  readonly loops: readonly string[];
  readonly insertion: Insertion;
}

/**
 * Every field of a kind, loops followed by the fields of their entries.
 *
 * @example fieldEntries("protokoll")[0].insertion // { before: "{Allianz}", after: "" }
 */
export function fieldEntries(kind: TemplateKind): FieldEntry[] {
  const walk = (fields: readonly TemplateField[], loops: readonly string[]): FieldEntry[] =>
    fields.flatMap((field) =>
      field.kind === "loop"
        ? [{ field, loops, insertion: { before: `{#${field.name}}`, after: `{/${field.name}}` } }, ...walk(field.children, [...loops, field.name])]
        : [{ field, loops, insertion: { before: `{${field.name}}`, after: "" } }],
    );
  return walk(TEMPLATE_FIELDS[kind], []);
}

/** How an entry reads in the list: `{Datum}`, `{#Tagesordnung}…{/Tagesordnung}`. */
function entryText({ insertion }: FieldEntry): string {
  return insertion.after === "" ? insertion.before : `${insertion.before}…${insertion.after}`;
}

/**
 * "Feld einfügen": the fields of the chosen kind of template with their descriptions; the chosen
 * one goes to the cursor (a loop around the selected text), so nobody has to remember the syntax.
 */
export const fieldView: WordView = (context) => {
  const section = viewSection(
    "feld",
    "Feld einfügen",
    "Wählen Sie ein Feld; „Einfügen“ (oder die Eingabetaste in der Liste) setzt es an der Cursorposition ein. Eine Liste wie {#Tagesordnung}…{/Tagesordnung} wird um den markierten Text gelegt; ihre Felder gehören dazwischen.",
  );
  const kind = kindPicker("feld-art", "Vorlage für");
  const list = h("select", { id: "feld-liste", size: 10, class: "field-list", "aria-describedby": "feld-beschreibung" });
  const description = h("p", { id: "feld-beschreibung", class: "field-description" });
  const button = h("button", { type: "button", class: "primary" }, "Einfügen");
  const output = h("div", { class: "output" });
  let entries: FieldEntry[] = [];

  const chosen = () => (list.value === "" ? null : entries[Number(list.value)]);
  const describe = () => {
    const entry = chosen();
    description.textContent = entry === null ? "" : `${entryText(entry)}: ${entry.field.description}`;
  };
  const fill = () => {
    entries = fieldEntries(kind.selected());
    // Consecutive entries of one loop share an optgroup; the rest stand on their own, in catalogue order.
    const runs: { label: string; options: HTMLElement[] }[] = [];
    entries.forEach((entry, index) => {
      const label = entry.loops.length === 0 ? "" : `In der Liste ${entry.loops.map((loop) => `{#${loop}}`).join(" › ")}`;
      if (runs.at(-1)?.label !== label) runs.push({ label, options: [] });
      runs.at(-1)?.options.push(h("option", { value: index, title: entry.field.description }, entryText(entry)));
    });
    replaceChildren(list, ...runs.flatMap(({ label, options }) => (label === "" ? options : [h("optgroup", { label }, ...options)])));
    list.selectedIndex = 0;
    describe();
  };
  const insert = () => {
    const entry = chosen();
    if (entry === null) return;
    void runAction(
      button,
      output,
      async () => {
        await insertAtSelection(entry.insertion);
        const message = `${entryText(entry)} eingefügt.`;
        // The user goes on choosing fields: the focus stays in the list, the news comes through the status region.
        replaceChildren(output, h("p", { class: "message message-success" }, message));
        context.announce(message);
      },
      wordErrorMessage,
    );
  };

  kind.select.addEventListener("change", fill);
  list.addEventListener("change", describe);
  list.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      insert();
    }
  });
  list.addEventListener("dblclick", insert);
  button.addEventListener("click", insert);
  fill();
  section.append(kind.field, h("label", { for: "feld-liste", class: "block-label" }, "Felder"), list, description, h("div", { class: "actions" }, button), output);
  return section;
};
