import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateKind } from "../../documents/fields";
import { h } from "../dom";

/**
 * The select of the kind of document a template is for (Protokoll, Einladung, Jahresplanung).
 *
 * @example kindPicker("feld-art", "Art der Vorlage").selected() // "protokoll"
 */
export function kindPicker(id: string, label: string): { readonly field: HTMLElement; readonly select: HTMLSelectElement; selected(): TemplateKind } {
  const select = h("select", { id }, ...TEMPLATE_KINDS.map((kind) => h("option", { value: kind }, TEMPLATE_KIND_LABELS[kind])));
  return {
    select,
    field: h("div", { class: "form-row" }, h("label", { for: id }, label), select),
    selected: () => select.value as TemplateKind,
  };
}
