import type { Finding } from "../domain/finding";
import type { WorkbookGrids } from "../domain/grid";
import { meetingByNr } from "../domain/meetingChoice";
import { readRegisters } from "../domain/readRegisters";
import type { Located, Meeting, Registers } from "../domain/registers";
import { meetingStatusCell } from "../domain/statusCell";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateKind } from "../documents/fields";
import type { StoredTemplate } from "../workbook/templateXml";
import { todayInGermany } from "../workbook/today";
import { h, replaceChildren } from "./dom";
import { canDownload, downloadFile } from "./download";
import { ACTION_TEMPLATE, type DocumentAction, type DocumentResult } from "./documentsProtocol";
import { askDocumentsWorker, type ProgressReply } from "./documentsWorkerClient";
import { errorMessage } from "./errorMessage";
import { countText, findingList } from "./findingList";
import { bodyPicker, meetingPicker, yearPicker, type TargetMemory } from "./targetPicker";
import { isBusy, message, problemAlert, runAction, setUpOffer, showResult, viewSection, type View, type ViewContext } from "./view";
import { writtenResult } from "./written";

/*
 * "Dokumente": minutes, invitation, year schedule and minutes mailing for a meeting or year of the
 * Sitzungen register, made in a worker and handed over as a download; the user's own Word templates
 * kept in the workbook. Where the platform cannot download (Excel on Mac), the view says so and
 * shows what works there instead of buttons that would fail.
 */

const DOCX_ACCEPT = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MINUTES_ACCEPT = `${DOCX_ACCEPT},.pdf,application/pdf`;

const LABELS: Record<DocumentAction, string> = { protokoll: "Protokoll", einladung: "Einladung", protokollversand: "Protokollversand", jahresplanung: "Jahresplanung" };

/** What the downloaded zip of a mailing holds, given "12 Mail-Entwürfe". */
const MAILING_CONTENTS: Record<Exclude<DocumentAction, "protokoll">, (mails: string) => string> = {
  einladung: (mails) => `Serienbrief, Kalendereinladung, Empfängerliste und ${mails}`,
  protokollversand: (mails) => `das fertige Protokoll, Empfängerliste und ${mails} mit dem Protokoll im Anhang`,
  jahresplanung: (mails) => `Brief, Kalenderdatei mit allen Sitzungen, Empfängerliste und ${mails}`,
};

/** What the view knows after opening: the meetings to choose from and the workbook's own templates. */
interface Loaded {
  readonly meetings: readonly Located<Meeting>[];
  /** The Gremien sheet's rows: with several, the year schedule can be made for one of them. */
  readonly bodies: Registers["bodies"];
  /** What reading the registers found: a missing sheet leads to „Arbeitsmappe einrichten“. */
  readonly findings: readonly Finding[];
  readonly templates: Map<TemplateKind, StoredTemplate>;
}

