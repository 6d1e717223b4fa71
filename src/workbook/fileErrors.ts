/** A file that cannot be read as a workbook; the message is German and names the file. */
export class WorkbookFileError extends Error {
  override readonly name = "WorkbookFileError";
}

/** A register that cannot take new rows as it is laid out; the message is German and says what to do. */
export class RegisterLayoutError extends Error {
  override readonly name = "RegisterLayoutError";
}
