import PizZip from "pizzip";
import { validateXML } from "xmllint-wasm";

/*
 * Builds .xlsx packages with parts exceljs does not model, laid out as Excel writes them, by editing
 * the zip directly (exceljs ignores unknown parts when it reads). Independent of src/workbook/xlsxParts.ts.
 */

const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

/** Where Excel keeps the relationship to a custom XML part: the workbook's (usual) or the package's. */
export type Owner = "workbook" | "package";

/**
 * Adds a custom XML part as Excel's `customXmlParts.add` stores it: `customXml/itemN.xml` with its
 * `itemPropsN.xml`, the item's relationship to them, a relationship from the owner with the given
 * Id (which may clash with one exceljs writes) and the itemProps content type.
 */
export function withCustomXml(xlsx: Uint8Array, n: number, item: Uint8Array | string, options: { owner?: Owner; id?: string } = {}): Uint8Array {
  const zip = new PizZip(xlsx);
  zip.file(`customXml/item${n}.xml`, item, { binary: typeof item !== "string" });
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="{6A1F0C2E-0000-4000-8000-00000000000${n}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const [rels, target] = options.owner === "package" ? ["_rels/.rels", `customXml/item${n}.xml`] : ["xl/_rels/workbook.xml.rels", `../customXml/item${n}.xml`];
  addBeforeClose(zip, rels, "</Relationships>", `<Relationship Id="${options.id ?? `rIdCustom${n}`}" Type="${CUSTOM_XML}" Target="${target}"/>`);
  addBeforeClose(zip, "[Content_Types].xml", "</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** Adds parts by name (e.g. a chart) with the given text; exceljs does not read them. */
export function withParts(xlsx: Uint8Array, parts: Record<string, string>): Uint8Array {
  const zip = new PizZip(xlsx);
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generate({ type: "uint8array", compression: "DEFLATE" });
}

/** The bytes of one part, or null if the package does not have it. */
export function partBytes(xlsx: Uint8Array, name: string): Uint8Array | null {
  return new PizZip(xlsx).file(name)?.asUint8Array() ?? null;
}

/** The relationships in a .rels part: Id, Type and Target of each. */
export function relationships(xlsx: Uint8Array, rels: string): { id: string; type: string; target: string }[] {
  const xml = new PizZip(xlsx).file(rels)?.asText() ?? "";
  return [...xml.matchAll(/<Relationship\s([^>]*)\/>/g)].map((m) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? "";
    return { id: attribute("Id"), type: attribute("Type"), target: attribute("Target") };
  });
}

/** libxml2's well-formedness errors of every .xml and .rels part (UTF-8 ones; the list is empty when all parse). */
export async function malformedXmlParts(xlsx: Uint8Array): Promise<string[]> {
  const zip = new PizZip(xlsx);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name) && !isUtf16(f.asUint8Array()));
  const result = await validateXML({ xml: parts.map((f) => ({ fileName: f.name.replace(/[^\w.]/g, "_"), contents: f.asText() })), normalization: "c14n" });
  return result.errors.map((e) => e.rawMessage);
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function addBeforeClose(zip: PizZip, name: string, close: string, added: string): void {
  const xml = zip.file(name)!.asText();
  const at = xml.lastIndexOf(close);
  zip.file(name, `${xml.slice(0, at)}${added}${xml.slice(at)}`);
}
