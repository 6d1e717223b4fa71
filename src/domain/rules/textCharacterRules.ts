import type { Finding } from "../finding";
import { cellAddress, type WorkbookGrids } from "../grid";

/**
 * Characters XML 1.0 cannot hold, not even escaped: C0 control characters other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and lone surrogates. They come with text pasted from
 * PDFs; Word and LibreOffice refuse a document that contains them.
 */
export const XML_ILLEGAL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A warning at every register cell whose text holds a character documents cannot hold (see
 * {@link XML_ILLEGAL_CHARACTERS}); documents leave such characters out.
 *
 * @example checkTextCharacters({ date1904: false, grids: [grid] })[0].message // "Der Text enthält ein unsichtbares Steuerzeichen (U+0007) …"
 */
export function checkTextCharacters(wb: WorkbookGrids): Finding[] {
  const findings: Finding[] = [];
  for (const grid of wb.grids) {
    grid.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const found = cell.match(XML_ILLEGAL_CHARACTERS);
        if (!found) return;
        const codes = [...new Set(found.map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`))].join(", ");
        const header = grid.header[c];
        findings.push({
          severity: "warning",
          code: "zeichen-unzulaessig",
          sheet: grid.sheet,
          row: grid.headerRow + 1 + r,
          column: typeof header === "string" ? header : null,
          cell: cellAddress(grid, r, c),
          message: `Der Text enthält ein unsichtbares Steuerzeichen (${codes}), oft aus einem PDF mitkopiert. Word-Dokumente können es nicht aufnehmen; es wird in Dokumenten weggelassen. Bitte den Text neu eingeben oder das Zeichen löschen.`,
        });
      });
    });
  }
  return findings;
}
