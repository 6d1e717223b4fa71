import { cellAddress, type WorkbookGrids } from "../domain/grid";
import { cellText } from "../domain/readCell";
import { findGrid } from "../domain/readRegisters";
import { PLANNING_BLOCKER_EXPLANATION } from "../domain/planningBlockers";
import { planWorkbook, type PlanOutcome } from "../domain/planWorkbook";
import { dateParts } from "../domain/plainDate";
import { todayInGermany } from "../workbook/today";
import { h, replaceChildren } from "./dom";
import { countText, findingList } from "./findingList";
import { message, runAction, setUpOffer, showResult, viewSection, type View, type ViewContext } from "./view";
import { meetingPreviewTable, type PreviewColumn } from "./previewTable";
import { writtenResult } from "./written";

/** How many years ahead the year selector offers. */
const YEARS_AHEAD = 5;

/**
 * "Nächstes Jahr planen": a preview of the meetings the planner would add, and "Übernehmen" to
 * append them to the Sitzungen sheet in one batch.
 */
export const planView: View = (context) => {
  const thisYear = dateParts(todayInGermany()).year;
  const yearSelect = h(
    "select",
    { id: "planen-jahr" },
    ...Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => h("option", { value: thisYear + i, selected: i === 1 }, String(thisYear + i))),
  );
  const previewButton = h("button", { type: "button", class: "primary" }, "Vorschau");
  const output = h("div", { class: "output" });
  const selectedYear = () => Number(yearSelect.value);
  // Shown once a preview found a Gremien sheet: which Gremium to plan (all by default).
  const bodySelect = h("select", { id: "planen-gremium" }, h("option", { value: "" }, "Alle Gremien"));
  const bodyRow = h("div", { class: "form-row" }, h("label", { for: "planen-gremium" }, "Gremium"), bodySelect);
  const formRow = h("div", { class: "form-row" }, h("label", { for: "planen-jahr" }, "Jahr"), yearSelect, previewButton);

  const showPreview = async () => {
    const workbook = await context.store.read();
    let outcome = planWorkbook(workbook, selectedYear(), todayInGermany(), bodySelect.value || null);
    // A Gremium chosen earlier may be gone from the workbook since: then plan them all.
    if (outcome.only !== null && !outcome.bodies.includes(outcome.only)) outcome = planWorkbook(workbook, selectedYear(), todayInGermany());
    offerBodies(outcome.bodies);
    showResult(output, ...previewContent(outcome, context));
  };
  const offerBodies = (bodies: readonly string[]) => {
    const chosen = bodies.includes(bodySelect.value) ? bodySelect.value : "";
    replaceChildren(bodySelect, h("option", { value: "" }, "Alle Gremien"), ...bodies.map((name) => h("option", { value: name, selected: name === chosen }, name)));
    if (bodies.length < 2) bodyRow.remove();
    // Above the year, so that the keyboard reaches it before "Vorschau".
    else if (!bodyRow.isConnected) formRow.before(bodyRow);
  };

  previewButton.addEventListener("click", () => runAction(previewButton, output, showPreview));
  // A preview belongs to one year and Gremium: choosing another makes it stale, so it must not be applied.
  yearSelect.addEventListener("change", () => replaceChildren(output));
  bodySelect.addEventListener("change", () => replaceChildren(output));

  const section = viewSection(
    "planen",
    "Nächstes Jahr planen",
    "Plant die Sitzungen eines Jahres nach Turnus, Gastgeber-Reihenfolge, Feiertagen und Sperrzeiten. Erst „Übernehmen“ trägt sie in das Blatt „Sitzungen“ ein; vorhandene Zeilen bleiben unverändert.",
    formRow,
  );
  section.append(output);
  return section;
};

