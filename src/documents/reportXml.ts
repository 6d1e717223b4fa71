/** Characters XML 1.0 cannot hold (control characters, U+FFFE/U+FFFF); lone surrogates are handled below. */
const XML_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text for XML content and attribute values: characters XML cannot hold left out (also lone
 * surrogates, without a lookbehind the oldest supported webviews lack), markup escaped.
 *
 * @example xmlText('Müller & Söhne "GmbH" <Neuss>') // "Müller &amp; Söhne &quot;GmbH&quot; &lt;Neuss&gt;"
 */
export function xmlText(text: string): string {
  return text
    .replace(XML_CONTROL, "")
    .replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (pair) => (pair.length === 2 ? pair : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
