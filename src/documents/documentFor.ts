import type { PlainDate } from "../domain/plainDate";
import type { Registers } from "../domain/registers";
import { DocumentInputError } from "./documentInputError";
import { TEMPLATE_KIND_LABELS, type TemplateKind } from "./fields";
import { asciiFileName } from "./fileName";
import { fillTemplate } from "./fillTemplate";
import { cancellationData, invitationData, minutesData, yearPlanData } from "./templateData";

/** The default template of each kind, shipped in `assets/` (and in the task pane's `assets/`). */
export const DEFAULT_TEMPLATE_FILES: Record<TemplateKind, string> = {
  protokoll: "Vorlage-Protokoll.docx",
  einladung: "Vorlage-Einladung.docx",
  jahresplanung: "Vorlage-Jahresplanung.docx",
  absage: "Vorlage-Absage.docx",
};

/** Which meeting (minutes, invitation) or year (schedule) a document is for. */
export interface DocumentTarget {
  readonly nr?: string;
  readonly year?: number;
  /** Date of letters (invitation, schedule, cancellation); default: the day they are made. */
  readonly letterDate?: PlainDate;
  /** For `absage`: the reason given; default: the one in the meeting's Hinweis. */
  readonly reason?: string | null;
}

/**
 * The filled document of one kind: minutes, invitation and cancellation letters for a meeting Nr,
 * the year's schedule for a year. One function for the CLI, the Excel pane and the Word pane, so the three
 * make the same document from the same registers and template.
 *
 * @example documentFor("protokoll", registers, { nr: "2027-01" }, templateBytes) // .docx bytes
 */
export function documentFor(kind: TemplateKind, registers: Registers, target: DocumentTarget, template: Uint8Array): Uint8Array {
  const letter = target.letterDate === undefined ? {} : { letterDate: target.letterDate };
  if (kind === "jahresplanung") return fillTemplate(template, kind, yearPlanData(registers, targetYear(target), letter));
  const nr = targetNr(kind, target);
  if (kind === "absage") return fillTemplate(template, kind, cancellationData(registers, nr, target.reason === undefined ? letter : { ...letter, reason: target.reason }));
  return kind === "protokoll" ? fillTemplate(template, kind, minutesData(registers, nr)) : fillTemplate(template, kind, invitationData(registers, nr, letter));
}

/**
 * The meeting Nr a document or mailing of a kind is for, trimmed; a German DocumentInputError without one.
 *
 * @example targetNr("einladung", { nr: " 2027-01 " }) // "2027-01"
 */
export function targetNr(kind: TemplateKind, target: DocumentTarget): string {
  const nr = target.nr?.trim() ?? "";
  if (nr === "") throw new DocumentInputError(`Für „${TEMPLATE_KIND_LABELS[kind]}“ fehlt die Sitzung – bitte die Nr einer Sitzung angeben, z. B. 2027-01.`);
  return nr;
}

/**
 * The year a Jahresplanung is for; a German DocumentInputError without one.
 *
 * @example targetYear({ year: 2027 }) // 2027
 */
export function targetYear(target: DocumentTarget): number {
  if (target.year === undefined) throw new DocumentInputError("Für die Jahresplanung fehlt das Jahr – bitte ein Jahr wie 2027 angeben.");
  return target.year;
}

/**
 * File name of a filled document; the Nr made safe for every file system.
 *
 * @example documentFileName("protokoll", { nr: "2027-01" }) // "Protokoll_2027-01.docx"
 * @example documentFileName("jahresplanung", { year: 2027 }) // "Jahresplanung_2027.docx"
 */
export function documentFileName(kind: TemplateKind, target: DocumentTarget): string {
  return `${TEMPLATE_KIND_LABELS[kind]}_${kind === "jahresplanung" ? target.year : asciiFileName(target.nr ?? "")}.docx`;
}
