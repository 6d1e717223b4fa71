/**
 * A time of day `HH:MM` plus some minutes, or `null` if that passes midnight (a meeting that long
 * has no end time on its own day; the cell then stays empty rather than showing a wrong time).
 *
 * @example addMinutes("10:00", 120) // "12:00"
 * @example addMinutes("23:00", 90) // null
 */
export function addMinutes(time: string, minutes: number): string | null {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  if (total >= 24 * 60) return null;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}
