import type { ExcelRegisterStore } from "../workbook/excelStore";
import { errorMessage } from "./errorMessage";
import { h, replaceChildren } from "./dom";

/** What the task pane needs from the workbook: the register store plus the Excel-only commands. */
export type TaskpaneStore = Pick<
  ExcelRegisterStore,
  "read" | "append" | "update" | "setUp" | "select" | "highlight" | "setMeetingStatus" | "loadTemplates" | "saveTemplate" | "removeTemplate"
>;

/** The four views of the navigation. */
export type ViewName = "einrichten" | "pruefen" | "planen" | "dokumente" | "sitzungen";

/** Handed to every view. */
export interface ViewContext {
  readonly store: TaskpaneStore;
  /**
   * Tells screen readers what happened where the focus stays (a cell selected, progress). A
   * result the focus moves to (see `showResult`) is read out by the focus, not announced again.
   */
  announce(message: string): void;
  /** Switches to another view, as its navigation button does. */
  show(view: ViewName): void;
}

/** A view builds its section; the navigation puts it into `main` and focuses its heading. */
export type View = (context: ViewContext) => HTMLElement;

/**
 * The section every view starts with: a focusable heading, the view's primary action right below
 * it (so that it is in sight without scrolling in a short pane or at 200 %), then a short explanation.
 */
export function viewSection(id: string, title: string, explanation: string, ...actions: HTMLElement[]): HTMLElement {
  return h(
    "section",
    { class: "view", id, "aria-labelledby": `${id}-titel` },
    h("h2", { id: `${id}-titel`, tabindex: -1 }, title),
    actions.length > 0 && h("div", { class: "view-actions" }, ...actions),
    h("p", { class: "hint" }, explanation),
  );
}

export type MessageKind = "error" | "warning" | "success" | "info";

/** A message box; its kind is shown by an icon and a word (CSS), not by its colour alone. */
export function message(kind: MessageKind, ...content: (HTMLElement | string | false | null)[]): HTMLElement {
  return h("div", { class: `message message-${kind}` }, ...content.map((part) => (typeof part === "string" ? h("p", {}, part) : part)));
}

/** An error with what to correct: what happened and what to do, then each item as a list item. */
export function problemAlert(summary: string, items: readonly string[]): HTMLElement {
  return message("error", summary, items.length > 0 && h("ul", { class: "problem-list" }, ...items.map((item) => h("li", {}, item))));
}

/**
 * Shows an action's result in `output`, scrolls it to the top of the pane and moves the focus to
 * its first message, where the user reads on (and a screen reader reads it out, once).
 */
export function showResult(output: HTMLElement, ...children: (Node | string | false | null | undefined)[]): void {
  replaceChildren(output, ...children);
  const first = output.querySelector<HTMLElement>(".message") ?? output.querySelector<HTMLElement>("h2, h3, button");
  if (!first) return;
  if (!first.matches("button, a, select, input")) first.setAttribute("tabindex", "-1");
  first.focus({ preventScroll: true });
  // To the top of the pane (as far as the page scrolls): the most of the result, and the next action below it, in sight.
  first.scrollIntoView({ block: "start" });
}

/** A wait longer than this shows a spinner at the button (shorter ones would only flicker). */
export const SPINNER_DELAY_MS = 300;

/**
 * Marks a button busy while `work` runs: it stays focusable (a disabled button would drop the focus
 * to the page) but refuses clicks, and after SPINNER_DELAY_MS shows a spinner.
 */
export async function whileBusy<T>(button: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  button.setAttribute("aria-disabled", "true");
  const spinner = setTimeout(() => button.classList.add("busy"), SPINNER_DELAY_MS);
  try {
    return await work();
  } finally {
    clearTimeout(spinner);
    button.classList.remove("busy");
    button.removeAttribute("aria-disabled");
  }
}

/** True while the button's action runs (see `whileBusy`). */
export function isBusy(button: HTMLButtonElement): boolean {
  return button.getAttribute("aria-disabled") === "true";
}

/**
 * Runs a user action: the button is busy and the output marked busy while it runs, and any error
 * ends up as a German message in `output` instead of an unhandled rejection (`describe` words it
 * for the host: Excel's messages by default). If the action left the focus nowhere (its button was
 * removed, say), the focus returns to the button or to the output.
 */
export async function runAction(button: HTMLButtonElement, output: HTMLElement, action: () => Promise<void>, describe: (error: unknown) => string = errorMessage): Promise<void> {
  if (isBusy(button)) return;
  output.setAttribute("aria-busy", "true");
  try {
    await whileBusy(button, action);
  } catch (error) {
    output.removeAttribute("aria-busy");
    showResult(output, message("error", describe(error)));
  } finally {
    output.removeAttribute("aria-busy");
    if (document.activeElement === document.body || document.activeElement === null) (button.isConnected ? button : output).focus();
  }
}

/**
 * Where register sheets are missing: the way out, „Arbeitsmappe einrichten“ (which adds them and
 * leaves the rest alone); null when no sheet is missing.
 */
export function setUpOffer(findings: readonly { code: string; severity: string }[], context: ViewContext): HTMLElement | null {
  if (!findings.some((f) => f.code === "blatt-fehlt" && f.severity === "error")) return null;
  const button = h("button", { type: "button", class: "primary" }, "Arbeitsmappe einrichten");
  button.addEventListener("click", () => context.show("einrichten"));
  return h("div", { class: "actions" }, h("p", { class: "hint" }, "Es fehlen Register-Blätter. „Arbeitsmappe einrichten“ legt sie an; vorhandene Blätter bleiben unverändert."), button);
}

/** When a view's script does not arrive (network, proxy, an update of the add-in meanwhile). */
export const VIEW_LOAD_FAILED =
  "Dieser Teil des Allianz-Planers konnte nicht geladen werden – vermutlich war die Verbindung kurz unterbrochen. Versuchen Sie es erneut; hilft das nicht, schließen Sie den Aufgabenbereich und öffnen Sie ihn wieder.";

/**
 * A dead end turned into a way out: what happened, in German, and "Erneut versuchen". Focusable, so
 * that it can take the focus and be read out once.
 */
export function retryMessage(text: string, retry: () => void): HTMLElement {
  const button = h("button", { type: "button", class: "primary" }, "Erneut versuchen");
  button.addEventListener("click", retry);
  const box = message("error", text, h("div", { class: "button-row" }, button));
  box.setAttribute("tabindex", "-1");
  return box;
}
