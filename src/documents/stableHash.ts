const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/**
 * A 64-bit FNV-1a hash of the UTF-8 text as 16 hex digits: the same text gives the same value in
 * every run, browser and Node, without the asynchronous Web Crypto API. For identifiers (calendar
 * UIDs, Message-IDs), not for security.
 *
 * @example stableHash("Allianz|2027-01") // "…" (16 hex digits, always the same)
 */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of encoder.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(16, "0");
}
