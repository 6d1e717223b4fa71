import { buildMailing, zipMailing } from "../../documents/mailing";
import { h, replaceChildren } from "../dom";
import { canDownload, downloadFile } from "../download";
import { countText, findingList } from "../findingList";
import { meetingPicker } from "../targetPicker";
import { runAction, viewSection } from "../view";
import { wordErrorMessage } from "./wordErrorMessage";
import { openDocumentBytes } from "./wordHost";
import { registersFirst, type WordView } from "./wordView";

/** The forms the open document can go out in: always as Word file, as PDF where Word can make one. */
const FORMATS = {
  docx: { label: "Word-Dokument (.docx)", fileName: "Protokoll.docx" },
  pdf: { label: "PDF", fileName: "Protokoll.pdf" },
} as const;
type Format = keyof typeof FORMATS;

/**
 * Whether Word hands out the open document as PDF: Word on Windows, Mac and iPad do, Word on the
 * web does not (requirement set PdfFile,
 * https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
function offersPdf(): boolean {
  return Office.context.requirements.isSetSupported("PdfFile");
}

/**
 * "Protokoll versenden": the minutes the minute-keeper wrote, open in Word, go out to the members
 * as they are: as .docx or PDF attached to one mail draft per recipient, zipped with the recipient
 * list, as the Excel pane's and the command line's minutes mailing make it.
 */
export const minutesMailView: WordView = (context) => {
  const section = viewSection(
    "versand",
    "Dieses Dokument als Protokoll versenden",
    "Hängt das geöffnete, fertig geschriebene Protokoll unverändert an je einen Mail-Entwurf für alle Empfänger*innen der Sitzung und lädt alles als ZIP-Datei herunter. Verschickt wird nichts: die Entwürfe öffnen sich in Outlook zum Prüfen und Senden.",
  );
  const loaded = context.session.loaded;
  if (loaded === null) {
    section.append(registersFirst(context));
    return section;
  }
  if (!canDownload()) {
    section.append(
      h("p", { class: "message message-info" }, "Word für Mac und iPad kann aus Add-ins keine Dateien speichern. Speichern Sie das Protokoll und erstellen Sie den Versand mit der Kommandozeile: npx allianz versand Register.xlsx --art protokoll --sitzung NR --datei Protokoll.docx"),
    );
    return section;
  }
  const meeting = meetingPicker("versand-sitzung", loaded.registers.meetings, context.session);
  const formats: Format[] = offersPdf() ? ["docx", "pdf"] : ["docx"];
  const radios = formats.map((format, index) => {
    const input = h("input", { type: "radio", name: "versand-format", id: `versand-format-${format}`, value: format, checked: index === 0 });
    return { format, input, row: h("div", { class: "form-row" }, input, h("label", { for: `versand-format-${format}` }, FORMATS[format].label)) };
  });
  // Where Word makes no PDF there is nothing to choose.
  const formatGroup =
    radios.length > 1
      ? h("fieldset", { class: "group" }, h("legend", {}, "Anhängen als"), ...radios.map((r) => r.row))
      : h("p", { class: "hint small" }, "Das Protokoll wird als Word-Dokument (.docx) angehängt. Als PDF bietet es Word für Windows an.");
  const button = h("button", { type: "button", class: "primary" }, "Dieses Dokument als Protokoll versenden");
  const output = h("div", { class: "output" });
  button.addEventListener("click", () =>
    runAction(
      button,
      output,
      async () => {
        const nr = meeting.selected();
        if (nr === null) return;
        const format = radios.find((r) => r.input.checked)?.format ?? "docx";
        const bytes = await openDocumentBytes(format === "pdf" ? Office.FileType.Pdf : Office.FileType.Compressed);
        const mailing = buildMailing("protokoll", loaded.registers, { nr, stamp: new Date().toISOString(), minutesFile: { fileName: FORMATS[format].fileName, bytes } });
        const zip = zipMailing(mailing);
        downloadFile(zip);
        const message = `„${zip.name}“ wurde heruntergeladen: dieses Dokument als Protokoll, die Empfängerliste und ${countText(mailing.recipients.length, "Mail-Entwurf", "Mail-Entwürfe")}. Entpacken Sie die ZIP-Datei; jeder Mail-Entwurf (.eml) öffnet sich mit Doppelklick in Outlook.`;
        replaceChildren(output, h("p", { class: "message message-success" }, message), mailing.findings.length > 0 && findingList(mailing.findings, null, "h3"));
        context.announce(message);
      },
      wordErrorMessage,
    ),
  );
  section.append(meeting.field, formatGroup, h("div", { class: "actions" }, button), output);
  return section;
};
