import PizZip from "pizzip";
import { TEMPLATE_KINDS } from "../documents/fields";
import { parseTemplateXml, templateNamespace, type StoredTemplate } from "./templateXml";

/*
 * Zip-level work on .xlsx packages for what exceljs does not model: it reads only the parts it
 * knows and writes only those. The custom XML parts (the user's own Word templates among them)
 * are carried over from the source package into exceljs's output; what cannot be carried over is
 * named, so the user hears about it.
 */

const CUSTOM_XML_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
/** The workbook part's relationship, in transitional and strict Open XML. */
const OFFICE_DOCUMENT_RELATIONSHIPS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
];
const CONTENT_TYPES = "[Content_Types].xml";
const PACKAGE_RELATIONSHIPS = "_rels/.rels";

/** Parts of a workbook that exceljs drops, with what a user calls them; in the order they are named. */
const PART_KINDS: readonly { readonly label: string; readonly pattern: RegExp }[] = [
  { label: "Diagramme", pattern: /^xl\/(charts\/chart[^/]*|chartsheets\/[^/]+)\.xml$/i },
  { label: "Pivot-Tabellen", pattern: /^xl\/(pivotTables\/[^/]+|pivotCache\/pivotCacheDefinition[^/]*)\.xml$/i },
  { label: "Datenschnitte", pattern: /^xl\/(slicers|slicerCaches)\/[^/]+\.xml$/i },
  { label: "Zeitachsen", pattern: /^xl\/(timelines|timelineCaches)\/[^/]+\.xml$/i },
  { label: "Zeichnungsobjekte (Formen, Textfelder)", pattern: /^xl\/drawings\/drawing[^/]*\.xml$/i },
  { label: "Steuerelemente", pattern: /^xl\/(ctrlProps|activeX)\/[^/]+$/i },
  { label: "Makros (VBA)", pattern: /^xl\/vbaProject\.bin$/i },
  { label: "Verknüpfungen mit anderen Arbeitsmappen", pattern: /^xl\/externalLinks\/[^/]+\.xml$/i },
  { label: "Datenverbindungen (Abfragen)", pattern: /^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/i },
  { label: "Datenmodell (Power Pivot)", pattern: /^xl\/model\/[^/]+$/i },
  { label: "Kommentar-Unterhaltungen", pattern: /^xl\/threadedComments\/[^/]+\.xml$/i },
  { label: "benutzerdefinierte Dateieigenschaften", pattern: /^docProps\/custom\.xml$/i },
  { label: "Vertraulichkeitsbezeichnung", pattern: /^docMetadata\/[^/]+$/i },
];

/**
 * The user's own Word templates in the package's custom XML parts (namespace
 * `urn:allianz-planer:vorlagen:<kind>`), at most one per kind (the first part, as Excel lists them).
 *
 * @example storedTemplatesIn(await readFile("Allianz.xlsx")).map((t) => t.fileName) // ["Briefkopf.docx"]
 */
export function storedTemplatesIn(xlsx: Uint8Array): StoredTemplate[] {
  const zip = new PizZip(xlsx);
  const templates = customXmlItems(zip).flatMap((name) => {
    const xml = xmlText(zip.file(name)!.asUint8Array());
    const template = parseTemplateXml(xml);
    // Only parts in the kind's own namespace, as Excel finds them (getByNamespace).
    return template !== null && xml.includes(templateNamespace(template.kind)) ? [template] : [];
  });
  return TEMPLATE_KINDS.flatMap((kind) => templates.find((t) => t.kind === kind) ?? []);
}

/**
 * `output` (a package written by exceljs from `source`) with the source's custom XML parts: the
 * parts byte for byte (`customXml/…`), their relationships from the workbook or the package, as the
 * source had them, and their content types.
 *
 * @example carryOverCustomXml(await readFile("Allianz.xlsx"), await workbook.xlsx.writeBuffer()) // Uint8Array of the .xlsx
 */
