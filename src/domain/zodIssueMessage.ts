import type { z } from "zod";

/**
 * A German message for a zod issue on one cell. The schemas' own messages (refinements) are German
 * already; zod's built-in ones are English and get a German text by issue code.
 *
 * @example zodIssueMessage({ code: "too_small", origin: "string", minimum: 1, path: ["name"], message: "…", input: "" }, "Mitglied") // "„Mitglied“ darf nicht leer sein. Tragen Sie einen Wert ein."
 */
export function zodIssueMessage(issue: z.core.$ZodIssue, header: string): string {
  switch (issue.code) {
    case "custom":
      return `„${header}“: ${issue.message} Bitte korrigieren Sie den Eintrag.`;
    case "invalid_format":
      return issue.format === "email"
        ? `„${header}“: Keine gültige E-Mail-Adresse. Tragen Sie eine Adresse wie name@beispiel.de ein.`
        : `„${header}“ hat nicht das erwartete Format. Bitte korrigieren Sie den Eintrag.`;
    case "too_small":
      return issue.origin === "string" ? `„${header}“ darf nicht leer sein. Tragen Sie einen Wert ein.` : `„${header}“ ist zu klein. Bitte korrigieren Sie den Eintrag.`;
    case "too_big":
      return `„${header}“ ist zu groß. Bitte korrigieren Sie den Eintrag.`;
    case "invalid_value":
      return `„${header}“ hat keinen zulässigen Wert. Erlaubt sind: ${issue.values.map(String).join(", ")}.`;
    default:
      return `„${header}“ ist ungültig. Bitte korrigieren Sie den Eintrag.`;
  }
}
