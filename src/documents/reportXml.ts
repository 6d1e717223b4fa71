/**
 * Text for XML content and attribute values: markup characters escaped, characters XML 1.0 does
 * not allow (control characters, lone surrogates) dropped.
 *
 * @example xmlText('Müller & Söhne "GmbH" <Neuss>') // "Müller &amp; Söhne &quot;GmbH&quot; &lt;Neuss&gt;"
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
