import assert from "node:assert/strict";
import { parseTemplateXml, templateNamespace, templateXml, type StoredTemplate } from "../../src/workbook/templateXml";

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
const template: StoredTemplate = { kind: "einladung", fileName: `Brief "Kopf" & <Logo>.docx`, bytes };

describe("templateXml", () => {
  it("keeps kind, file name and bytes in one element of the kind's namespace", () => {
    const xml = templateXml(template);
    assert.match(xml, /^<vorlage xmlns="urn:allianz-planer:vorlagen:einladung" art="einladung" datei="Brief &quot;Kopf&quot; &amp; &lt;Logo&gt;\.docx">[A-Za-z0-9+/=]+<\/vorlage>$/);
    assert.deepEqual(parseTemplateXml(xml), template);
    assert.equal(templateNamespace("protokoll"), "urn:allianz-planer:vorlagen:protokoll");
  });

  it("reads the part back as Excel may hand it out: declaration, prefix, single quotes, wrapped base64, character references", () => {
    const body = Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ns0:vorlage xmlns:ns0='urn:allianz-planer:vorlagen:protokoll' datei='J&#252;chen &#x2013; Protokoll.docx' art='protokoll'>\n${body}\n</ns0:vorlage>`;
    assert.deepEqual(parseTemplateXml(xml), { kind: "protokoll", fileName: "Jüchen – Protokoll.docx", bytes });
  });

  it("drops control characters from the file name, which XML cannot hold", () => {
    assert.equal(parseTemplateXml(templateXml({ ...template, fileName: "Vor\u0007lage\n.docx" }))?.fileName, "Vorlage.docx");
  });

  it("is null for XML that is not such a part", () => {
    for (const xml of ["", "<andere/>", '<vorlage art="brief" datei="a.docx">AAAA</vorlage>', '<vorlage art="protokoll">AAAA</vorlage>', '<vorlage art="protokoll" datei="a.docx">kein base64!</vorlage>']) {
      assert.equal(parseTemplateXml(xml), null, xml);
    }
    assert.equal(parseTemplateXml('<vorlage art="protokoll" datei="a&#99999999;.docx">AAAA</vorlage>')?.fileName, "a&#99999999;.docx", "an impossible character reference stays as written");
  });
});
