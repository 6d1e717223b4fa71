import type { WorkbookGrids } from "../domain/grid";
import { meetingByNr } from "../domain/meetingChoice";
import { readRegisters } from "../domain/readRegisters";
import type { Located, Meeting } from "../domain/registers";
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
import { meetingPicker, yearPicker, type TargetMemory } from "./targetPicker";
import { problemAlert, runAction, viewSection, type View, type ViewContext } from "./view";

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
  readonly templates: Map<TemplateKind, StoredTemplate>;
}

export const documentsView: View = (context) => {
  const section = viewSection(
    "dokumente",
    "Dokumente",
    "Füllt die Word-Vorlagen mit den Angaben der Register und stellt Mail-Entwürfe zusammen. Alles entsteht auf diesem Rechner; verschickt wird nichts.",
  );
  const body = h("div", { class: "output", "aria-busy": "true" }, h("p", { class: "hint" }, "Die Sitzungen werden gelesen …"));
  section.append(body);
  load(context).then(
    (loaded) => {
      body.removeAttribute("aria-busy");
      replaceChildren(body, ...content(loaded, context));
    },
    (error: unknown) => {
      body.removeAttribute("aria-busy");
      replaceChildren(body, h("p", { class: "message message-error", role: "alert" }, errorMessage(error)));
    },
  );
  return section;
};

async function load(context: ViewContext): Promise<Loaded> {
  const [grids, templates] = await Promise.all([context.store.read(), context.store.loadTemplates()]);
  return { meetings: readRegisters(grids).registers.meetings, templates: new Map(templates.map((t) => [t.kind, t])) };
}

function content(loaded: Loaded, context: ViewContext): HTMLElement[] {
  const downloads = canDownload();
  const templates = templateSection(loaded, context);
  if (loaded.meetings.length === 0) {
    return [h("p", { class: "message message-info" }, "Im Blatt „Sitzungen“ steht noch keine Sitzung. Planen Sie zuerst mit „Nächstes Jahr planen“ oder tragen Sie eine Sitzung ein."), templates];
  }
  const memory: TargetMemory = { nr: null, year: null };
  const { field: meetingRow, select: meetingSelect } = meetingPicker("dokumente-sitzung", loaded.meetings, memory);
  const { field: yearRow, select: yearSelect } = yearPicker("dokumente-jahr", loaded.meetings, memory);
  const target = () => ({ nr: meetingSelect.value, year: Number(yearSelect.value) });

  if (!downloads) {
    const commands = h("div", { class: "commands" });
    const showCommands = () => replaceChildren(commands, ...cliCommands(target()));
    showCommands();
    meetingSelect.addEventListener("change", showCommands);
    yearSelect.addEventListener("change", showCommands);
    return [
      macNotice(),
      h("section", { class: "documents-group", "aria-labelledby": "dokumente-befehle" }, h("h3", { id: "dokumente-befehle" }, "Befehle für die Kommandozeile"), meetingRow, yearRow, commands),
      templates,
    ];
  }

  const output = h("div", { class: "output" });
  const progressText = h("p", { id: "dokumente-fortschritt-text", class: "progress-text", "aria-live": "polite" });
  const progressBar = h("progress", { id: "dokumente-fortschritt", "aria-labelledby": "dokumente-fortschritt-text", hidden: true });
  const buttons: HTMLButtonElement[] = [];
  const run = async (action: DocumentAction, b: HTMLButtonElement, minutesFile?: File) => {
    await runAction(b, output, async () => {
      for (const other of buttons) other.disabled = true;
      try {
        await make(action, target(), loaded, context, { output, progressText, progressBar }, minutesFile);
      } finally {
        for (const other of buttons) other.disabled = false;
        progressBar.hidden = true;
        progressText.textContent = "";
      }
    });
    // A disabled button loses the focus; a keyboard user goes on from the button just used.
    if (document.activeElement === document.body) b.focus();
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
    b.addEventListener("click", () => minutesInput.click());
    minutesInput.addEventListener("change", () => {
      const file = minutesInput.files?.[0];
      // Cleared, so that choosing the same file again is a change.
      minutesInput.value = "";
      if (file) void run(action, b, file);
    });
    return b;
  };
  const minutesInput = h("input", { type: "file", accept: MINUTES_ACCEPT, hidden: true, tabindex: -1, "aria-hidden": "true", id: "dokumente-protokolldatei" });
  yearRow.append(button("jahresplanung"));
  // A result (and its "Als eingeladen markieren") belongs to the meeting or year it was made for.
  meetingSelect.addEventListener("change", () => replaceChildren(output));
  yearSelect.addEventListener("change", () => replaceChildren(output));

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
      yearRow,
      h("p", { class: "hint small" }, "Jahresplanung: Brief mit allen Terminen des Jahres und Mail-Entwürfe mit einer Kalenderdatei."),
    ),
    h("div", { class: "progress" }, progressText, progressBar),
    output,
    templates,
  ];
}

interface ProgressUi {
  readonly output: HTMLElement;
  readonly progressText: HTMLElement;
  readonly progressBar: HTMLProgressElement;
}

