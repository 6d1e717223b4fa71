import type { Member } from "./registers";

/**
 * Lines the address zone of a DIN 5008:2020 letter holds (Form B: 27.3 mm below the Zusatz- und
 * Vermerkzone, six lines).
 */
export const ADDRESS_ZONE_LINES = 6;

/** Characters of a return line that fit the 85 mm of the address field in the templates' 7 pt. */
export const RETURN_LINE_MAX = 62;

/**
 * The lines of a member's Anschrift that a letter writes below the member and the person: blank
 * lines dropped, a first line that repeats the member's name not written twice.
 *
 * @example memberAddressLines({ name: "Stadt Kaarst", address: "Stadt Kaarst\nAm Neumarkt 2\n41564 Kaarst" }) // ["Am Neumarkt 2", "41564 Kaarst"]
 */
export function memberAddressLines(member: Pick<Member, "name" | "address">): string[] {
  const lines = textLines(member.address ?? "");
  const repeatsName = lines.length > 0 && lines[0].toLocaleLowerCase("de") === member.name.trim().toLocaleLowerCase("de");
  return repeatsName ? lines.slice(1) : lines;
}

/**
 * The non-blank lines of a text, trimmed.
 *
 * @example textLines("Oberstraße 91\n\n 41460 Neuss ") // ["Oberstraße 91", "41460 Neuss"]
 */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
