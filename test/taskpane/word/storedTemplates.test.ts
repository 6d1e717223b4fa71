import assert from "node:assert/strict";
import { templateNote } from "../../../src/taskpane/word/createView";
import { storedTemplatesText } from "../../../src/taskpane/word/registerView";
import type { StoredTemplate } from "../../../src/workbook/templateXml";

const bytes = new Uint8Array([0x50, 0x4b]);
const letterhead: StoredTemplate = { kind: "einladung", fileName: "Briefkopf.docx", bytes };
const minutes: StoredTemplate = { kind: "protokoll", fileName: "Amtsprotokoll.docx", bytes };

describe("Word pane: the workbook's own templates", () => {
  it("lists the own templates after loading, by kind and file name, and says nothing when there are none", () => {
    assert.equal(
      storedTemplatesText([minutes, letterhead]),
      "Eigene Vorlagen in der Arbeitsmappe: Protokoll (Amtsprotokoll.docx), Einladung (Briefkopf.docx). „Dokumente“ verwendet sie statt der Standardvorlage.",
    );
    assert.equal(storedTemplatesText([]), null);
  });

  it("says next to each button which template it fills", () => {
    assert.equal(templateNote("einladung", letterhead), "Einladung: eigene Vorlage „Briefkopf.docx“ aus der Arbeitsmappe");
    assert.equal(templateNote("jahresplanung", undefined), "Jahresplanung: Standardvorlage");
  });
});
