import Docxtemplater from "docxtemplater";
import type { DXT } from "docxtemplater";
import PizZip from "pizzip";
import type { TemplateField, TemplateKind } from "./fields";
import { TEMPLATE_FIELDS, TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from "./fields";

/** Why a template cannot be used, with a German message that says what to change. */
export interface TemplateProblem {
  readonly code: "not_docx" | "corrupt" | "syntax" | "unknown_field" | "misplaced_field";
  readonly message: string;
}

/** A template compiled by docxtemplater, or the problems that keep it from being used. */
export type CompiledTemplate = { readonly doc: Docxtemplater<PizZip>; readonly problems: readonly [] } | { readonly doc: null; readonly problems: readonly TemplateProblem[] };

/**
 * Checks a Word template before it is used: a file that is not a .docx, broken tags and loops
 * (docxtemplater's own compile errors) and fields that the kind of document does not have, with
 * the closest known field as a suggestion. An empty list means the template can be filled.
 *
 * @example checkTemplate(bytes, "einladung").map((p) => p.message) // ["Unbekanntes Feld „{Datun}“ – meinten Sie „{Datum}“?"]
 */
export function checkTemplate(bytes: Uint8Array, kind: TemplateKind): TemplateProblem[] {
  return [...compileTemplate(bytes, kind).problems];
}

/**
 * Compiles a template once with the options every document uses (a loop alone in its paragraph
 * repeats whole paragraphs, `\n` in a value becomes a line break, a missing value stays empty)
 * and checks it; fillTemplate renders the same compilation, so a template is parsed only once.
 */
export function compileTemplate(bytes: Uint8Array, kind: TemplateKind): CompiledTemplate {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return failed(notDocx());
  }
  const collector = new TagCollector();
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => "", errorLogging: false, modules: [collector] });
  } catch (error) {
    return failed(...compileProblems(error));
  }
  if (collector.fileType !== "docx") return failed(notDocx());
  const problems = fieldProblems(collector.tags, kind);
  return problems.length === 0 ? { doc, problems: [] } : failed(...problems);
}

function failed(...problems: TemplateProblem[]): CompiledTemplate {
  return { doc: null, problems };
}

function notDocx(): TemplateProblem {
  return { code: "not_docx", message: "Die Datei ist keine Word-Vorlage (.docx) – bitte eine in Word als „Word-Dokument (*.docx)“ gespeicherte Datei wählen." };
}

/** The part of docxtemplater's error objects this module reads. */
interface TemplaterError {
  readonly properties?: { readonly id?: string; readonly explanation?: string; readonly xtag?: string; readonly errors?: readonly TemplaterError[]; readonly openingtag?: string; readonly closingtag?: string };
}

function compileProblems(error: unknown): TemplateProblem[] {
  const properties = (error as TemplaterError | null)?.properties;
  if (properties?.id === "multi_error" && properties.errors !== undefined) return dedupe(properties.errors.map(syntaxProblem));
  return [syntaxProblem(error as TemplaterError)];
}

/** docxtemplater's error ids in German. */
function syntaxProblem(error: TemplaterError): TemplateProblem {
  const { id, xtag = "", explanation = "", openingtag = "", closingtag = "" } = error?.properties ?? {};
  const syntax = (message: string): TemplateProblem => ({ code: "syntax", message });
  switch (id) {
    case "unclosed_loop":
      return syntax(`Die Schleife „{#${xtag}}“ wird nicht geschlossen – bitte „{/${xtag}}“ an ihrem Ende ergänzen.`);
    case "unopened_loop":
      return syntax(`Die Schleife „{/${xtag}}“ wird geschlossen, aber nirgends geöffnet – bitte „{#${xtag}}“ an ihrem Anfang ergänzen oder „{/${xtag}}“ löschen.`);
    case "closing_tag_does_not_match_opening_tag":
      return syntax(`Die Schleife „{#${openingtag}}“ wird mit „{/${closingtag}}“ geschlossen – bitte beide mit demselben Namen schreiben.`);
    case "unclosed_tag":
      return syntax(`Die Feldmarke „{${xtag}“ wird nicht geschlossen – bitte die schließende Klammer „}“ ergänzen.`);
    case "unopened_tag":
      return syntax(`Vor „${xtag}}“ fehlt die öffnende Klammer „{“ – bitte ergänzen oder die Klammer „}“ löschen.`);
    case "duplicate_open_tag":
      // docxtemplater reports the text around the doubled bracket, brackets included.
      return syntax(`In „${xtag}…“ steht die öffnende Klammer doppelt – bitte „{{“ durch „{“ ersetzen.`);
    case "duplicate_close_tag":
      return syntax(`In „…${xtag}“ steht die schließende Klammer doppelt – bitte „}}“ durch „}“ ersetzen.`);
    case "unbalanced_loop_tags":
    case "loop_position_invalid":
      return syntax(
        `Eine Schleife beginnt und endet an Stellen, die nicht zusammenpassen (z. B. „{#…}“ in einer Tabelle, „{/…}“ außerhalb) – bitte Anfang und Ende in dieselbe Tabellenzeile bzw. denselben Textbereich setzen. (${explanation})`,
      );
    case "raw_xml_tag_should_be_only_text_in_paragraph":
      return rawField(xtag);
    case "file_has_invalid_xml":
    case "malformed_xml":
      return { code: "corrupt", message: "Die Word-Datei ist beschädigt – bitte in Word öffnen, als .docx neu speichern und erneut wählen." };
    case "filetype_not_identified":
    case "filetype_not_handled":
    case "xlsx_filetype_needs_xlsx_module":
      return notDocx();
    default:
      return syntax(`Die Vorlage enthält eine fehlerhafte Feldmarke (${explanation || "unbekannter Fehler"}) – bitte die Marken in geschweiften Klammern prüfen.`);
  }
}

