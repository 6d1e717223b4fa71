import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { simpleParser } from "mailparser";
import type { Download, Page } from "playwright-core";
import PizZip from "pizzip";
import { serialToPlainDate } from "../../src/domain/excelSerial";
import { formatLongDateDe } from "../../src/documents/formatDe";
import { templateNamespace } from "../../src/workbook/templateXml";
import { allText, minimalDocx } from "../documents/docxText";
import { syntheticWorkbook } from "../support/syntheticWorkbook";
import { fakeSheetFromGrid } from "../workbook/syncFigures";
import type { FakeWorkbookState } from "../fakes/officeFake";
import { excelPaneSuite, fakeState, sheetCells, tabTo } from "./excelPane";

/*
 * The "Dokumente" view in the production build: headless Chromium, the strict Office fake with the
 * example workbook, files taken from Playwright's download event and read back with PizZip and
 * mailparser (not with the code that wrote them).
 */

describe("Dokumente end to end (headless Chromium, strict Office fake)", function () {
  this.timeout(120_000);
  const suite = excelPaneSuite();

  async function openDocuments(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Dokumente", exact: true }).click();
    await page.getByRole("heading", { name: "Vorlagen" }).waitFor();
  }

  /** The view's section (the status region repeats its messages for screen readers). */
  const view = (page: Page) => page.locator("#dokumente");

  /** Clicks a button and returns the file the page downloads, with its bytes. */
  async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await (file as Download).path())) };
  }

  /** The Excel row (1-based) and the header of a meeting in the fake's Sitzungen sheet. */
  function meetingRow(state: FakeWorkbookState, nr: string) {
    const cells = sheetCells(state, "Sitzungen");
    const header = cells[0];
    const index = cells.findIndex((row) => row[header.indexOf("Nr")] === nr);
    assert.ok(index > 0, `meeting ${nr} not in Sitzungen`);
    return { row: cells[index], header };
  }

  /** The example with 2027 planned through the task pane, as a user would do it first. */
  async function planned2027(page: Page): Promise<void> {
    await page.getByRole("button", { name: "Planen", exact: true }).click();
    await page.getByRole("button", { name: "Vorschau" }).click();
    await page.getByRole("button", { name: /^\d+ Sitzungen übernehmen$/ }).click();
    await page.getByText(/Sitzungen wurden in das Blatt „Sitzungen“ eingetragen\./).first().waitFor();
  }

  it("makes the minutes and the invitation of the first 2027 meeting as downloads and marks it as invited", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await planned2027(page);
    await openDocuments(page);
    const select = page.getByLabel("Sitzung", { exact: true });
    assert.equal(await select.inputValue(), "2027-01", "the next meeting from today is chosen");
    const { row, header } = meetingRow(await fakeState(page), "2027-01");
    const date = serialToPlainDate(row[header.indexOf("Datum")] as number, false)!;
    assert.match(await select.locator("option:checked").innerText(), new RegExp(`^2027-01 – \\d\\d\\.01\\.2027 – ${row[header.indexOf("Gastgeber")]}$`));

    const minutes = await download(page, "Protokoll");
    assert.equal(minutes.name, "Protokoll_2027-01.docx");
    const text = allText(minutes.bytes);
    assert.ok(text.includes(formatLongDateDe(date)), `the minutes name the date ${formatLongDateDe(date)}`);
    assert.doesNotMatch(text, /[{}]/);
    await view(page).getByText("„Protokoll_2027-01.docx“ wurde heruntergeladen.", { exact: false }).waitFor();

    const invitation = await download(page, "Einladung");
    assert.equal(invitation.name, "Einladung_2027-01.zip");
    const zip = new PizZip(invitation.bytes);
    const names = Object.keys(zip.files);
    for (const name of ["Serienbrief.docx", "Empfaenger.csv", "Sitzung_2027-01.ics"]) assert.ok(names.includes(name), `${name} in the zip`);
    const emls = names.filter((name) => name.endsWith(".eml"));
    assert.ok(emls.length > 5, `${emls.length} mail drafts`);
    const mail = await simpleParser(Buffer.from(zip.file(emls[0])!.asUint8Array()));
    assert.match(mail.subject ?? "", /^Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am /);
    assert.equal(mail.headers.get("x-unsent"), "1");
    assert.deepEqual(mail.attachments.map((a) => a.filename), ["Sitzung_2027-01.ics"]);
    assert.ok(allText(zip.file("Serienbrief.docx")!.asUint8Array()).includes(formatLongDateDe(date)));
    await view(page).getByText(`${emls.length} Mail-Entwürfe`, { exact: false }).first().waitFor();
    assert.equal(await page.locator("#dokumente-fortschritt").count(), 0, "the progress bar is gone when done");

    await page.getByRole("button", { name: "Als eingeladen markieren" }).click();
    await view(page).getByText(/^Die Sitzung 2027-01 ist im Blatt „Sitzungen“ als „eingeladen“ markiert \(Zelle K\d+\)\.$/).waitFor();
    assert.equal(await view(page).locator(".message-success", { hasText: "als „eingeladen“ markiert" }).evaluate((box) => box === document.activeElement), true, "the result has the focus, not the page");
    const after = meetingRow(await fakeState(page), "2027-01");
    assert.equal(after.row[after.header.indexOf("Status")], "eingeladen");
    assert.deepEqual(
      after.row.filter((_, i) => i !== after.header.indexOf("Status")),
      row.filter((_, i) => i !== header.indexOf("Status")),
      "only the Status cell changed",
    );
    assert.equal(await page.getByRole("button", { name: "Als eingeladen markieren" }).count(), 0);
  });

  it("makes the year's schedule and the minutes mailing", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await openDocuments(page);
    assert.equal(await page.getByLabel("Jahr", { exact: true }).inputValue(), "2026", "the year of the latest meeting, before 2027 is planned");
    const year = await download(page, "Jahresplanung");
    assert.equal(year.name, "Jahresplanung_2026.zip");
    assert.ok(new PizZip(year.bytes).file("Sitzungen_2026.ics"));

    // Protokollversand asks for the finished minutes and attaches exactly that file.
    const finished = minimalDocx(["Protokoll der Sitzung, wie es geschrieben wurde"]);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Protokollversand", exact: true }).click()]);
    assert.match((await chooser.element().getAttribute("accept")) ?? "", /\.docx.*\.pdf/);
    const [file] = await Promise.all([page.waitForEvent("download"), chooser.setFiles({ name: "Protokoll final.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(finished) })]);
    assert.equal(file.suggestedFilename(), "Protokollversand_2026-06.zip");
    const zip = new PizZip(readFileSync(await (file as Download).path()));
    const eml = Object.keys(zip.files).find((name) => name.endsWith(".eml"))!;
    const mail = await simpleParser(Buffer.from(zip.file(eml)!.asUint8Array()));
    assert.deepEqual(mail.attachments.map((a) => a.filename), ["Protokoll_2026-06.docx"]);
    assert.deepEqual(new Uint8Array(mail.attachments[0].content), finished);
  });

  it("makes a mailing for 400 recipients in the worker: progress is shown and the pane stays responsive", async () => {
    const large = syntheticWorkbook({ members: 400, contacts: 400, meetings: 12, lastYear: 2027 });
    const page = await suite.pane.open({ date1904: false, sheets: large.grids.map((g) => fakeSheetFromGrid(g, `tbl${g.sheet}`, false)) });
    await openDocuments(page);
    // Every text the progress shows, and the longest the UI thread was busy (gap between 10 ms ticks).
    await page.evaluate(() => {
      const probe = window as unknown as { __progress: string[]; __announced: string[]; __longestGap: number };
      probe.__progress = [];
      probe.__announced = [];
      probe.__longestGap = 0;
      // The progress box appears below the clicked button; what the status region says is what a screen reader hears.
      new MutationObserver(() => {
        const text = document.getElementById("dokumente-fortschritt-text")?.textContent;
        if (text && text !== probe.__progress.at(-1)) probe.__progress.push(text);
      }).observe(document.body, { childList: true, characterData: true, subtree: true });
      const status = document.getElementById("status")!;
      new MutationObserver(() => status.textContent && probe.__announced.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        probe.__longestGap = Math.max(probe.__longestGap, now - last);
        last = now;
      }, 10);
    });
    const started = Date.now();
    const mailing = await download(page, "Einladung");
    const duration = Date.now() - started;
    assert.equal(Object.keys(new PizZip(mailing.bytes).files).filter((name) => name.endsWith(".eml")).length, 400);
    const { progress, announced, longestGap } = await page.evaluate(() => {
      const probe = window as unknown as { __progress: string[]; __announced: string[]; __longestGap: number };
      return { progress: probe.__progress, announced: probe.__announced, longestGap: probe.__longestGap };
    });
    // Progress is announced when the run starts and then at most every 5 seconds, not with every update.
    assert.ok(announced.length <= 1 + Math.ceil(duration / 5000), `${announced.length} announcements in ${duration} ms: ${announced.join(" | ")}`);
    assert.deepEqual(progress.slice(0, 3), ["Register werden gelesen …", "Register werden geprüft …", "Serienbrief wird erstellt …"]);
    assert.ok(progress.includes("Mails 120 von 400 …"), progress.join(" | "));
    assert.equal(progress.at(-1), "ZIP-Datei wird gepackt …");
    assert.ok(longestGap < Math.max(250, duration / 2), `the UI thread was blocked for ${Math.round(longestGap)} ms of ${duration} ms`);
  });

  it("shows the progress right below the clicked button, and „Abbrechen“ ends the run: no file, a message with the focus", async () => {
    const large = syntheticWorkbook({ members: 400, contacts: 400, meetings: 12, lastYear: 2027 });
    const page = await suite.pane.open({ date1904: false, sheets: large.grids.map((g) => fakeSheetFromGrid(g, `tbl${g.sheet}`, false)) });
    await openDocuments(page);
    const downloads: string[] = [];
    page.on("download", (file) => downloads.push(file.suggestedFilename()));
    const button = page.getByRole("button", { name: "Einladung", exact: true });
    await button.click();
    const cancel = page.getByRole("button", { name: "Abbrechen" });
    await cancel.waitFor();
    // The progress sits right below the row of the clicked button, in sight where the user looks.
    const [buttonBox, progressBox] = await Promise.all([button.boundingBox(), page.locator(".progress").boundingBox()]);
    assert.ok(buttonBox && progressBox && progressBox.y >= buttonBox.y + buttonBox.height && progressBox.y - (buttonBox.y + buttonBox.height) < 60, "progress right below the button");
    await cancel.click();
    const cancelled = view(page).locator(".message", { hasText: "Abgebrochen. Es wurde keine Datei erstellt." });
    await cancelled.waitFor();
    assert.equal(await cancelled.evaluate((box) => box === document.activeElement), true, "the message has the focus");
    await page.waitForTimeout(500);
    assert.deepEqual(downloads, [], "nothing downloaded after Abbrechen");
    assert.equal(await page.locator(".progress").count(), 0);
    // The next run works as before.
    assert.match((await download(page, "Protokoll")).name, /^Protokoll_M-\d+\.docx$/);
  });

  it("explains in German what is missing and lists the register problems that concern the mailing", async () => {
    const state = structuredClone(suite.pane.example);
    const settings = sheetCells(state, "Einstellungen");
    const senderRow = settings.findIndex((row) => row[0] === "Absender-E-Mail");
    settings[senderRow][1] = null;
    const page = await suite.pane.open(state);
    await openDocuments(page);
    await page.getByRole("button", { name: "Einladung", exact: true }).click();
    const error = view(page).locator(".message-error").filter({ hasText: "Im Blatt Einstellungen fehlt die Einstellung „Absender-E-Mail“ – bitte die Adresse eintragen" });
    await error.waitFor();
    assert.equal(await error.evaluate((box) => box === document.activeElement), true, "the error has the focus");

    const contacts = structuredClone(suite.pane.example);
    const cells = sheetCells(contacts, "Kontakte");
    const email = cells[0].indexOf("E-Mail");
    cells[2][email] = cells[1][email];
    const second = await suite.pane.open(contacts);
    await openDocuments(second);
    await download(second, "Einladung");
    await second.getByRole("heading", { name: /Hinweise? zu den Registern$/ }).waitFor();
    await view(second).getByText(/bekommt keine eigene Mail: die Adresse .* hat schon/).waitFor();
  });

  it("checks an own template: a misspelt field is named and nothing stored; a valid one is kept in the workbook and used", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await openDocuments(page);
    const row = page.locator(".template-row").filter({ hasText: "Protokoll" });
    await row.getByText("Vorlage: Standard").waitFor();
    const choose = async (name: string, bytes: Uint8Array) => {
      // Listen first (see the keyboard test): the button's click then opens an intercepted chooser.
      const chooserEvent = page.waitForEvent("filechooser");
      await row.getByRole("button", { name: "Eigene Vorlage wählen" }).click();
      const chooser = await chooserEvent;
      await chooser.setFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(bytes) });
    };

    await choose("Vertippt.docx", minimalDocx(["Protokoll vom {Datun}"]));
    const alert = row.locator(".message-error");
    await alert.waitFor();
    assert.match(await alert.innerText(), /^„Vertippt\.docx“ wurde nicht gespeichert: die Vorlage für „Protokoll“ hat 1 Problem\./);
    assert.match(await alert.innerText(), /Unbekanntes Feld „\{Datun\}“ – meinten Sie „\{Datum\}“\?/);
    assert.deepEqual((await fakeState(page)).customXmlParts ?? [], [], "nothing stored");

    await choose("Briefkopf.docx", minimalDocx(["EIGENE VORLAGE der Geschäftsstelle", "Sitzung {Nr} am {Datum}"]));
    await row.getByText("Vorlage: Eigene (Briefkopf.docx)").waitFor();
    const parts = (await fakeState(page)).customXmlParts ?? [];
    assert.deepEqual(parts.map((p) => p.namespaceUri), [templateNamespace("protokoll")]);
    assert.match(parts[0].xml, /datei="Briefkopf\.docx"/);

    // The view reads the stored template back when it is opened again.
    await page.getByRole("button", { name: "Prüfen", exact: true }).click();
    await openDocuments(page);
    await page.locator(".template-row").filter({ hasText: "Protokoll" }).getByText("Vorlage: Eigene (Briefkopf.docx)").waitFor();
    const minutes = await download(page, "Protokoll");
    assert.deepEqual(allText(minutes.bytes).split("\n"), ["EIGENE VORLAGE der Geschäftsstelle", "Sitzung 2026-06 am Donnerstag, 12. November 2026"]);

    await page.getByRole("button", { name: "Standardvorlage verwenden" }).click();
    await view(page).getByText("Für „Protokoll“ gilt wieder die Standardvorlage.").waitFor();
    assert.deepEqual((await fakeState(page)).customXmlParts, []);
    assert.doesNotMatch(allText((await download(page, "Protokoll")).bytes), /EIGENE VORLAGE/);
  });

  it("works with the keyboard alone: Tab and Enter make a file, the result takes the focus, a template can be chosen", async () => {
    const page = await suite.pane.open(suite.pane.example);
    await tabTo(page, "Dokumente");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Vorlagen" }).waitFor();
    await tabTo(page, "Protokoll");
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(file.suggestedFilename(), "Protokoll_2026-06.docx");
    await view(page).getByText("„Protokoll_2026-06.docx“ wurde heruntergeladen.", { exact: false }).waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ""), /^„Protokoll_2026-06\.docx“ wurde heruntergeladen\./);
    // Listening turns on Playwright's file-chooser interception, a round trip to Chromium: start it
    // before the key press, or a dialog opened first is dismissed unseen.
    const chooserEvent = page.waitForEvent("filechooser");
    await tabTo(page, "Eigene Vorlage wählen");
    await page.keyboard.press("Enter");
    const chooser = await chooserEvent;
    assert.equal(chooser.isMultiple(), false);
  });

  it("says on a Mac what to do instead (Word, Excel im Web) and keeps the command line for the IT", async () => {
    const page = await suite.pane.open(suite.pane.example, { platform: "Mac" });
    await openDocuments(page);
    const notice = page.locator("#dokumente-mac");
    await notice.waitFor();
    assert.match(await notice.innerText(), /^Auf dem Mac und dem iPad kann Excel hier keine Dateien speichern\. So erhalten Sie die Dokumente:\s+In Word: .*\s+In Excel im Web: /);
    assert.doesNotMatch(await notice.locator(".message").innerText(), /WebKit|#2700|npx/, "no technical words up front");
    await notice.getByText("Für die IT").click();
    for (const name of ["Protokoll", "Einladung", "Protokollversand", "Jahresplanung"]) {
      assert.equal(await page.getByRole("button", { name, exact: true }).count(), 0, `no ${name} button`);
    }
    await view(page).getByText("npx allianz versand Register.xlsx --art einladung --sitzung 2026-06", { exact: true }).waitFor();
    await page.getByLabel("Sitzung", { exact: true }).selectOption("2026-03");
    await view(page).getByText("npx allianz protokoll Register.xlsx --sitzung 2026-03", { exact: true }).waitFor();
  });
});
