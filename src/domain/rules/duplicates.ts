/**
 * Every item whose key an earlier item already has, paired with that first item (one pass, a map).
 * Items with an empty key are ignored.
 *
 * @example laterDuplicates([{ n: "a", row: 2 }, { n: "A", row: 3 }], (x) => x.n.toLowerCase()) // [{ item: { n: "A", row: 3 }, first: { n: "a", row: 2 } }]
 */
export function laterDuplicates<T>(items: readonly T[], key: (item: T) => string): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const result: { item: T; first: T }[] = [];
  for (const item of items) {
    const k = key(item);
    if (k === "") continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, item);
    else result.push({ item, first });
  }
  return result;
}
