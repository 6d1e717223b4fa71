import { dateParts, formatDateDe } from "../../domain/plainDate";
import type { Meeting, Registers } from "../../domain/registers";
import { todayInGermany } from "../../workbook/today";
import { h } from "../dom";
import type { WordViewContext } from "./wordView";

/** A labelled select and what it currently names. */
export interface Picker<T> {
  readonly field: HTMLElement;
  selected(): T | null;
}

/**
 * How a meeting reads in the picker: "2027-01 – 11.03.2027 – Stadt Kaarst".
 *
 * @example meetingLabel({ nr: "2027-01", date: "2027-03-11", host: "Stadt Kaarst", status: "geplant" }) // "2027-01 – 11.03.2027 – Stadt Kaarst"
 */
export function meetingLabel(meeting: Pick<Meeting, "nr" | "date" | "host" | "status">): string {
  return `${meeting.nr} – ${formatDateDe(meeting.date)} – ${meeting.host}${meeting.status === "abgesagt" ? " (abgesagt)" : ""}`;
}

/**
 * The meeting select: all meetings by date; first the one chosen earlier in this session, else the
 * next meeting from today on that is not cancelled, else the last one.
 */
export function meetingPicker(id: string, registers: Registers, context: WordViewContext): Picker<string> {
  const meetings = [...registers.meetings].sort((a, b) => a.date.localeCompare(b.date) || a.nr.localeCompare(b.nr));
  const today = todayInGermany();
  const preferred =
    meetings.find((m) => m.nr === context.session.nr) ?? meetings.find((m) => m.date >= today && m.status !== "abgesagt") ?? meetings[meetings.length - 1];
  const select = h(
    "select",
    { id, disabled: meetings.length === 0 },
    ...(meetings.length === 0 ? [h("option", { value: "" }, "Keine Sitzungen im Blatt „Sitzungen“")] : meetings.map((m) => h("option", { value: m.nr, selected: m === preferred }, meetingLabel(m)))),
  );
  select.addEventListener("change", () => (context.session.nr = select.value));
  return { field: h("div", { class: "form-row form-row-wide" }, h("label", { for: id }, "Sitzung"), select), selected: () => select.value || null };
}

/**
 * The year select: the years that have meetings; first the one chosen earlier in this session,
 * else the current year, else the latest.
 */
export function yearPicker(id: string, registers: Registers, context: WordViewContext): Picker<number> {
  const years = [...new Set(registers.meetings.map((m) => dateParts(m.date).year))].sort((a, b) => a - b);
  const thisYear = dateParts(todayInGermany()).year;
  const preferred = [context.session.year, thisYear].find((y) => y !== null && years.includes(y)) ?? years[years.length - 1];
  const select = h(
    "select",
    { id, disabled: years.length === 0 },
    ...(years.length === 0 ? [h("option", { value: "" }, "Keine Sitzungen")] : years.map((y) => h("option", { value: y, selected: y === preferred }, String(y)))),
  );
  select.addEventListener("change", () => (context.session.year = Number(select.value)));
  return { field: h("div", { class: "form-row" }, h("label", { for: id }, "Jahr"), select), selected: () => (select.value === "" ? null : Number(select.value)) };
}
