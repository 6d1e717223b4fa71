import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_TEMPLATE_FILES, documentFileName, documentFor } from "../../src/documents/documentFor";
import { DocumentInputError } from "../../src/documents/documentInputError";
import { TEMPLATE_KINDS } from "../../src/documents/fields";
import { allText } from "./docxText";
import type { Registers } from "../../src/domain/registers";
import { templateRegisters } from "./templateRegisters";

const template = (kind: keyof typeof DEFAULT_TEMPLATE_FILES) => new Uint8Array(readFileSync(join(__dirname, "../../assets", DEFAULT_TEMPLATE_FILES[kind])));

/** 2027-01 cancelled, as „Absagen“ leaves it: the Absage letter is made for it. */
const cancelled: Registers = {
  ...templateRegisters,
  meetings: templateRegisters.meetings.map((m) => (m.nr === "2027-01" ? { ...m, status: "abgesagt", note: "abgesagt am 20.02.2027: Krankheit; Ersatz folgt" } : m)),
};

describe("documentFor", () => {
  it("fills every default template for its meeting or year, with no field left", () => {
    for (const kind of TEMPLATE_KINDS) {
      const target = kind === "jahresplanung" ? { year: 2027 } : { nr: "2027-01" };
      const text = allText(documentFor(kind, kind === "absage" ? cancelled : templateRegisters, target, template(kind)));
      assert.ok(!text.includes("{"), `${kind}: a field is left`);
      assert.match(text, kind === "jahresplanung" ? /2027/ : /Donnerstag, 11\. März 2027/);
    }
  });

  it("writes the Absage letter with the reason given, else the one in the Hinweis; only for a cancelled meeting", () => {
    assert.match(allText(documentFor("absage", cancelled, { nr: "2027-01" }, template("absage"))), /Grund: Krankheit; Ersatz folgt/);
    const given = allText(documentFor("absage", cancelled, { nr: "2027-01", reason: "Hochwasser" }, template("absage")));
    assert.match(given, /Grund: Hochwasser/);
    assert.doesNotMatch(allText(documentFor("absage", cancelled, { nr: "2027-01", reason: null }, template("absage"))), /Grund:/);
    assert.throws(
      () => documentFor("absage", templateRegisters, { nr: "2027-01" }, template("absage")),
      (e: unknown) => e instanceof DocumentInputError && /„2027-01“ ist nicht abgesagt/.test(e.message),
    );
  });

  it("asks for the meeting or the year in German when it is missing", () => {
    assert.throws(() => documentFor("protokoll", templateRegisters, {}, template("protokoll")), (e: unknown) => e instanceof DocumentInputError && /Sitzung/.test(e.message));
    assert.throws(() => documentFor("jahresplanung", templateRegisters, {}, template("jahresplanung")), (e: unknown) => e instanceof DocumentInputError && /Jahr/.test(e.message));
  });

  it("names the files by kind and target", () => {
    assert.equal(documentFileName("protokoll", { nr: "2027-01" }), "Protokoll_2027-01.docx");
    assert.equal(documentFileName("jahresplanung", { year: 2027 }), "Jahresplanung_2027.docx");
    assert.equal(documentFileName("absage", { nr: "2027-01" }), "Absage_2027-01.docx");
  });
});
