import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

/*
 * `npm start`, `npm stop` and `npm run validate:online` rely on the office-addin-* tools. With
 * legacy-peer-deps (needed here, see .npmrc) npm installs none of their undeclared needs, so a
 * fresh install must prove that each tool at least loads.
 */
describe("Office add-in tooling after npm install", () => {
  for (const [tool, args] of [
    ["office-addin-debugging/cli.js", ["start", "--help"]],
    ["office-addin-manifest/cli.js", ["--help"]],
    ["office-addin-dev-certs/cli.js", ["--help"]],
  ] as const) {
    it(`loads ${tool.split("/")[0]}`, () => {
      const out = execFileSync(process.execPath, [require.resolve(tool), ...args], { encoding: "utf8" });
      assert.match(out, /Usage:/);
    });
  }
});
