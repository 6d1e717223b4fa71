import type { Finding } from "../domain/finding";
import type { WorkbookGrids } from "../domain/grid";
import type { PlainDate } from "../domain/plainDate";
import type { ChangeMailingKind } from "../documents/mailing";
import type { TemplateKind } from "../documents/fields";
import type { MeetingChange } from "../domain/meetingChange";
import type { NamedFile } from "../documents/zip";

/*
 * What the "Dokumente" view and its worker say to each other. Types and one small table only: the
 * view imports this module, so nothing here may pull in docxtemplater or PizZip.
 */

/** The four buttons of the view. */
export type DocumentAction = "protokoll" | "einladung" | "jahresplanung" | "protokollversand";

/** The template each action fills (the minutes mailing fills none: it sends the finished minutes). */
export const ACTION_TEMPLATE: Record<DocumentAction, TemplateKind> = {
  protokoll: "protokoll",
  einladung: "einladung",
  jahresplanung: "jahresplanung",
  protokollversand: "protokoll",
};

/** Make the file of one action from the registers as just read. */
export interface DocumentJob {
  readonly type: "make";
  readonly action: DocumentAction;
  readonly grids: WorkbookGrids;
  /** Meeting Nr, for every action but `jahresplanung`. */
  readonly nr?: string;
  /** Year, for `jahresplanung`. */
  readonly year?: number;
  /** For `jahresplanung`: only this Gremium's meetings, to its people (a Gremium of the Gremien sheet). */
  readonly body?: string;
  /** The user's own template for the action; without it the worker loads the default from `assets/`. */
  readonly template?: Uint8Array;
  /** For `protokollversand`: the finished minutes (.docx or .pdf) the user chose, sent unchanged. */
  readonly minutesFile?: { readonly fileName: string; readonly bytes: Uint8Array };
  readonly today: PlainDate;
  /** When the mailing is made, an ISO instant (mail Date, calendar DTSTAMP). */
  readonly stamp: string;
}

/**
 * Make the mailing of a meeting's change ("Sitzungen": Absagen, Verschieben) from the registers as
 * read before the change: the same files as `allianz absagen` and `allianz verschieben`.
 */
export interface ChangeJob {
  readonly type: "change";
  readonly kind: ChangeMailingKind;
  readonly grids: WorkbookGrids;
  /** The meeting's new cells; applied to the registers read from `grids`. */
  readonly change: Pick<MeetingChange, "nr" | "fields">;
  /** For `absage`: the reason given, if any. */
  readonly reason: string | null;
  /** The user's own template of the letter (see CHANGE_TEMPLATE); without it the worker loads the default. */
  readonly template?: Uint8Array;
  readonly today: PlainDate;
  readonly stamp: string;
}

/** Check a template the user chose before it is stored. */
export interface TemplateCheckJob {
  readonly type: "check";
  readonly kind: TemplateKind;
  readonly bytes: Uint8Array;
}

export type WorkerRequest = DocumentJob | ChangeJob | TemplateCheckJob;

/** The made file: a .docx (`protokoll`) or the zip of a mailing. */
export interface DocumentResult {
  readonly file: NamedFile;
  /** Mail drafts in the zip (0 for a single document). */
  readonly mails: number;
  /** Errors in the registers that concern this document, and contacts left out of the mailing. */
  readonly findings: readonly Finding[];
}

export type WorkerReply =
  | { readonly type: "progress"; readonly text: string; readonly done?: number; readonly total?: number }
  | { readonly type: "done"; readonly result: DocumentResult }
  | { readonly type: "checked"; readonly problems: readonly string[] }
  /** A German message for the user: input no document can be made from, or an unexpected failure. */
  | { readonly type: "failed"; readonly message: string };
