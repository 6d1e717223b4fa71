import PizZip from "pizzip";

/*
 * Reads and writes .docx files for the tests without docxtemplater, so that what the template code
 * wrote is checked by other code than the code that wrote it.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The XML of one part of a .docx, e.g. `word/document.xml`. */
export function docxPart(bytes: Uint8Array, part = "word/document.xml"): string {
  const file = new PizZip(bytes).file(part);
  if (file === null) throw new Error(`${part} fehlt in der .docx-Datei`);
  return file.asText();
}

/** The text of every paragraph of a part; a line break inside a paragraph becomes `\n`, a tab `\t`. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((m) => (m[0] === "<w:br/>" ? "\n" : m[0] === "<w:tab/>" ? "\t" : m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name])))
      .join(""),
  );
}

/** The text of the body, header and footer parts together. */
export function allText(bytes: Uint8Array): string {
  const zip = new PizZip(bytes);
  return Object.keys(zip.files)
    .filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .map((name) => paragraphTexts(zip.file(name)!.asText()).join("\n"))
    .join("\n");
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The smallest .docx Word opens: one paragraph per entry, each in one run. */
export function minimalDocx(paragraphs: readonly string[]): Uint8Array {
  const zip = new PizZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generate({ type: "uint8array" });
}
