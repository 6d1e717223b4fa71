import { compileTemplate } from "./checkTemplate";
import type { TemplateProblem } from "./checkTemplate";
import { DocumentInputError } from "./documentInputError";
import type { TemplateData, TemplateKind } from "./fields";
import { TEMPLATE_KIND_LABELS } from "./fields";
import { xmlSafeData } from "./xmlSafeText";

/** A template that cannot be filled; `problems` lists every reason, the message names them all. */
export class TemplateProblemsError extends DocumentInputError {
  constructor(
    readonly kind: TemplateKind,
    readonly problems: readonly TemplateProblem[],
  ) {
    super(`Die Vorlage für „${TEMPLATE_KIND_LABELS[kind]}“ kann so nicht verwendet werden:\n${problems.map((p) => `– ${p.message}`).join("\n")}`);
  }
}

/**
 * Fills a Word template with the data of its kind and returns the new .docx. The template is
 * checked first (see checkTemplate); any problem throws a TemplateProblemsError. A serial letter
 * is one render of the `{#Briefe}` loop, however many letters it holds.
 *
 * @example fillTemplate(templateBytes, "protokoll", minutesData(registers, "2027-01")) // Uint8Array of the .docx
 */
export function fillTemplate<K extends TemplateKind>(bytes: Uint8Array, kind: K, data: TemplateData<K>): Uint8Array {
  const compiled = compileTemplate(bytes, kind);
  if (compiled.doc === null) throw new TemplateProblemsError(kind, compiled.problems);
  compiled.doc.render(xmlSafeData(data));
  return compiled.doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}
