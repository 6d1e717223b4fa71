import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { terminalSafe } from "../../src/cli/report";
import { readZip, unpack, writeZip } from "../../src/workbook/zipPackage";
import { allianz } from "./cliProcess";

/*
 * Register text with characters XML cannot hold (pasted from PDFs) and with terminal escape
 * sequences: documents leave the characters out and stay readable for python-docx (lxml, as
 * strict as Word), `pruefen` warns at the cell, and nothing reaches the terminal as an escape.
 */

const EXAMPLE = readFileSync(path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx"));
const STICHTAG = ["--stichtag", "2026-11-24"];

/** The example with the topic of meeting 2026-06 holding a bell, an escape sequence and U+FFFF (OOXML's `_xHHHH_` form). */
function withHostileTopic(): Uint8Array {
  const pkg = readZip(EXAMPLE);
  const part = "xl/sharedStrings.xml";
  const xml = new TextDecoder().decode(unpack(pkg.entries.find((e) => e.name === part)!));
  const changed = xml.replace("Rückblick 2026 und Ausblick 2027", "Rückblick 2026_x0007_ und _x001B_[2JAusblick_xFFFF_ 2027");
  assert.notEqual(changed, xml);
  return writeZip(pkg, new Map([[part, new TextEncoder().encode(changed)]]));
}

describe("register text that XML or a terminal cannot take", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-zeichen-"));
    writeFileSync(file("Allianz.xlsx"), withHostileTopic());
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("pruefen warns at the cell and prints no escape sequence", async () => {
    const json = await allianz(dir, "pruefen", "Allianz.xlsx", "--json", ...STICHTAG);
    const { findings } = JSON.parse(json.stdout);
    assert.deepEqual(findings.map((f: { code: string; cell: string; column: string }) => [f.code, f.cell, f.column]), [["zeichen-unzulaessig", "I19", "Thema"]]);
    assert.match(findings[0].message, /unsichtbares Steuerzeichen \(U\+0007, U\+001B, U\+FFFF\)/);
    const text = await allianz(dir, "pruefen", "Allianz.xlsx", ...STICHTAG);
    assert.equal(text.code, 0, text.stderr);
    assert.doesNotMatch(text.stdout + text.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("protokoll leaves the characters out and makes a .docx python-docx opens", async () => {
    const run = await allianz(dir, "protokoll", "Allianz.xlsx", "--sitzung", "2026-06", ...STICHTAG);
    assert.equal(run.code, 0, run.stderr);
    const text = execFileSync("/usr/bin/python3", ["-c", "import docx,sys; d=docx.Document(sys.argv[1]); print(''.join(t.text or '' for t in d.element.body.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t')))", file("Protokoll_2026-06.docx")], { encoding: "utf8" });
    assert.match(text, /Rückblick 2026 und \[2JAusblick 2027/);
  });

  it("terminalSafe shows control characters and direction overrides as �, keeps line breaks and tabs", () => {
    assert.equal(terminalSafe("a\u001b[31mb\u0007c\u202ed\te\r\nf\u0085"), "a�[31mb�c�d\te�\nf�");
  });
});
