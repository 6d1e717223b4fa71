import "./zodConfig";
import { ExcelRegisterStore } from "../workbook/excelStore";
import { h, replaceChildren } from "./dom";
import { startView } from "./startView";
import { applyTheme, followTheme } from "./theme";
import { retryMessage, VIEW_LOAD_FAILED, type View, type ViewContext, type ViewName } from "./view";

/**
 * The requirement sets each host needs (README „Unterstützte Office-Versionen“): Excel up to 1.12
 * (filters, worksheet functions for the date system), Word createDocument. The manifest can only
 * require what both hosts have, so each is checked here.
 */
const EXCEL_API = "1.12";
const WORD_API = "1.3";
/** What to use instead, in the refusal of a too old host. */
const SUPPORTED_OFFICE = "Microsoft 365, Office LTSC 2024, Office für Mac (aktuelle Version) oder Office im Web";

/** Office starts an add-in within a second or two; after this long something is wrong, and the user gets a way out. */
const START_TIMEOUT_MS = 8000;

/** The actions; each view is loaded on first use so the initial bundle stays small. */
const VIEWS: Record<ViewName, () => Promise<View>> = {
  einrichten: () => import(/* webpackChunkName: "einrichten" */ /* webpackPrefetch: true */ "./setUpView").then((m) => m.setUpView),
  pruefen: () => import(/* webpackChunkName: "pruefen" */ /* webpackPrefetch: true */ "./checkView").then((m) => m.checkView),
  planen: () => import(/* webpackChunkName: "planen" */ /* webpackPrefetch: true */ "./planView").then((m) => m.planView),
  sitzungen: () => import(/* webpackChunkName: "sitzungen" */ "./meetingView").then((m) => m.meetingView),
  // Not prefetched: it is used now and then, and its worker brings the Word template libraries.
  dokumente: () => import(/* webpackChunkName: "dokumente" */ "./documentsView").then((m) => m.documentsView),
};

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Element ${selector} fehlt in taskpane.html.`);
  return found;
}

function show(main: HTMLElement, content: HTMLElement, focus: HTMLElement | null): void {
  replaceChildren(main, content);
  focus?.focus();
}

function start(): void {
  const main = element<HTMLElement>("#inhalt");
  const status = element<HTMLElement>("#status");
  const navButtons = [...document.querySelectorAll<HTMLButtonElement>(".app-nav button[data-view]")];
  const open = async (name: ViewName, focus: boolean) => {
    for (const button of navButtons) button.toggleAttribute("aria-current", false);
    navButtons.find((b) => b.dataset.view === name)?.setAttribute("aria-current", "page");
    status.textContent = "";
    try {
      const section = (await VIEWS[name]())(context);
      show(main, section, focus ? section.querySelector<HTMLElement>("h2") : null);
    } catch {
      // A view's script did not arrive (network, proxy, an update of the add-in meanwhile).
      const box = retryMessage(VIEW_LOAD_FAILED, () => void open(name, true));
      show(main, box, box);
    }
  };
  const context: ViewContext = {
    store: new ExcelRegisterStore(),
    announce: (text) => {
      status.textContent = text;
    },
    show: (name) => void open(name, true),
  };
  for (const button of navButtons) {
    button.disabled = false;
    button.addEventListener("click", () => void open(button.dataset.view as ViewName, true));
  }
  show(main, startView(context), null);
}

function refuse(text: string): void {
  replaceChildren(element<HTMLElement>("#inhalt"), h("div", { class: "message message-warning", role: "alert" }, h("p", {}, text)));
}

/** The pane was opened, but Office never said it is ready (or office.js did not load at all). */
function startFailed(): void {
  const box = retryMessage(
    "Office hat den Allianz-Planer nicht gestartet. Prüfen Sie die Internetverbindung (Office lädt einen Teil des Add-ins aus dem Internet) und versuchen Sie es erneut. Hilft das nicht, schließen Sie Excel bzw. Word und öffnen Sie die Datei neu.",
    () => location.reload(),
  );
  replaceChildren(element<HTMLElement>("#inhalt"), box);
  box.focus();
}

/** The Word pane, loaded only in Word (it brings exceljs to read the register file). */
function startWord(): void {
  import(/* webpackChunkName: "word" */ "./word/wordPane").then(
    (m) => m.startWordPane(element<HTMLElement>("#inhalt"), element<HTMLElement>(".app-nav"), element<HTMLElement>("#status")),
    () => {
      const box = retryMessage("Der Allianz-Planer konnte nicht vollständig geladen werden – vermutlich war die Verbindung kurz unterbrochen.", () => location.reload());
      replaceChildren(element<HTMLElement>("#inhalt"), box);
      box.focus();
    },
  );
}

followTheme();
if (typeof Office === "undefined") {
  startFailed();
} else {
  const watchdog = setTimeout(startFailed, START_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(watchdog);
    // guard.js found this webview too old and says so; the bundle leaves its message alone.
    if (document.documentElement.hasAttribute("data-veraltet")) return;
    applyTheme();
    if (info.host === Office.HostType.Word) {
      if (Office.context.requirements.isSetSupported("WordApi", WORD_API)) startWord();
      else refuse(`Diese Word-Version ist für den Allianz-Planer zu alt. Verwenden Sie ${SUPPORTED_OFFICE}.`);
    } else if (info.host !== Office.HostType.Excel) {
      refuse("Der Allianz-Planer läuft in Excel und Word. Öffnen Sie die Register-Arbeitsmappe in Excel (Start › Register & Planung) oder ein Dokument in Word.");
    } else if (!Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API)) {
      refuse(`Diese Excel-Version ist für den Allianz-Planer zu alt. Verwenden Sie ${SUPPORTED_OFFICE}.`);
    } else {
      start();
    }
  });
}
