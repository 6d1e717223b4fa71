import { XML_ILLEGAL_CHARACTERS } from "../domain/rules/textCharacterRules";

/**
 * Text that a .docx can hold: characters XML cannot hold are left out (`pruefen` warns about them
 * at their cell); a vertical tab, Word's own manual line break when text is pasted, becomes one.
 *
 * @example xmlSafeText("Rathaus\u0007 Kaarst") // "Rathaus Kaarst"
 * @example xmlSafeText("Zeile 1\u000bZeile 2") // "Zeile 1\nZeile 2"
 */
export function xmlSafeText(text: string): string {
  return text.replace(/\u000b/g, "\n").replace(XML_ILLEGAL_CHARACTERS, "");
}

/**
 * A copy of template data with every string made {@link xmlSafeText}, at any depth (loops are
 * arrays of objects).
 *
 * @example xmlSafeData({ Ort: "Rathaus\u0001", Briefe: [{ Name: "A\uffff" }] }) // { Ort: "Rathaus", Briefe: [{ Name: "A" }] }
 */
export function xmlSafeData<T>(data: T): T {
  if (typeof data === "string") return xmlSafeText(data) as T;
  if (Array.isArray(data)) return data.map(xmlSafeData) as T;
  if (data !== null && typeof data === "object" && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, xmlSafeData(value)])) as T;
  }
  return data;
}
