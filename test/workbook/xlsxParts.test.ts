import assert from "node:assert/strict";
import { registerLayouts } from "../../src/domain/layouts";
import { NewWorkbookStore } from "../../src/workbook/newWorkbook";
import { templateXml, type StoredTemplate } from "../../src/workbook/templateXml";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { minimalDocx } from "../documents/docxText";
import { malformedXmlParts, partBytes, relationships, withCustomXml } from "./packageParts";

const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

const letterhead: StoredTemplate = { kind: "einladung", fileName: "Briefkopf & Logo.docx", bytes: minimalDocx(["Briefkopf", "Einladung am {Datum}"]) };
const minutes: StoredTemplate = { kind: "protokoll", fileName: "Protokoll-Amt.docx", bytes: minimalDocx(["Protokoll {Nr}"]) };

/** UTF-16 with a byte order mark and an XML declaration, as Office may store a part. */
function utf16(xml: string): Uint8Array {
  const text = `\ufeff<?xml version="1.0" encoding="utf-16"?>${xml}`;
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** A register workbook as exceljs writes it, without anything of its own. */
async function emptyRegisters(): Promise<Uint8Array> {
  const store = new NewWorkbookStore();
  await store.setUp(registerLayouts());
  return store.toBuffer();
}

/**
 * A workbook as Excel saves it after "Eigene Vorlage wählen" twice: the Einladung's part related
 * from the workbook with an Id exceljs uses too, the Protokoll's (UTF-16) from the package, and a
 * part of another add-in.
 */
async function workbookWithTemplates(): Promise<Uint8Array> {
  let xlsx = await emptyRegisters();
  xlsx = withCustomXml(xlsx, 1, `<?xml version="1.0" encoding="UTF-8"?>\n${templateXml(letterhead)}`, { id: "rId1" });
  xlsx = withCustomXml(xlsx, 2, utf16(templateXml(minutes)), { owner: "package" });
  return withCustomXml(xlsx, 3, '<fremd xmlns="urn:anderes-add-in"><vorlage art="einladung" datei="Fremd.docx">UEsDBA==</vorlage></fremd>');
}

const CUSTOM_PARTS = [1, 2, 3].flatMap((n) => [`customXml/item${n}.xml`, `customXml/itemProps${n}.xml`, `customXml/_rels/item${n}.xml.rels`]);

describe("XlsxRegisterStore: the workbook's custom XML parts", () => {
  it("reads the own templates from the custom XML parts, one per kind in the kinds' order, only in their namespace", async () => {
    const store = await XlsxRegisterStore.fromBuffer(await workbookWithTemplates());
    assert.deepEqual(store.storedTemplates(), [minutes, letterhead]);
    assert.deepEqual((await XlsxRegisterStore.fromBuffer(await emptyRegisters())).storedTemplates(), []);
    const long = withCustomXml(await emptyRegisters(), 4, `<fremd xmlns="urn:anderes">${"<vorlage art=\"einladung\" datei=\"x\">".repeat(20_000)}</fremd>`);
    const started = Date.now();
    assert.deepEqual((await XlsxRegisterStore.fromBuffer(long)).storedTemplates(), []);
    assert.ok(Date.now() - started < 5_000, "a long foreign part is read in linear time");
  });

  it("takes the first part of a kind, as Excel lists them, and skips one that is not a template", async () => {
    const second: StoredTemplate = { ...letterhead, fileName: "Neuer.docx" };
    let xlsx = withCustomXml(await emptyRegisters(), 2, templateXml(second));
    xlsx = withCustomXml(xlsx, 1, templateXml(letterhead));
    xlsx = withCustomXml(xlsx, 10, '<vorlage xmlns="urn:allianz-planer:vorlagen:protokoll" art="protokoll" datei="Leer.docx"></vorlage>');
    assert.deepEqual((await XlsxRegisterStore.fromBuffer(xlsx)).storedTemplates(), [letterhead]);
  });

  it("keeps the custom XML parts through planning byte for byte, and the templates stay readable", async () => {
    const source = await workbookWithTemplates();
    const store = await XlsxRegisterStore.fromBuffer(source);
    await store.append("Mitglieder", [["Stadt Kaarst", null, "Stadt", null, null, "Ja", null, null]]);
    const written = await store.toBuffer();
    for (const part of [...CUSTOM_PARTS, "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml"]) assert.deepEqual(partBytes(written, part), partBytes(source, part), part);
    assert.equal(relationships(written, "xl/_rels/workbook.xml.rels").filter((r) => r.type === CUSTOM_XML).length, 2);
    assert.deepEqual(await malformedXmlParts(written), []);
    const again = await XlsxRegisterStore.fromBuffer(written);
    assert.equal((await again.read()).grids.find((g) => g.sheet === "Mitglieder")?.rows[0][0], "Stadt Kaarst");
    assert.deepEqual(again.storedTemplates(), [minutes, letterhead]);
  });
});
