import assert from "node:assert/strict";
import { minimalDocx } from "../../documents/docxText";
import { FakeOfficeError } from "../../fakes/clientObject";
import { installFakeWord, type FakeWord, type FakeWordDocumentState } from "../../fakes/wordFake";
import { insertAtSelection, openAsNewDocument, openDocumentBytes, WordFileError } from "../../../src/taskpane/word/wordHost";

function documentWith(text: string, start = text.length, end = start, docx: Uint8Array | null = null): FakeWordDocumentState {
  return { text, selection: { start, end }, docx };
}

describe("Word shell (wordHost) against the strict Word fake", () => {
  let word: FakeWord;
  afterEach(() => word?.uninstall());

  describe("openAsNewDocument", () => {
    it("hands the .docx to createDocument and opens it, in one sync", async () => {
      word = installFakeWord(documentWith("Briefkopf"));
      const docx = minimalDocx(["Protokoll der Sitzung 2027-01"]);
      await openAsNewDocument(docx);
      assert.equal(word.syncCount, 1);
      assert.equal(word.created.length, 1);
      assert.deepEqual(word.created[0].bytes, docx);
      assert.equal(word.created[0].opened, true);
      assert.equal(word.document.text, "Briefkopf", "the open document stays as it is");
    });

    it("fails like Word on the web when the document exceeds the request limit", async () => {
      word = installFakeWord(documentWith(""), { payloadLimitBytes: 1000 });
      await assert.rejects(openAsNewDocument(minimalDocx(["x".repeat(5000)])), (error: FakeOfficeError) => error.code === "RequestPayloadSizeLimitExceeded");
      assert.equal(word.created.length, 0);
    });
  });

  describe("insertAtSelection", () => {
    it("replaces the selected text with a field and leaves the cursor after it, in one sync", async () => {
      word = installFakeWord(documentWith("Kaarst, den XX.", 12, 14));
      await insertAtSelection({ before: "{Datum}", after: "" });
      assert.equal(word.document.text, "Kaarst, den {Datum}.");
      assert.deepEqual(word.document.selection, { start: 19, end: 19 });
      assert.equal(word.syncCount, 1);
    });

    it("puts a field at the cursor, so the next one follows it", async () => {
      word = installFakeWord(documentWith("Gastgeber: "));
      await insertAtSelection({ before: "{Gastgeber}", after: "" });
      await insertAtSelection({ before: " ({Ort})", after: "" });
      assert.equal(word.document.text, "Gastgeber: {Gastgeber} ({Ort})");
    });

    it("wraps the selected text in a loop's tags", async () => {
      word = installFakeWord(documentWith("Tagesordnung: TOP {TOP} {Titel} Ende", 14, 31));
      await insertAtSelection({ before: "{#Tagesordnung}", after: "{/Tagesordnung}" });
      assert.equal(word.document.text, "Tagesordnung: {#Tagesordnung}TOP {TOP} {Titel}{/Tagesordnung} Ende");
      assert.equal(word.syncCount, 1);
    });

    it("inserts a loop as a pair where nothing is selected", async () => {
      word = installFakeWord(documentWith("A"));
      await insertAtSelection({ before: "{#Briefe}", after: "{/Briefe}" });
      assert.equal(word.document.text, "A{#Briefe}{/Briefe}");
    });
  });

  describe("openDocumentBytes", () => {
    it("reads the open document in 64 KB slices, which every platform accepts (iPad too), and closes the file", async () => {
      const big = Uint8Array.from({ length: 3 * 1024 * 1024 + 17 }, (_, i) => (i * 7) % 251);
      word = installFakeWord(documentWith("", 0, 0, big), { platform: "iOS" });
      const bytes = await openDocumentBytes();
      assert.deepEqual(bytes, big);
      assert.deepEqual(word.fileRequests, [64 * 1024]);
      assert.equal(word.openFiles, 0);
      // Office keeps at most two files in memory: closing matters for the next call.
      for (let i = 0; i < 3; i++) await openDocumentBytes();
      assert.equal(word.openFiles, 0);
    });

    it("the fake refuses slices over 64 KB on iPad, as Office does", async () => {
      word = installFakeWord(documentWith("", 0, 0, new Uint8Array(10)), { platform: "iOS" });
      const result = await new Promise<Office.AsyncResult<Office.File>>((resolve) => Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, resolve));
      assert.equal(result.status, "failed");
    });

    it("says in German when Word cannot hand out the document", async () => {
      word = installFakeWord(documentWith(""));
      await assert.rejects(openDocumentBytes(), (error: Error) => error instanceof WordFileError && /Speichern Sie das Dokument als \.docx/.test(error.message));
    });
  });

  describe("the fake is strict like Word", () => {
    it("throws when a property is read before load and sync", async () => {
      word = installFakeWord(documentWith("Hallo Welt", 0, 5));
      await Word.run(async (context) => {
        const selection = context.document.getSelection();
        assert.throws(() => selection.text, (error: FakeOfficeError) => error.code === "PropertyNotLoaded");
        selection.load("text");
        assert.throws(() => selection.text, (error: FakeOfficeError) => error.code === "PropertyNotLoaded");
        await context.sync();
        assert.equal(selection.text, "Hallo");
      });
      assert.equal(word.syncCount, 1);
    });

    it("runs queued calls only at sync", async () => {
      word = installFakeWord(documentWith(""));
      await Word.run(async (context) => {
        context.document.getSelection().insertText("{Nr}", "Replace");
        assert.equal(word.document.text, "");
        await context.sync();
      });
      assert.equal(word.document.text, "{Nr}");
    });

    it("reports host Word and WordApi up to the version it was given", async () => {
      word = installFakeWord(documentWith(""), { apiVersion: "1.2" });
      const info = await Office.onReady();
      assert.equal(info.host, Office.HostType.Word);
      assert.equal(Office.context.requirements.isSetSupported("WordApi", "1.2"), true);
      assert.equal(Office.context.requirements.isSetSupported("WordApi", "1.3"), false);
      assert.equal(Office.context.requirements.isSetSupported("ExcelApi", "1.1"), false);
      await assert.rejects(openAsNewDocument(minimalDocx(["x"])), (error: FakeOfficeError) => error.code === "ApiNotFound");
    });

    it("refuses createDocument with text that is not a base64 .docx", async () => {
      word = installFakeWord(documentWith(""));
      await assert.rejects(
        Word.run(async (context) => {
          context.application.createDocument(btoa("kein Word")).open();
          await context.sync();
        }),
        (error: FakeOfficeError) => error.code === "InvalidArgument",
      );
    });
  });
});
