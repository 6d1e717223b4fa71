/**
 * The form in which headers, sheet names, setting labels and enum values are compared: case and
 * surrounding or repeated spaces do not count (users type `  datum `, `Präsenz`, `präsenz`).
 *
 * @example matchKey("  E-Mail ") // "e-mail"
 * @example matchKey("Dauer  (Minuten)") // "dauer (minuten)"
 */
export function matchKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}
