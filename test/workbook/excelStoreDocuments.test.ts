import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import type { MeetingStatusCell } from "../../src/domain/statusCell";
import { ExcelRegisterStore, ExcelStoreError } from "../../src/workbook/excelStore";
import { MAX_TEMPLATE_XML_BYTES, templateNamespace, templateXml, type StoredTemplate } from "../../src/workbook/templateXml";
import { cellValue, installFakeOffice, type FakeOffice, type FakeSheetState } from "../fakes/officeFake";

/*
 * The store methods of the "Dokumente" view against the strict fake: the Status write of
 * "Als eingeladen markieren" and the user's own templates in custom XML parts.
 */

const MEETINGS: FakeSheetState = {
  name: "Sitzungen",
  cells: [
    ["Nr", "Datum", "Status"],
    ["2027-01", 46401, "geplant"],
    ["2027-02", 46457, "geplant"],
  ],
  tables: [{ name: "tblSitzungen", address: "A1:C3" }],
};

const place: MeetingStatusCell = { sheet: "Sitzungen", nr: "2027-02", nrCell: "A3", statusCell: "C3" };

function template(kind: StoredTemplate["kind"], fileName: string, size = 2000): StoredTemplate {
  return { kind, fileName, bytes: Uint8Array.from({ length: size }, (_, i) => (i * 31 + fileName.length) % 256) };
}

describe("ExcelRegisterStore: Dokumente", () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  describe("setMeetingStatus", () => {
    it("writes only the Status cell, after checking the row's Nr, in two syncs", async () => {
      office = installFakeOffice({ date1904: false, sheets: [structuredClone(MEETINGS)] });
      await new ExcelRegisterStore().setMeetingStatus(place, "eingeladen");
      assert.equal(office.syncCount, 2);
      assert.deepEqual(office.state.sheets[0].cells, [
        ["Nr", "Datum", "Status"],
        ["2027-01", 46401, "geplant"],
        ["2027-02", 46457, "eingeladen"],
      ]);
    });

    it("refuses in German and writes nothing when the row no longer holds the meeting", async () => {
      const sorted = structuredClone(MEETINGS);
      sorted.cells = [sorted.cells[0], sorted.cells[2], sorted.cells[1]];
      office = installFakeOffice({ date1904: false, sheets: [sorted] });
      await assert.rejects(new ExcelRegisterStore().setMeetingStatus(place, "eingeladen"), (error: Error) => {
        assert.ok(error instanceof ExcelStoreError);
        assert.match(error.message, /^In Zelle A3 des Blatts „Sitzungen“ steht nicht mehr die Sitzung „2027-02“ – .* Es wurde nichts eingetragen\./);
        return true;
      });
      assert.equal(cellValue(office.state, "Sitzungen", "C3"), "geplant");
      assert.equal(cellValue(office.state, "Sitzungen", "C2"), "geplant");
    });

    it("says in German when the sheet is gone", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      await assert.rejects(new ExcelRegisterStore().setMeetingStatus(place, "eingeladen"), { message: "Das Tabellenblatt „Sitzungen“ gibt es nicht mehr. Bitte erneut prüfen." });
    });
  });

  describe("update", () => {
    it("writes only the named cells of guarded rows, a date as a date cell, in two syncs", async () => {
      office = installFakeOffice({ date1904: false, sheets: [structuredClone(MEETINGS)] });
      await new ExcelRegisterStore().update("Sitzungen", [
        { guard: { cell: "A3", text: "2027-02" }, updates: [{ cell: "C3", value: "abgesagt" }] },
        { guard: { cell: "A2", text: "2027-01" }, updates: [{ cell: "B2", value: { date: "2027-01-21" as PlainDate } }] },
      ]);
      assert.equal(office.syncCount, 2);
      assert.deepEqual(office.state.sheets[0].cells, [
        ["Nr", "Datum", "Status"],
        ["2027-01", 46408, "geplant"],
        ["2027-02", 46457, "abgesagt"],
      ]);
      assert.equal(office.state.sheets[0].formats?.B2.numberFormat, "dd.mm.yyyy");
    });

    it("writes nothing when one row no longer holds its meeting", async () => {
      office = installFakeOffice({ date1904: false, sheets: [structuredClone(MEETINGS)] });
      const update = new ExcelRegisterStore().update("Sitzungen", [
        { guard: { cell: "A2", text: "2027-01" }, updates: [{ cell: "C2", value: "abgesagt" }] },
        { guard: { cell: "A3", text: "2027-05" }, updates: [{ cell: "C3", value: "abgesagt" }] },
      ]);
      await assert.rejects(update, /^ExcelStoreError: In Zelle A3 des Blatts „Sitzungen“ steht nicht mehr „2027-05“ – .* Es wurde nichts geändert\./);
      assert.deepEqual(office.state.sheets[0].cells, MEETINGS.cells);
    });
  });

  describe("own templates", () => {
    it("finds none in a workbook without parts, in one sync", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      assert.deepEqual(await new ExcelRegisterStore().loadTemplates(), []);
      assert.equal(office.syncCount, 1);
    });

    it("saves a template per kind as a custom XML part and loads them back, two syncs each", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      const store = new ExcelRegisterStore();
      const invitation = template("einladung", "Briefkopf.docx");
      const minutes = template("protokoll", "Protokoll Jüchen.docx");
      await store.saveTemplate(invitation);
      assert.equal(office.syncCount, 2);
      await store.saveTemplate(minutes);
      assert.deepEqual(
        office.state.customXmlParts?.map((p) => [p.namespaceUri, p.xml]),
        [
          [templateNamespace("einladung"), templateXml(invitation)],
          [templateNamespace("protokoll"), templateXml(minutes)],
        ],
      );
      office.resetCounters();
      assert.deepEqual(await store.loadTemplates(), [minutes, invitation], "in the order of the kinds");
      assert.equal(office.syncCount, 2);
    });

    it("replaces the kind's previous template and leaves other parts alone", async () => {
      const foreign = { id: "{11111111-2222-3333-4444-555555555555}", namespaceUri: "urn:other", xml: '<x xmlns="urn:other"/>' };
      office = installFakeOffice({ date1904: false, sheets: [], customXmlParts: [foreign] });
      const store = new ExcelRegisterStore();
      await store.saveTemplate(template("einladung", "Alt.docx"));
      await store.saveTemplate(template("jahresplanung", "Jahr.docx"));
      const newer = template("einladung", "Neu.docx", 3000);
      office.resetCounters();
      await store.saveTemplate(newer);
      assert.equal(office.syncCount, 2);
      assert.deepEqual(
        office.state.customXmlParts?.map((p) => p.namespaceUri),
        ["urn:other", templateNamespace("jahresplanung"), templateNamespace("einladung")],
      );
      assert.deepEqual((await store.loadTemplates()).map((t) => t.fileName), ["Neu.docx", "Jahr.docx"]);
    });

    it("keeps the previous template when Excel refuses the new part (a large part on the web, office-js #2408)", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] }, { platform: "OfficeOnline", customXmlPartLimitBytes: 3000 });
      const store = new ExcelRegisterStore();
      await store.saveTemplate(template("einladung", "Alt.docx"));
      await assert.rejects(store.saveTemplate(template("einladung", "Neu.docx", 6000)), (e: Error) => e instanceof ExcelStoreError && /bisherige Vorlage bleibt in Gebrauch/.test(e.message));
      assert.deepEqual((await store.loadTemplates()).map((t) => t.fileName), ["Alt.docx"]);
    });

    it("removes a kind's template in two syncs, so the default applies again", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      const store = new ExcelRegisterStore();
      await store.saveTemplate(template("einladung", "Briefkopf.docx"));
      await store.saveTemplate(template("protokoll", "Protokoll.docx"));
      office.resetCounters();
      await store.removeTemplate("einladung");
      assert.equal(office.syncCount, 2);
      assert.deepEqual((await store.loadTemplates()).map((t) => t.kind), ["protokoll"]);
    });

    it("ignores a part of its namespace that it cannot read", async () => {
      const broken = { id: "{11111111-2222-3333-4444-555555555555}", namespaceUri: templateNamespace("protokoll"), xml: `<vorlage xmlns="${templateNamespace("protokoll")}">kaputt</vorlage>` };
      office = installFakeOffice({ date1904: false, sheets: [], customXmlParts: [broken] });
      assert.deepEqual(await new ExcelRegisterStore().loadTemplates(), []);
      assert.equal(office.state.customXmlParts?.length, 1, "nothing is deleted");
    });

    it("refuses a template over 1 MB of XML in German, before any request", async () => {
      office = installFakeOffice({ date1904: false, sheets: [] });
      const store = new ExcelRegisterStore();
      const largest = Math.floor(((MAX_TEMPLATE_XML_BYTES - 200) * 3) / 4);
      await store.saveTemplate(template("einladung", "Grenze.docx", largest));
      office.resetCounters();
      await assert.rejects(store.saveTemplate(template("einladung", "Riesig.docx", 900 * 1024)), (error: Error) => {
        assert.ok(error instanceof ExcelStoreError);
        assert.match(error.message, /^Die Vorlage „Riesig\.docx“ ist mit 900 KB zu groß, um sie in der Arbeitsmappe zu speichern \(höchstens 767 KB\)\. Verkleinern Sie die Bilder/);
        return true;
      });
      assert.equal(office.syncCount, 0);
      assert.deepEqual((await store.loadTemplates()).map((t) => t.fileName), ["Grenze.docx"], "the stored one stays");
    });
  });
});

