/*
 * Generates test/fakes/requirementSets.json: for each class of the Excel and Word JavaScript APIs,
 * the requirement set of every member, from the `[Api set: ExcelApi 1.9]` annotations of
 * @types/office-js. The strict fakes use it to fail a member above the host's configured set with
 * ApiNotFound, as Office does. Run after updating @types/office-js: `npx tsx test/tools/requirement-sets.ts`
 * (test/fakes/requirementSets.test.ts fails while the file is out of date).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
export const TYPES_FILE = path.join(ROOT, "node_modules", "@types", "office-js", "index.d.ts");
export const MAP_FILE = path.join(ROOT, "test", "fakes", "requirementSets.json");
const HOSTS = ["Excel", "Word"] as const;

/** Host → class → member → requirement set, e.g. `Excel.Range.getLastRow` → "ExcelApi 1.1". */
export type RequirementSetMap = Record<(typeof HOSTS)[number], Record<string, Record<string, string>>>;

/**
 * The map from the text of @types/office-js. A member documented with several sets (overloads, "1.1
 * for get, 1.8 for set") gets the lowest set of its host's main API; members only in other sets
 * (ExcelApiOnline, WordApiDesktop, previews) keep that set, which no host version satisfies.
 *
 * @example requirementSetMap(text).Excel.Range.getLastRow // "ExcelApi 1.1"
 */
export function requirementSetMap(types: string): RequirementSetMap {
  const map = { Excel: {}, Word: {} } as RequirementSetMap;
  let host: (typeof HOSTS)[number] | null = null;
  let className: string | null = null;
  let pendingSet: string | null = null;
  for (const line of types.split("\n")) {
    const namespace = /^declare namespace (\w+) \{/.exec(line);
    if (namespace) {
      host = (HOSTS as readonly string[]).includes(namespace[1]) ? (namespace[1] as (typeof HOSTS)[number]) : null;
      className = null;
      continue;
    }
    if (host === null) continue;
    const classStart = /^ {4}class (\w+)(?:<[^>]*>)? extends OfficeExtension\.ClientObject \{/.exec(line);
    if (classStart) {
      className = classStart[1];
      continue;
    }
    if (/^ {4}\}/.test(line)) className = null;
    if (className === null) continue;
    const set = /\[Api set: (\w+) ([\w.]+)/.exec(line);
    if (set) pendingSet = `${set[1]} ${set[2].replace(/\.$/, "")}`;
    const member = /^ {8}(?:readonly )?(?:get |set )?(\w+)\??[(:<]/.exec(line);
    if (member && pendingSet !== null) {
      const members = (map[host][className] ??= {});
      members[member[1]] = lowerSet(members[member[1]], pendingSet, `${host}Api`);
      pendingSet = null;
    }
  }
  return map;
}

/** Of two annotations of one member, the one a host of `main` meets first. */
function lowerSet(previous: string | undefined, next: string, main: string): string {
  if (previous === undefined) return next;
  const [setA, versionA] = previous.split(" ");
  const [setB, versionB] = next.split(" ");
  if (setA !== main) return setB === main ? next : previous;
  if (setB !== main) return previous;
  const [a1, a2] = versionA.split(".").map(Number);
  const [b1, b2] = versionB.split(".").map(Number);
  return b1 < a1 || (b1 === a1 && b2 < a2) ? next : previous;
}

/** The JSON text of the map, as written to {@link MAP_FILE}. */
export function requirementSetJson(): string {
  return `${JSON.stringify(requirementSetMap(readFileSync(TYPES_FILE, "utf8")), null, 1)}\n`;
}

if (require.main === module) {
  writeFileSync(MAP_FILE, requirementSetJson());
  console.log(`${path.relative(ROOT, MAP_FILE)} geschrieben.`);
}
