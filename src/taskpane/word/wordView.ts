import type { Finding } from "../../domain/finding";
import type { Registers } from "../../domain/registers";
import type { StoredTemplate } from "../../workbook/templateXml";
import { h } from "../dom";

/** The registers loaded from a workbook file; kept for the session only, never stored. */
export interface LoadedRegisters {
  readonly fileName: string;
  readonly registers: Registers;
  readonly findings: readonly Finding[];
  /** The user's own Word templates kept in the workbook (chosen in Excel under „Dokumente“), at most one per kind. */
  readonly templates: readonly StoredTemplate[];
}

/** The Word pane's views, in navigation order. */
export const WORD_VIEWS = ["register", "dokumente", "vorlage", "feld", "versand"] as const;
export type WordViewName = (typeof WORD_VIEWS)[number];

/** What the Word views share: the loaded registers and the chosen meeting/year, for this session. */
export interface WordSession {
  loaded: LoadedRegisters | null;
  nr: string | null;
  year: number | null;
}

/** Handed to every Word view. */
export interface WordViewContext {
  readonly session: WordSession;
  /** Tells screen readers (and sighted users, in the status bar) what just happened. */
  announce(message: string): void;
  /** Switches to another view, as its navigation button does. */
  show(view: WordViewName): void;
}

/** A Word view builds its section; the navigation puts it into `main` and focuses its heading. */
export type WordView = (context: WordViewContext) => HTMLElement;

/** Where a view needs registers that are not loaded yet: says so and leads to "Register laden". */
export function registersFirst(context: WordViewContext): HTMLElement {
  const button = h("button", { type: "button", class: "primary" }, "Register laden");
  button.addEventListener("click", () => context.show("register"));
  return h(
    "div",
    { class: "message message-info" },
    h("p", {}, "Noch keine Register geladen. Laden Sie zuerst die Register-Arbeitsmappe (.xlsx); sie bleibt geladen, bis Sie den Aufgabenbereich schließen."),
    h("div", { class: "actions" }, button),
  );
}
