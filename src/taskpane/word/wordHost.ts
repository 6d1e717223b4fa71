import { base64 } from "../../documents/base64";

/*
 * The few things the Word pane asks of Word, each in as few round trips as Office allows: open a
 * .docx as a new document, put text at the cursor, hand out the open document as .docx bytes.
 */

/**
 * The slice size for getFileAsync that every platform accepts: 4 MB at most, on iPad 64 KB
 * (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
const SLICE_SIZE = 64 * 1024;

/** Word refused to hand out the open document; the message is German and says what to do. */
export class WordFileError extends Error {
  override readonly name = "WordFileError";
}

/**
 * Opens .docx bytes as a new Word document (WordApi 1.3), in one sync. The open document stays as it is.
 *
 * @example await openAsNewDocument(documentFor("protokoll", registers, { nr: "2027-01" }, template));
 */
export async function openAsNewDocument(docx: Uint8Array): Promise<void> {
  await Word.run(async (context) => {
    context.application.createDocument(base64(docx)).open();
    await context.sync();
  });
}

/** What "Feld einfügen" puts into the document: a field replaces the selection, a loop wraps it. */
export interface Insertion {
  readonly before: string;
  /** Empty for a plain field; the closing tag of a loop. */
  readonly after: string;
}

/**
 * Inserts a field at the cursor (replacing the selected text), or a loop's tags around the
 * selection (as a pair where nothing is selected), in one sync. The cursor ends after the field,
 * so the next field follows it.
 *
 * @example await insertAtSelection({ before: "{Datum}", after: "" });
 */
export async function insertAtSelection({ before, after }: Insertion): Promise<void> {
  await Word.run(async (context) => {
    const selection = context.document.getSelection();
    if (after === "") {
      selection.insertText(before, "Replace").select("End");
    } else {
      selection.insertText(before, "Start");
      selection.insertText(after, "End").select("End");
    }
    await context.sync();
  });
}

/**
 * The document open in Word as .docx bytes (Office.FileType.Compressed), or as PDF where the host
 * offers it (Office.FileType.Pdf), read slice by slice; the file is closed afterwards in any case,
 * as Office keeps at most two in memory.
 */
export async function openDocumentBytes(fileType: Office.FileType = Office.FileType.Compressed): Promise<Uint8Array> {
  const file = await officeCall<Office.File>((done) => Office.context.document.getFileAsync(fileType, { sliceSize: SLICE_SIZE }, done));
  try {
    const bytes = new Uint8Array(file.size);
    let offset = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await officeCall<Office.Slice>((done) => file.getSliceAsync(index, done));
      const data = slice.data as ArrayLike<number>;
      bytes.set(data, offset);
      offset += data.length;
    }
    if (offset !== file.size) throw new WordFileError("Word hat das Dokument unvollständig übergeben. Speichern Sie es und versuchen Sie es erneut.");
    return bytes;
  } finally {
    await officeCall<void>((done) => file.closeAsync(done)).catch(() => undefined);
  }
}

/** Turns Office's callback API into a promise; a failure becomes a German {@link WordFileError}. */
function officeCall<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else
        reject(
          new WordFileError(
            `Word konnte den Inhalt dieses Dokuments nicht übergeben (${result.error?.message ?? "unbekannter Fehler"}). Speichern Sie das Dokument als .docx und versuchen Sie es erneut.`,
          ),
        );
    }),
  );
}
