/**
 * A time of day `HH:MM` plus some minutes, or `null` if that passes midnight (a meeting that long
 * has no end time on its own day; the cell then stays empty rather than showing a wrong time).
 *
 * @example addMinutes("10:00", 120) // "12:00"
 * @example addMinutes("23:00", 90) // null
 */
export function addMinutes(time: string, minutes: number): string | null {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return total >= 24 * 60 ? null : timeOfMinutes(total);
}

/**
 * A whole number of minutes after midnight (0–1439) as `HH:MM`.
 *
 * @example timeOfMinutes(570) // "09:30"
 */
export function timeOfMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
