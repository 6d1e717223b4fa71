/*
 * The README's list of template fields, made from the field catalogue (src/documents/fields.ts) so
 * the documentation cannot drift from what the template check accepts. `npx tsx
 * test/tools/fields-table.ts --write` updates README.md; test/documents/readmeFields.test.ts checks it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_FIELDS, TEMPLATE_KIND_LABELS, TEMPLATE_KINDS, type TemplateField, type TemplateKind } from "../../src/documents/fields";

export const README = join(__dirname, "..", "..", "README.md");
const START = "<!-- felder:start (erzeugt von test/tools/fields-table.ts) -->";
const END = "<!-- felder:end -->";

interface Row {
  field: string;
  description: string;
  kinds: TemplateKind[];
}

/** Markdown table of every field: one row per field and meaning, with the templates it belongs to. */
export function fieldsTable(): string {
  const rows: Row[] = [];
  const visit = (kind: TemplateKind, fields: readonly TemplateField[], inside: string) => {
    for (const f of fields) {
      const tag = f.kind === "loop" ? `{#${f.name}}…{/${f.name}}` : `{${f.name}}`;
      const field = inside ? `${inside} ${tag}` : tag;
      const row = rows.find((r) => r.field === field && r.description === f.description);
      if (row) row.kinds.push(kind);
      else rows.push({ field, description: f.description, kinds: [kind] });
      if (f.kind === "loop") visit(kind, f.children, `${inside ? `${inside} ` : ""}in {#${f.name}}:`);
    }
  };
  for (const kind of TEMPLATE_KINDS) visit(kind, TEMPLATE_FIELDS[kind], "");
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| Feld | Vorlagen | Bedeutung |",
    "|---|---|---|",
    ...rows.map((r) => `| \`${cell(r.field)}\` | ${r.kinds.map((k) => TEMPLATE_KIND_LABELS[k]).join(", ")} | ${cell(r.description)} |`),
  ].join("\n");
}

/** The README with the generated block replaced. */
export function readmeWithFields(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md braucht die Markierungen ${START} und ${END}.`);
  return `${readme.slice(0, from + START.length)}\n${fieldsTable()}\n${readme.slice(to)}`;
}

if (require.main === module) {
  const readme = readFileSync(README, "utf8");
  if (process.argv.includes("--write")) writeFileSync(README, readmeWithFields(readme));
  else console.log(fieldsTable());
}