/** Reads the registers afresh, lets the worker make the file, downloads it and reports. */
async function make(action: DocumentAction, target: { nr: string; year: number }, loaded: Loaded, context: ViewContext, ui: ProgressUi, minutesFile?: File): Promise<void> {
  replaceChildren(ui.output);
  const showProgress = ({ text, done, total }: ProgressReply) => {
    ui.progressText.textContent = text;
    ui.progressBar.hidden = false;
    if (done === undefined || total === undefined) {
      ui.progressBar.removeAttribute("value");
    } else {
      ui.progressBar.max = total;
      ui.progressBar.value = done;
    }
  };
  showProgress({ type: "progress", text: "Register werden gelesen …" });
  const grids = await context.store.read();
  const minutes = minutesFile === undefined ? undefined : { fileName: minutesFile.name, bytes: new Uint8Array(await minutesFile.arrayBuffer()) };
  const reply = await askDocumentsWorker(
    {
      type: "make",
      action,
      grids,
      ...(action === "jahresplanung" ? { year: target.year } : { nr: target.nr }),
      template: action === "protokollversand" ? undefined : loaded.templates.get(ACTION_TEMPLATE[action])?.bytes,
      ...(minutes === undefined ? {} : { minutesFile: minutes }),
      today: todayInGermany(),
      stamp: new Date().toISOString(),
    },
    showProgress,
  );
  if (reply.type !== "done") {
    const message = reply.type === "failed" ? reply.message : "Die Dateien konnten nicht erstellt werden.";
    replaceChildren(ui.output, messageAlert(message));
    context.announce(message.split("\n")[0]);
    return;
  }
  downloadFile(reply.result.file);
  const message = doneMessage(action, reply.result);
  const mark = action === "einladung" ? markInvitedButton(grids, target.nr, context) : null;
  replaceChildren(
    ui.output,
    h("p", { class: "message message-success" }, message),
    mark,
    reply.result.findings.length > 0 &&
      h(
        "section",
        { class: "plan-findings", "aria-labelledby": "dokumente-befunde" },
        h("h3", { id: "dokumente-befunde" }, `${countText(reply.result.findings.length, "Hinweis", "Hinweise")} zu den Registern`),
        findingList(reply.result.findings, context, "h4"),
      ),
  );
  // The result is below both groups of buttons: bring it into view in a short pane.
  ui.output.scrollIntoView({ block: "nearest" });
  context.announce(message);
}

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
        replaceChildren(output, h("p", { class: "message message-error", role: "alert" }, `Die Sitzung „${nr}“ oder ihre Spalte „Status“ fehlt im Blatt „Sitzungen“. Bitte prüfen Sie das Blatt und erstellen Sie die Einladung erneut.`));
        return;
      }
      await context.store.setMeetingStatus(place, "eingeladen");
      const message = `Die Sitzung ${place.nr} ist im Blatt „${place.sheet}“ als „eingeladen“ markiert (Zelle ${place.statusCell}).`;
      // Marked once is enough: the button goes, the message stays.
      button.remove();
      replaceChildren(output, h("p", { class: "message message-success" }, message));
      context.announce(message);
    }),
  );
  return h("div", { class: "actions" }, button, h("p", { class: "hint small" }, `Setzt den Status der Sitzung ${nr} im Blatt „Sitzungen“ auf „eingeladen“, sobald die Einladungen verschickt sind.`), output);
}

/** Excel on Mac and iPad: why there are no buttons here, and what works instead. */
function macNotice(): HTMLElement {
  return h(
    "div",
    { class: "message message-info", id: "dokumente-mac" },
    h("p", {}, "Excel für Mac und iPad kann aus Add-ins keine Dateien speichern (eine Einschränkung von Apples WebKit, bei Microsoft bekannt als office-js #2700). Darum gibt es hier keine Schaltflächen zum Herunterladen. So erhalten Sie die Dokumente:"),
    h(
      "ul",
      {},
      h("li", {}, h("strong", {}, "Excel im Web: "), "die Arbeitsmappe im Browser öffnen (OneDrive oder SharePoint) und dort Allianz-Planer › Dokumente wählen."),
      h("li", {}, h("strong", {}, "Word: "), "den Allianz-Planer in Word öffnen, unter „Register laden“ diese Arbeitsmappe wählen und unter „Dokumente“ Protokoll, Einladung oder Jahresplanung als Word-Dokument erstellen."),
      h("li", {}, h("strong", {}, "Kommandozeile: "), "die folgenden Befehle erstellen alle Dateien samt Mail-Entwürfen in einem Ordner. „Register.xlsx“ steht für den Pfad dieser Arbeitsmappe; speichern Sie sie vorher."),
    ),
  );
}

/** The CLI commands that make what the buttons would, for the chosen meeting and year. */
function cliCommands({ nr, year }: { nr: string; year: number }): HTMLElement[] {
  const meeting = shellWord(nr);
  const commands: [string, string][] = [
    ["Protokoll", `npx allianz protokoll Register.xlsx --sitzung ${meeting}`],
    ["Einladung", `npx allianz versand Register.xlsx --art einladung --sitzung ${meeting}`],
    ["Protokollversand", `npx allianz versand Register.xlsx --art protokoll --sitzung ${meeting} --datei Protokoll_${meeting}.docx`],
    ["Jahresplanung", `npx allianz versand Register.xlsx --art jahresplanung --jahr ${year}`],
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
        replaceChildren(output, reply.type === "failed" ? messageAlert(message) : problemAlert(message, problems));
        context.announce(message);
        return;
      }
      const template: StoredTemplate = { kind, fileName: file.name, bytes };
      await context.store.saveTemplate(template);
      loaded.templates.set(kind, template);
      show();
      const message = `„${file.name}“ ist jetzt die Vorlage für „${label}“. Sie ist in dieser Arbeitsmappe hinterlegt und gilt für alle, die die gespeicherte Datei öffnen.`;
      replaceChildren(output, h("p", { class: "message message-success" }, message));
      context.announce(message);
    });
  });
  reset.addEventListener("click", () =>
    runAction(reset, output, async () => {
      await context.store.removeTemplate(kind);
      loaded.templates.delete(kind);
      show();
      choose.focus();
      const message = `Für „${label}“ gilt wieder die Standardvorlage.`;
      replaceChildren(output, h("p", { class: "message message-success" }, message));
      context.announce(message);
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
