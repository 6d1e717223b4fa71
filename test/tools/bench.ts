/*
 * `npm run bench`: prints the figures the issues ask for. Figures, not verdicts: nothing here fails
 * on a slow machine; the targets are printed beside the measurements for the reader.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { execFileSync, execSync } from "node:child_process";
import { buildSync } from "esbuild";
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import { planWorkbook } from "../../src/domain/planWorkbook";
import type { PlainDate } from "../../src/domain/plainDate";
import { fillTemplate } from "../../src/documents/fillTemplate";
import { buildMailing } from "../../src/documents/mailing";
import { invitationData } from "../../src/documents/templateData";
import { bodyYearReports } from "../../src/domain/yearReport";
import { yearReportDocx } from "../../src/documents/yearReportDocx";
import type { RawCell, WorkbookGrids } from "../../src/domain/grid";
import { addDays, fromDayNumber, toDayNumber } from "../../src/domain/plainDate";
import { XlsxRegisterStore } from "../../src/workbook/xlsxStore";
import { readZip, unpack, writeZip } from "../../src/workbook/zipPackage";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import { OPERATION_OVERHEAD_BYTES } from "../fakes/clientObject";
import { syncsPerCommand, workbookWithMeetings } from "../workbook/syncFigures";
import { timeToInteractive } from "./paneTiming";

const root = join(__dirname, "..", "..");
const TODAY = "2026-11-24" as PlainDate;

/** Median wall time in ms of `runs` calls after `warmup` calls. */
function median(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function registerFigures(): void {
  const wb = syntheticWorkbook({ members: 400, contacts: 1000, meetings: 60, lastYear: 2026 });
  const check = median(() => checkWorkbook(wb, TODAY), 25, 10);
  const plan = median(() => planWorkbook(wb, 2027, TODAY), 25, 10);
  const outcome = planWorkbook(wb, 2027, TODAY);
  console.log("Register (400 Mitglieder, 1.000 Kontakte, 10 Jahre Sitzungen):");
  console.log(`  Prüfen (lesen + validieren):            ${ms(check)}`);
  console.log(`  Planen (prüfen + Jahresplanung 2027):    ${ms(plan)}   Ziel < 100 ms; ${outcome.meetings.length} Sitzungen geplant`);
}

async function syncFigures(): Promise<void> {
  console.log(`Office.js-Syncs je Befehl (strikte Office-Attrappe; Nutzlast mit ${OPERATION_OVERHEAD_BYTES} Bytes je Operation für office.js' eigenes JSON):`);
  for (const rows of [10, 10_000, 100_000]) {
    const f = await syncsPerCommand(rows);
    console.log(
      `  ${String(rows).padStart(7)} Sitzungszeilen: Prüfen ${f.pruefen}, Übernehmen ${f.uebernehmen}, Einrichten ${f.einrichten}` +
        `   größte Anfrage/Antwort ${kb(Math.max(f.pruefenMaxPayload, f.uebernehmenMaxPayload))}   Ziel: jede < 5 MB`,
    );
  }
}

/** Time to interactive of our pane and, where built (STOCK_TASKPANE_DIST), of OfficeDev/Office-Addin-TaskPane. */
async function paneFigures(): Promise<void> {
  const state = workbookWithMeetings(10);
  const ours = await timeToInteractive({ dist: join(root, "dist"), page: "taskpane.html", ready: { selector: ".app-nav button:enabled" } }, state, 9);
  console.log("Aufgabenbereich bis bedienbar (Chromium, Median aus 9 kalten Ladevorgängen):");
  console.log(`  Allianz-Planer:                 ${ms(ours)}`);
  const stock = process.env.STOCK_TASKPANE_DIST;
  if (!stock || !existsSync(join(stock, "taskpane.html"))) {
    console.log("  Vorlage Office-Addin-TaskPane: nicht gemessen (STOCK_TASKPANE_DIST=…/dist ihres Produktions-Builds setzen)");
    return;
  }
  const template = await timeToInteractive({ dist: stock, page: "taskpane.html", ready: { selector: "#app-body", shown: true } }, state, 9);
  console.log(`  Vorlage Office-Addin-TaskPane:  ${ms(template)}   Verhältnis ${(ours / template).toFixed(2)}×   Ziel ≤ 1×`);
}

function bundleFigures(): void {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "taskpane.html"))) execSync("npm run build --silent", { cwd: root, stdio: "inherit" });
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  // The initial load is what taskpane.html references; everything else is loaded on demand.
  const initial = [...html.matchAll(/(?:src|href)=("?)([^"\s>]+\.(?:js|css))\1/g)].map((m) => m[2]).filter((f) => !/^https?:/.test(f));
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const initialBytes = gz("taskpane.html") + initial.reduce((sum, f) => sum + gz(f.replace(/^\//, "")), 0);
  const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.some((i) => i.endsWith(f)));
  console.log("Aufgabenbereich (Produktions-Build, gzip):");
  console.log(`  Erstes Laden (HTML + ${initial.join(", ")}): ${kb(initialBytes)}   Ziel < 150 KB`);
  for (const f of lazy) console.log(`  bei Bedarf: ${f} ${kb(gz(f))}`);
  // The reader with all it pulls in (fflate, the register headers), less zod, which the pane's check needs anyway.
  const reader = buildSync({ entryPoints: [join(root, "src", "workbook", "xlsxStore.ts")], bundle: true, minify: true, platform: "browser", format: "esm", write: false, external: ["zod"] });
  console.log(`  Word „Register laden“: Arbeitsmappen-Leser (.xlsx/.ods) ohne zod: ${kb(gzipSync(reader.outputFiles[0].contents).length)}   (mit exceljs: 251 KB)`);
}

function documentFigures(): void {
  const wb = syntheticWorkbook({ members: 400, contacts: 1000, meetings: 60, lastYear: 2026 });
  const { registers } = checkWorkbook(wb, TODAY);
  const meeting = registers.meetings[registers.meetings.length - 1];
  const template = new Uint8Array(readFileSync(join(root, "assets", "Vorlage-Einladung.docx")));
  const data = invitationData(registers, meeting.nr);
  const letters = (data as { Briefe: unknown[] }).Briefe.length;
  const ours = median(() => fillTemplate(template, "einladung", data), 5, 1);
  const bare = median(() => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, nullGetter: () => "" });
    doc.render(data);
    doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
  }, 5, 1);
  const stamp = "2026-11-24T09:00:00Z";
  let emlCount = 0;
  const mails = median(() => {
    emlCount = buildMailing("einladung", registers, { nr: meeting.nr, stamp }).files.filter((f) => f.name.endsWith(".eml")).length;
  }, 5, 1);
  console.log(`Dokumente (${letters} Empfänger):`);
  console.log(`  Serienbrief Einladung:      ${ms(ours)}   Ziel < 2 s   (${(letters / (ours / 1000)).toFixed(0)} Briefe/s)`);
  console.log(`  docxtemplater allein:       ${ms(bare)}   Mehraufwand ${(ours / bare).toFixed(2)}×   Ziel < 1,3×`);
  console.log(`  ${emlCount} .eml-Entwürfe + .ics + CSV: ${ms(mails)}   Ziel < 2 s   (${(emlCount / (mails / 1000)).toFixed(0)} Mails/s)`);
}

