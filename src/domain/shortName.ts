/**
 * The default Kurzname of a member (SPEC §3.1): the name without a leading `Stadt `, `Gemeinde ` or
 * `Kreis `, so that the host order follows the place name.
 *
 * @example defaultShortName("Stadt Kaarst") // "Kaarst"
 * @example defaultShortName("Rhein-Kreis Neuss") // "Rhein-Kreis Neuss"
 */
export function defaultShortName(name: string): string {
  const short = name.replace(/^\s*(Stadt|Gemeinde|Kreis)\s+/i, "").trim();
  return short === "" ? name.trim() : short;
}
