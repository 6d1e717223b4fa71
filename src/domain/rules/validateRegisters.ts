import type { Finding } from "../finding";
import { checkAgenda } from "./agendaRules";
import { checkAttendance } from "./attendanceRules";
import { checkBlockedPeriods } from "./blockedPeriodRules";
import { checkBodies } from "./bodyRules";
import type { CheckContext, Rule } from "./checkContext";
import { checkContacts } from "./contactRules";
import { checkDocuments } from "./documentRules";
import { checkMeetings } from "./meetingRules";
import { checkMembers } from "./memberRules";
import { checkSettings } from "./settingsRules";
import { checkTasks } from "./taskRules";

const RULES: readonly Rule[] = [checkMembers, checkContacts, checkMeetings, checkAgenda, checkSettings, checkBlockedPeriods, checkDocuments, checkBodies, checkAttendance, checkTasks];

/**
 * All validation rules of SPEC §4 over parsed registers (the reading itself reports cell problems).
 *
 * @example validateRegisters({ registers, sheets, today: "2026-05-01" }) // Finding[]
 */
export function validateRegisters(context: CheckContext): Finding[] {
  return RULES.flatMap((rule) => rule(context));
}