describe("strict Office.js fake: custom XML parts", () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  it("hands out getXml's value only after the sync, and fails on a deleted part", async () => {
    office = installFakeOffice({ date1904: false, sheets: [] });
    await Excel.run(async (context) => {
      const part = context.workbook.customXmlParts.add('<a xmlns="urn:test"><b/></a>');
      const xml = part.getXml();
      assert.throws(() => xml.value, { code: "ValueNotLoaded" });
      await context.sync();
      assert.equal(xml.value, '<a xmlns="urn:test"><b/></a>');
      const scoped = context.workbook.customXmlParts.getByNamespace("urn:test").load("items/id");
      await context.sync();
      assert.equal(scoped.items.length, 1);
      assert.throws(() => scoped.items[0].namespaceUri, { code: "PropertyNotLoaded" });
      scoped.items[0].delete();
      scoped.items[0].getXml();
      await assert.rejects(context.sync(), { code: "ItemNotFound" });
    });
    assert.deepEqual(office.state.customXmlParts, []);
  });

  it("refuses XML without one root element", async () => {
    office = installFakeOffice({ date1904: false, sheets: [] });
    await Excel.run(async (context) => {
      context.workbook.customXmlParts.add("<a/><b/>");
      await assert.rejects(context.sync(), { code: "InvalidArgument" });
    });
  });

  it("reports the platform it was installed for", () => {
    office = installFakeOffice({ date1904: false, sheets: [] }, { platform: "Mac" });
    assert.equal(Office.context.platform, Office.PlatformType.Mac);
  });
});
