import type { Member } from "../domain/registers";

/** Words a member's name may start with that are feminine in German („die Stadt“). */
const FEMININE_START = /^(Stadt|Gemeinde|Kreisstadt|Hansestadt|Landeshauptstadt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde|Region|Städteregion|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Verwaltung)\b/;
/** A first word that is a Kreis („Kreis“, „Landkreis“, „Rhein-Kreis“, „Rhein-Erft-Kreis“): masculine, genitive „-es“. */
const DISTRICT_WORD = /^(\S*kreis)(\s|$)/i;

/**
 * A member's name with its article in the genitive, for „auf Einladung der Stadt Kaarst“. Names
 * that start with the kind take its article; other names get the kind put in front; what is
 * neither a town nor a district is named with „von“.
 *
 * @example memberGenitive({ name: "Gemeinde Rommerskirchen", kind: "Gemeinde" }) // "der Gemeinde Rommerskirchen"
 * @example memberGenitive({ name: "Rhein-Kreis Neuss", kind: "Kreis" }) // "des Rhein-Kreises Neuss"
 * @example memberGenitive({ name: "Energieagentur NRW", kind: "Sonstige" }) // "von Energieagentur NRW"
 */
export function memberGenitive(member: Pick<Member, "name" | "kind">): string {
  const name = member.name.trim();
  if (FEMININE_START.test(name)) return `der ${name}`;
  const district = DISTRICT_WORD.exec(name);
  if (district !== null) return `des ${district[1]}es${name.slice(district[1].length)}`;
  switch (member.kind) {
    case "Stadt":
    case "Gemeinde":
      return `der ${member.kind} ${name}`;
    case "Kreis":
      return `des Kreises ${name}`;
    case "Sonstige":
      return `von ${name}`;
  }
}
