import { base64 } from "./base64";
import { stableHash } from "./stableHash";
import { rfc5322Date, type Timestamp } from "./timestamp";

/** A person in a mail header. */
export interface MailAddress {
  readonly name: string;
  readonly email: string;
}

export interface MailAttachment {
  readonly fileName: string;
  /** MIME type with parameters, e.g. {@link DOCX_CONTENT_TYPE} or {@link icsContentType}`("REQUEST")`. */
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One mail draft. Every value is passed in: the same message gives the same bytes. */
export interface MailMessage {
  readonly from: MailAddress;
  readonly to: readonly MailAddress[];
  readonly subject: string;
  /** Plain text body; line breaks of any kind. */
  readonly text: string;
  readonly date: Timestamp;
  /** Message-ID without angle brackets, e.g. `3f2a…@example.org`. */
  readonly messageId: string;
  readonly attachments?: readonly MailAttachment[];
}

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const PDF_CONTENT_TYPE = "application/pdf";

/** @example icsContentType("REQUEST") // "text/calendar; method=REQUEST; charset=UTF-8" */
export function icsContentType(method: string): string {
  return `text/calendar; method=${method}; charset=UTF-8`;
}

// Dot-atom local part and a host name: what goes into a header raw, so nothing that could end it.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const CONTENT_TYPE = /^[A-Za-z0-9.+-]+\/[A-Za-z0-9.+-]+(?:; ?[A-Za-z0-9-]+=[A-Za-z0-9.+-]+)*$/;
const MESSAGE_ID = /^[\x21-\x3b\x3d\x3f-\x7e]+@[A-Za-z0-9.-]+$/;

/**
 * True for an address that can stand in a mail header as it is (ASCII, no spaces, no brackets).
 *
 * @example isMailAddress("alex.beispiel@example.org") // true
 * @example isMailAddress("alex@example.org\r\nBcc: x@evil.example") // false
 */
export function isMailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

/**
 * An RFC 5322 mail file (`.eml`) that Outlook opens as an unsent draft (`X-Unsent: 1`): headers in
 * ASCII with RFC 2047 encoded-words for umlauts, lines folded at 78, a quoted-printable UTF-8 text
 * part and base64 attachments in multipart/mixed. Names and subjects lose CR, LF and other control
 * characters first, so register data can never start a header of its own.
 *
 * Throws a RangeError for an address that {@link isMailAddress} rejects or a malformed content
 * type or Message-ID: callers check register data first and report it.
 *
 * @example new TextDecoder().decode(buildEml(message)).startsWith("Date: ") // true
 */
export function buildEml(message: MailMessage): Uint8Array {
  if (!MESSAGE_ID.test(message.messageId)) throw new RangeError(`Ungültige Message-ID: ${message.messageId}`);
  const boundary = `=_allianz_${stableHash(message.messageId)}`;
  const lines = [
    `Date: ${rfc5322Date(message.date)}`,
    addressHeader("From", [message.from]),
    addressHeader("To", message.to),
    unstructuredHeader("Subject", message.subject),
    `Message-ID: <${message.messageId}>`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    "This is a multi-part message in MIME format.",
    `--${boundary}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    quotedPrintable(message.text),
  ];
  for (const attachment of message.attachments ?? []) {
    if (!CONTENT_TYPE.test(attachment.contentType)) throw new RangeError(`Ungültiger Inhaltstyp: ${attachment.contentType}`);
    lines.push(
      `--${boundary}`,
      parameterHeader("Content-Type", attachment.contentType, "name", attachment.fileName),
      "Content-Transfer-Encoding: base64",
      parameterHeader("Content-Disposition", "attachment", "filename", attachment.fileName),
      "",
      cachedBase64(attachment.bytes),
    );
  }
  lines.push(`--${boundary}--`, "");
  return encoder.encode(lines.join("\r\n"));
}

const encoder = new TextEncoder();
const MAX_LINE = 78;
/** Bytes per encoded-word: 36 bytes → 48 base64 characters → 60 with `=?UTF-8?B?…?=`, so a word fits any header line. */
const WORD_BYTES = 36;

/** Control characters (C0, DEL, C1, Unicode line/paragraph separators) would break or add header lines. */
function cleanHeaderText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes("=?");
}

/** RFC 2047 B encoded-words, split between code points so no word ends inside a UTF-8 sequence. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of text) {
    const bytes = encoder.encode(ch);
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words;
}

/** Joins tokens with spaces and folds before a token that would pass 78 characters. */
function foldHeader(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line.trim().length > name.length + 1) {
      lines.push(line);
      line = "";
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join("\r\n");
}

function unstructuredHeader(name: string, value: string): string {
  const text = cleanHeaderText(value);
  const words = text.split(" ");
  const plain = isPlainAscii(text) && words.every((word) => word.length <= MAX_LINE - name.length - 2);
  return foldHeader(name, plain ? words : encodedWords(text));
}

function addressHeader(name: string, addresses: readonly MailAddress[]): string {
  const tokens: string[] = [];
  addresses.forEach((address, index) => {
    if (!isMailAddress(address.email)) throw new RangeError(`Ungültige E-Mail-Adresse: ${JSON.stringify(address.email)}`);
    const display = cleanHeaderText(address.name);
    if (display !== "") {
      if (isPlainAscii(display) && display.length <= 60) tokens.push(`"${display.replace(/["\\]/g, "\\$&")}"`);
      else tokens.push(...encodedWords(display));
    }
    tokens.push(`<${address.email}>${index < addresses.length - 1 ? "," : ""}`);
  });
  return foldHeader(name, tokens);
}

