import { TEMPLATE_KINDS } from "../documents/fields";
import { MAX_TEMPLATE_XML_BYTES, parseTemplateXml, templateNamespace, type StoredTemplate } from "./templateXml";
import type { XlsxBook } from "./xlsxBook";
import { decodeXml, scanXml, XmlPartError } from "./xmlParts";
import { unpack, ZipPackageError } from "./zipPackage";

/*
 * The user's own Word templates travel in the workbook as custom XML parts (see templateXml).
 * Other programs' custom XML parts are left alone: a part that is too large for a template, not
 * well-formed or in another namespace is simply not one of ours.
 */

/**
 * The user's own Word templates in the package's custom XML parts (namespace
 * `urn:allianz-planer:vorlagen:<kind>`), at most one per kind (the first part, as Excel lists them).
 *
 * @example storedTemplatesIn(book).map((t) => t.fileName) // ["Briefkopf.docx"]
 */
export function storedTemplatesIn(book: XlsxBook): StoredTemplate[] {
  const templates = customXmlItems(book).flatMap((name) => {
    const xml = templatePartText(book, name);
    const template = xml === null ? null : parseTemplateXml(xml);
    // Only parts in the kind's own namespace, as Excel finds them (getByNamespace).
    return template !== null && xml!.includes(templateNamespace(template.kind)) ? [template] : [];
  });
  return TEMPLATE_KINDS.flatMap((kind) => templates.find((t) => t.kind === kind) ?? []);
}

/** A custom XML part's text if it can be a template part: small enough and well-formed. */
function templatePartText(book: XlsxBook, name: string): string | null {
  try {
    const xml = decodeXml(unpack(book.entry(name), 2 * MAX_TEMPLATE_XML_BYTES));
    // Well-formed first: then every pattern in parseTemplateXml runs in linear time.
    scanXml(xml, {}, name);
    return xml;
  } catch (error) {
    if (error instanceof ZipPackageError || error instanceof XmlPartError) return null;
    throw error;
  }
}

/** `customXml/item1.xml`, `customXml/item2.xml`, … in number order (not the itemProps parts). */
function customXmlItems(book: XlsxBook): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);
  return book.pkg.entries
    .map((e) => e.name)
    .filter((name) => /^customXml\/item\d*\.xml$/i.test(name))
    .sort((a, b) => number(a) - number(b));
}
