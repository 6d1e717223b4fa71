/*
 * `npm run demo`: plans next year on a copy of the bundled example workbook, then writes the
 * minutes and the invitation mailing of the first planned meeting, each with the CLI's own
 * report. Everything goes to demo-ausgabe/ (gitignored); assets/ stays as is.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { dateParts } from "../../src/domain/plainDate";
import { planWorkbook } from "../../src/domain/planWorkbook";
import { openWorkbook } from "../../src/cli/files";
import { runCli } from "../../src/cli/main";
import { todayInGermany } from "../../src/workbook/today";

const root = path.join(__dirname, "..", "..");
const example = path.join(root, "assets", "Beispiel-Allianz.xlsx");
const folder = path.join(root, "demo-ausgabe");

async function main(): Promise<void> {
  const today = todayInGermany();
  const year = dateParts(today).year + 1;
  await mkdir(folder, { recursive: true });
  const copy = path.join(folder, "Beispiel-Allianz.xlsx");
  await copyFile(example, copy);
  const shown = path.relative(process.cwd(), copy) || copy;
  const output = path.relative(process.cwd(), folder) || ".";
  const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(text);
  const allianz = (title: string, ...args: string[]) => {
    console.log(`\n=== ${title}: allianz ${args.join(" ")}\n`);
    return runCli(args, { out: write(process.stdout), err: write(process.stderr) });
  };

  console.log(`Demo: Sitzungsplanung ${year} für eine Kopie der Beispiel-Arbeitsmappe (${shown})`);
  const planned = await allianz("Planung", "planen", shown, "--jahr", String(year), "--ueberschreiben");
  process.exitCode = planned;
  // The first meeting of the plan that planen just wrote: the same domain call on the same copy.
  const first = planWorkbook(await (await openWorkbook(copy)).read(), year, today).meetings[0];
  if (planned !== 0 || first === undefined) return;

  const plannedFile = path.join(output, "Beispiel-Allianz.geplant.xlsx");
  const minutes = await allianz(`Protokoll der Sitzung ${first.nr}`, "protokoll", plannedFile, "--sitzung", first.nr, "--aus", output, "--ueberschreiben");
  const mailing = path.join(output, `Einladung_${first.nr}`);
  const invitation = await allianz(`Einladung zur Sitzung ${first.nr}`, "versand", plannedFile, "--art", "einladung", "--sitzung", first.nr, "--aus", mailing, "--ueberschreiben");
  process.exitCode = Math.max(planned, minutes, invitation);
}

main().catch((error) => {
  console.error(`Fehler: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