/**
 * `Content-Type` or `Content-Disposition` with a file name. A plain ASCII name stays quoted as it
 * is. Other names use both conventions, since mail programs read one or the other: RFC 2047
 * encoded-words in `Content-Type; name="…"` (as Outlook and Gmail write it) and the RFC 2231
 * form `filename*0*=UTF-8''…` in `Content-Disposition`.
 */
function parameterHeader(name: string, value: string, parameter: "name" | "filename", fileName: string): string {
  const clean = cleanHeaderText(fileName) || "Anhang";
  if (isPlainAscii(clean) && !/["\\]/.test(clean) && clean.length <= 60) return foldHeader(name, [`${value};`, `${parameter}="${clean}"`]);
  if (parameter === "name") {
    const words = encodedWords(clean);
    return foldHeader(name, [`${value};`, ...words.map((word, i) => `${i === 0 ? `${parameter}="` : ""}${word}${i === words.length - 1 ? '"' : ""}`)]);
  }
  const pieces = continuationPieces(percentEncode(clean), 54);
  if (pieces.length === 1) return foldHeader(name, [`${value};`, `${parameter}*=UTF-8''${pieces[0]}`]);
  return foldHeader(name, [`${value};`, ...pieces.map((piece, i) => `${parameter}*${i}*=${i === 0 ? "UTF-8''" : ""}${piece}${i === pieces.length - 1 ? "" : ";"}`)]);
}

/** Splits a percent-encoded value into pieces of at most `max` characters, never inside `%XX`. */
function continuationPieces(encoded: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const unit of encoded.match(/%[0-9A-F]{2}|[^%]/g) ?? []) {
    if (piece.length + unit.length > max) {
      pieces.push(piece);
      piece = "";
    }
    piece += unit;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/** RFC 2231 extended value: attribute-chars stay, every other UTF-8 byte becomes `%XX`. */
function percentEncode(text: string): string {
  let out = "";
  for (const byte of encoder.encode(text)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9!#$&+.^_`|~-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const HEX = Array.from({ length: 256 }, (_, b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`);

/** RFC 2045 quoted-printable of the UTF-8 text, CRLF line breaks, soft breaks keep lines at 76. */
function quotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      const bytes = encoder.encode(line);
      let out = "";
      let current = "";
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && i < bytes.length - 1);
        const token = literal ? String.fromCharCode(b) : HEX[b];
        if (current.length + token.length > 75) {
          out += `${current}=\r\n`;
          current = "";
        }
        current += token;
      }
      return out + current;
    })
    .join("\r\n");
}

/** A mailing attaches the same minutes or calendar file to hundreds of drafts: encode it once. */
const base64Cache = new WeakMap<Uint8Array, string>();

function cachedBase64(bytes: Uint8Array): string {
  let encoded = base64Cache.get(bytes);
  if (encoded === undefined) {
    encoded = base64(bytes, 76);
    base64Cache.set(bytes, encoded);
  }
  return encoded;
}
