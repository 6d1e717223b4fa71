import type { Finding } from "../finding";
import type { PlainDate } from "../plainDate";
import type { RegisterSheets } from "../readRegisters";
import type { Registers } from "../registers";

/** What every validation rule sees: the typed registers, where they sit, and the day "today" is. */
export interface CheckContext {
  readonly registers: Registers;
  readonly sheets: RegisterSheets;
  readonly today: PlainDate;
}

/** A validation rule family of SPEC §4. */
export type Rule = (context: CheckContext) => Finding[];
