import type { Finding } from "./finding";
import { hostRing } from "./hostRing";
import { nextHost, previousTurn, takenTurns, type Turn } from "./nextHost";
import { dateParts, formatDateDe, MONTHS_DE, WEEKDAYS_DE } from "./plainDate";
import type { Located, Meeting, Member, Registers, Settings } from "./registers";
import { sheetFinding } from "./sheetColumns";
import { slotDate } from "./slotDate";
import { addMinutes } from "./timeOfDay";

/** The meetings planned for a year, in date order, and what the secretariat should know about it. */
export interface YearPlan {
  readonly meetings: Meeting[];
  readonly findings: Finding[];
}

/**
 * Plans the meetings of a calendar year (SPEC §5, "Nächstes Jahr planen"): one slot per
 * Sitzungsmonat that has no meeting row in that year yet (so planning twice adds nothing), dated by
 * the weekday rule around blocked days, hosted in turn along the ring. Existing rows are never
 * changed; Nr continue after the highest `Y-NN` already used. A month without a free day or a slot
 * without an eligible host gets no meeting but a warning.
 *
 * @example planYear(registers, 2026).meetings[0]
 * // { nr: "2026-01", date: "2026-03-05", start: "10:00", end: "12:00", format: "Präsenz", host: "Stadt Jüchen", … }
 */
export function planYear(registers: Registers, year: number): YearPlan {
  const { settings, members, blockedPeriods } = registers;
  const inYear = registers.meetings.filter((m) => dateParts(m.date).year === year);
  const takenMonths = new Set(inYear.map((m) => dateParts(m.date).month));
  const months = [...new Set(settings.meetingMonths)].filter((m) => !takenMonths.has(m)).sort((a, b) => a - b);
  const ring = hostRing(members);
  const turns = takenTurns(registers.meetings, members);
  const chair = settings.minutesKeeper === "Vorsitz" ? chairMember(settings.chair, members) : null;
  const end = addMinutes(settings.startTime, settings.durationMinutes);

  const meetings: Meeting[] = [];
  const findings: Finding[] = [];
  let number = highestNumber(inYear, year);
  let lastPlanned: Turn | null = null;
  for (const month of months) {
    const slot = slotDate(year, month, settings, blockedPeriods);
    if (slot.date === null) {
      findings.push(
        warning(
          "kein-freier-termin",
          `Im ${MONTHS_DE[month]} ${year} ist kein ${WEEKDAYS_DE[settings.weekday]} frei (${slot.reason}); für diesen Monat wurde keine Sitzung geplant. ` +
            `Bitte den Termin von Hand in „Sitzungen“ eintragen oder Sperrzeiten bzw. Sitzungsmonate anpassen.`,
        ),
      );
      continue;
    }
    const previous = previousTurn(turns, lastPlanned, slot.date);
    const host: Located<Member> | null = nextHost(ring, previous?.shortName ?? null, slot.date);
    if (host === null) {
      findings.push(
        warning(
          "kein-gastgeber",
          `Für die Sitzung am ${formatDateDe(slot.date)} gibt es keinen Gastgeber: an diesem Tag gehört kein Mitglied mit Gastgeber = Ja der Allianz an. ` +
            `Bitte in „Mitglieder“ bei mindestens einem Mitglied Gastgeber = Ja setzen oder Beitritt/Austritt prüfen.`,
        ),
      );
      continue;
    }
    number += 1;
    const nr = `${year}-${String(number).padStart(2, "0")}`;
    meetings.push({
      nr,
      date: slot.date,
      start: settings.startTime,
      end,
      format: settings.format,
      host: host.name,
      venue: settings.format === "Online" ? "Online" : host.venue,
      minutesBy: chair?.name ?? host.name,
      access: null,
      topic: null,
      speakers: null,
      status: "geplant",
      note: slot.note,
    });
    lastPlanned = { date: slot.date, nr, shortName: host.shortName };
  }
  if (settings.minutesKeeper === "Vorsitz" && chair === null && meetings.length > 0) findings.push(missingChair(settings));
  return { meetings, findings };
}

/** The highest NN among Nr of the form `Y-NN` in year Y (0 if none). */
function highestNumber(meetings: readonly Pick<Meeting, "nr">[], year: number): number {
  const pattern = new RegExp(`^${year}-(\\d+)$`);
  let highest = 0;
  for (const { nr } of meetings) {
    const match = pattern.exec(nr);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/**
 * The member named as Vorsitz, by Mitglied or by Kurzname.
 *
 * @example chairMember("Kaarst", members)?.name // "Stadt Kaarst"
 */
export function chairMember(chair: string | null, members: readonly Located<Member>[]): Located<Member> | null {
  if (chair === null) return null;
  return members.find((m) => m.name === chair) ?? members.find((m) => m.shortName === chair) ?? null;
}

function missingChair(settings: Settings): Finding {
  const named = settings.chair === null ? "ist kein Vorsitz eingetragen" : `„${settings.chair}“ ist kein Mitglied`;
  return sheetFinding(
    "Einstellungen",
    "warning",
    "vorsitz-fehlt",
    `„Protokoll führt“ steht auf „Vorsitz“, aber unter „Vorsitz“ ${named}. Die geplanten Sitzungen nennen deshalb den Gastgeber als Protokoll. ` +
      `Bitte unter „Vorsitz“ ein Mitglied aus „Mitglieder“ eintragen.`,
  );
}

function warning(code: string, message: string): Finding {
  return sheetFinding("Sitzungen", "warning", code, message);
}
