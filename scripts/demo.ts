/*
 * `npm run demo`: plans next year on a copy of the bundled example workbook, with the CLI's own
 * report. The copy and the planned workbook go to demo-ausgabe/ (gitignored); assets/ stays as is.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { dateParts } from "../src/domain/plainDate";
import { runCli } from "../src/cli/main";
import { todayInGermany } from "../src/workbook/today";

const root = path.join(__dirname, "..");
const example = path.join(root, "assets", "Beispiel-Allianz.xlsx");
const folder = path.join(root, "demo-ausgabe");

async function main(): Promise<void> {
  const year = dateParts(todayInGermany()).year + 1;
  await mkdir(folder, { recursive: true });
  const copy = path.join(folder, "Beispiel-Allianz.xlsx");
  await copyFile(example, copy);
  const shown = path.relative(process.cwd(), copy);
  console.log(`Demo: Sitzungsplanung ${year} für eine Kopie der Beispiel-Arbeitsmappe (${shown})\n`);
  const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
  process.exitCode = await runCli(["planen", shown, "--jahr", String(year), "--ueberschreiben"], { out: write(process.stdout), err: write(process.stderr) });
}

main().catch((error) => {
  console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