export const documentsView: View = (context) => {
  const body = h("div", { "aria-busy": "true" }, h("p", { class: "hint loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Die Sitzungen werden gelesen …"));
  // The choices and buttons come first, under the heading; the explanation after them.
  const section = viewSection(
    "dokumente",
    "Dokumente",
    "Füllt die Word-Vorlagen mit den Angaben der Register und stellt Mail-Entwürfe zusammen. Alles entsteht auf diesem Rechner; verschickt wird nichts.",
    body,
  );
  // The own templates are set up now and then: below the explanation, after the everyday buttons.
  const templates = h("div", {});
  section.append(templates);
  load(context).then(
    (loaded) => {
      body.removeAttribute("aria-busy");
      replaceChildren(body, ...content(loaded, context));
      replaceChildren(templates, templateSection(loaded, context));
    },
    (error: unknown) => {
      body.removeAttribute("aria-busy");
      showResult(body, message("error", errorMessage(error)));
    },
  );
  return section;
};

async function load(context: ViewContext): Promise<Loaded> {
  const [grids, templates] = await Promise.all([context.store.read(), context.store.loadTemplates()]);
  const { registers, findings } = readRegisters(grids);
  return { meetings: registers.meetings, bodies: registers.bodies, findings, templates: new Map(templates.map((t) => [t.kind, t])) };
}

function content(loaded: Loaded, context: ViewContext): (HTMLElement | null)[] {
  const downloads = canDownload();
  if (loaded.meetings.length === 0) {
    const plan = h("button", { type: "button", class: "primary" }, "Nächstes Jahr planen");
    plan.addEventListener("click", () => context.show("planen"));
    // The way on comes first: in a narrow pane it is in sight without scrolling.
    const setUp = setUpOffer(loaded.findings, context);
    return [
      setUp ?? h("div", { class: "actions" }, plan),
      message("info", "Im Blatt „Sitzungen“ steht noch keine Sitzung. Planen Sie zuerst die Sitzungen oder tragen Sie eine Sitzung ein."),
    ];
  }
  const memory: TargetMemory = { nr: null, year: null };
  const { field: meetingRow, select: meetingSelect } = meetingPicker("dokumente-sitzung", loaded.meetings, memory);
  const { field: yearRow, select: yearSelect } = yearPicker("dokumente-jahr", loaded.meetings, memory);
  // With Gremien: the year schedule of all or of one Gremium, as in Word and `versand --gremium`.
  const body = bodyPicker("dokumente-gremium", loaded);
  const target = (): Target => ({ nr: meetingSelect.value, year: Number(yearSelect.value), body: body?.selected() ?? null });

  if (!downloads) {
    const commands = h("div", { class: "commands" });
    const showCommands = () => replaceChildren(commands, ...cliCommands(target()));
    showCommands();
    for (const select of [meetingSelect, yearSelect, body?.select]) select?.addEventListener("change", showCommands);
    return [macNotice(h("div", {}, meetingRow, yearRow, body?.field ?? "", commands))];
  }

  const output = h("div", { class: "output" });
  const buttons: HTMLButtonElement[] = [];
  const run = (action: DocumentAction, b: HTMLButtonElement, minutesFile?: File) => {
    if (buttons.some(isBusy)) return;
    void runAction(b, output, () => make(action, target(), loaded, context, { output, button: b }, minutesFile));
  };
  const button = (action: DocumentAction) => {
    const b = h("button", { type: "button", class: action === "einladung" ? "primary" : "secondary" }, LABELS[action]);
    buttons.push(b);
    if (action !== "protokollversand") {
      b.addEventListener("click", () => run(action, b));
      return b;
    }
    // The minutes mailing sends what the minute-keeper wrote: the button asks for that file first.
    b.setAttribute("aria-haspopup", "dialog");
    b.addEventListener("click", () => {
      if (!buttons.some(isBusy)) minutesInput.click();
    });
    minutesInput.addEventListener("change", () => {
      const file = minutesInput.files?.[0];
      // Cleared, so that choosing the same file again is a change.
      minutesInput.value = "";
      if (file) run(action, b, file);
    });
    return b;
  };
  const minutesInput = h("input", { type: "file", accept: MINUTES_ACCEPT, hidden: true, tabindex: -1, "aria-hidden": "true", id: "dokumente-protokolldatei" });
  yearRow.append(button("jahresplanung"));
  // A result (and its "Als eingeladen markieren") belongs to the meeting or year it was made for.
  for (const select of [meetingSelect, yearSelect, body?.select]) select?.addEventListener("change", () => replaceChildren(output));

  return [
    h(
      "section",
      { class: "documents-group", "aria-labelledby": "dokumente-zur-sitzung" },
      h("h3", { id: "dokumente-zur-sitzung" }, "Zu einer Sitzung"),
      meetingRow,
      h("div", { class: "button-row" }, button("protokoll"), button("einladung"), button("protokollversand"), minutesInput),
      h(
        "p",
        { class: "hint small" },
        "Protokoll: Word-Formular zum Mitschreiben. Einladung: Serienbrief und Mail-Entwürfe mit Kalendereinladung. Protokollversand: fragt nach dem fertigen Protokoll (.docx oder .pdf) und hängt es unverändert an die Mail-Entwürfe.",
      ),
    ),
    h(
      "section",
      { class: "documents-group", "aria-labelledby": "dokumente-zum-jahr" },
      h("h3", { id: "dokumente-zum-jahr" }, "Zu einem Jahr"),
      body?.field ?? "",
      yearRow,
      h("p", { class: "hint small" }, `Jahresplanung: Brief mit allen Terminen des Jahres${body ? " (aller Gremien oder des gewählten, dann an dessen Mitglieder)" : ""} und Mail-Entwürfe mit einer Kalenderdatei.`),
    ),
    output,
  ];
}

/** A screen reader hears the progress at most this often (each update would interrupt the user). */
const ANNOUNCE_EVERY_MS = 5000;

/**
 * The progress of a run, right below the clicked button: what is being done, a bar for the mail
 * drafts and "Abbrechen", which ends the worker. Screen readers hear the start and then at most
 * every ANNOUNCE_EVERY_MS.
 */
function progressBox(button: HTMLButtonElement, context: ViewContext, cancel: () => void): { update(progress: ProgressReply): void; remove(): void } {
  const text = h("p", { class: "progress-text", id: "dokumente-fortschritt-text" }, h("span", { class: "spinner", "aria-hidden": "true" }));
  const label = h("span", {});
  text.append(label);
  const bar = h("progress", { id: "dokumente-fortschritt", "aria-labelledby": "dokumente-fortschritt-text" });
  const stop = h("button", { type: "button", class: "secondary" }, "Abbrechen");
  stop.addEventListener("click", () => {
    cancel();
    // The focus was on "Abbrechen", which goes away with the box: the result takes it.
  });
  const box = h("div", { class: "progress" }, text, bar, h("div", { class: "button-row" }, stop));
  (button.closest(".button-row, .form-row") ?? button).after(box);
  let lastAnnounced = 0;
  return {
    update({ text: what, done, total }) {
      label.textContent = what;
      if (done === undefined || total === undefined) {
        bar.removeAttribute("value");
      } else {
        bar.max = total;
        bar.value = done;
      }
      // In a short pane the box may start below the fold: with its first text it comes into view, "Abbrechen" included.
      if (lastAnnounced === 0) box.scrollIntoView({ block: "nearest" });
      const now = Date.now();
      if (lastAnnounced === 0 || now - lastAnnounced >= ANNOUNCE_EVERY_MS) {
        lastAnnounced = now;
        context.announce(what);
      }
    },
    remove: () => box.remove(),
  };
}

interface RunUi {
  readonly output: HTMLElement;
  /** The clicked button: the progress shows below it. */
  readonly button: HTMLButtonElement;
}

/** What the pickers name: a meeting, a year and, with Gremien, the Gremium of the year schedule (`null`: all). */
interface Target {
  readonly nr: string;
  readonly year: number;
  readonly body: string | null;
}

/** Reads the registers afresh, lets the worker make the file, downloads it and reports. */
async function make(action: DocumentAction, target: Target, loaded: Loaded, context: ViewContext, ui: RunUi, minutesFile?: File): Promise<void> {
  replaceChildren(ui.output);
  const controller = new AbortController();
  const progress = progressBox(ui.button, context, () => controller.abort());
  try {
    progress.update({ type: "progress", text: "Register werden gelesen …" });
    const grids = await context.store.read();
    const minutes = minutesFile === undefined ? undefined : { fileName: minutesFile.name, bytes: new Uint8Array(await minutesFile.arrayBuffer()) };
    if (controller.signal.aborted) return showResult(ui.output, message("info", CANCELLED));
    const reply = await askDocumentsWorker(
      {
        type: "make",
        action,
        grids,
        ...(action === "jahresplanung" ? { year: target.year, ...(target.body === null ? {} : { body: target.body }) } : { nr: target.nr }),
        template: action === "protokollversand" ? undefined : loaded.templates.get(ACTION_TEMPLATE[action])?.bytes,
        ...(minutes === undefined ? {} : { minutesFile: minutes }),
        today: todayInGermany(),
        stamp: new Date().toISOString(),
      },
      progress.update,
      controller.signal,
    );
    progress.remove();
    if (reply.type === "cancelled") return showResult(ui.output, message("info", CANCELLED));
    if (reply.type !== "done") return showResult(ui.output, messageAlert(reply.type === "failed" ? reply.message : "Die Dateien konnten nicht erstellt werden."));
    downloadFile(reply.result.file);
    const mark = action === "einladung" ? markInvitedButton(grids, target.nr, context) : null;
    showResult(
      ui.output,
      message("success", doneMessage(action, reply.result)),
      mark,
      reply.result.findings.length > 0 &&
        h(
          "section",
          { class: "plan-findings", "aria-labelledby": "dokumente-befunde" },
          h("h3", { id: "dokumente-befunde" }, `${countText(reply.result.findings.length, "Hinweis", "Hinweise")} zu den Registern`),
          findingList(reply.result.findings, context, "h4"),
        ),
    );
  } finally {
    progress.remove();
  }
}

const CANCELLED = "Abgebrochen. Es wurde keine Datei erstellt.";

function doneMessage(action: DocumentAction, { file, mails }: DocumentResult): string {
  if (action === "protokoll") return `„${file.name}“ wurde heruntergeladen. Öffnen Sie die Datei in Word, um das Protokoll zu schreiben.`;
  const contents = MAILING_CONTENTS[action](countText(mails, "Mail-Entwurf", "Mail-Entwürfe"));
  return `„${file.name}“ wurde heruntergeladen: ${contents}. Entpacken Sie die ZIP-Datei; jeder Mail-Entwurf (.eml) öffnet sich mit Doppelklick in Outlook, wo Sie ihn prüfen und senden.`;
}

/**
 * "Als eingeladen markieren" for the meeting of an invitation just made, while it is still
 * `geplant`: writes only its Status cell, checked against the row as read for the invitation.
 */
function markInvitedButton(grids: WorkbookGrids, nr: string, context: ViewContext): HTMLElement | null {
  const meeting = meetingByNr(readRegisters(grids).registers.meetings, nr);
  if (meeting?.status !== "geplant") return null;
  const button = h("button", { type: "button", class: "secondary" }, "Als eingeladen markieren");
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(button, output, async () => {
      const place = meetingStatusCell(grids, nr);
      if (place === null) {
        showResult(output, message("error", `Die Sitzung „${nr}“ oder ihre Spalte „Status“ fehlt im Blatt „Sitzungen“. Bitte prüfen Sie das Blatt und erstellen Sie die Einladung erneut.`));
        return;
      }
      await context.store.setMeetingStatus(place, "eingeladen");
      const what = `Die Sitzung ${place.nr} ist im Blatt „${place.sheet}“ als „eingeladen“ markiert (Zelle ${place.statusCell}).`;
      // Marked once is enough: the button goes, the message stays.
      button.remove();
      showResult(output, writtenResult(what, { sheet: place.sheet, cell: place.statusCell }, `setzen Sie den Status bei Bedarf von Hand zurück auf „geplant“.`, context));
    }),
  );
  return h("div", { class: "actions" }, button, h("p", { class: "hint small" }, `Setzt den Status der Sitzung ${nr} im Blatt „Sitzungen“ auf „eingeladen“, sobald die Einladungen verschickt sind.`), output);
}

