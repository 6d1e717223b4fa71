/*
 * XML of package parts, read by a small conforming tokenizer: one pass with indexOf over the text
 * (linear in the size of the part whatever it holds), well-formedness checked (nesting, quotes,
 * entities), no document type definitions (so no entity expansion). Names are compared without
 * their prefix, so transitional, Strict and prefixed (`x:row`) parts read alike. Every element
 * knows where it stands in the text, so a part can be changed by splicing the few places that
 * change and leaving every other character as it was.
 */

/** Malformed XML in a part; the message is German and names the part. */
export class XmlPartError extends Error {
  override readonly name = "XmlPartError";
}

/** An open tag as the parser met it. */
export interface XmlTag {
  /** Local name (without prefix), e.g. `row`. */
  readonly name: string;
  /** Attributes by local name, values unescaped. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Index of `<` in the text. */
  readonly start: number;
  /** Index just after the open tag's `>`. */
  readonly openEnd: number;
  readonly selfClosing: boolean;
}

export interface XmlHandlers {
  readonly open?: (tag: XmlTag, depth: number) => void;
  /** `end` is the index just after the element (after `</…>`, or after `/>`). */
  readonly close?: (name: string, end: number, depth: number) => void;
  /** Character data (text and CDATA) as it reads, entities resolved, line breaks normalised. */
  readonly text?: (text: string) => void;
}

/**
 * Runs the handlers over a part's XML; throws {@link XmlPartError} on malformed XML or a DOCTYPE.
 *
 * @example scanXml(xml, { open: (tag) => names.push(tag.name) }, "xl/workbook.xml")
 */
