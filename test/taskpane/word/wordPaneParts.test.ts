import assert from "node:assert/strict";
import { DocumentInputError } from "../../../src/documents/documentInputError";
import { TEMPLATE_FIELDS, TEMPLATE_KINDS, type TemplateField } from "../../../src/documents/fields";
import type { PlainDate } from "../../../src/domain/plainDate";
import { fieldEntries } from "../../../src/taskpane/word/fieldView";
import { meetingLabel } from "../../../src/taskpane/targetPicker";
import { wordErrorMessage } from "../../../src/taskpane/word/wordErrorMessage";
import { WordFileError } from "../../../src/taskpane/word/wordHost";

function countFields(fields: readonly TemplateField[]): number {
  return fields.reduce((n, f) => n + 1 + (f.kind === "loop" ? countFields(f.children) : 0), 0);
}

describe("Word pane parts", () => {
  it("offers every field of each kind once: fields as {Name}, loops as a pair, loop fields after their loop", () => {
    for (const kind of TEMPLATE_KINDS) assert.equal(fieldEntries(kind).length, countFields(TEMPLATE_FIELDS[kind]), kind);
    const entries = fieldEntries("protokoll");
    assert.deepEqual(entries.find((e) => e.field.name === "Datum")?.insertion, { before: "{Datum}", after: "" });
    const loop = entries.findIndex((e) => e.field.name === "Teilnehmende");
    assert.deepEqual(entries[loop].insertion, { before: "{#Teilnehmende}", after: "{/Teilnehmende}" });
    assert.deepEqual(entries[loop + 1].loops, ["Teilnehmende"]);
    assert.deepEqual(entries.find((e) => e.field.name === "Rolle")?.loops, ["Teilnehmende", "Personen"]);
  });

  it("labels a meeting with Nr, date and host, and marks a cancelled one", () => {
    assert.equal(meetingLabel({ nr: "2027-01", date: "2027-03-11" as PlainDate, host: "Stadt Kaarst", status: "geplant" }), "2027-01 – 11.03.2027 – Stadt Kaarst");
    assert.match(meetingLabel({ nr: "2027-02", date: "2027-05-13" as PlainDate, host: "Stadt Neuss", status: "abgesagt" }), /\(abgesagt\)$/);
  });

  it("passes German messages through and words Word's error codes in German", () => {
    assert.equal(wordErrorMessage(new DocumentInputError("Bitte eine Sitzung (Nr) wählen.")), "Bitte eine Sitzung (Nr) wählen.");
    assert.equal(wordErrorMessage(new WordFileError("Word hat …")), "Word hat …");
    assert.match(wordErrorMessage({ code: "AccessDenied", message: "Access denied" }), /Bearbeitung einschränken/);
    assert.match(wordErrorMessage({ code: "ResponsePayloadSizeLimitExceeded" }), /Word im Web erlaubt 5 MB je Anfrage/);
    assert.match(wordErrorMessage({ code: "ApiNotFound" }), /Office LTSC 2024/);
    const other = wordErrorMessage(Object.assign(new Error("boom at line 3"), { code: "GeneralException" }));
    assert.match(other, /„GeneralException“/);
    assert.doesNotMatch(other, /boom/);
  });
});
