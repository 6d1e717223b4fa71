import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import path from "node:path";

const BIN = path.join(__dirname, "..", "..", "src", "cli", "allianz.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real tool as a user starts it: a separate node process in the given folder. */
export function allianz(cwd: string, ...args: string[]): Promise<Run> {
  return allianzWith(cwd, [], args);
}

/** The real tool started with Node options (e.g. a heap limit). */
export function allianzWith(cwd: string, nodeOptions: readonly string[], args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeOptions, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Exit status 2, nothing on stdout, the German message on stderr and no stack trace. */
export function assertGermanErrorWithoutStack(run: Run, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at |Error:|node:internal/);
}
