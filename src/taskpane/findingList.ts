import type { Finding } from "../domain/finding";
import { groupFindings } from "../domain/groupFindings";
import { h } from "./dom";
import { errorMessage } from "./errorMessage";
import type { ViewContext } from "./view";

/** "1 Fehler", "2 Warnungen" … */
export function countText(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 Fehler, 1 Warnung" — the non-zero counts only. */
export function severityCounts(errors: number, warnings: number): string {
  return [errors > 0 && countText(errors, "Fehler", "Fehler"), warnings > 0 && countText(warnings, "Warnung", "Warnungen")].filter(Boolean).join(", ");
}

/**
 * The findings grouped by sheet and severity. A finding with a cell is a button: click or Enter
 * selects that cell in Excel, so the user lands right on the problem. Without a context (Word: the
 * workbook is not open) the cell is shown as text.
 */
export function findingList(findings: readonly Finding[], context: ViewContext | null, headingLevel: "h3" | "h4" = "h3"): HTMLElement {
  const subLevel = headingLevel === "h3" ? "h4" : "h5";
  const list = h("div", { class: "findings" });
  for (const group of groupFindings(findings)) {
    const counts = severityCounts(group.errors.length, group.warnings.length);
    const section = h("section", { class: "finding-group" }, h(headingLevel, {}, `${group.sheet} (${counts})`));
    for (const [severity, items] of [["error", group.errors], ["warning", group.warnings]] as const) {
      if (items.length === 0) continue;
      section.append(
        h(subLevel, { class: `severity severity-${severity}` }, severity === "error" ? "Fehler" : "Warnungen"),
        h("ul", { class: `finding-items finding-items-${severity}` }, ...items.map((finding) => h("li", {}, findingItem(finding, context)))),
      );
    }
    list.append(section);
  }
  return list;
}

function findingItem(finding: Finding, context: ViewContext | null): HTMLElement {
  const severity = finding.severity === "error" ? "Fehler" : "Warnung";
  if (finding.cell === null) return h("p", { class: "finding" }, h("span", { class: "visually-hidden" }, `${severity}: `), finding.message);
  const cell = finding.cell;
  if (context === null) {
    return h(
      "p",
      { class: "finding finding-located" },
      h("span", { class: "visually-hidden" }, `${severity} in Zelle `),
      h("span", { class: "finding-cell" }, cell),
      h("span", { class: "visually-hidden" }, ": "),
      h("span", { class: "finding-message" }, finding.message),
    );
  }
  // The name is the visible text with the severity in front (hidden), so that it contains what a
  // speech-input user reads on the button (WCAG 2.5.3).
  const button = h(
    "button",
    { type: "button", class: "finding finding-link" },
    h("span", { class: "visually-hidden" }, `${severity} in Zelle `),
    h("span", { class: "finding-cell" }, cell),
    h("span", { class: "visually-hidden" }, ": "),
    h("span", { class: "finding-message" }, finding.message),
  );
  button.addEventListener("click", () => {
    context.store.select(finding.sheet, cell).then(
      () => context.announce(`Zelle ${cell} auf dem Blatt „${finding.sheet}“ ausgewählt.`),
      (error: unknown) => context.announce(errorMessage(error)),
    );
  });
  return button;
}
