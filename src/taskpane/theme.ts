/*
 * Office's theme in the pane: Office.context.officeTheme names the colours of the host's theme
 * (Colorful, Dark Gray, Black, White; https://learn.microsoft.com/javascript/api/office/office.officetheme).
 * The pane has a light and a dark palette (taskpane.css), each checked for contrast; it picks the one
 * that matches the host's body background. Without an Office theme (before Office is ready, or where
 * the host reports none) the system's prefers-color-scheme decides.
 */

/**
 * "dark" for a dark background colour such as "#262626", "light" for a light one, null for anything else.
 *
 * @example themeOf("#262626") // "dark"
 * @example themeOf("#FFFFFF") // "light"
 */
export function themeOf(background: string | undefined): "dark" | "light" | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(background ?? "")?.[1];
  if (!hex) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Perceived brightness (ITU-R BT.601): mid-grey and darker is a dark theme.
  return 0.299 * r + 0.587 * g + 0.114 * b < 0.5 ? "dark" : "light";
}

const DARK_SYSTEM = "(prefers-color-scheme: dark)";

/** Sets `data-theme` on the document: the Office theme's if Office is ready and reports one, else the system's. */
export function applyTheme(): void {
  const office = typeof Office !== "undefined" ? themeOf(Office.context?.officeTheme?.bodyBackgroundColor) : null;
  document.documentElement.dataset.theme = office ?? (matchMedia(DARK_SYSTEM).matches ? "dark" : "light");
}

/** Applies the theme now and again whenever the system switches between light and dark. */
export function followTheme(): void {
  applyTheme();
  matchMedia(DARK_SYSTEM).addEventListener("change", applyTheme);
}
