import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import PizZip from "pizzip";
import { formatLongDateDe } from "../../src/documents/formatDe";
import type { PlainDate } from "../../src/domain/plainDate";
import { templateXml } from "../../src/workbook/templateXml";
import { allText, minimalDocx } from "../documents/docxText";
import type { FakeWord } from "../fakes/wordFake";
import { gremienWorkbook } from "../support/gremienWorkbook";
import { withCustomXml } from "../workbook/packageParts";
import { bundleFakeOffice } from "./bundleFakeOffice";
import { watchCsp } from "./cspWatch";
import { axe, overflow, SCHEMES, useScheme } from "./paneChecks";
import { serveDirectory } from "./staticServer";

/*
 * The production build of the task pane in Word: headless Chromium with the strict Word fake served
 * in place of office.js. The example workbook comes in through the file input, the documents the
 * pane hands to createDocument are read back with PizZip. Every other request is aborted and reported.
 */

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const DOCS = path.join(ROOT, "assets", "screenshots");
const EXAMPLE = path.join(ROOT, "assets", "Beispiel-Allianz.xlsx");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The session's "today", so the preselected meeting and the screenshot do not change with the calendar. */
const TODAY = new Date("2026-11-24T10:00:00+01:00");

type PageWindow = Window & { __fakeWord: FakeWord };

