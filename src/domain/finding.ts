/** Something the secretariat should know about the registers, tied to a cell where there is one. */
export interface Finding {
  readonly severity: "error" | "warning";
  /** Stable machine code, e.g. `pflichtfeld`, `doppelt`, `gastgeber-kein-mitglied`. */
  readonly code: string;
  readonly sheet: string;
  /** Excel row number, or null for findings about a whole sheet or setting set. */
  readonly row: number | null;
  /** Column header as written in the workbook, or null. */
  readonly column: string | null;
  /** A1 address such as `G5`, or null. */
  readonly cell: string | null;
  /** German: what is wrong and what to do. */
  readonly message: string;
}

/** True if any finding is an error. @example hasErrors([]) // false */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
