import { h, replaceChildren } from "../dom";
import { wordErrorMessage } from "./wordErrorMessage";
import { WORD_VIEWS, type WordView, type WordViewContext, type WordViewName } from "./wordView";

/** Navigation labels of the Word views. */
const LABELS: Record<WordViewName, string> = {
  register: "Register laden",
  dokumente: "Dokumente",
  vorlage: "Vorlage füllen",
  feld: "Feld einfügen",
  versand: "Protokoll versenden",
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
  const buttons = new Map(WORD_VIEWS.map((name) => [name, h("button", { type: "button", "data-view": name }, LABELS[name])]));
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
    } catch (error) {
      replaceChildren(main, h("p", { class: "message message-error", role: "alert" }, wordErrorMessage(error)));
    }
  };
  for (const [name, button] of buttons) button.addEventListener("click", () => void show(name, true));
  void show("register", false);
}
