import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, promises as fs, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FileError, writeIntoFolder, writeOutput, type WriteFile } from "../../src/cli/files";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";

/*
 * No half-written files: every output is written under a temporary name beside the target and
 * takes its name only when complete. A full disk is injected at the write (ENOSPC after part of
 * the bytes, as a real full disk behaves); a killed process is a real child killed with SIGKILL.
 */

const BIN = path.join(__dirname, "..", "..", "src", "cli", "allianz.js");
const EXAMPLE = path.join(__dirname, "..", "..", "assets", "Beispiel-Allianz.xlsx");

/** Writes the first half of the bytes, then fails like a full disk. */
const fullDisk: WriteFile = async (file, bytes) => {
  await fs.writeFile(file, bytes.subarray(0, bytes.length / 2), { flag: "wx" });
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
};

describe("writing outputs completely or not at all", function () {
  this.timeout(60_000);
  let dir: string;
  const file = (...names: string[]) => path.join(dir, ...names);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "allianz-schreiben-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a full disk leaves neither the target nor a temporary file, and says so in German", async () => {
    await assert.rejects(writeOutput(file("Allianz.geplant.xlsx"), new Uint8Array(1000), false, fullDisk), (e: Error) => {
      assert.ok(e instanceof FileError);
      assert.equal(e.message, "„" + file("Allianz.geplant.xlsx") + "“ kann nicht geschrieben werden: der Datenträger ist voll. Es wurde nichts Halbfertiges gespeichert.");
      return true;
    });
    assert.deepEqual(readdirSync(dir), []);

    writeFileSync(file("Alt.xlsx"), "alt");
    await assert.rejects(writeOutput(file("Alt.xlsx"), new Uint8Array(1000), true, fullDisk), FileError);
    assert.deepEqual(readdirSync(dir), ["Alt.xlsx"]);
    assert.equal(readFileSync(file("Alt.xlsx"), "utf8"), "alt", "the old file stays as it was");
  });

  it("a full disk while writing a mailing folder leaves no folder, and in an existing folder only what was there", async () => {
    const files = ["a.eml", "b.eml", "Einladung.zip"].map((name) => ({ name, bytes: new Uint8Array(100) }));
    await assert.rejects(writeIntoFolder(file("Einladung_2027-01"), files, { inputs: [], overwrite: false }, fullDisk), FileError);
    assert.deepEqual(readdirSync(dir), []);

    let calls = 0;
    const failsThird: WriteFile = async (target, bytes) => {
      if (++calls === 3) return fullDisk(target, bytes);
      await fs.writeFile(target, bytes, { flag: "wx" });
    };
    await fs.mkdir(file("Vorhanden"));
    writeFileSync(file("Vorhanden", "b.eml"), "alt");
    await assert.rejects(writeIntoFolder(file("Vorhanden"), files, { inputs: [], overwrite: true }, failsThird), FileError);
    assert.deepEqual(readdirSync(file("Vorhanden")), ["b.eml"]);
    assert.equal(readFileSync(file("Vorhanden", "b.eml"), "utf8").length, 100, "a replaced file is complete");
  });

  it("a planen killed at any moment leaves the planned file complete or not there at all", async () => {
    copyFileSync(EXAMPLE, file("Allianz.xlsx"));
    for (const delay of [40, 80, 120, 160, 200, 260, 320, 400]) {
      rmSync(file("Allianz.geplant.xlsx"), { force: true });
      const child = spawn(process.execPath, [BIN, "planen", "Allianz.xlsx", "--stichtag", "2026-11-24"], { cwd: dir, stdio: "ignore" });
      // Listen before waiting: a run that ends before the kill has already emitted "exit".
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await exited;
      if (existsSync(file("Allianz.geplant.xlsx"))) {
        const store = await XlsxRegisterStore.fromBuffer(readFileSync(file("Allianz.geplant.xlsx")));
        const meetings = (await store.read()).grids.find((g) => g.sheet === "Sitzungen")!;
        assert.equal(meetings.rows.at(-1)?.[0], "2027-06", `after ${delay} ms`);
      }
      for (const name of readdirSync(dir).filter((n) => n.endsWith(".tmp"))) rmSync(file(name));
    }
  });
});
