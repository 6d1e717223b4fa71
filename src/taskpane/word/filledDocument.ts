import { documentFileName, documentFor, type DocumentTarget } from "../../documents/documentFor";
import type { TemplateKind } from "../../documents/fields";
import type { Registers } from "../../domain/registers";
import { openAsNewDocument } from "./wordHost";

const KIND_SUBJECTS: Record<TemplateKind, string> = {
  protokoll: "Das Protokoll",
  einladung: "Die Einladung",
  jahresplanung: "Die Jahresplanung",
};

/**
 * Fills `template` for the meeting or year and opens the result as a new Word document; returns
 * what to tell the user (where it is and what to save it as).
 *
 * @example await openFilled("protokoll", registers, { nr: "2027-01" }, template) // "Das Protokoll für Sitzung 2027-01 ist als neues Word-Dokument geöffnet. …"
 */
export async function openFilled(kind: TemplateKind, registers: Registers, target: DocumentTarget, template: Uint8Array): Promise<string> {
  await openAsNewDocument(documentFor(kind, registers, target, template));
  const what = kind === "jahresplanung" ? `für ${target.year}` : `für Sitzung ${target.nr}`;
  return `${KIND_SUBJECTS[kind]} ${what} ist als neues Word-Dokument geöffnet. Speichern Sie es dort, z. B. als „${documentFileName(kind, target)}“.`;
}

/** The meeting or year a kind of document is made for, from the pickers' choices. */
export function targetFor(kind: TemplateKind, nr: string | null, year: number | null): DocumentTarget {
  return kind === "jahresplanung" ? { year: year ?? undefined } : { nr: nr ?? undefined };
}
