import type { Finding } from "./finding";

/** The findings of one sheet, split by severity. */
export interface FindingGroup {
  readonly sheet: string;
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

/**
 * Groups findings by sheet (in the order the sheets first appear, so an already sorted list keeps
 * its sheet order) and, within a sheet, by severity; each group keeps the findings' order.
 *
 * @example groupFindings([{ sheet: "Kontakte", severity: "warning", … }, { sheet: "Kontakte", severity: "error", … }])
 * // [{ sheet: "Kontakte", errors: [the error], warnings: [the warning] }]
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { sheet: string; errors: Finding[]; warnings: Finding[] }>();
  for (const finding of findings) {
    let group = groups.get(finding.sheet);
    if (!group) {
      group = { sheet: finding.sheet, errors: [], warnings: [] };
      groups.set(finding.sheet, group);
    }
    (finding.severity === "error" ? group.errors : group.warnings).push(finding);
  }
  return [...groups.values()];
}
