import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gremienWorkbook } from "../support/gremienWorkbook";
import { allianz } from "./cliProcess";

describe("allianz planen with Gremien (Gremien added by a script)", () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "allianz-gremien-"));
    await fs.writeFile(path.join(dir, "Gremien.xlsx"), await gremienWorkbook());
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  it("plans every Gremium with its own cadence, host rule and Nr, and writes the Gremium column", async () => {
    const run = await allianz(dir, "planen", "Gremien.xlsx", "--jahr", "2027", "--stichtag", "2026-11-24", "--json");
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const out = JSON.parse(run.stdout) as { sitzungen: { nr: string; datum: string; gastgeber: string; hinweis: string | null; gremium?: string }[]; findings: { code: string }[] };
    const by = (gremium: string) => out.sitzungen.filter((s) => s.gremium === gremium);
    assert.equal(by("Plenum").length, 6);
    assert.deepEqual(by("Arbeitskreis Wärme").map((s) => s.nr), ["AK-Wärme-2027-01", "AK-Wärme-2027-02", "AK-Wärme-2027-03", "AK-Wärme-2027-04"]);
    // 27 fortnights from Friday 1 January (Neujahr: moved to Monday); the example's Sperrzeit (NRW summer holidays) takes two.
    const network = by("Netzwerk Klimaschutzmanagement");
    assert.equal(network.length, 25);
    assert.deepEqual(network[0], { ...network[0], nr: "KSM-2027-01", datum: "2027-01-04", hinweis: "verschoben vom 01.01.2027 (Neujahr)" });
    assert.equal(out.findings.filter((f) => f.code === "kein-freier-termin").length, 2);
    assert.ok(network.every((s) => s.gastgeber === "Rhein-Kreis Neuss" && s.nr.startsWith("KSM-2027-")));
    const written = execFileSync("/usr/bin/python3", ["-c", "import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1])['Sitzungen']; print('|'.join(str(r[12].value) for r in ws.iter_rows(min_row=20)))", path.join(dir, "Gremien.geplant.xlsx")], { encoding: "utf8" });
    const cells = written.trim().split("|");
    assert.equal(cells.length, out.sitzungen.length);
    assert.deepEqual([...new Set(cells)].sort(), ["Arbeitskreis Wärme", "Netzwerk Klimaschutzmanagement", "Plenum"]);
  });

  it("sends a Gremium's year schedule to its people only (versand --art jahresplanung --gremium)", async () => {
    // Runs on the workbook the first test planned.
    const run = await allianz(dir, "versand", "Gremien.geplant.xlsx", "--art", "jahresplanung", "--jahr", "2027", "--gremium", "AK-Wärme", "--aus", "ak-plan", "--stichtag", "2026-11-24", "--json");
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const out = JSON.parse(run.stdout) as { empfaenger: { mitglied: string }[] };
    assert.deepEqual([...new Set(out.empfaenger.map((r) => r.mitglied))].sort(), ["Stadt Jüchen", "Stadt Kaarst", "Stadt Neuss"]);
    const ics = await fs.readFile(path.join(dir, "ak-plan", "Sitzungen_2027.ics"), "utf8");
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 4);
    const unknown = await allianz(dir, "versand", "Gremien.geplant.xlsx", "--art", "jahresplanung", "--jahr", "2027", "--gremium", "Beirat", "--aus", "beirat", "--stichtag", "2026-11-24");
    assert.equal(unknown.code, 1);
    assert.match(unknown.stdout + unknown.stderr, /Das Gremium „Beirat“ gibt es nicht – im Blatt „Gremien“ stehen: Plenum, Arbeitskreis Wärme, Netzwerk Klimaschutzmanagement\./);
  });

  it("plans only the Gremium asked for, and refuses one that does not exist", async () => {
    const only = await allianz(dir, "planen", "Gremien.xlsx", "--jahr", "2027", "--gremium", "ak-wärme", "--aus", "nur-ak.xlsx", "--stichtag", "2026-11-24", "--json");
    assert.equal(only.code, 0, only.stderr);
    assert.deepEqual((JSON.parse(only.stdout) as { sitzungen: { gremium: string }[] }).sitzungen.map((s) => s.gremium), Array(4).fill("Arbeitskreis Wärme"));
    const unknown = await allianz(dir, "planen", "Gremien.xlsx", "--jahr", "2027", "--gremium", "Beirat", "--aus", "beirat.xlsx", "--stichtag", "2026-11-24");
    assert.equal(unknown.code, 1);
    assert.match(unknown.stdout, /Das Gremium „Beirat“ gibt es nicht\. Bekannt sind: Plenum, Arbeitskreis Wärme \(AK-Wärme\), Netzwerk Klimaschutzmanagement \(KSM\)\./);
    await assert.rejects(fs.stat(path.join(dir, "beirat.xlsx")));
  });

  it("einrichten --gremien creates the Gremien sheet with drop-downs and the Gremium columns (read by openpyxl), and the new workbook checks clean", async () => {
    const created = await allianz(dir, "einrichten", "Neu-Gremien.xlsx", "--gremien");
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /mit den Blättern Mitglieder, Kontakte, Sitzungen, Tagesordnung, Einstellungen, Sperrzeiten, Anwesenheit, Aufgaben, Gremien\./);
    const python = [
      "import sys, json, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "g = wb['Gremien']",
      "print(json.dumps({'tables': list(g.tables.keys()), 'header': [c.value for c in g[1]], 'lists': {g.cell(1, list(dv.sqref.ranges)[0].min_col).value: dv.formula1 for dv in g.data_validations.dataValidation},",
      "  'last': {n: wb[n].cell(1, wb[n].max_column).value for n in ['Kontakte', 'Sitzungen', 'Tagesordnung', 'Sperrzeiten', 'Aufgaben', 'Anwesenheit']}}))",
    ].join("\n");
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", python, path.join(dir, "Neu-Gremien.xlsx")], { encoding: "utf8" })) as { tables: string[]; header: string[]; lists: Record<string, string>; last: Record<string, string> };
    assert.deepEqual(read.tables, ["tblGremien"]);
    assert.deepEqual(read.header.slice(0, 3), ["Gremium", "Kurzname", "Turnus"]);
    assert.equal(read.lists.Turnus, '"monatlich,zweimonatlich,vierteljährlich,halbjährlich,wöchentlich,zweiwöchentlich"');
    assert.equal(read.lists["Gastgeber-Regel"], '"reihum,fest,keiner"');
    assert.deepEqual(read.last, { Kontakte: "Gremium", Sitzungen: "Gremium", Tagesordnung: "Gremium", Sperrzeiten: "Gremium", Aufgaben: "Gremium", Anwesenheit: "Bemerkung" });
    const checked = await allianz(dir, "pruefen", "Neu-Gremien.xlsx", "--json");
    assert.deepEqual((JSON.parse(checked.stdout) as { findings: unknown[] }).findings, []);

    // Without --gremien: the workbook of one body, as before.
    assert.equal((await allianz(dir, "einrichten", "Neu-ein-Gremium.xlsx")).code, 0);
    const sheets = execFileSync("/usr/bin/python3", ["-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames[-1], wb['Sitzungen'].cell(1, wb['Sitzungen'].max_column).value)", path.join(dir, "Neu-ein-Gremium.xlsx")], { encoding: "utf8" });
    assert.equal(sheets.trim(), "Aufgaben Zugang");
  });
});