/** `{@Name}` inserts raw WordprocessingML: never what a secretariat means, and a way to break the file. */
function rawField(name: string): TemplateProblem {
  return { code: "syntax", message: `Die Marke „{@${name}}“ fügt Word-Code ein und wird nicht unterstützt – bitte „{${name}}“ schreiben.` };
}

/** A compiled part of a template: text, XML, or a tag (`type` "placeholder") with its loop content. */
interface TagPart {
  readonly type: string;
  readonly value: string;
  readonly module?: string;
  readonly inverted?: boolean;
  readonly subparsed?: readonly TagPart[];
}

/**
 * Collects the compiled parts of every templated file (body, headers, footers) as docxtemplater
 * announces them to its modules. This is what its InspectModule does, without that module's
 * lodash dependency and deep copies (lodash is not among the installed dependencies).
 */
class TagCollector implements DXT.Module {
  readonly name = "TagCollector";
  readonly tags: TagPart[] = [];
  fileType: string | null = null;

  optionsTransformer(options: DXT.Options, doc: Docxtemplater & { readonly fileType?: string }): DXT.Options {
    this.fileType = doc.fileType ?? null;
    return options;
  }

  set(announcement: { readonly inspect?: { readonly postparsed?: readonly TagPart[] } }): void {
    if (announcement.inspect?.postparsed !== undefined) this.tags.push(...announcement.inspect.postparsed);
  }
}

/**
 * Fields the kind does not know, or that stand where they have no value: inside a loop, its own
 * fields and all fields outside it are known (docxtemplater looks a name up from the inside out).
 */
function fieldProblems(parts: readonly TagPart[], kind: TemplateKind): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const visit = (tags: readonly TagPart[], scopes: readonly (readonly TemplateField[])[]): void => {
    for (const tag of tags) {
      if (tag.type !== "placeholder") continue;
      const name = tag.value.trim();
      const isLoop = tag.module === "loop";
      const written = isLoop ? `{${tag.inverted ? "^" : "#"}${name}}` : `{${name}}`;
      const field = lookUp(name, scopes);
      if (tag.module === "rawxml") {
        problems.push(rawField(name));
      } else if (field === undefined) {
        problems.push(unknownField(name, written, scopes, kind));
      } else if (!isLoop && field.kind === "loop") {
        problems.push({ code: "misplaced_field", message: `„${written}“ ist eine Liste – bitte als Schleife „{#${name}}…{/${name}}“ schreiben.` });
      }
      // Inside a real loop its entries' fields are known; a condition ({#Thema}, {^Liste}) keeps the scope.
      const inner = field?.kind === "loop" && isLoop && !tag.inverted ? [...scopes, field.children] : scopes;
      if (tag.subparsed !== undefined) visit(tag.subparsed, inner);
    }
  };
  visit(parts, [TEMPLATE_FIELDS[kind]]);
  return dedupe(problems);
}

function lookUp(name: string, scopes: readonly (readonly TemplateField[])[]): TemplateField | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const field = scopes[i].find((f) => f.name === name);
    if (field !== undefined) return field;
  }
  return undefined;
}

function unknownField(name: string, written: string, scopes: readonly (readonly TemplateField[])[], kind: TemplateKind): TemplateProblem {
  const loop = loopHolding(name, TEMPLATE_FIELDS[kind]);
  if (loop !== undefined) {
    return { code: "misplaced_field", message: `Das Feld „${written}“ gibt es nur innerhalb der Schleife „{#${loop}}…{/${loop}}“ – bitte die Marke dorthin verschieben.` };
  }
  const otherKind = TEMPLATE_KINDS.find((k) => k !== kind && loopHolding(name, TEMPLATE_FIELDS[k]) === null);
  if (otherKind !== undefined) {
    return {
      code: "misplaced_field",
      message: `Das Feld „${written}“ gibt es nur in Vorlagen für „${TEMPLATE_KIND_LABELS[otherKind]}“, nicht für „${TEMPLATE_KIND_LABELS[kind]}“ – bitte die Marke löschen oder die passende Vorlage wählen.`,
    };
  }
  const suggestion = closestName(name, scopes.flat());
  if (suggestion !== undefined) {
    return { code: "unknown_field", message: `Unbekanntes Feld „${written}“ – meinten Sie „${written.replace(name, suggestion)}“?` };
  }
  return { code: "unknown_field", message: `Unbekanntes Feld „${written}“ – bitte ein Feld aus der Feldliste der Anleitung verwenden oder die Marke löschen.` };
}

/** The loop a field belongs to: `null` for a top-level field, `undefined` if the fields do not have it. */
function loopHolding(name: string, fields: readonly TemplateField[]): string | null | undefined {
  if (fields.some((f) => f.name === name)) return null;
  for (const field of fields) {
    if (field.kind === "loop" && loopHolding(name, field.children) !== undefined) return field.name;
  }
  return undefined;
}

/**
 * The known name closest to a misspelt one, or none if nothing is close. Case, umlauts written as
 * ä or ae, and spaces do not count as differences; then at most one edit per three letters.
 */
function closestName(name: string, fields: readonly TemplateField[]): string | undefined {
  const wanted = normalise(name);
  let best: { name: string; distance: number } | undefined;
  for (const field of fields) {
    const distance = editDistance(wanted, normalise(field.name));
    if (best === undefined || distance < best.distance) best = { name: field.name, distance };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(wanted.length / 3)) ? best.name : undefined;
}

function normalise(name: string): string {
  return name
    .toLocaleLowerCase("de")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[\s_-]/g, "");
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function dedupe(problems: readonly TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
}
