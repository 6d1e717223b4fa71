import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { RawCell } from "../../src/domain/grid";
import { registerLayouts } from "../../src/domain/layouts";
import { NewWorkbookStore } from "../../src/workbook/newWorkbook";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { allianz, assertGermanErrorWithoutStack } from "./cliProcess";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");
const STICHTAG = ["--stichtag", "2026-11-24"];

describe("allianz (command line, real .xlsx files)", function () {
  this.timeout(30_000);
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-cli-"));
    writeFileSync(file("Allianz.xlsx"), readFileSync(EXAMPLE));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("shows German help and rejects unknown commands with exit status 2", async () => {
    const help = await allianz(dir, "hilfe", "planen");
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^allianz planen MAPPE\.xlsx/);
    assert.match(help.stdout, /--stichtag JJJJ-MM-TT/);
    assertGermanErrorWithoutStack(await allianz(dir, "plane", "Allianz.xlsx"), /Unbekannter Befehl „plane“/);
  });

  it("pruefen: the example is clean (exit 0, one JSON object); an error gives exit 1 with sheet and cell", async () => {
    const clean = await allianz(dir, "pruefen", "Allianz.xlsx", "--json", ...STICHTAG);
    assert.equal(clean.code, 0, clean.stderr);
    assert.deepEqual(JSON.parse(clean.stdout), { findings: [] });

    const store = new NewWorkbookStore();
    await store.setUp(registerLayouts());
    await store.append("Mitglieder", [["Stadt Kaarst", null, "Städtchen", { date: "2021-05-10" } as RawCell, null, "Ja", null, null]]);
    writeFileSync(file("Fehler.xlsx"), await store.toBuffer());
    const broken = await allianz(dir, "pruefen", "Fehler.xlsx", ...STICHTAG);
    assert.equal(broken.code, 1, broken.stderr);
    assert.match(broken.stdout, /Blatt „Mitglieder“\n {2}Fehler \(\d+\)\n {4}C2 /);
  });

  it("planen: writes the plan to a new file, leaves the input byte for byte, and a second run adds nothing", async () => {
    const input = readFileSync(file("Allianz.xlsx"));
    const first = await allianz(dir, "planen", "Allianz.xlsx", "--json", ...STICHTAG);
    assert.equal(first.code, 0, first.stderr);
    const result = JSON.parse(first.stdout);
    assert.deepEqual(Object.keys(result), ["jahr", "sitzungen", "findings"]);
    assert.equal(result.jahr, 2027);
    assert.equal(result.sitzungen.length, 6);
    assert.deepEqual(Object.keys(result.sitzungen[0]), ["nr", "datum", "beginn", "ende", "format", "gastgeber", "ort", "protokoll", "status", "hinweis"]);
    assert.deepEqual(result.sitzungen[0], {
      nr: "2027-01",
      datum: "2027-01-14",
      beginn: "10:00",
      ende: "12:00",
      format: "Präsenz",
      gastgeber: "Gemeinde Rommerskirchen",
      ort: "Rathaus Rommerskirchen, Ratssaal, Am Bahnhof 1, 41569 Rommerskirchen",
      protokoll: "Gemeinde Rommerskirchen",
      status: "geplant",
      hinweis: null,
    });
    assert.ok(readFileSync(file("Allianz.xlsx")).equals(input));

    const planned = await XlsxRegisterStore.fromBuffer(readFileSync(file("Allianz.geplant.xlsx")));
    const meetings = (await planned.read()).grids.find((g) => g.sheet === "Sitzungen")!;
    assert.deepEqual(meetings.rows.slice(-6).map((row) => row[0]), ["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"]);

    const again = await allianz(dir, "planen", "Allianz.geplant.xlsx", "--aus", "Nochmal.xlsx", ...STICHTAG);
    assert.equal(again.code, 1);
    assert.match(again.stdout, /Für 2027 gibt es nichts zu planen/);
    assert.equal(existsSync(file("Nochmal.xlsx")), false);
  });

  it("planen keeps the kind of file: .ods stays .ods, .xlsm stays .xlsm; another ending for --aus is refused", async () => {
    copyFileSync(path.join(__dirname, "..", "fixtures", "workbooks", "libreoffice.ods"), file("Allianz.ods"));
    const ods = await allianz(dir, "planen", "Allianz.ods", ...STICHTAG);
    assert.equal(ods.code, 0, ods.stderr);
    assert.match(ods.stdout, /Gespeichert in „Allianz\.geplant\.ods“/);
    assertGermanErrorWithoutStack(await allianz(dir, "planen", "Allianz.ods", "--aus", "Neu.xlsx", ...STICHTAG), /„Neu\.xlsx“ endet nicht auf \.ods\. Bitte einen Dateinamen wie „Allianz\.ods“ angeben\./);
    copyFileSync(file("Allianz.xlsx"), file("Makros.xlsm"));
    const xlsm = await allianz(dir, "planen", "Makros.xlsm", ...STICHTAG);
    assert.equal(xlsm.code, 0, xlsm.stderr);
    assert.ok(existsSync(file("Makros.geplant.xlsm")));
  });

  it("planen never overwrites the input, not through ./ or a symlink, and an existing output only when asked", async () => {
    const input = readFileSync(file("Allianz.xlsx"));
    symlinkSync(file("Allianz.xlsx"), file("Verweis.xlsx"));
    for (const output of ["./Allianz.xlsx", "Verweis.xlsx"]) {
      assertGermanErrorWithoutStack(await allianz(dir, "planen", "Allianz.xlsx", "--aus", output, "--ueberschreiben", ...STICHTAG), /ist die Eingabedatei\. Sie wird nie überschrieben/);
    }
    assert.ok(readFileSync(file("Allianz.xlsx")).equals(input));

    writeFileSync(file("Alt.xlsx"), "alt");
    assertGermanErrorWithoutStack(await allianz(dir, "planen", "Allianz.xlsx", "--aus", "Alt.xlsx", ...STICHTAG), /„Alt\.xlsx“ gibt es schon\. Zum Ersetzen --ueberschreiben angeben/);
    assert.equal(readFileSync(file("Alt.xlsx"), "utf8"), "alt");
    const replaced = await allianz(dir, "planen", "Allianz.xlsx", "--aus", "Alt.xlsx", "--ueberschreiben", ...STICHTAG);
    assert.equal(replaced.code, 0, replaced.stderr);
    await XlsxRegisterStore.fromBuffer(readFileSync(file("Alt.xlsx")));
  });

  it("says in German what is wrong with a file that is missing or not an .xlsx", async () => {
    writeFileSync(file("daten.csv"), "Mitglied;Art\nStadt Kaarst;Stadt\n");
    assertGermanErrorWithoutStack(await allianz(dir, "pruefen", "daten.csv"), /^Fehler: „daten\.csv“ ist keine Excel-Arbeitsmappe \(\.xlsx\) und keine OpenDocument-Tabelle \(\.ods\)\.\n$/);
    assertGermanErrorWithoutStack(await allianz(dir, "planen", "fehlt.xlsx"), /Die Datei „fehlt\.xlsx“ wurde nicht gefunden/);
  });

  it("einrichten creates a workbook that cannot be planned yet (nothing written) and never replaces a file", async () => {
    const created = await allianz(dir, "einrichten", "Neu.xlsx");
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten/);
    const bytes = readFileSync(file("Neu.xlsx"));
    assertGermanErrorWithoutStack(await allianz(dir, "einrichten", "Neu.xlsx"), /„Neu\.xlsx“ gibt es schon/);
    assert.ok(readFileSync(file("Neu.xlsx")).equals(bytes));

    const blocked = await allianz(dir, "planen", "Neu.xlsx", ...STICHTAG);
    assert.equal(blocked.code, 1);
    assert.match(blocked.stdout, /Planung für 2027 nicht möglich/);
    assert.equal(existsSync(file("Neu.geplant.xlsx")), false);
  });
});
