import "./zodConfig";
import { ExcelRegisterStore } from "../workbook/excelStore";
import { h, replaceChildren } from "./dom";
import { errorMessage } from "./errorMessage";
import { startView } from "./startView";
import type { View, ViewContext } from "./view";

/**
 * The requirement sets each host needs (README „Unterstützte Office-Versionen“): Excel up to 1.12
 * (filters, worksheet functions for the date system), Word createDocument. The manifest can only
 * require what both hosts have, so each is checked here.
 */
const EXCEL_API = "1.12";
const WORD_API = "1.3";
/** What to use instead, in the refusal of a too old host. */
const SUPPORTED_OFFICE = "Microsoft 365, Office LTSC 2024, Office für Mac (aktuelle Version) oder Office im Web";

/** The actions; each view is loaded on first use so the initial bundle stays small. */
const VIEWS: Record<string, () => Promise<View>> = {
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

function showView(view: View, context: ViewContext, main: HTMLElement, focus: boolean): void {
  const section = view(context);
  replaceChildren(main, section);
  if (focus) section.querySelector<HTMLElement>("h2")?.focus();
}

function start(): void {
  const main = element<HTMLElement>("#inhalt");
  const status = element<HTMLElement>("#status");
  const navButtons = [...document.querySelectorAll<HTMLButtonElement>(".app-nav button[data-view]")];
  const context: ViewContext = {
    store: new ExcelRegisterStore(),
    announce: (message) => {
      status.textContent = message;
    },
  };
  for (const button of navButtons) {
    button.disabled = false;
    button.addEventListener("click", async () => {
      for (const other of navButtons) other.toggleAttribute("aria-current", false);
      button.setAttribute("aria-current", "page");
      status.textContent = "";
      try {
        showView(await VIEWS[button.dataset.view ?? ""](), context, main, true);
      } catch (error) {
        replaceChildren(main, h("p", { class: "message message-error", role: "alert" }, errorMessage(error)));
      }
    });
  }
  showView(startView, context, main, false);
}

function refuse(message: string): void {
  replaceChildren(element<HTMLElement>("#inhalt"), h("p", { class: "message message-warning", role: "alert" }, message));
}

/** The Word pane, loaded only in Word (it brings exceljs to read the register file). */
function startWord(): void {
  import(/* webpackChunkName: "word" */ "./word/wordPane").then(
    (m) => m.startWordPane(element<HTMLElement>("#inhalt"), element<HTMLElement>(".app-nav"), element<HTMLElement>("#status")),
    () => refuse("Der Allianz-Planer konnte nicht vollständig geladen werden. Schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut."),
  );
}

Office.onReady((info) => {
  // guard.js found this webview too old and says so; the bundle leaves its message alone.
  if (document.documentElement.hasAttribute("data-veraltet")) return;
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