/**
 * A 400-member network's year 2026 with 26 meetings (every other week), Anwesenheit for every
 * member at every meeting (about three in four present) and three tasks per meeting.
 */
function networkYear(): WorkbookGrids {
  const base = syntheticWorkbook({ members: 400, contacts: 1000, meetings: 0, lastYear: 2026 });
  const members = base.grids.find((g) => g.sheet === "Mitglieder")!.rows.map((row) => String(row[0]));
  const dates = Array.from({ length: 26 }, (_, i) => addDays("2026-01-08" as PlainDate, 14 * i));
  const meetings: RawCell[][] = dates.map((date, i) => {
    const host = members[i % members.length];
    return [`2026-${String(i + 1).padStart(2, "0")}`, { date }, { time: "10:00" }, { time: "12:00" }, "Online", host, "Online", host, `Thema ${i + 1}`, `Referent*in ${i + 1}`, i === 5 ? "abgesagt" : "durchgeführt", null];
  });
  const statuses = ["anwesend", "anwesend", "anwesend", "entschuldigt", "anwesend", "fehlt", "anwesend"];
  const attendance: RawCell[][] = meetings.filter((m) => m[10] === "durchgeführt").flatMap((m, i) => members.map((member, j) => [m[0], member, null, statuses[(i * 7 + j * 3) % statuses.length], null]));
  const tasks: RawCell[][] = meetings.flatMap((m, i) =>
    [0, 1, 2].map((k) => [`${i * 3 + k + 1}`, m[0], "2", `Aufgabe ${i * 3 + k + 1}`, members[(i * 3 + k) % members.length], { date: addDays(dates[i], 60) }, k === 0 ? "offen" : "erledigt", k === 0 ? null : { date: addDays(dates[i], 30) }]),
  );
  const grid = (sheet: string, header: string[], rows: RawCell[][]) => ({ sheet, headerRow: 1, firstColumn: 0, header, rows });
  return {
    date1904: false,
    grids: [
      ...base.grids.map((g) => (g.sheet === "Sitzungen" ? { ...g, rows: meetings } : g)),
      grid("Anwesenheit", ["Sitzung", "Mitglied", "Person", "Status", "Bemerkung"], attendance),
      grid("Aufgaben", ["Nr", "Sitzung", "TOP", "Aufgabe", "Verantwortlich", "Frist", "Status", "Erledigt am"], tasks),
    ],
  };
}