describe("Word task pane end to end (headless Chromium, strict Word fake)", function () {
  this.timeout(120_000);
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let fakeWordScript: string;
  let context: BrowserContext;
  let page: Page;
  let foreignRequests: string[];
  let pageErrors: string[];
  /** Scripts of the task pane the page loaded, by file name in dist/. */
  let scripts: string[];
  let cspViolations: string[];

  before(async () => {
    assert.ok(existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html fehlt – erst `npm run build` ausführen.");
    [fakeWordScript, server] = await Promise.all([bundleFakeOffice("fakeWordBrowser.ts"), serveDirectory(DIST)]);
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--lang=de-DE", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(DOCS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "de-DE", timezoneId: "Europe/Berlin" });
    foreignRequests = [];
    pageErrors = [];
    scripts = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: fakeWordScript });
      if (url.startsWith(`${server.origin}/`)) {
        if (url.endsWith(".js")) scripts.push(url.slice(server.origin.length + 1));
        return route.continue();
      }
      foreignRequests.push(url);
      return route.abort();
    });
    page = await context.newPage();
    cspViolations = await watchCsp(page);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.clock.setFixedTime(TODAY);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Register laden" }).waitFor();
  });

  afterEach(async () => {
    await context.close();
    assert.deepEqual(foreignRequests, [], "the task pane must not contact any server but its own and office.js");
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(cspViolations, [], "the Word pane keeps to the Content-Security-Policy");
  });

  const fakeWord = <T>(read: (word: FakeWord) => T) => page.evaluate(`(${read.toString()})(window.__fakeWord)`) as Promise<T>;

  /** The .docx files handed to createDocument(...).open(), in order. */
  async function createdDocuments(): Promise<Uint8Array[]> {
    const created = await page.evaluate(() => (window as unknown as PageWindow).__fakeWord.created.map((d) => ({ base64: d.base64, opened: d.opened })));
    assert.ok(created.every((d) => d.opened), "every created document is opened");
    return created.map((d) => new Uint8Array(Buffer.from(d.base64, "base64")));
  }

  async function openInWord(docx: Uint8Array): Promise<void> {
    await page.evaluate((base64) => {
      (window as unknown as PageWindow).__fakeWord.document.docx = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    }, Buffer.from(docx).toString("base64"));
  }

  async function loadExample(): Promise<void> {
    await page.locator("#register-datei").setInputFiles(EXAMPLE);
    const loaded = page.locator("#register .message", { hasText: /^„Beispiel-Allianz\.xlsx“ geladen: \d+ Mitglieder/ });
    await loaded.waitFor();
    assert.equal(await loaded.evaluate((message) => message === document.activeElement), true, "the result has the focus, not the page");
  }

  /** The date of the meeting a select currently names, from its label "Nr – TT.MM.JJJJ – Gastgeber". */
  async function chosenMeeting(select: string): Promise<{ nr: string; date: PlainDate; host: string }> {
    const label = await page.locator(`${select} option:checked`).textContent();
    const match = /^(\S+) – (\d{2})\.(\d{2})\.(\d{4}) – (.+)$/.exec(label ?? "");
    assert.ok(match, `label ${label}`);
    return { nr: match[1], date: `${match[4]}-${match[3]}-${match[2]}` as PlainDate, host: match[5] };
  }

  it("shows the Word views only, starting with „Register laden“, and loads the workbook reader only to read the workbook", async () => {
    const nav = await page.locator(".app-nav button").allTextContents();
    assert.deepEqual(nav, ["Register", "Dokumente", "Vorlage", "Felder", "Versand"]);
    for (const label of nav) assert.ok(label.length <= 12, `${label}: a short navigation label`);
    await page.getByRole("button", { name: "Dokumente" }).click();
    await page.getByText("Noch keine Register geladen.").waitFor();
    await page.getByRole("main").getByRole("button", { name: "Register laden" }).click();
    await page.getByRole("heading", { name: "Register laden" }).waitFor();
    // The reader's own German message marks its chunk.
    const withReader = () => scripts.filter((name) => readFileSync(path.join(DIST, name), "utf8").includes("Zip64-Archiv"));
    assert.deepEqual(withReader(), []);
    await loadExample();
    assert.equal(withReader().length, 1, "the reader comes with „Register laden“");
  });

  it("says in German what is wrong with a file that is not a workbook, and loads the right one afterwards", async () => {
    await page.locator("#register-datei").setInputFiles(path.join(ROOT, "assets", "icon-16.png"));
    await page.locator("#register .message-error", { hasText: "„icon-16.png“ ist keine Excel-Arbeitsmappe (.xlsx) und keine OpenDocument-Tabelle (.ods)." }).waitFor();
    await loadExample();
  });

  it("loads the example through the file input and creates the minutes of the chosen meeting as a new document", async () => {
    await loadExample();
    await page.getByRole("button", { name: "Weiter zu den Dokumenten" }).click();
    const select = page.getByLabel("Sitzung");
    await select.waitFor();
    const options = await select.locator("option").allTextContents();
    assert.ok(options.length > 3, "the example has meetings");
    await select.selectOption({ index: 2 });
    const meeting = await chosenMeeting("#dokumente-sitzung");
    await page.getByRole("button", { name: "Protokoll erstellen" }).click();
    const done = page.locator("#dokumente .message-success", { hasText: `Das Protokoll für Sitzung ${meeting.nr} ist als neues Word-Dokument geöffnet.` });
    await done.waitFor();
    assert.equal(await done.evaluate((message) => message === document.activeElement), true, "the result has the focus, not the page");

    const [minutes] = await createdDocuments();
    const text = allText(minutes);
    assert.ok(text.includes(formatLongDateDe(meeting.date)), `date ${formatLongDateDe(meeting.date)} in the minutes`);
    assert.ok(text.includes(meeting.host));
    assert.ok(!text.includes("{"), "no field left unfilled");
    assert.equal(await fakeWord((w) => w.syncCount), 1, "createDocument(...).open() in one sync");
    await page.screenshot({ path: path.join(DOCS, "word-taskpane.png") });
  });

  it("downloads the document in Word on the web when createDocument fails there (office-js #4771)", async () => {
    await loadExample();
    await page.evaluate(() => {
      (Office.context as unknown as { platform: string }).platform = "OfficeOnline";
      (window as unknown as PageWindow).__fakeWord.createDocumentFails = true;
    });
    await page.getByRole("button", { name: "Weiter zu den Dokumenten" }).click();
    await page.getByLabel("Sitzung").waitFor();
    const meeting = await chosenMeeting("#dokumente-sitzung");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Protokoll erstellen" }).click()]);
    await page.locator("#dokumente .message-success", { hasText: `Das Protokoll für Sitzung ${meeting.nr} wurde heruntergeladen` }).waitFor();
    const file = path.join(os.tmpdir(), `allianz-e2e-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    try {
      assert.match(download.suggestedFilename(), /\.docx$/);
      assert.ok(allText(new Uint8Array(readFileSync(file))).includes(meeting.host));
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("fills the workbook's own Einladung template instead of the default, says so, and lists the problems of a broken one", async () => {
    const withTemplate = (paragraphs: string[]) =>
      Buffer.from(withCustomXml(readFileSync(EXAMPLE), 1, templateXml({ kind: "einladung", fileName: "Briefkopf.docx", bytes: minimalDocx(paragraphs) })));
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page.locator("#register-datei").setInputFiles({ name: "Mit-Vorlage.xlsx", mimeType: xlsx, buffer: withTemplate(["Briefkopf der Allianz", "Sitzung am {Datum}"]) });
    await page.locator("#register-vorlagen", { hasText: "Eigene Vorlagen in der Arbeitsmappe: Einladung (Briefkopf.docx)." }).waitFor();
    await page.getByRole("button", { name: "Weiter zu den Dokumenten" }).click();
    await page.locator("#dokumente-vorlage-einladung", { hasText: "Einladung: eigene Vorlage „Briefkopf.docx“ aus der Arbeitsmappe" }).waitFor();
    assert.equal(await page.locator("#dokumente-vorlage-protokoll").textContent(), "Protokoll: Standardvorlage");
    const meeting = await chosenMeeting("#dokumente-sitzung");
    await page.getByRole("button", { name: "Einladung erstellen" }).click();
    await page.locator("#dokumente .message-success", { hasText: `Die Einladung für Sitzung ${meeting.nr} ist als neues Word-Dokument geöffnet.` }).waitFor();
    const [letter] = await createdDocuments();
    assert.equal(allText(letter), `Briefkopf der Allianz\nSitzung am ${formatLongDateDe(meeting.date)}`);

    await page.getByRole("button", { name: "Register", exact: true }).click();
    await page.locator("#register-datei").setInputFiles({ name: "Kaputt.xlsx", mimeType: xlsx, buffer: withTemplate(["Sitzung am {Datun}"]) });
    await page.locator("#register .message", { hasText: /^„Kaputt\.xlsx“ geladen/ }).waitFor();
    await page.getByRole("button", { name: "Weiter zu den Dokumenten" }).click();
    await page.getByRole("button", { name: "Einladung erstellen" }).click();
    const alert = page.locator("#dokumente .message-error");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /Die eigene Vorlage „Briefkopf\.docx“ für „Einladung“ aus der Arbeitsmappe kann nicht gefüllt werden; es wurde nichts erstellt\./);
    assert.deepEqual(await alert.locator("li").allTextContents(), ["Unbekanntes Feld „{Datun}“ – meinten Sie „{Datum}“?"]);
    assert.equal((await createdDocuments()).length, 1);
  });

  it("fills the open letterhead as a template for the chosen meeting and leaves the template alone", async () => {
    await loadExample();
    const letterhead = minimalDocx(["Allianz für Klima und Nachhaltigkeit", "Sitzung am {Datum}", "Gastgeber: {Gastgeber}"]);
    await openInWord(letterhead);
    await page.getByRole("button", { name: "Vorlage", exact: true }).click();
    await page.getByLabel("Art der Vorlage").selectOption("einladung");
    const meeting = await chosenMeeting("#vorlage-sitzung");
    await page.getByRole("button", { name: "Dieses Dokument als Vorlage füllen" }).click();
    await page.locator("#vorlage .message-success", { hasText: `Die Einladung für Sitzung ${meeting.nr} ist als neues Word-Dokument geöffnet.` }).waitFor();

    const [filled] = await createdDocuments();
    assert.equal(allText(filled).replace(/\n/g, ""), `Allianz für Klima und NachhaltigkeitSitzung am ${formatLongDateDe(meeting.date)}Gastgeber: ${meeting.host}`);
    assert.equal(await fakeWord((w) => w.openFiles), 0, "the file from getFileAsync is closed");
    assert.deepEqual(new Uint8Array(Buffer.from(await fakeWord((w) => btoa(String.fromCharCode(...(w.document.docx ?? [])))), "base64")), letterhead, "template unchanged");
  });

  it("offers the Gremium for a year's schedule and fills it with that Gremium's meetings only", async () => {
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page.locator("#register-datei").setInputFiles({ name: "Gremien.xlsx", mimeType: xlsx, buffer: await gremienWorkbook(2027) });
    await page.locator("#register .message", { hasText: /^„Gremien\.xlsx“ geladen/ }).waitFor();
    await page.getByRole("button", { name: "Weiter zu den Dokumenten" }).click();
    // The picker is filled when the view has rendered: wait for it, not for the click alone.
    await page.locator("#dokumente-sitzung option", { hasText: /^AK-Wärme-2027-01/ }).first().waitFor({ state: "attached" });
    assert.match((await page.locator("#dokumente-sitzung option").allTextContents()).find((label) => label.startsWith("AK-Wärme-2027-01")) ?? "", /\(Arbeitskreis Wärme\)$/);
    await page.getByLabel("Jahr", { exact: true }).selectOption("2027");
    const gremium = page.getByLabel("Gremium", { exact: true });
    assert.deepEqual(await gremium.locator("option").allTextContents(), ["Alle Gremien", "Plenum", "Arbeitskreis Wärme", "Netzwerk Klimaschutzmanagement"]);
    await gremium.selectOption("Arbeitskreis Wärme");
    await page.getByRole("button", { name: "Jahresplanung erstellen" }).click();
    await page.locator("#dokumente .message-success").waitFor();
    const text = allText((await createdDocuments())[0]);
    for (const date of ["2027-03-09", "2027-06-08", "2027-09-14", "2027-12-14"]) assert.ok(text.includes(formatLongDateDe(date as PlainDate)), date);
    assert.ok(!text.includes(formatLongDateDe("2027-01-14" as PlainDate)), "no plenary meeting");
    assert.ok(!text.includes("Rommerskirchen"), "no letter to a member outside the Arbeitskreis");
  });

  it("sends the open document as the minutes: one mail draft per recipient with exactly its bytes attached", async () => {
    await loadExample();
    const minutes = minimalDocx(["Protokoll der Sitzung", "Ergebnis: Wärmeplanung beschlossen"]);
    await openInWord(minutes);
    // Word on Windows reports its platform as PC (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-platform-member);
    // the Word fake leaves Office.context.platform unset, and only where downloads work does the view offer the mailing.
    await page.evaluate(() => Object.assign((window as unknown as { Office: { context: object } }).Office.context, { platform: "PC" }));
    await page.getByRole("button", { name: "Versand", exact: true }).click();
    await page.getByRole("heading", { name: "Dieses Dokument als Protokoll versenden" }).waitFor();
    const meeting = await chosenMeeting("#versand-sitzung");
    // The fake, like Word on the web, offers no PDF: the .docx is the only choice.
    assert.equal(await page.locator("#versand input[type=radio]").count(), 0);
    await page.getByText("Das Protokoll wird als Word-Dokument (.docx) angehängt.").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Dieses Dokument als Protokoll versenden" }).click()]);
    assert.equal(download.suggestedFilename(), `Protokollversand_${meeting.nr}.zip`);
    await page.locator("#versand .message-success", { hasText: `„Protokollversand_${meeting.nr}.zip“ wurde heruntergeladen` }).waitFor();
    const zip = new PizZip(readFileSync(await download.path()));
    assert.deepEqual(zip.file(`Protokoll_${meeting.nr}.docx`)!.asUint8Array(), minutes);
    const emls = Object.keys(zip.files).filter((name) => name.endsWith(".eml"));
    assert.ok(emls.length > 3);
    const mail = await simpleParser(Buffer.from(zip.file(emls[0])!.asUint8Array()));
    assert.deepEqual(new Uint8Array(mail.attachments[0].content), minutes);
    assert.equal(await fakeWord((w) => w.openFiles), 0, "the file from getFileAsync is closed");
    await page.screenshot({ path: path.join(DOCS, "word-protokollversand.png") });
  });

  it("lists a misspelt field with the suggestion before anything is created", async () => {
    await loadExample();
    await openInWord(minimalDocx(["Sitzung am {Datun}"]));
    await page.getByRole("button", { name: "Vorlage", exact: true }).click();
    await page.getByRole("button", { name: "Dieses Dokument als Vorlage füllen" }).click();
    const alert = page.locator("#vorlage .message-error");
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? "", /es wurde nichts erstellt/);
    assert.match((await alert.textContent()) ?? "", /Unbekanntes Feld „\{Datun\}“ – meinten Sie „\{Datum\}“\?/);
    assert.equal((await createdDocuments()).length, 0);
  });

  it("inserts the chosen field at the cursor, with the mouse and with the keyboard alone", async () => {
    await page.evaluate(() => {
      const word = (window as unknown as PageWindow).__fakeWord;
      word.document.text = "Datum: ";
      word.document.selection = { start: 7, end: 7 };
    });
    await page.getByRole("button", { name: "Felder", exact: true }).click();
    const list = page.getByLabel("Felder");
    await list.selectOption({ label: "{Datum}" });
    await page.locator("#feld-beschreibung", { hasText: /^\{Datum\}: Datum mit Wochentag/ }).waitFor();
    await page.getByRole("button", { name: "Einfügen", exact: true }).click();
    await page.locator("#feld .message-success", { hasText: "{Datum} eingefügt." }).waitFor();
    assert.equal(await fakeWord((w) => w.document.text), "Datum: {Datum}");

    // Keyboard: the list takes arrows, Enter inserts; a loop comes as a pair of tags.
    await page.getByLabel("Vorlage für").selectOption("einladung");
    await list.focus();
    await list.selectOption({ label: "{#Briefe}…{/Briefe}" });
    await page.keyboard.press("Enter");
    await page.locator("#feld .message-success", { hasText: "{#Briefe}…{/Briefe} eingefügt." }).waitFor();
    assert.equal(await fakeWord((w) => w.document.text), "Datum: {Datum}{#Briefe}{/Briefe}");
  });

  it("passes axe-core and reflows in every Word view, at 320 × 700 and 200 %, light, dark and in forced colours", async () => {
    await loadExample();
    const views = [
      { nav: "Register", heading: "Register laden" },
      { nav: "Dokumente", heading: "Dokumente erstellen" },
      { nav: "Vorlage", heading: "Dieses Dokument als Vorlage füllen" },
      { nav: "Felder", heading: "Feld einfügen" },
      { nav: "Versand", heading: "Dieses Dokument als Protokoll versenden" },
    ];
    // 200 % of a 350 × 700 pane is 175 × 350 CSS px.
    for (const size of [{ width: 320, height: 700 }, { width: 175, height: 350 }]) {
      await page.setViewportSize(size);
      for (const { nav, heading } of views) {
        await page.locator(".app-nav").getByRole("button", { name: nav, exact: true }).click();
        await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
        for (const scheme of SCHEMES) {
          await useScheme(page, scheme);
          // A list box cannot wrap its options; the chosen field's full text stands in the description below it.
          assert.deepEqual(await overflow(page, ".field-list"), [], `${nav}, ${size.width} px, ${scheme.name}: nothing sticks out sideways`);
          assert.deepEqual(await axe(page), [], `${nav}, ${size.width} px, ${scheme.name}: axe-core`);
        }
      }
    }
  });
});
