import { documentFileName, documentFor, type DocumentTarget } from "../../documents/documentFor";
import type { TemplateKind } from "../../documents/fields";
import type { Registers } from "../../domain/registers";
import { downloadFile } from "../download";
import { openAsNewDocument } from "./wordHost";

/**
 * Word on the web opens a document from createDocument only up to about 4 MB of base64 (office-js
 * #4697); above that the pane hands the file out as a download right away.
 */
const WEB_CREATE_LIMIT_BYTES = 3 * 1024 * 1024;

const KIND_SUBJECTS: Record<TemplateKind, string> = {
  protokoll: "Das Protokoll",
  einladung: "Die Einladung",
  jahresplanung: "Die Jahresplanung",
  absage: "Der Absagebrief",
};

/**
 * Fills `template` for the meeting or year and opens the result as a new Word document; returns
 * what to tell the user (where it is and what to save it as). In Word on the web, where
 * createDocument fails in many cases (office-js #1745, #4771, #4790, #5150) or the document is too
 * large for it (#4697), the document is downloaded as a .docx instead.
 *
 * @example await openFilled("protokoll", registers, { nr: "2027-01" }, template) // "Das Protokoll für Sitzung 2027-01 ist als neues Word-Dokument geöffnet. …"
 */
export async function openFilled(kind: TemplateKind, registers: Registers, target: DocumentTarget, template: Uint8Array): Promise<string> {
  const docx = documentFor(kind, registers, target, template);
  const name = documentFileName(kind, target);
  const what = `${KIND_SUBJECTS[kind]} ${kind === "jahresplanung" ? `für ${target.year}` : `für Sitzung ${target.nr}`}`;
  const onTheWeb = Office.context.platform === Office.PlatformType.OfficeOnline;
  if (!onTheWeb || docx.length <= WEB_CREATE_LIMIT_BYTES) {
    try {
      await openAsNewDocument(docx);
      return `${what} ist als neues Word-Dokument geöffnet${onTheWeb ? " (in einem neuen Browser-Tab)" : ""}. Speichern Sie es dort, z. B. als „${name}“.`;
    } catch (error) {
      if (!onTheWeb) throw error;
    }
  }
  downloadFile({ name, bytes: docx });
  return `${what} wurde heruntergeladen („${name}“), weil Word im Web es nicht als neues Dokument öffnen konnte. Öffnen Sie die Datei aus Ihrem Download-Ordner oder laden Sie sie in OneDrive hoch.`;
}

/** The meeting or year a kind of document is made for, from the pickers' choices. */
export function targetFor(kind: TemplateKind, nr: string | null, year: number | null): DocumentTarget {
  return kind === "jahresplanung" ? { year: year ?? undefined } : { nr: nr ?? undefined };
}
