import { DOCX_CONTENT_TYPE } from "../documents/eml";
import type { NamedFile } from "../documents/zip";

/** How long the file stays available under its object URL: long enough for any browser to start the download. */
const URL_LIFETIME_MS = 60_000;

/**
 * Whether the task pane can hand the user a file as a download: in Excel on Windows (WebView2) and
 * on the web. Excel on Mac and iPad run add-ins in WKWebView, which cannot download blobs
 * (OfficeDev/office-js #2700), so there the pane must offer another way.
 *
 * @example canDownload(Office.PlatformType.Mac) // false
 */
export function canDownload(platform: Office.PlatformType | undefined = Office.context.platform): boolean {
  return platform === Office.PlatformType.PC || platform === Office.PlatformType.OfficeOnline;
}

/**
 * Offers a file as a download (Blob, object URL, `<a download>`), as the browser does for any link
 * with a file: it lands in the user's download folder or asks where to save it.
 *
 * @example downloadFile({ name: "Protokoll_2027-01.docx", bytes })
 */
export function downloadFile(file: NamedFile): void {
  const type = file.name.endsWith(".docx") ? DOCX_CONTENT_TYPE : file.name.endsWith(".zip") ? "application/zip" : "application/octet-stream";
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
