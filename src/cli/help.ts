/** The commands of `allianz`, in the order the help lists them. */
export const COMMANDS = ["pruefen", "planen", "einrichten"] as const;
export type CommandName = (typeof COMMANDS)[number];

const STICHTAG = `  --stichtag JJJJ-MM-TT
                 Das Datum, das als „heute“ gilt: danach richtet sich, welche Sitzungen
                 vergangen sind (z. B. „durchgeführt“ in der Zukunft ist ein Fehler).
                 Standard: das heutige Datum in Deutschland.`;

const EXIT = `Exit-Status:
  0  in Ordnung
  1  die Register enthalten Fehler (bei „planen“ auch: nichts zu planen oder Planung blockiert)
  2  falscher Aufruf oder Dateifehler (Datei fehlt, ist keine .xlsx, darf nicht überschrieben werden)`;

const COMMAND_HELP: Record<CommandName, string> = {
  pruefen: `allianz pruefen MAPPE.xlsx [--json] [--stichtag JJJJ-MM-TT]

Prüft alle Register der Arbeitsmappe (Mitglieder, Kontakte, Sitzungen, Tagesordnung,
Einstellungen, Sperrzeiten) und listet Fehler und Warnungen nach Blatt, mit Zelladresse.
Die Datei wird nicht verändert.

Optionen:
  --json         Ausgabe als ein JSON-Objekt: {"findings": [...]}
${STICHTAG}

${EXIT}`,
  planen: `allianz planen MAPPE.xlsx [--jahr JJJJ] [--aus NEU.xlsx] [--ueberschreiben] [--json]
               [--stichtag JJJJ-MM-TT]

Plant die Sitzungen eines Jahres: Termine nach Turnus und Wochentag, verschoben bei Feiertagen
und Sperrzeiten, Gastgeber reihum in alphabetischer Reihenfolge. Die geplanten Sitzungen werden
unten an die Tabelle „Sitzungen“ angehängt und als neue Datei gespeichert; die Eingabedatei wird
nie überschrieben. Monate, die schon eine Sitzung haben, bleiben unberührt (zweimal planen fügt
nichts hinzu).

Optionen:
  --jahr JJJJ    das zu planende Jahr (Standard: das Jahr nach dem Stichtag)
  --aus NEU.xlsx wohin die geplante Arbeitsmappe geschrieben wird
                 (Standard: MAPPE.geplant.xlsx neben der Eingabedatei)
  --ueberschreiben
                 eine schon vorhandene Ausgabedatei ersetzen (nie die Eingabedatei)
  --json         Ausgabe als ein JSON-Objekt:
                 {"jahr", "sitzungen": [{"nr", "datum", "beginn", "ende", "format", "gastgeber",
                 "ort", "protokoll", "status", "hinweis"}], "findings": [...]}
${STICHTAG}

Bei Fehlern, die eine Planung sinnlos machen (z. B. keine Mitglieder), wird nichts geschrieben.

${EXIT}`,
  einrichten: `allianz einrichten NEU.xlsx

Legt eine neue Arbeitsmappe mit allen Registern an: je Register ein Blatt mit einer Tabelle,
Spaltenüberschriften, Datums- und Zeitformaten, Auswahllisten und den Standard-Einstellungen.
Eine vorhandene Datei wird nie überschrieben.

${EXIT}`,
};

/**
 * The help text: the overview, or one command's help.
 *
 * @example helpText("planen").startsWith("allianz planen MAPPE.xlsx") // true
 */
export function helpText(command?: CommandName): string {
  if (command) return `${COMMAND_HELP[command]}\n`;
  return `allianz – Register der Klima-Allianz prüfen und Sitzungen planen (Excel-Arbeitsmappen .xlsx)

Aufruf:
  allianz pruefen MAPPE.xlsx [--json] [--stichtag JJJJ-MM-TT]
  allianz planen MAPPE.xlsx [--jahr JJJJ] [--aus NEU.xlsx] [--ueberschreiben] [--json]
  allianz einrichten NEU.xlsx
  allianz hilfe [BEFEHL]

Befehle:
  pruefen      Register prüfen: Fehler und Warnungen mit Zelladresse
  planen       Sitzungen eines Jahres planen und als neue Arbeitsmappe speichern
  einrichten   neue, leere Arbeitsmappe mit allen Registern anlegen
  hilfe        diese Hilfe; „allianz hilfe planen“ zeigt die Hilfe zu einem Befehl

Optionen:
  -h, --help     Hilfe anzeigen (auch: allianz BEFEHL --help)
  --json         (pruefen, planen) Ausgabe als ein JSON-Objekt statt als Bericht
${STICHTAG.replace("  --stichtag JJJJ-MM-TT", "  --stichtag JJJJ-MM-TT  (pruefen, planen)")}

${EXIT}
`;
}