export function carryOverCustomXml(source: Uint8Array, output: Uint8Array): Uint8Array {
  const from = new PizZip(source);
  const parts = partNames(from).filter((name) => /^customXml\//i.test(name));
  if (parts.length === 0) return output;
  const to = new PizZip(output);
  for (const name of parts) {
    const file = from.file(name)!;
    to.file(name, file.asUint8Array(), { binary: true, date: file.date, createFolders: false });
  }
  const carried = new Set(parts.map((name) => name.toLowerCase()));
  for (const [fromOwner, toOwner] of [["", ""], [workbookPart(from), workbookPart(to)]]) {
    const relationships = relationshipsOf(from, fromOwner).filter((r) => r.type === CUSTOM_XML_RELATIONSHIP && carried.has(r.part.toLowerCase()));
    if (relationships.length > 0) addRelationships(to, toOwner, relationships.map((r) => r.part));
  }
  addContentTypes(from, to, parts);
  return to.generate({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The parts of `source` that exceljs left out of `output` (charts, pivot tables, …): per kind of
 * {@link PART_KINDS}, all of the source's parts when the output has fewer of that kind.
 *
 * @example lostParts(withChart, written) // ["xl/charts/chart1.xml"]
 */
export function lostParts(source: Uint8Array, output: Uint8Array): string[] {
  const sourceNames = partNames(new PizZip(source));
  const outputNames = partNames(new PizZip(output));
  return PART_KINDS.flatMap(({ pattern }) => {
    const had = sourceNames.filter((name) => pattern.test(name));
    return had.length > outputNames.filter((name) => pattern.test(name)).length ? had : [];
  });
}

/**
 * What lost parts are in plain German words, each kind once.
 *
 * @example lostPartLabels(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml"]) // ["Diagramme", "Pivot-Tabellen"]
 */
export function lostPartLabels(parts: readonly string[]): string[] {
  return PART_KINDS.filter(({ pattern }) => parts.some((name) => pattern.test(name))).map((kind) => kind.label);
}

/** The package's files (not its folder entries). */
function partNames(zip: PizZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

/** `customXml/item1.xml`, `customXml/item2.xml`, … in number order (not the itemProps parts). */
function customXmlItems(zip: PizZip): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/i.exec(name)?.[1] ?? 0);
  return partNames(zip)
    .filter((name) => /^customXml\/item\d*\.xml$/i.test(name))
    .sort((a, b) => number(a) - number(b));
}

/** XML bytes as text: custom XML parts may be UTF-16 (with a byte order mark) as well as UTF-8. */
function xmlText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

interface Relationship {
  readonly type: string;
  /** The target as a part name, e.g. `customXml/item1.xml`. */
  readonly part: string;
}

/** The part the package's officeDocument relationship points to, e.g. `xl/workbook.xml`. */
function workbookPart(zip: PizZip): string {
  return relationshipsOf(zip, "").find((r) => OFFICE_DOCUMENT_RELATIONSHIPS.includes(r.type))?.part ?? "xl/workbook.xml";
}

/** The relationships of a part (`""`: of the package), internal targets only. */
function relationshipsOf(zip: PizZip, owner: string): Relationship[] {
  const xml = zip.file(relationshipsPart(owner))?.asText();
  if (xml === undefined) return [];
  return elements(xml, "Relationship")
    .map(({ attributes: a }) => a)
    .filter((a) => a.get("TargetMode") !== "External" && a.has("Target") && a.has("Type"))
    .map((a) => ({ type: a.get("Type")!, part: resolvePart(folderOf(owner), a.get("Target")!) }));
}

/** Adds relationships of type customXml to the owner's relationships part, with Ids it does not use yet. */
function addRelationships(zip: PizZip, owner: string, parts: readonly string[]): void {
  const name = relationshipsPart(owner);
  const xml = zip.file(name)?.asText() ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const taken = new Set(elements(xml, "Relationship").map((e) => e.attributes.get("Id")));
  let next = 1;
  const added = parts.map((part) => {
    while (taken.has(`rId${next}`)) next++;
    taken.add(`rId${next}`);
    return `<Relationship Id="rId${next}" Type="${CUSTOM_XML_RELATIONSHIP}" Target="${escapeXml(relativeTarget(folderOf(owner), part))}"/>`;
  });
  zip.file(name, insertBeforeClose(xml, "Relationships", added.join("")), { createFolders: false });
}

/** The content types the carried parts had in the source that the output does not declare yet. */
function addContentTypes(from: PizZip, to: PizZip, parts: readonly string[]): void {
  const source = from.file(CONTENT_TYPES)?.asText() ?? "";
  const target = to.file(CONTENT_TYPES)!.asText();
  const key = (e: XmlElement, attribute: string) => e.attributes.get(attribute)?.toLowerCase();
  const overridden = new Set(elements(target, "Override").map((e) => key(e, "PartName")));
  const defaults = new Set(elements(target, "Default").map((e) => key(e, "Extension")));
  const wanted = new Set(parts.map((part) => `/${part}`.toLowerCase()));
  const extensions = new Set(parts.map((part) => /\.([^./]+)$/.exec(part)?.[1].toLowerCase()));
  const added = [
    ...elements(source, "Default").filter((e) => extensions.has(key(e, "Extension")) && !defaults.has(key(e, "Extension"))),
    ...elements(source, "Override").filter((e) => wanted.has(key(e, "PartName") ?? "") && !overridden.has(key(e, "PartName"))),
  ].map((e) => e.text);
  if (added.length > 0) to.file(CONTENT_TYPES, insertBeforeClose(target, "Types", added.join("")), { createFolders: false });
}

interface XmlElement {
  /** The element as written. */
  readonly text: string;
  readonly attributes: ReadonlyMap<string, string>;
}

/** Every empty `<name …/>` element (no prefix, as packages write them): relationships and content types. */
function elements(xml: string, name: string): XmlElement[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)\\s*(?:/>|>\\s*</${name}\\s*>)`, "g"))].map((m) => ({
    text: m[0],
    attributes: new Map([...m[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1], unescapeXml(a[2] ?? a[3])])),
  }));
}

function insertBeforeClose(xml: string, root: string, added: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  return `${xml.slice(0, close)}${added}${xml.slice(close)}`;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own → `_rels/.rels`. */
function relationshipsPart(owner: string): string {
  if (owner === "") return PACKAGE_RELATIONSHIPS;
  const slash = owner.lastIndexOf("/");
  return `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/**
 * A relationship's target as a part name: relative to the owner's folder, or absolute (`/…`).
 *
 * @example resolvePart("xl/", "../customXml/item1.xml") // "customXml/item1.xml"
 */
function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith("/") ? target : `${folder}${target}`).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}

/** @example relativeTarget("xl/", "customXml/item1.xml") // "../customXml/item1.xml" */
function relativeTarget(folder: string, part: string): string {
  const from = folder.split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
