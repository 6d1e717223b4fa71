import assert from "node:assert/strict";
import type { TemplateField } from "../../src/documents/fields";
import { TEMPLATE_FIELDS, TEMPLATE_KINDS } from "../../src/documents/fields";

function eachScope(fields: readonly TemplateField[], visit: (scope: readonly TemplateField[]) => void): void {
  visit(fields);
  for (const field of fields) if (field.kind === "loop") eachScope(field.children, visit);
}

describe("TEMPLATE_FIELDS", () => {
  for (const kind of TEMPLATE_KINDS) {
    it(`${kind}: names a user can type (letters only, no umlauts), unique per loop, each described`, () => {
      eachScope(TEMPLATE_FIELDS[kind], (scope) => {
        const names = scope.map((f) => f.name);
        assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], `doppelte Namen in ${kind}`);
        for (const field of scope) {
          assert.match(field.name, /^[A-Za-z]+$/);
          assert.ok(field.description.length > 5, field.name);
        }
      });
    });
  }

  it("gives each kind what the issue asks for", () => {
    const names = (fields: readonly TemplateField[]) => fields.map((f) => f.name);
    assert.ok(["Datum", "Tagesordnung", "Teilnehmende", "NaechsteSitzung", "Protokollfuehrung"].every((n) => names(TEMPLATE_FIELDS.protokoll).includes(n)));
    assert.ok(["Briefe", "Rueckmeldung", "Briefdatum", "Absender"].every((n) => names(TEMPLATE_FIELDS.einladung).includes(n)));
    assert.ok(["Jahr", "Sitzungen", "Briefe"].every((n) => names(TEMPLATE_FIELDS.jahresplanung).includes(n)));
  });
});
