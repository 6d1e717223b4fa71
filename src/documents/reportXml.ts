import { xmlSafeText } from "./xmlSafeText";

/**
 * Text for XML content and attribute values: characters XML cannot hold left out (xmlSafeText),
 * markup characters escaped.
 *
 * @example xmlText('Müller & Söhne "GmbH" <Neuss>') // "Müller &amp; Söhne &quot;GmbH&quot; &lt;Neuss&gt;"
 */
export function xmlText(text: string): string {
  return xmlSafeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