function yearReportFigures(): void {
  const wb = networkYear();
  const { registers } = checkWorkbook(wb, TODAY);
  let size = 0;
  const reportOnly = median(() => {
    size = yearReportDocx(bodyYearReports(registers, 2026), registers.settings.allianceName).length;
  }, 9, 2);
  const whole = median(() => {
    const checked = checkWorkbook(wb, TODAY);
    yearReportDocx(bodyYearReports(checked.registers, 2026), checked.registers.settings.allianceName);
  }, 9, 2);
  const attendanceRows = wb.grids.find((g) => g.sheet === "Anwesenheit")!.rows.length;
  console.log(`Jahresbericht (400 Mitglieder, 26 Sitzungen 2026, ${attendanceRows.toLocaleString("de-DE")} Anwesenheitszeilen, 78 Aufgaben):`);
  console.log(`  Auswerten + .docx mit Diagramm:        ${ms(reportOnly)}   (${kb(size)})`);
  console.log(`  mit Lesen und Prüfen der Register:     ${ms(whole)}`);
}

const BIN = join(root, "src", "cli", "allianz.js");
const EXAMPLE = join(root, "assets", "Beispiel-Allianz.xlsx");

/** Median wall time in ms of a child process (the whole start, as a user waits for it). */
function processMedian(args: readonly string[], runs: number): number {
  return median(() => execFileSync(process.execPath, args, { stdio: "ignore" }), runs, 1);
}

/** Peak resident memory (MB) of the compiled CLI running one command in a fresh process. */
function peakMemory(args: readonly string[]): number {
  const script = `require(${JSON.stringify(join(root, "dist-cli", "cli", "main.js"))}).runCli(${JSON.stringify(args)}, { out() {}, err() {} }).then(() => console.log(process.resourceUsage().maxRSS))`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) / 1024;
}

/** The example with its Sitzungen sheet's validations replaced by one over the whole sheet. */
function wholeSheetValidation(): Uint8Array {
  const pkg = readZip(readFileSync(EXAMPLE));
  const part = "xl/worksheets/sheet3.xml";
  const xml = new TextDecoder().decode(unpack(pkg.entries.find((e) => e.name === part)!));
  const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
  return writeZip(pkg, new Map([[part, new TextEncoder().encode(xml.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, validation))]]));
}

/** The example with 10,000 more meetings (one every day from 1999 on, hosts in turn). */
async function tenThousandMeetings(): Promise<Uint8Array> {
  const store = await XlsxRegisterStore.fromBuffer(readFileSync(EXAMPLE));
  const hosts = ["Stadt Dormagen", "Stadt Grevenbroich", "Stadt Jüchen", "Stadt Kaarst", "Stadt Neuss"];
  const first = toDayNumber("1990-01-01" as PlainDate);
  const rows: RawCell[][] = Array.from({ length: 10_000 }, (_, i) => {
    const host = hosts[i % hosts.length];
    return [`H-${String(i + 1).padStart(5, "0")}`, { date: fromDayNumber(first + i)! }, { time: "10:00" }, { time: "12:00" }, "Präsenz", host, "Rathaus", host, "Thema", null, "durchgeführt", null];
  });
  await store.append("Sitzungen", rows);
  return store.toBuffer();
}

async function fileFigures(): Promise<void> {
  const node = processMedian(["-e", "0"], 7);
  const cli = processMedian([BIN, "pruefen", EXAMPLE], 7);
  console.log("Kommandozeile (kompiliert, dist-cli/):");
  console.log(`  allianz pruefen Beispiel-Allianz.xlsx: ${ms(cli)}   node -e 0: ${ms(node)}   Ziel deutlich < 500 ms`);
  const big = await tenThousandMeetings();
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const store = await XlsxRegisterStore.fromBuffer(big);
    const outcome = planWorkbook(await store.read(), 2027, TODAY);
    await store.append("Sitzungen", outcome.rows);
    await store.toBuffer();
    if (i > 0) times.push(performance.now() - start);
  }
  const readPlan = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`  Lesen + Planen + Schreiben, 10.000 Sitzungen (${kb(big.length)}): ${ms(readPlan)}`);
  const dir = mkdtempSync(join(tmpdir(), "allianz-bench-"));
  try {
    writeFileSync(join(dir, "Ganz.xlsx"), wholeSheetValidation());
    console.log(`  Spitzenspeicher planen mit Gültigkeitsregel über A1:XFD1048576: ${peakMemory(["planen", join(dir, "Ganz.xlsx"), "--stichtag", "2026-11-24"]).toFixed(0)} MB   Ziel < einige 100 MB`);
    console.log(`  Spitzenspeicher pruefen Beispiel: ${peakMemory(["pruefen", EXAMPLE]).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Allianz-Planer – Messwerte (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
  registerFigures();
  console.log();
  await syncFigures();
  console.log();
  documentFigures();
  console.log();
  yearReportFigures();
  console.log();
  await fileFigures();
  console.log();
  bundleFigures();
  console.log();
  await paneFigures();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
