import assert from "node:assert/strict";
import type { Finding } from "../../src/domain/finding";
import type { PlainDate } from "../../src/domain/plainDate";
import type { Meeting } from "../../src/domain/registers";
import { parseArgs, UsageError } from "../../src/cli/args";
import { formatFindings, formatPlan } from "../../src/cli/report";

const meeting = (nr: string, date: string, host: string, venue: string | null, note: string | null): Meeting => ({
  nr,
  date: date as PlainDate,
  start: "10:00",
  end: "12:00",
  format: "Präsenz",
  host,
  venue,
  minutesBy: host,
  topic: null,
  speakers: null,
  status: "geplant",
  note,
  access: null,
});

const finding = (sheet: string, severity: Finding["severity"], cell: string | null, message: string): Finding => ({ severity, code: "x", sheet, row: null, column: null, cell, message });

describe("CLI report", () => {
  it("prints the plan as an aligned table with the weekday", () => {
    const text = formatPlan([meeting("2026-01", "2026-03-05", "Stadt Jüchen", "Haus am Markt", null), meeting("2026-02", "2026-06-11", "Stadt Kaarst", null, "verschoben vom 04.06.2026 (Fronleichnam)")]);
    assert.deepEqual(text.split("\n"), [
      "Nr       Datum           Gastgeber     Ort            Hinweis",
      "───────  ──────────────  ────────────  ─────────────  ────────────────────────────────────────",
      "2026-01  Do, 05.03.2026  Stadt Jüchen  Haus am Markt",
      "2026-02  Do, 11.06.2026  Stadt Kaarst                 verschoben vom 04.06.2026 (Fronleichnam)",
    ]);
  });

  it("groups findings by sheet, errors before warnings, with aligned cell addresses and a count", () => {
    const text = formatFindings([
      finding("Kontakte", "warning", "G12", "E-Mail doppelt."),
      finding("Mitglieder", "error", "C5", "Art fehlt."),
      finding("Kontakte", "error", null, "Blatt leer."),
    ]);
    assert.equal(
      text,
      ["Blatt „Kontakte“", "  Fehler (1)", "         Blatt leer.", "  Warnungen (1)", "    G12  E-Mail doppelt.", "", "Blatt „Mitglieder“", "  Fehler (1)", "    C5   Art fehlt.", "", "2 Fehler, 1 Warnung."].join("\n"),
    );
  });
});

describe("CLI arguments", () => {
  const spec = { flags: ["json"], values: ["jahr", "aus"] };

  it("takes flags, values after a space or =, and positionals in any order", () => {
    const args = parseArgs(["--jahr=2027", "a.xlsx", "--json", "--aus", "b.xlsx"], spec, "planen");
    assert.deepEqual(args.positionals, ["a.xlsx"]);
    assert.deepEqual([...args.flags], ["json"]);
    assert.deepEqual([...args.values], [["jahr", "2027"], ["aus", "b.xlsx"]]);
  });

  it("refuses unknown options, missing values and repeated values in German", () => {
    assert.throws(() => parseArgs(["--jahre", "2027"], spec, "planen"), (e: Error) => e instanceof UsageError && e.message.startsWith("Unbekannte Option „--jahre“ für „allianz planen“"));
    assert.throws(() => parseArgs(["a.xlsx", "--aus"], spec, "planen"), /„--aus“ braucht einen Wert/);
    assert.throws(() => parseArgs(["--aus", "--json"], spec, "planen"), /„--aus“ braucht einen Wert/);
    assert.throws(() => parseArgs(["--jahr", "1", "--jahr", "2"], spec, "planen"), /doppelt/);
    assert.throws(() => parseArgs(["-j"], spec, "planen"), /Unbekannte Option „-j“/);
  });
});
