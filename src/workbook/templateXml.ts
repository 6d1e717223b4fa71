import { base64 } from "../documents/base64";
import { TEMPLATE_KINDS, type TemplateKind } from "../documents/fields";

/*
 * A user's own Word template travels inside the workbook as a custom XML part: one part per kind,
 * in a namespace of its own, so that replacing or removing one kind touches only that part and
 * never has to download the others. The element names the kind and the file name; its text is the
 * .docx in base64.
 */

/** A Word template the user chose for one kind of document, as kept in the workbook. */
export interface StoredTemplate {
  readonly kind: TemplateKind;
  /** The name of the file the user chose, e.g. `Briefkopf.docx`. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Excel on the web keeps custom XML parts up to 1 MB. */
export const MAX_TEMPLATE_XML_BYTES = 1024 * 1024;

/**
 * The namespace of the custom XML part holding the template of a kind.
 *
 * @example templateNamespace("einladung") // "urn:allianz-planer:vorlagen:einladung"
 */
export function templateNamespace(kind: TemplateKind): string {
  return `urn:allianz-planer:vorlagen:${kind}`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The XML of a template's custom XML part.
 *
 * @example templateXml({ kind: "einladung", fileName: "Briefkopf.docx", bytes }) // '<vorlage xmlns="urn:allianz-planer:vorlagen:einladung" art="einladung" datei="Briefkopf.docx">UEsDB…</vorlage>'
 */
export function templateXml(template: StoredTemplate): string {
  // Control characters are not allowed in XML 1.0, not even escaped.
  const fileName = template.fileName.replace(/[\u0000-\u001f\u007f]/g, "").replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
  return `<vorlage xmlns="${templateNamespace(template.kind)}" art="${template.kind}" datei="${fileName}">${base64(template.bytes)}</vorlage>`;
}

/**
 * Reads a template part back, as Excel hands it out (perhaps with an XML declaration, other quotes
 * or line breaks in the base64). `null` if the XML is not such a part.
 *
 * @example parseTemplateXml(templateXml(template))?.fileName // "Briefkopf.docx"
 */
export function parseTemplateXml(xml: string): StoredTemplate | null {
  const element = /<(?:[\w.-]+:)?vorlage\b([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?vorlage\s*>/.exec(xml);
  if (!element) return null;
  const attributes = new Map([...element[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], unescapeXml(m[2] ?? m[3])]));
  const kind = TEMPLATE_KINDS.find((k) => k === attributes.get("art"));
  const fileName = attributes.get("datei");
  const text = element[2].replace(/\s+/g, "");
  if (!kind || fileName === undefined || text === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  return { kind, fileName, bytes: Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0)) };
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
