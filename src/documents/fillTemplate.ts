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
  const zip = compiled.doc.getZip();
  const body = zip.file("word/document.xml");
  if (body !== null) zip.file("word/document.xml", withoutEmptyLastSection(body.asText()));
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

const LAST_PARAGRAPH_SECTION = /<w:sectPr\b[^>]*>((?:(?!<\/w:sectPr>)[\s\S])*)<\/w:sectPr>(?=(?:(?!<w:p[ >])[\s\S])*<\/w:p>\s*<w:sectPr\b[^>]*>(?:(?!<\/w:sectPr>)[\s\S])*<\/w:sectPr>\s*<\/w:body>)/;
const REFERENCE = /<w:(?:header|footer)Reference\b[^>]*\/>/;

/**
 * A serial letter whose letters each end with a section break (so each counts its own pages)
 * leaves the document's last section empty once the loop is filled: Word and LibreOffice would
 * print a blank page. The last letter's section break becomes the document's final section
 * instead (with the final section's headers and footers where the letter's break has none).
 *
 * @example withoutEmptyLastSection('<w:body><w:p><w:pPr><w:sectPr><w:titlePg/></w:sectPr></w:pPr></w:p><w:sectPr><w:headerReference r:id="rId1"/></w:sectPr></w:body>')
 * // '<w:body><w:p><w:pPr></w:pPr></w:p><w:sectPr><w:headerReference r:id="rId1"/><w:titlePg/></w:sectPr></w:body>'
 */
export function withoutEmptyLastSection(xml: string): string {
  const last = LAST_PARAGRAPH_SECTION.exec(xml);
  if (last === null) return xml;
  const letterSection = last[1];
  const withoutBreak = xml.slice(0, last.index) + xml.slice(last.index + last[0].length);
  return withoutBreak.replace(/<w:sectPr\b([^>]*)>((?:(?!<\/w:sectPr>)[\s\S])*)<\/w:sectPr>(\s*<\/w:body>)/, (_, attributes: string, finalSection: string, end: string) => {
    const references = REFERENCE.test(letterSection) ? "" : (finalSection.match(new RegExp(REFERENCE.source, "g")) ?? []).join("");
    return `<w:sectPr${attributes}>${references}${letterSection}</w:sectPr>${end}`;
  });
}
