import assert from "node:assert/strict";
import { readOdsContent } from "../../src/workbook/odsBook";
import { updateOdsCells } from "../../src/workbook/odsUpdate";
import type { PlainDate } from "../../src/domain/plainDate";

/** content.xml around one sheet's rows, as LibreOffice writes it (namespaces trimmed to those used). */
function content(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:spreadsheet><table:table table:name="Sitzungen">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
}

const HEADER = '<table:table-row><table:table-cell office:value-type="string"><text:p>Nr</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Status</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Hinweis</text:p></table:table-cell></table:table-row>';
// Two equal rows: LibreOffice stores them once with a repeat count; so are equal neighbouring cells.
const TWIN = '<table:table-row table:style-name="ro1" table:number-rows-repeated="2"><table:table-cell table:style-name="ce1" table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell><table:table-cell table:style-name="ce2" table:content-validation-name="val1"><office:annotation><dc:creator>Amt</dc:creator><text:p>Bitte prüfen</text:p></office:annotation></table:table-cell></table:table-row>';
const REST = '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';

function cellsOf(text: string): Record<string, unknown> {
  const sheet = readOdsContent(text).sheets[0];
  return Object.fromEntries([...sheet.cells].flatMap(([r, row]) => [...row].map(([c, v]) => [`${r},${c}`, v])));
}

describe("updateOdsCells", () => {
  it("splits repeated rows and cells around the changed cell, keeps style, drop-down and note, and leaves the rest byte for byte", () => {
    const before = content(HEADER + TWIN + REST);
    const ods = readOdsContent(before);
    const after = updateOdsCells(ods, ods.sheets[0], [
      { cell: "B3", value: "abgesagt" },
      { cell: "C3", value: "abgesagt am 01.12.2026" },
    ]);
    assert.deepEqual(cellsOf(after), { ...cellsOf(before), "3,2": "abgesagt", "3,3": "abgesagt am 01.12.2026" });
    assert.ok(after.startsWith(before.slice(0, before.indexOf(TWIN))) && after.endsWith(REST + before.slice(before.indexOf(REST) + REST.length)));
    const rows = after.slice(before.indexOf(TWIN), after.indexOf(REST));
    assert.equal((rows.match(/<table:table-row /g) ?? []).length, 2);
    assert.match(rows, /^<table:table-row table:style-name="ro1" table:number-rows-repeated="1">/);
    const changed = rows.slice(rows.indexOf("</table:table-row>") + "</table:table-row>".length);
    assert.match(changed, /<table:table-cell table:style-name="ce1" table:number-columns-repeated="1" office:value-type="string"><text:p>x<\/text:p><\/table:table-cell><table:table-cell table:style-name="ce1" office:value-type="string"><text:p>abgesagt<\/text:p><\/table:table-cell>/);
    assert.match(changed, /<table:table-cell table:style-name="ce2" table:content-validation-name="val1" office:value-type="string"><office:annotation><dc:creator>Amt<\/dc:creator><text:p>Bitte prüfen<\/text:p><\/office:annotation><text:p>abgesagt am 01\.12\.2026<\/text:p><\/table:table-cell>/);
  });

  it("adds cells past a row's last cell and writes dates and times as typed values", () => {
    const before = content(`${HEADER}<table:table-row><table:table-cell office:value-type="string"><text:p>2027-02</text:p></table:table-cell></table:table-row>${REST}`);
    const ods = readOdsContent(before);
    const after = updateOdsCells(ods, ods.sheets[0], [{ cell: "C2", value: { date: "2027-03-25" as PlainDate } }, { cell: "E2", value: { time: "14:00" } }]);
    assert.match(after, /<text:p>2027-02<\/text:p><\/table:table-cell><table:table-cell\/><table:table-cell office:value-type="date" office:date-value="2027-03-25">.*<table:table-cell\/><table:table-cell office:value-type="time" office:time-value="PT14H00M00S">/);
    const cells = cellsOf(after);
    assert.equal(cells["2,5"], 14 / 24);
    assert.equal(typeof cells["2,3"], "number");
  });

  it("refuses a row the sheet does not have", () => {
    const text = content(HEADER);
    const ods = readOdsContent(text);
    assert.throws(() => updateOdsCells(ods, ods.sheets[0], [{ cell: "B9", value: "x" }]), /Im Blatt „Sitzungen“ gibt es die Zeile 9 nicht mehr\. Es wurde nichts geändert\./);
  });
});
