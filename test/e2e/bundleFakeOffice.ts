import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

/**
 * Bundles a strict Office fake for the browser with webpack's Node API and returns the script: the
 * Excel fake by default, the Word fake with `fakeWordBrowser.ts`. Type-checking is left to `tsc`
 * (npm test runs it first); here only speed matters.
 */
export async function bundleFakeOffice(entry = "fakeOfficeBrowser.ts"): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "allianz-e2e-"));
  try {
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: path.resolve(__dirname, "../.."),
      entry: path.resolve(__dirname, entry),
      output: { path: outDir, filename: "office-fake.js" },
      resolve: { extensions: [".ts", ".js"] },
      module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2022" } } }] },
    });
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
    );
    if (!stats || stats.hasErrors()) throw new Error(`Bundling the Office fake failed:\n${stats?.toString({ all: false, errors: true })}`);
    return readFileSync(path.join(outDir, "office-fake.js"), "utf8");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