function previewContent(outcome: PlanOutcome, context: ViewContext): (HTMLElement | false | null)[] {
  const { year, meetings, blockers, findings } = outcome;
  if (blockers.length > 0) {
    return [
      message(
        "error",
        `Die Planung für ${year} ist blockiert: ${countText(blockers.length, "Fehler macht", "Fehler machen")} sie unmöglich. Beheben Sie diese Fehler in der Arbeitsmappe und erstellen Sie die Vorschau erneut.`,
        h("p", { class: "small" }, PLANNING_BLOCKER_EXPLANATION),
      ),
      setUpOffer(blockers, context),
      findingList(blockers, context),
      h("button", { type: "button", class: "primary", disabled: true }, "Übernehmen"),
    ];
  }
  const nonBlocking = findings.length > 0 && h("section", { class: "plan-findings", "aria-labelledby": "planen-befunde" }, h("h3", { id: "planen-befunde" }, "Hinweise"), findingList(findings, context, "h4"));
  if (meetings.length === 0) {
    const reason = findings.length === 0 ? "Jeder Sitzungsmonat hat schon eine Sitzung." : "Beachten Sie die Hinweise unten.";
    return [message("info", `Für ${year} gibt es nichts zu planen. ${reason}`), nonBlocking];
  }
  const applyButton = h("button", { type: "button", class: "primary" }, `${countText(meetings.length, "Sitzung", "Sitzungen")} übernehmen`);
  const applyOutput = h("div", { class: "output" });
  applyButton.addEventListener("click", () => runAction(applyButton, applyOutput, () => apply(outcome, context, applyButton, applyOutput)));
  // The button to apply comes before the table: in a short pane it is in sight without scrolling.
  return [
    message("info", `Vorschau für ${year}: ${countText(meetings.length, "Sitzung", "Sitzungen")}${findings.length > 0 ? `, ${countText(findings.length, "Hinweis", "Hinweise")} unten` : ""}. Prüfen Sie die Termine und übernehmen Sie sie.`),
    h("div", { class: "actions" }, applyButton),
    applyOutput,
    previewTable(outcome),
    nonBlocking,
  ];
}

/**
 * Appends the previewed rows, but only if a fresh plan still gives the same meetings: if the
 * workbook changed since the preview, the user sees the new preview instead of stale rows.
 */
async function apply(preview: PlanOutcome, context: ViewContext, applyButton: HTMLButtonElement, applyOutput: HTMLElement): Promise<void> {
  const grids = await context.store.read();
  const current = planWorkbook(grids, preview.year, todayInGermany(), preview.only);
  if (current.blockers.length > 0 || JSON.stringify(current.meetings) !== JSON.stringify(preview.meetings)) {
    const output = applyOutput.parentElement;
    if (output) showResult(output, message("warning", "Die Arbeitsmappe hat sich seit der Vorschau geändert. Es wurde nichts eingetragen. Prüfen Sie die neue Vorschau und übernehmen Sie dann erneut."), ...previewContent(current, context));
    return;
  }
  const target = firstNewRow(grids);
  await context.store.append("Sitzungen", current.rows);
  const where = target ? ` Sie stehen ab Zeile ${target.cell.replace(/^[A-Z]+/, "")}.` : "";
  const what = `${countText(current.rows.length, "Sitzung wurde", "Sitzungen wurden")} in das Blatt „Sitzungen“ eingetragen.${where}`;
  // The preview is now applied; a second click would duplicate the rows, so the button goes away.
  applyButton.remove();
  showResult(applyOutput, writtenResult(what, target ?? { sheet: "Sitzungen", cell: "A1" }, "löschen Sie die neuen Zeilen bei Bedarf im Blatt „Sitzungen“.", context));
}

/** Where append puts the first row: under the last filled row of the Sitzungen register. */
function firstNewRow(grids: WorkbookGrids): { sheet: string; cell: string } | null {
  const grid = findGrid(grids, "Sitzungen");
  if (!grid) return null;
  let filled = grid.rows.length;
  while (filled > 0 && (grid.rows[filled - 1] ?? []).every((cell) => (cellText(cell, false) ?? "") === "")) filled--;
  return { sheet: grid.sheet, cell: cellAddress(grid, filled, 0) };
}

type PlannedMeeting = PlanOutcome["meetings"][number];

function previewTable({ year, meetings, bodies }: PlanOutcome): HTMLElement {
  const body: PreviewColumn<PlannedMeeting> = { header: "Gremium", className: "col-body", text: (m) => m.body ?? "" };
  const columns: PreviewColumn<PlannedMeeting>[] = [
    ...(bodies.length > 1 ? [body] : []),
    { header: "Gastgeber", className: "col-host", text: (m) => m.host },
    { header: "Ort", className: "col-venue", text: (m) => m.venue ?? "–" },
    { header: "Hinweis", className: "col-note", text: (m) => m.note ?? "" },
  ];
  return meetingPreviewTable("planen-vorschau", `Vorschau ${year}: ${countText(meetings.length, "Sitzung", "Sitzungen")}`, meetings, columns);
}
