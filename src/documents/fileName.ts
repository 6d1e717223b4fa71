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

/**
 * Makes names unique in order of appearance by appending `_2`, `_3`, … before the extension;
 * compares case-insensitively because Windows and macOS do.
 *
 * @example uniqueFileNames(["a.eml", "A.eml", "b.eml"]) // ["a.eml", "A_2.eml", "b.eml"]
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}_${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
