import type { ExcelRegisterStore } from "../workbook/excelStore";
import { errorMessage } from "./errorMessage";
import { h, replaceChildren } from "./dom";

/** What the task pane needs from the workbook: the register store plus the Excel-only commands. */
export type TaskpaneStore = Pick<
  ExcelRegisterStore,
  "read" | "append" | "update" | "setUp" | "select" | "highlight" | "setMeetingStatus" | "loadTemplates" | "saveTemplate" | "removeTemplate"
>;

/** Handed to every view. */
export interface ViewContext {
  readonly store: TaskpaneStore;
  /** Tells screen readers (and sighted users, in the status bar) what just happened. */
  announce(message: string): void;
}

/** A view builds its section; the navigation puts it into `main` and focuses its heading. */
export type View = (context: ViewContext) => HTMLElement;

/** The section every view starts with: a focusable heading and a short explanation. */
export function viewSection(id: string, title: string, explanation: string): HTMLElement {
  return h(
    "section",
    { class: "view", id, "aria-labelledby": `${id}-titel` },
    h("h2", { id: `${id}-titel`, tabindex: -1 }, title),
    h("p", { class: "hint" }, explanation),
  );
}

/** An error with what to correct: what happened and what to do, then each item as a list item. */
export function problemAlert(summary: string, items: readonly string[]): HTMLElement {
  return h("div", { class: "message message-error", role: "alert" }, h("p", {}, summary), items.length > 0 && h("ul", { class: "problem-list" }, ...items.map((item) => h("li", {}, item))));
}

/**
 * Runs a user action: the button is disabled and the output marked busy while it runs, and any
 * error ends up as a German message in `output` instead of an unhandled rejection (`describe` words
 * it for the host: Excel's messages by default).
 */
export async function runAction(button: HTMLButtonElement, output: HTMLElement, action: () => Promise<void>, describe: (error: unknown) => string = errorMessage): Promise<void> {
  button.disabled = true;
  output.setAttribute("aria-busy", "true");
  try {
    await action();
  } catch (error) {
    replaceChildren(output, h("p", { class: "message message-error", role: "alert" }, describe(error)));
  } finally {
    output.removeAttribute("aria-busy");
    button.disabled = false;
  }
}
