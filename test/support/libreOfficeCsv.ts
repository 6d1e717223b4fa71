import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** LibreOffice's CSV filter: comma, double quotes, UTF-8, formatted as shown, every sheet into a file of its own (`-1`). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Every sheet of each workbook file as LibreOffice reads it, exported to CSV text, by sheet name (one
 * LibreOffice run for all files, with a profile of its own so parallel runs do not collide).
 *
 * @example libreOfficeSheets(["geplant.xlsx"])[0].get("Sitzungen") // "Nr,Datum,…\n2027-01,01/14/2027,…"
 */
export function libreOfficeSheets(files: readonly string[]): Map<string, string>[] {
  const dir = mkdtempSync(path.join(tmpdir(), "allianz-lo-csv-"));
  try {
    // Numbered copies: LibreOffice names each CSV `<stem>-<sheet>.csv`, and no stem "3" is the start of "13-".
    const copies = files.map((file, i) => {
      const copy = path.join(dir, `${i}${path.extname(file)}`);
      copyFileSync(file, copy);
      return copy;
    });
    const out = path.join(dir, "csv");
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profil`, "--headless", "--convert-to", CSV_FILTER, "--outdir", out, ...copies], { stdio: "ignore", timeout: 110_000 });
    const written = readdirSync(out);
    return files.map((_, i) => new Map(written.filter((name) => name.startsWith(`${i}-`)).map((name) => [name.slice(`${i}-`.length, -".csv".length), readFileSync(path.join(out, name), "utf8")])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
 *
 * @example csvRows('a,"b, c"\n1,2') // [["a", "b, c"], ["1", "2"]]
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      rows[rows.length - 1].push(field);
      field = "";
    } else if (ch === "\n") {
      rows[rows.length - 1].push(field);
      rows.push([]);
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  rows[rows.length - 1].push(field);
  return rows;
}
