import { checkWorkbook } from "../domain/checkWorkbook";
import { todayInGermany } from "../workbook/today";
import { h } from "./dom";
import { findingList, severityCounts } from "./findingList";
import { message, runAction, setUpOffer, showResult, viewSection, type View } from "./view";

/** "Prüfen": validates the registers, lists the findings and marks the problem cells in the workbook. */
export const checkView: View = (context) => {
  const button = h("button", { type: "button", class: "primary" }, "Register prüfen");
  const section = viewSection(
    "pruefen",
    "Prüfen",
    "Prüft alle Register auf fehlende oder ungültige Angaben. Ein Klick auf einen Befund wählt die Zelle aus; Problemzellen werden farbig markiert (die Markierungen der letzten Prüfung werden entfernt).",
    button,
  );
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(button, output, async () => {
      const { findings } = checkWorkbook(await context.store.read(), todayInGermany());
      await context.store.highlight(findings.flatMap((f) => (f.cell === null ? [] : [{ sheet: f.sheet, cell: f.cell, severity: f.severity }])));
      const errors = findings.filter((f) => f.severity === "error").length;
      const warnings = findings.length - errors;
      const located = findings.some((f) => f.cell !== null);
      const summary =
        findings.length === 0
          ? "Keine Befunde: Die Register sind in Ordnung."
          : `${severityCounts(errors, warnings)}.${located ? " Wählen Sie einen Befund, um zur Zelle zu springen." : ""}`;
      showResult(
        output,
        message(errors > 0 ? "error" : warnings > 0 ? "warning" : "success", summary),
        setUpOffer(findings, context),
        findings.length > 0 && findingList(findings, context),
      );
    }),
  );
  section.append(output);
  return section;
};
