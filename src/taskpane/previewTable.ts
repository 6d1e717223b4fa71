import { formatDateWithWeekdayDe, type PlainDate } from "../domain/plainDate";
import { h } from "./dom";

/** A column after Nr and Datum: its header (also the card label in a narrow pane), CSS class and cell text. */
export interface PreviewColumn<T> {
  readonly header: string;
  readonly className?: string;
  readonly text: (row: T) => string;
}

/**
 * Meetings as a scrollable, labelled table: Nr as row header, Datum with weekday, then `columns`.
 * Explicit roles keep the table semantics when the narrow-pane CSS turns each row into a card.
 *
 * @example meetingPreviewTable("planen-vorschau", "Vorschau 2027: 6 Sitzungen", meetings, [{ header: "Gastgeber", text: (m) => m.host }])
 */
export function meetingPreviewTable<T extends { readonly nr: string; readonly date: PlainDate }>(id: string, caption: string, rows: readonly T[], columns: readonly PreviewColumn<T>[]): HTMLElement {
  const headers = ["Nr", "Datum", ...columns.map((column) => column.header)];
  return h(
    "div",
    { class: "table-scroll", role: "region", "aria-labelledby": id, tabindex: 0 },
    h(
      "table",
      { class: "preview", role: "table" },
      h("caption", { id }, caption),
      h("thead", { role: "rowgroup" }, h("tr", { role: "row" }, ...headers.map((header) => h("th", { scope: "col", role: "columnheader" }, header)))),
      h(
        "tbody",
        { role: "rowgroup" },
        ...rows.map((row) =>
          h(
            "tr",
            { role: "row" },
            h("th", { scope: "row", role: "rowheader", class: "col-nr" }, row.nr),
            h("td", { role: "cell", class: "col-date" }, formatDateWithWeekdayDe(row.date)),
            ...columns.map((column) => h("td", { role: "cell", class: column.className, "data-label": column.header }, column.text(row))),
          ),
        ),
      ),
    ),
  );
}
