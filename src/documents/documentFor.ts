import type { Registers } from "../domain/registers";
import { DocumentInputError } from "./documentInputError";
import type { TemplateKind } from "./fields";
import { fillTemplate } from "./fillTemplate";
import { invitationData, minutesData, yearPlanData } from "./templateData";

/** The default template of each kind, shipped in `assets/` (and in the task pane's `assets/`). */
export const DEFAULT_TEMPLATE_FILES: Record<TemplateKind, string> = {
  protokoll: "Vorlage-Protokoll.docx",
  einladung: "Vorlage-Einladung.docx",
  jahresplanung: "Vorlage-Jahresplanung.docx",
};

/** Which meeting (minutes, invitation) or year (schedule) a document is for. */
export interface DocumentTarget {
  readonly nr?: string;
  readonly year?: number;
}

/**
 * The filled document of one kind: minutes and invitation letters for a meeting Nr, the year's
 * schedule for a year. One function for the CLI, the Excel pane and the Word pane, so the three
 * make the same document from the same registers and template.
 *
 * @example documentFor("protokoll", registers, { nr: "2027-01" }, templateBytes) // .docx bytes
 */
export function documentFor(kind: TemplateKind, registers: Registers, target: DocumentTarget, template: Uint8Array): Uint8Array {
  if (kind === "jahresplanung") {
    if (target.year === undefined) throw new DocumentInputError("Für die Jahresplanung fehlt das Jahr.");
    return fillTemplate(template, kind, yearPlanData(registers, target.year));
  }
  if (target.nr === undefined) throw new DocumentInputError("Bitte eine Sitzung (Nr) wählen.");
  return kind === "protokoll" ? fillTemplate(template, kind, minutesData(registers, target.nr)) : fillTemplate(template, kind, invitationData(registers, target.nr));
}

/** File name of a filled document, e.g. `Protokoll_2027-01.docx`, `Einladung_2027-01.docx`, `Jahresplanung_2027.docx`. */
export function documentFileName(kind: TemplateKind, target: DocumentTarget): string {
  const name = { protokoll: "Protokoll", einladung: "Einladung", jahresplanung: "Jahresplanung" }[kind];
  return `${name}_${kind === "jahresplanung" ? target.year : target.nr}.docx`;
}
