/**
 * A month list as people type it — `"1, 3, 5"`, `"3;6;9;12"`, `"3 6 9"` or a single month — as
 * sorted, distinct month numbers; `null` if it holds anything else or a number outside 1–12.
 *
 * @example parseMonthList("12; 3, 6 9") // [3, 6, 9, 12]
 * @example parseMonthList("März") // null
 */
export function parseMonthList(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== "");
  if (parts.length === 0 || !parts.every((part) => /^\d{1,2}$/.test(part))) return null;
  const months = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  return months.every((m) => m >= 1 && m <= 12) ? months : null;
}
