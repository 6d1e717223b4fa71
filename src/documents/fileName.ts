const GERMAN_FOLDS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };

/**
 * Text as a file name part that every file system, zip tool and mail program accepts: German
 * umlauts spelt out, other accents dropped, anything else but letters, digits, `-` and `.` turned
 * into `_`.
 *
 * @example asciiFileName("Müller-Lüdenscheidt, Zoë") // "Mueller-Luedenscheidt_Zoe"
 */
export function asciiFileName(text: string): string {
  const folded = text
    .replace(/[äöüÄÖÜßẞ]/g, (ch) => GERMAN_FOLDS[ch])
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  return folded
    .replace(/[^A-Za-z0-9.-]+/g, "_")
    .replace(/^[_.]+|[_.]+$/g, "")
    .slice(0, 80);
}
