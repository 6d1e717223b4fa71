import { SaxesParser } from "saxes";

/*
 * XML of package parts, read with a conforming streaming parser (saxes): linear in the size of the
 * part whatever it holds, no document type definitions (no entity expansion). Names are compared
 * without their prefix, so transitional, Strict and prefixed (`x:row`) parts read alike. Every
 * element knows where it stands in the text, so a part can be changed by splicing the few places
 * that change and leaving every other character as it was.
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
  /** Character data (text and CDATA) as it reads, entities resolved. */
  readonly text?: (text: string) => void;
}

/**
 * Runs the handlers over a part's XML; throws {@link XmlPartError} on malformed XML or a DOCTYPE.
 *
 * @example scanXml(xml, { open: (tag) => names.push(tag.name) })
 */
export function scanXml(text: string, handlers: XmlHandlers, part: string): void {
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  parser.on("doctype", () => {
    throw new XmlPartError(`Der Teil „${part}“ enthält eine Dokumenttyp-Definition (DOCTYPE); das kommt in Arbeitsmappen nicht vor.`);
  });
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const start = text.lastIndexOf("<", openEnd - 1);
    const attributes = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes)) attributes.set(localName(name), value as string);
    handlers.open?.({ name: localName(tag.name), attributes, start, openEnd, selfClosing: tag.isSelfClosing }, depth);
    depth++;
  });
  parser.on("closetag", (tag) => {
    depth--;
    handlers.close?.(localName(tag.name), parser.position, depth);
  });
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof XmlPartError) throw error;
    throw new XmlPartError(`Der Teil „${part}“ ist kein gültiges XML (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`);
  }
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
