const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Standard base64 (RFC 4648) of bytes, optionally broken into lines of `lineLength` characters
 * with CRLF as MIME bodies need (RFC 2045: at most 76). Works on Uint8Array in browser and Node
 * alike (no Buffer, no btoa on binary strings).
 *
 * @example base64(new TextEncoder().encode("Jüchen")) // "SsO8Y2hlbg=="
 */
export function base64(bytes: Uint8Array, lineLength = 0): string {
  const quads: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    quads.push(ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    quads.push(`${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}==`);
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    quads.push(`${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}=`);
  }
  if (lineLength <= 0) return quads.join("");
  const perLine = Math.max(1, Math.floor(lineLength / 4));
  const lines: string[] = [];
  for (let q = 0; q < quads.length; q += perLine) lines.push(quads.slice(q, q + perLine).join(""));
  return lines.join("\r\n");
}
