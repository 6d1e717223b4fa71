/**
 * Input a document cannot be made from: an unknown meeting, a year without meetings, a broken
 * template. The message is German and says what to do, so a shell can show it as it is (the CLI
 * exits with status 2, the task pane shows it next to the button).
 *
 * @example throw new DocumentInputError("Die Sitzung „2027-09“ steht nicht im Blatt Sitzungen – bitte eine vorhandene Nr angeben.")
 */
export class DocumentInputError extends Error {
  override readonly name = "DocumentInputError";
}
