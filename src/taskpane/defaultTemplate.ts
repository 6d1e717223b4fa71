import { DEFAULT_TEMPLATE_FILES } from "../documents/documentFor";
import { DocumentInputError } from "../documents/documentInputError";
import type { TemplateKind } from "../documents/fields";

/**
 * The default template of a kind from the add-in's own `assets/` (webpack copies
 * assets/Vorlage-*.docx there), fetched only when a document is made. `base` is the address of the
 * page or worker asking, so both resolve the same folder.
 */
export async function fetchDefaultTemplate(kind: TemplateKind, base: string): Promise<Uint8Array> {
  const name = DEFAULT_TEMPLATE_FILES[kind];
  const response = await fetch(new URL(`assets/${name}`, base)).catch(() => null);
  if (response === null || !response.ok) {
    const status = response === null ? "keine Verbindung" : `HTTP ${response.status}`;
    throw new DocumentInputError(`Die Standardvorlage „${name}“ konnte nicht geladen werden (${status}). Laden Sie den Allianz-Planer neu; bleibt der Fehler, fehlt die Datei auf dem Server des Add-ins.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}
