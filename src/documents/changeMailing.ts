import type { PlainDate } from "../domain/plainDate";
import type { Meeting, Registers } from "../domain/registers";
import { documentFor } from "./documentFor";
import { buildMailing, CHANGE_TEMPLATE, type ChangeMailingKind, type Mailing } from "./mailing";

export interface ChangeMailingOptions {
  readonly nr: string;
  /** For `absage`: the reason given, if any. */
  readonly reason: string | null;
  /** The meeting as it was before the change. */
  readonly former: Meeting | undefined;
  /** The date the letters carry. */
  readonly letterDate: PlainDate;
  /** When the mailing is made, an ISO instant in UTC. */
  readonly stamp: string;
  readonly onProgress?: (mailsDone: number, mailsTotal: number) => void;
}

/**
 * The mailing of a cancellation or a move, made from the registers as they are after the change:
 * the serial letter filled from `template` (see {@link CHANGE_TEMPLATE}), the .ics, the recipient
 * list and one .eml per recipient. One function for the CLI and the Excel pane's worker, so both
 * send the same files.
 *
 * @example changeMailing("absage", after, { nr: "2027-02", reason: "Krankheit", former, letterDate, stamp }, template).files[0].name // "Serienbrief.docx"
 */
export function changeMailing(kind: ChangeMailingKind, after: Registers, options: ChangeMailingOptions, template: Uint8Array): Mailing {
  const { nr, reason, former, letterDate, stamp, onProgress } = options;
  const letterDocx = documentFor(CHANGE_TEMPLATE[kind], after, { nr, letterDate, ...(kind === "absage" ? { reason } : {}) }, template);
  return buildMailing(kind, after, { nr, reason: kind === "absage" ? reason : null, former, stamp, letterDocx, ...(onProgress ? { onProgress } : {}) });
}
