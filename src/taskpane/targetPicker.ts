import { meetingsByDate, meetingYears, nextMeeting } from "../domain/meetingChoice";
import { dateParts, formatDateDe } from "../domain/plainDate";
import type { Meeting, Registers } from "../domain/registers";
import { todayInGermany } from "../workbook/today";
import { h } from "./dom";

/** A labelled select, its row and what it currently names. */
export interface Picker<T> {
  readonly field: HTMLElement;
  readonly select: HTMLSelectElement;
  selected(): T | null;
}

/** The choice a pane keeps across its views (the Word pane keeps it for the session). */
export interface TargetMemory {
  nr: string | null;
  year: number | null;
}

/**
 * How a meeting reads in a picker: "2027-01 – 11.03.2027 – Stadt Kaarst", with its Gremium where
 * the Gremium column names one: "AK-Wärme-2027-01 – 19.01.2027 – Stadt Jüchen (Arbeitskreis Wärme)".
 *
 * @example meetingLabel({ nr: "2027-01", date: "2027-03-11", host: "Stadt Kaarst", status: "geplant" }) // "2027-01 – 11.03.2027 – Stadt Kaarst"
 */
export function meetingLabel(meeting: Pick<Meeting, "nr" | "date" | "host" | "status" | "body">): string {
  const body = meeting.body ? ` (${meeting.body})` : "";
  return `${meeting.nr} – ${formatDateDe(meeting.date)} – ${meeting.host}${body}${meeting.status === "abgesagt" ? " (abgesagt)" : ""}`;
}

/**
 * The meeting select, by date: first the meeting chosen before, else the next one from today that
 * is not cancelled, else the last.
 */
export function meetingPicker(id: string, meetings: readonly Meeting[], memory: TargetMemory): Picker<string> {
  const byDate = meetingsByDate(meetings);
  const preferred = byDate.find((m) => m.nr === memory.nr) ?? nextMeeting(byDate, todayInGermany());
  const select = h(
    "select",
    { id, disabled: byDate.length === 0 },
    ...(byDate.length === 0 ? [h("option", { value: "" }, "Keine Sitzungen im Blatt „Sitzungen“")] : byDate.map((m) => h("option", { value: m.nr, selected: m === preferred }, meetingLabel(m)))),
  );
  select.addEventListener("change", () => (memory.nr = select.value));
  return { field: h("div", { class: "form-row form-row-wide" }, h("label", { for: id }, "Sitzung"), select), select, selected: () => select.value || null };
}

/**
 * The year select over the years that have meetings: first the year chosen before, else the year of
 * the next meeting, else the latest.
 */
export function yearPicker(id: string, meetings: readonly Meeting[], memory: TargetMemory): Picker<number> {
  const years = meetingYears(meetings);
  const next = nextMeeting(meetingsByDate(meetings), todayInGermany());
  const preferred = [memory.year, next && dateParts(next.date).year].find((y) => y !== null && years.includes(y)) ?? years[years.length - 1];
  const select = h(
    "select",
    { id, disabled: years.length === 0 },
    ...(years.length === 0 ? [h("option", { value: "" }, "Keine Sitzungen")] : years.map((y) => h("option", { value: y, selected: y === preferred }, String(y)))),
  );
  select.addEventListener("change", () => (memory.year = Number(select.value)));
  return { field: h("div", { class: "form-row" }, h("label", { for: id }, "Jahr"), select), select, selected: () => (select.value === "" ? null : Number(select.value)) };
}

/**
 * The Gremium select for a year's documents: "Alle Gremien" or one of the Gremien sheet; `null`
 * without a Gremien sheet (one body, nothing to choose).
 */
export function bodyPicker(id: string, registers: Pick<Registers, "bodies">): Picker<string> | null {
  const bodies = registers.bodies ?? [];
  if (bodies.length < 2) return null;
  const select = h("select", { id }, h("option", { value: "" }, "Alle Gremien"), ...bodies.map((b) => h("option", { value: b.name }, b.name)));
  return { field: h("div", { class: "form-row form-row-wide" }, h("label", { for: id }, "Gremium"), select), select, selected: () => select.value || null };
}
