import { h, replaceChildren } from "../dom";
import { retryMessage, VIEW_LOAD_FAILED } from "../view";
import { WORD_VIEWS, type WordView, type WordViewContext, type WordViewName } from "./wordView";

/** Navigation labels of the Word views: short (at most 12 characters), the title says the whole action. */
const LABELS: Record<WordViewName, { label: string; title: string }> = {
  register: { label: "Register", title: "Register laden" },
  dokumente: { label: "Dokumente", title: "Dokumente erstellen" },
  vorlage: { label: "Vorlage", title: "Dieses Dokument als Vorlage füllen" },
  feld: { label: "Felder", title: "Feld einfügen" },
  versand: { label: "Versand", title: "Protokoll versenden" },
};

/** Each view is loaded on first use: exceljs only for "Register laden", docxtemplater only for the documents. */
const VIEWS: Record<WordViewName, () => Promise<WordView>> = {
  register: () => import(/* webpackChunkName: "word-register" */ "./registerView").then((m) => m.registerView),
  dokumente: () => import(/* webpackChunkName: "word-dokumente" */ "./createView").then((m) => m.createView),
  vorlage: () => import(/* webpackChunkName: "word-vorlage" */ "./fillView").then((m) => m.fillView),
  feld: () => import(/* webpackChunkName: "word-feld" */ "./fieldView").then((m) => m.fieldView),
  versand: () => import(/* webpackChunkName: "word-versand" */ "./minutesMailView").then((m) => m.minutesMailView),
};

/**
 * The task pane in Word: replaces the Excel navigation with the Word views and starts with
 * "Register laden". `main` shows the views, `nav` holds their buttons, `status` is the live region.
 */
export function startWordPane(main: HTMLElement, nav: HTMLElement, status: HTMLElement): void {
  document.head.append(h("link", { rel: "stylesheet", href: "word.css" }));
  const buttons = new Map(WORD_VIEWS.map((name) => [name, h("button", { type: "button", "data-view": name, title: LABELS[name].title }, LABELS[name].label)]));
  replaceChildren(nav, h("ul", {}, ...[...buttons.values()].map((button) => h("li", {}, button))));

  const context: WordViewContext = {
    session: { loaded: null, nr: null, year: null },
    announce: (message) => {
      status.textContent = message;
    },
    show: (name) => void show(name, true),
  };
  const show = async (name: WordViewName, focus: boolean) => {
    for (const [other, button] of buttons) {
      if (other === name) button.setAttribute("aria-current", "page");
      else button.removeAttribute("aria-current");
    }
    status.textContent = "";
    try {
      const section = (await VIEWS[name]())(context);
      replaceChildren(main, section);
      if (focus) section.querySelector<HTMLElement>("h2")?.focus();
    } catch {
      // A view's script did not arrive (network, proxy, an update of the add-in meanwhile).
      const box = retryMessage(VIEW_LOAD_FAILED, () => void show(name, true));
      replaceChildren(main, box);
      box.focus();
    }
  };
  for (const [name, button] of buttons) button.addEventListener("click", () => void show(name, true));
  void show("register", false);
}