/**
 * Excel on Mac and iPad: first what a colleague can do there (Word, Excel im Web), then, folded
 * away "Für die IT", why (WebKit, office-js #2700) and the command-line commands.
 */
function macNotice(commands: HTMLElement): HTMLElement {
  return h(
    "div",
    { class: "mac-notice", id: "dokumente-mac" },
    message(
      "info",
      "Auf dem Mac und dem iPad kann Excel hier keine Dateien speichern. So erhalten Sie die Dokumente:",
      h(
        "ul",
        {},
        h("li", {}, h("strong", {}, "In Word: "), "den Allianz-Planer in Word öffnen, unter „Register“ diese Arbeitsmappe wählen und unter „Dokumente“ Protokoll, Einladung oder Jahresplanung erstellen."),
        h("li", {}, h("strong", {}, "In Excel im Web: "), "die Arbeitsmappe im Browser öffnen (OneDrive oder SharePoint) und dort Allianz-Planer › Dokumente wählen; dort gibt es auch die Mail-Entwürfe."),
      ),
    ),
    h(
      "details",
      { class: "for-it" },
      h("summary", {}, "Für die IT"),
      h("p", { class: "small" }, "Excel für Mac und iPad lässt Add-ins keine Downloads starten (eine Einschränkung von Apples WebKit, bei Microsoft bekannt als office-js #2700). Die folgenden Befehle der Kommandozeile erstellen alle Dateien samt Mail-Entwürfen in einem Ordner; „Register.xlsx“ steht für den Pfad dieser gespeicherten Arbeitsmappe."),
      commands,
    ),
  );
}