export function scanXml(text: string, handlers: XmlHandlers, part: string): void {
  const fail = (what: string, at: number): never => {
    throw new XmlPartError(`Der Teil „${part}“ ist kein gültiges XML (${what} bei Zeichen ${at}).`);
  };
  const stack: string[] = [];
  let rootSeen = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        if (!isWhitespace(text, i, textEnd)) fail("Text außerhalb des Wurzelelements", i);
      } else {
        // Entities are checked even where nobody reads the text: malformed XML is refused everywhere.
        const chunk = decodeText(text.slice(i, textEnd), i, fail);
        handlers.text?.(chunk);
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = text.indexOf(">", lt);
      if (gt < 0) fail("unvollständiges End-Tag", lt);
      const name = text.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) fail(`End-Tag </${name}> passt nicht`, lt);
      handlers.close?.(localName(name), gt + 1, stack.length);
      if (stack.length === 0) rootSeen = true;
      i = gt + 1;
    } else if (next === 0x3f /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) fail("unvollständige Verarbeitungsanweisung", lt);
      i = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith("!--", lt + 1)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) fail("unvollständiger Kommentar", lt);
        i = end + 3;
      } else if (text.startsWith("![CDATA[", lt + 1)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0 || stack.length === 0) fail("CDATA-Abschnitt", lt);
        handlers.text?.(text.slice(lt + 9, end).replace(/\r\n?/g, "\n"));
        i = end + 3;
      } else if (/^!doctype/i.test(text.slice(lt + 1, lt + 9))) {
        throw new XmlPartError(`Der Teil „${part}“ enthält eine Dokumenttyp-Definition (DOCTYPE); das kommt in Arbeitsmappen nicht vor.`);
      } else fail("unbekannte Auszeichnung", lt);
    } else {
      if (stack.length === 0 && rootSeen) fail("zweites Wurzelelement", lt);
      i = startTag(text, lt, stack.length, handlers, stack, fail);
      if (stack.length === 0) rootSeen = true;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]}> wird nicht geschlossen`, n);
  if (!rootSeen) fail("kein Element", 0);
}

/** Reads a start tag at `lt`, calls the handlers, returns the index after it. */
function startTag(text: string, lt: number, depth: number, handlers: XmlHandlers, stack: string[], fail: (what: string, at: number) => never): number {
  let j = lt + 1;
  while (j < text.length && !isNameEnd(text.charCodeAt(j))) j++;
  const name = text.slice(lt + 1, j);
  if (name === "") fail("Element ohne Namen", lt);
  const attributes = new Map<string, string>();
  let selfClosing = false;
  for (;;) {
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 0x3e /* > */) {
      j++;
      break;
    }
    if (c === 0x2f /* / */ && text.charCodeAt(j + 1) === 0x3e) {
      selfClosing = true;
      j += 2;
      break;
    }
    if (j >= text.length) fail(`unvollständiges Tag <${name}>`, lt);
    const nameStart = j;
    while (j < text.length && !isNameEnd(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x3d /* = */) j++;
    const attribute = text.slice(nameStart, j);
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (attribute === "" || text.charCodeAt(j) !== 0x3d) fail(`Attribut ohne Wert in <${name}>`, j);
    j++;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const quote = text[j];
    if (quote !== '"' && quote !== "'") fail(`Attributwert ohne Anführungszeichen in <${name}>`, j);
    const end = text.indexOf(quote, j + 1);
    if (end < 0) fail(`unvollständiger Attributwert in <${name}>`, j);
    const raw = text.slice(j + 1, end);
    if (raw.includes("<")) fail(`„<“ in einem Attributwert von <${name}>`, j);
    attributes.set(localName(attribute), decodeText(raw.replace(/[\t\n\r]/g, " "), j, fail));
    j = end + 1;
  }
  const tag: XmlTag = { name: localName(name), attributes, start: lt, openEnd: j, selfClosing };
  handlers.open?.(tag, depth);
  if (selfClosing) handlers.close?.(tag.name, j, depth);
  else stack.push(name);
  return j;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Character data with its entities and character references resolved; any other `&` is malformed. */
function decodeText(raw: string, at: number, fail: (what: string, at: number) => never): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&]{0,10});?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) return fail("„&“ ohne Entität", at);
    if (body in ENTITIES) return ENTITIES[body];
    const code = body.startsWith("#x") ? parseInt(body.slice(2), 16) : body.startsWith("#") ? Number(body.slice(1)) : NaN;
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body)) return fail(`unbekannte Entität „&${body};“`, at);
    return String.fromCodePoint(code);
  });
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f || c === 0x3e || Number.isNaN(c);
}

function isWhitespace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** A small element tree, for the parts that are short by nature (relationships, workbook, tables). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  readonly start: number;
  readonly openEnd: number;
  end: number;
  text: string;
}

/**
 * The part as a tree of elements (text of each element: its own character data).
 *
 * @example parseXmlTree(relsXml, "_rels/.rels").children.map((r) => r.attributes.get("Target"))
 */
export function parseXmlTree(text: string, part: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  scanXml(
    text,
    {
      open: (tag) => {
        const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], start: tag.start, openEnd: tag.openEnd, end: tag.openEnd, text: "" };
        if (stack.length > 0) stack[stack.length - 1].children.push(element);
        else root = element;
        stack.push(element);
      },
      close: (_, end) => {
        stack.pop()!.end = end;
      },
      text: (chunk) => {
        if (stack.length > 0) stack[stack.length - 1].text += chunk;
      },
    },
    part,
  );
  if (root === null) throw new XmlPartError(`Der Teil „${part}“ ist leer.`);
  return root;
}

/** The children (any depth) named `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/**
 * Part bytes as text: UTF-8, or UTF-16 with a byte order mark.
 *
 * @example decodeXml(new TextEncoder().encode("<a/>")) // "<a/>"
 */
export function decodeXml(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;" };

/**
 * Text for an attribute value or element content: escaped, line breaks and tabs as character
 * references (a parser would turn a raw CR LF into LF).
 *
 * @example escapeXml('a < b\r\n') // "a &lt; b&#13;&#10;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (ch) => ESCAPES[ch]);
}

/**
 * A copy of an open tag with one attribute set (added before `>` when the tag lacks it). The tag is
 * scanned character by character, so quotes inside values cannot mislead it.
 *
 * @example withAttribute('<tableParts count="1">', "count", "2") // '<tableParts count="2">'
 */
export function withAttribute(tag: string, name: string, value: string): string {
  let i = tag.indexOf(" ");
  while (i >= 0 && i < tag.length) {
    while (i < tag.length && /\s/.test(tag[i])) i++;
    const nameStart = i;
    while (i < tag.length && tag[i] !== "=" && !/[\s/>]/.test(tag[i])) i++;
    const attribute = tag.slice(nameStart, i);
    while (i < tag.length && /\s/.test(tag[i])) i++;
    if (tag[i] !== "=") break;
    i++;
    while (i < tag.length && /\s/.test(tag[i])) i++;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") break;
    const valueStart = i + 1;
    const valueEnd = tag.indexOf(quote, valueStart);
    if (valueEnd < 0) break;
    if (localName(attribute) === name) return `${tag.slice(0, valueStart)}${escapeXml(value)}${tag.slice(valueEnd)}`;
    i = valueEnd + 1;
  }
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escapeXml(value)}"${tag.slice(close)}`;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
