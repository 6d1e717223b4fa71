import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { registerLayouts } from "../../src/domain/layouts";
import { templateXml, type StoredTemplate } from "../../src/workbook/templateXml";
import { lostPartLabels } from "../../src/workbook/xlsxParts";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { minimalDocx } from "../documents/docxText";
import { malformedXmlParts, partBytes, relationships, withCustomXml, withParts } from "./packageParts";

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
  const store = new XlsxRegisterStore();
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

describe("XlsxRegisterStore: parts exceljs does not model", () => {
  it("reads the own templates from the custom XML parts, one per kind in the kinds' order, only in their namespace", async () => {
    const store = await XlsxRegisterStore.fromBuffer(await workbookWithTemplates());
    assert.deepEqual(store.storedTemplates(), [minutes, letterhead]);
    assert.deepEqual((await XlsxRegisterStore.fromBuffer(await emptyRegisters())).storedTemplates(), []);
    assert.deepEqual(new XlsxRegisterStore().storedTemplates(), []);
  });

  it("takes the first part of a kind, as Excel lists them, and skips one that is not a template", async () => {
    const second: StoredTemplate = { ...letterhead, fileName: "Neuer.docx" };
    let xlsx = withCustomXml(await emptyRegisters(), 2, templateXml(second));
    xlsx = withCustomXml(xlsx, 1, templateXml(letterhead));
    xlsx = withCustomXml(xlsx, 10, '<vorlage xmlns="urn:allianz-planer:vorlagen:protokoll" art="protokoll" datei="Leer.docx"></vorlage>');
    assert.deepEqual((await XlsxRegisterStore.fromBuffer(xlsx)).storedTemplates(), [letterhead]);
  });

  it("carries the custom XML parts through a write byte for byte, with relationships, content types and well-formed XML", async () => {
    const source = await workbookWithTemplates();
    const store = await XlsxRegisterStore.fromBuffer(source);
    await store.append("Mitglieder", [["Stadt Kaarst", null, "Stadt", null, null, "Ja", null, null]]);
    const written = new Uint8Array(await store.toBuffer());

    for (const part of CUSTOM_PARTS) assert.deepEqual(partBytes(written, part), partBytes(source, part), part);
    const workbookRels = relationships(written, "xl/_rels/workbook.xml.rels");
    assert.equal(new Set(workbookRels.map((r) => r.id)).size, workbookRels.length, "Ids stay unique");
    assert.deepEqual(workbookRels.filter((r) => r.type === CUSTOM_XML).map((r) => r.target), ["../customXml/item1.xml", "../customXml/item3.xml"]);
    assert.deepEqual(relationships(written, "_rels/.rels").filter((r) => r.type === CUSTOM_XML).map((r) => r.target), ["customXml/item2.xml"]);
    const contentTypes = new TextDecoder().decode(partBytes(written, "[Content_Types].xml")!);
    for (const n of [1, 2, 3]) assert.equal(contentTypes.split(`PartName="/customXml/itemProps${n}.xml"`).length, 2, `itemProps${n} declared once`);
    assert.deepEqual(await malformedXmlParts(written), []);

    // What Excel and the next run read: the registers, the templates, and nothing doubled by a second write.
    const again = await XlsxRegisterStore.fromBuffer(written);
    assert.equal((await again.read()).grids.find((g) => g.sheet === "Mitglieder")?.rows[0][0], "Stadt Kaarst");
    assert.deepEqual(again.storedTemplates(), [minutes, letterhead]);
    const twice = new Uint8Array(await again.toBuffer());
    assert.equal(relationships(twice, "xl/_rels/workbook.xml.rels").filter((r) => r.type === CUSTOM_XML).length, 2);
    assert.equal(new TextDecoder().decode(partBytes(twice, "[Content_Types].xml")!).split('PartName="/customXml/itemProps1.xml"').length, 2);
    await new ExcelJS.Workbook().xlsx.load(twice as unknown as ExcelJS.Buffer);
  });

  it("names the parts a write loses (charts, pivot tables) and nothing for a workbook without them", async () => {
    const plain = await XlsxRegisterStore.fromBuffer(await emptyRegisters());
    assert.deepEqual(plain.lostParts(new Uint8Array(await plain.toBuffer())), []);

    const withChart = withParts(await workbookWithTemplates(), {
      "xl/charts/chart1.xml": '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      "xl/charts/style1.xml": "<cs:chartStyle xmlns:cs=\"http://schemas.microsoft.com/office/drawing/2012/chartStyle\"/>",
      "xl/drawings/drawing1.xml": '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
      "xl/pivotTables/pivotTable1.xml": '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      "xl/pivotCache/pivotCacheDefinition1.xml": '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      "xl/pivotCache/pivotCacheRecords1.xml": '<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    const store = await XlsxRegisterStore.fromBuffer(withChart);
    const lost = store.lostParts(new Uint8Array(await store.toBuffer()));
    assert.deepEqual(lost, ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/drawings/drawing1.xml"]);
    assert.deepEqual(lostPartLabels(lost), ["Diagramme", "Pivot-Tabellen", "Zeichnungsobjekte (Formen, Textfelder)"]);
  });

  it("does not count pictures as lost: exceljs writes them back", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Mitglieder");
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
    sheet.addImage(workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "B2:C4");
    const store = await XlsxRegisterStore.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const written = new Uint8Array(await store.toBuffer());
    assert.ok(partBytes(written, "xl/drawings/drawing1.xml"), "the picture's drawing is written");
    assert.deepEqual(store.lostParts(written), []);
  });
});