/** The CLI commands that make what the buttons would, for the chosen meeting and year. */
function cliCommands({ nr, year, body }: Target): HTMLElement[] {
  const meeting = shellWord(nr);
  const commands: [string, string][] = [
    ["Protokoll", `npx allianz protokoll Register.xlsx --sitzung ${meeting}`],
    ["Einladung", `npx allianz versand Register.xlsx --art einladung --sitzung ${meeting}`],
    ["Protokollversand", `npx allianz versand Register.xlsx --art protokoll --sitzung ${meeting} --datei Protokoll_${meeting}.docx`],
    ["Jahresplanung", `npx allianz versand Register.xlsx --art jahresplanung --jahr ${year}${body === null ? "" : ` --gremium ${shellWord(body)}`}`],
  ];
  return commands.map(([label, command]) => h("div", { class: "command" }, h("p", { class: "command-label" }, label), h("pre", {}, h("code", {}, command))));
}

/** A Nr as one shell word: as it is when it is plain, else in single quotes. */
function shellWord(text: string): string {
  return /^[\w.-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** The worker's German error message, whose lines starting with "– " (a template's problems) become a list. */
function messageAlert(message: string): HTMLElement {
  const [first, ...rest] = message.split("\n");
  return problemAlert(first, rest.map((line) => line.replace(/^– /, "")));
}

/** Per kind: which template is used, "Eigene Vorlage wählen" and "Standardvorlage verwenden". */
function templateSection(loaded: Loaded, context: ViewContext): HTMLElement {
  return h(
    "section",
    { class: "documents-group templates", "aria-labelledby": "dokumente-vorlagen" },
    h("h3", { id: "dokumente-vorlagen" }, "Vorlagen"),
    h("p", { class: "hint small" }, "Eine eigene Vorlage (z. B. mit Ihrem Briefkopf) wird geprüft und in dieser Arbeitsmappe gespeichert, so dass sie mit der Datei weitergegeben wird. Die Felder, die eine Vorlage verwenden kann, nennt die Anleitung."),
    ...TEMPLATE_KINDS.map((kind) => templateRow(kind, loaded, context)),
  );
}

function templateRow(kind: TemplateKind, loaded: Loaded, context: ViewContext): HTMLElement {
  const label = TEMPLATE_KIND_LABELS[kind];
  const status = h("span", { class: "template-status", id: `vorlage-${kind}-status` });
  const input = h("input", { type: "file", accept: DOCX_ACCEPT, hidden: true, tabindex: -1, "aria-hidden": "true" });
  const choose = h("button", { type: "button", class: "secondary", "aria-describedby": `vorlage-${kind}-titel vorlage-${kind}-status` }, "Eigene Vorlage wählen");
  const reset = h("button", { type: "button", class: "secondary", "aria-describedby": `vorlage-${kind}-titel` }, "Standardvorlage verwenden");
  const output = h("div", { class: "output" });
  const show = () => {
    const own = loaded.templates.get(kind);
    status.textContent = own ? `Vorlage: Eigene (${own.fileName})` : "Vorlage: Standard";
    reset.hidden = !own;
  };
  show();

  choose.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it in Word) is a change.
    input.value = "";
    if (!file) return;
    void runAction(choose, output, async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      replaceChildren(output, h("p", { class: "hint" }, `„${file.name}“ wird geprüft …`));
      const reply = await askDocumentsWorker({ type: "check", kind, bytes }, () => undefined);
      if (reply.type !== "checked" || reply.problems.length > 0) {
        const problems = reply.type === "checked" ? reply.problems : [];
        const message =
          reply.type === "failed"
            ? reply.message
            : `„${file.name}“ wurde nicht gespeichert: die Vorlage für „${label}“ hat ${countText(problems.length, "Problem", "Probleme")}. Bitte in Word korrigieren und die Datei erneut wählen.`;
        showResult(output, reply.type === "failed" ? messageAlert(message) : problemAlert(message, problems));
        return;
      }
      const template: StoredTemplate = { kind, fileName: file.name, bytes };
      await context.store.saveTemplate(template);
      loaded.templates.set(kind, template);
      show();
      const message = `„${file.name}“ ist jetzt die Vorlage für „${label}“. Sie ist in dieser Arbeitsmappe hinterlegt und gilt für alle, die die gespeicherte Datei öffnen.`;
      showResult(output, h("p", { class: "message message-success" }, message));
    });
  });
  reset.addEventListener("click", () =>
    runAction(reset, output, async () => {
      await context.store.removeTemplate(kind);
      loaded.templates.delete(kind);
      show();
      const message = `Für „${label}“ gilt wieder die Standardvorlage.`;
      showResult(output, h("p", { class: "message message-success" }, message));
    }),
  );

  return h(
    "div",
    { class: "template-row" },
    h("p", { class: "template-title" }, h("strong", { id: `vorlage-${kind}-titel` }, label), " ", status),
    h("div", { class: "button-row" }, choose, reset),
    input,
    output,
  );
}
