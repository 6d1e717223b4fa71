/** The commands of `allianz`, in the order the help lists them. */
export const COMMANDS = ["pruefen", "planen", "protokoll", "versand", "absagen", "verschieben", "gastgeber-neu", "jahresbericht", "oparl", "einrichten"] as const;
export type CommandName = (typeof COMMANDS)[number];

const STICHTAG = `  --stichtag JJJJ-MM-TT
                 Das Datum, das als „heute“ gilt: danach richtet sich, welche Sitzungen
                 vergangen sind (z. B. „durchgeführt“ in der Zukunft ist ein Fehler).
                 Standard: das heutige Datum in Deutschland.`;

const EXIT = `Exit-Status:
  0  in Ordnung
  1  die Register enthalten Fehler (bei „planen“ auch: nichts zu planen oder Planung blockiert;
     bei „protokoll“ und „versand“ auch: aus den Registern lässt sich nichts erstellen,
     z. B. unbekannte oder abgesagte Sitzung, keine Empfänger*innen; bei „absagen“ und
     „verschieben“ auch: die Sitzung ist unbekannt, schon abgesagt oder durchgeführt)
  2  falscher Aufruf oder Dateifehler (Datei fehlt, ist keine .xlsx/.ods, darf nicht überschrieben werden,
     Word-Vorlage mit Fehlern)`;

/** `--vorlage` and `--ueberschreiben`; `which` says which template `--vorlage` replaces. */
const documentOptions = (which: string) => `  --vorlage DATEI.docx
                 eigene Word-Vorlage statt der mitgelieferten ${which}.
                 Ohne --vorlage gilt die eigene Vorlage, die in der Arbeitsmappe gespeichert ist
                 (im Excel-Add-in unter „Dokumente“ gewählt), sonst die mitgelieferte; welche
                 verwendet wurde, steht in der Ausgabe. Die Vorlage wird geprüft, bevor etwas
                 erstellt wird: unbekannte oder falsch geschriebene Felder und offene Schleifen
                 werden genannt, und es wird nichts geschrieben (Exit-Status 2)
  --ueberschreiben
                 gleichnamige Dateien im Ausgabeordner ersetzen (nie die Arbeitsmappe oder
                 die Vorlage; andere Dateien im Ordner bleiben liegen)`;

/** The options `absagen` and `verschieben` share, with the names of their workbook copy, folder and letter template. */
const changeOptions = (label: string, folder: string, template: string) => `  --vorlage DATEI.docx
                 eigene Word-Vorlage für den Serienbrief statt „${template}“; ohne
                 --vorlage gilt die in der Arbeitsmappe gespeicherte eigene Vorlage, sonst die
                 mitgelieferte. Eine Vorlage mit Fehlern wird genannt, und es wird nichts
                 geschrieben (Exit-Status 2)
  --briefdatum JJJJ-MM-TT
                 Datum der Briefe; Standard: der Stichtag
  --aus ORDNER   wohin Arbeitsmappe (MAPPE.${label}.xlsx) und Versand geschrieben werden
                 (Standard: ein neuer Ordner „${folder}_NR“ im aktuellen Ordner)
  --ueberschreiben
                 gleichnamige Dateien im Ausgabeordner ersetzen (nie die Eingabedatei)
  --json         Ausgabe als ein JSON-Objekt:
                 {"sitzung": {"nr", "datum", …, "hinweis"} nach der Änderung,
                 "geaendert": ["datum", "hinweis", …], "dateien", "gastgeberNeu", "findings"}
${STICHTAG}

${EXIT}`;

const DOCUMENT_RULES = `Es werden alle Dateien geschrieben oder keine: gibt es eine schon, bricht der Befehl vor dem
Schreiben ab (außer mit --ueberschreiben). Fehler in den Registern verhindern die Dokumente nicht,
solange sie sich erstellen lassen; sie werden gemeldet und ergeben Exit-Status 1.`;

const COMMAND_HELP: Record<CommandName, string> = {
  pruefen: `allianz pruefen MAPPE.xlsx [--json] [--stichtag JJJJ-MM-TT]

Prüft alle Register der Arbeitsmappe (Mitglieder, Kontakte, Sitzungen, Tagesordnung,
Einstellungen, Sperrzeiten) und listet Fehler und Warnungen nach Blatt, mit Zelladresse.
Die Datei wird nicht verändert.

Optionen:
  --json         Ausgabe als ein JSON-Objekt: {"findings": [...]}
${STICHTAG}

${EXIT}`,
  planen: `allianz planen MAPPE.xlsx [--jahr JJJJ] [--gremium NAME] [--aus NEU.xlsx] [--ueberschreiben] [--json]
               [--stichtag JJJJ-MM-TT]

Plant die Sitzungen eines Jahres: Termine nach Turnus und Wochentag, verschoben bei Feiertagen
und Sperrzeiten, Gastgeber reihum in alphabetischer Reihenfolge. Die geplanten Sitzungen werden
unten an die Tabelle „Sitzungen“ angehängt und als neue Datei gespeichert; die Eingabedatei wird
nie überschrieben. Monate, die schon eine Sitzung haben, bleiben unberührt (zweimal planen fügt
nichts hinzu). Die neue Datei ist die Eingabedatei plus Zeilen: nur das Blatt „Sitzungen“ und
seine Tabelle ändern sich, alles andere (Diagramme, Pivot-Tabellen, Kommentare, Namen, Makros,
eigene Vorlagen …) bleibt Byte für Byte gleich. MAPPE darf .xlsx oder .ods sein; eine .ods bleibt
eine .ods.

Optionen:
  --jahr JJJJ    das zu planende Jahr (Standard: das Jahr nach dem Stichtag)
  --gremium NAME nur dieses Gremium planen (Name oder Kurzname aus dem Blatt „Gremien“);
                 ohne die Option werden alle Gremien geplant
  --aus NEU.xlsx wohin die geplante Arbeitsmappe geschrieben wird
                 (Standard: MAPPE.geplant.xlsx bzw. .ods neben der Eingabedatei)
  --ueberschreiben
                 eine schon vorhandene Ausgabedatei ersetzen (nie die Eingabedatei)
  --json         Ausgabe als ein JSON-Objekt:
                 {"jahr", "sitzungen": [{"nr", "datum", "beginn", "ende", "format", "gastgeber",
                 "ort", "protokoll", "status", "hinweis"}], "findings": [...]}
${STICHTAG}

Bei Fehlern, die eine Planung sinnlos machen (z. B. keine Mitglieder), wird nichts geschrieben.

${EXIT}`,
  protokoll: `allianz protokoll MAPPE.xlsx --sitzung NR [--vorlage DATEI.docx] [--aus ORDNER]
               [--ueberschreiben] [--json] [--stichtag JJJJ-MM-TT]

Erstellt das Protokollformular einer Sitzung als Word-Datei „Protokoll_NR.docx“ für die
Protokollführung: Sitzungsdaten mit tatsächlichem Beginn und Ende zum Eintragen, Anwesenheit
je Person (anwesend/entschuldigt), je Tagesordnungspunkt Platz für Ergebnis und Beschluss,
vereinbarte Aufgaben (was, wer, bis wann), nächste Sitzung, Verteiler, Unterschriften von
Vorsitz und Protokollführung. Ohne Einträge im Blatt Tagesordnung gelten die „Standard-TOPs“
aus den Einstellungen. Das fertige Protokoll verschickt „allianz versand --art protokoll --datei“.
Die Arbeitsmappe wird nicht verändert.

Optionen:
  --sitzung NR   die Nr der Sitzung aus dem Blatt Sitzungen, z. B. 2027-01 (Pflicht)
  --aus ORDNER   wohin das Protokoll geschrieben wird (Standard: der aktuelle Ordner;
                 ein fehlender Ordner wird angelegt, sein übergeordneter Ordner muss existieren)
${documentOptions("„Vorlage-Protokoll.docx“")}
  --json         Ausgabe als ein JSON-Objekt: {"dateien": [...], "findings": [...]}
${STICHTAG}

${DOCUMENT_RULES}

${EXIT}`,
  versand: `allianz versand MAPPE.xlsx --art einladung|jahresplanung|protokoll [--sitzung NR] [--jahr JJJJ] [--gremium NAME]
               [--datei FERTIG.docx|FERTIG.pdf] [--briefdatum JJJJ-MM-TT]
               [--vorlage DATEI.docx] [--aus ORDNER] [--ueberschreiben] [--json]
               [--stichtag JJJJ-MM-TT]

Erstellt alles für einen Versand an die Mitglieder: je Empfänger*in einen E-Mail-Entwurf (.eml,
öffnet sich in Outlook zum Senden), die Kalenderdatei, die Empfängerliste für Excel
(Empfaenger.csv) und eine .zip-Datei mit allem. Empfänger*innen sind die aktiven Kontakte der
Mitglieder, die am Sitzungstag (Jahresplanung: am 1. Januar) dabei sind. Jede Rolle bekommt
ihre Worte: Ansprechpersonen werden eingeladen und um Rückmeldung gebeten, Vertretungen zur
Kenntnis informiert, der Verteiler nur zur Information (ohne Rückmeldung).

Versandarten:
  einladung      Einladung zu einer Sitzung (--sitzung NR): Serienbrief.docx (ein Brief je
                 Empfänger*in), Sitzung_NR.ics als Kalendereinladung an jeder Mail
  jahresplanung  Sitzungstermine eines Jahres (--jahr JJJJ, Standard: das Jahr nach dem
                 Stichtag): Serienbrief.docx, Sitzungen_JJJJ.ics mit allen Terminen
  protokoll      Protokollversand einer Sitzung (--sitzung NR): das fertige Protokoll
                 (--datei, Pflicht) unverändert an jeder Mail, als Protokoll_NR.docx bzw. .pdf

Optionen:
  --art ART      einladung, jahresplanung oder protokoll (Pflicht)
  --sitzung NR   die Nr der Sitzung, z. B. 2027-01 (für einladung und protokoll)
  --jahr JJJJ    das Jahr (nur für jahresplanung)
  --gremium NAME nur für jahresplanung: nur die Sitzungen dieses Gremiums (Name oder
                 Kurzname aus dem Blatt „Gremien“), nur an seine Mitglieder. Einladung und
                 Protokoll gehen immer nur an das Gremium der Sitzung
  --datei FERTIG.docx|FERTIG.pdf
                 das fertig geschriebene Protokoll (nur für protokoll, dort Pflicht); es wird
                 Byte für Byte so angehängt, wie es ist
  --briefdatum JJJJ-MM-TT
                 Datum der Briefe (einladung, jahresplanung); Standard: der Stichtag, also
                 der Tag, an dem die Briefe erstellt werden
  --aus ORDNER   wohin die Dateien geschrieben werden (Standard: ein neuer Ordner im aktuellen
                 Ordner, benannt wie die .zip-Datei, z. B. „Einladung_2027-01“; ein fehlender
                 Ordner wird angelegt, sein übergeordneter Ordner muss existieren)
${documentOptions("(Serienbrief:\n                 „Vorlage-Einladung.docx“ bzw. „Vorlage-Jahresplanung.docx“;\n                 nicht für protokoll: dort geht das fertige Protokoll hinaus)")}
  --json         Ausgabe als ein JSON-Objekt:
                 {"dateien": [...], "empfaenger": [{"name", "email", "mitglied", "rolle"}], "findings": [...]}
${STICHTAG}

Kontakte ohne gültige oder mit doppelter E-Mail-Adresse bekommen keine Mail; sie werden als
Warnung gemeldet.

${DOCUMENT_RULES}

${EXIT}`,
  oparl: `allianz oparl MAPPE.xlsx --basis-url https://… [--aus ORDNER] [--mit-personen]
               [--mit-kontaktdaten] [--ueberschreiben] [--json] [--stichtag JJJJ-MM-TT]

Schreibt die Sitzungen als OParl-1.1-Export (der Standard für Ratsinformationen) in einen Ordner
mit statischen JSON-Dateien, die auf einen Webserver kopiert werden: System, die Allianz als
Körperschaft (Body), je Gremium und je Mitglied eine Organisation, alle Sitzungen mit Status,
Tagesordnung und Ort. Ohne weitere Option enthält der Export keine personenbezogenen Daten.
„created“/„modified“ sind der Zeitpunkt, zu dem die Arbeitsmappe zuletzt gespeichert wurde
(Dokumenteigenschaften), sonst das Änderungsdatum der Datei: dieselbe Datei ergibt denselben Export.
Die Arbeitsmappe wird nicht verändert.

Optionen:
  --basis-url URL
                 die Adresse, unter der der Ordner veröffentlicht wird (Pflicht); jede
                 Objekt-ID ist URL/DATEI.json, Einstieg URL/system.json
  --aus ORDNER   wohin die Dateien geschrieben werden (Standard: MAPPE-oparl neben der
                 Arbeitsmappe; ein fehlender Ordner wird angelegt)
  --mit-personen auch die aktiven Kontakte als Personen mit ihren Mitgliedschaften in den
                 Gremien: nur Namen, Titel, Funktion und Rolle
  --mit-kontaktdaten
                 zusätzlich E-Mail-Adressen und Telefonnummern (nur mit --mit-personen)
  --ueberschreiben
                 gleichnamige Dateien im Ausgabeordner ersetzen
  --json         Ausgabe als ein JSON-Objekt: {"dateien": [...], "findings": [...]}
${STICHTAG}

${EXIT}`,
  absagen: `allianz absagen MAPPE.xlsx --sitzung NR [--grund TEXT] [--vorlage DATEI.docx] [--briefdatum JJJJ-MM-TT]
               [--aus ORDNER] [--ueberschreiben] [--json] [--stichtag JJJJ-MM-TT]

Sagt eine Sitzung ab: in einer Kopie der Arbeitsmappe wird der Status auf „abgesagt“ gesetzt und
im Hinweis „abgesagt am TT.MM.JJJJ: Grund“ ergänzt – sonst ändert sich keine Zelle; die
Eingabedatei bleibt unverändert. Dazu der Versand wie bei der Einladung: der Absagebrief als
Serienbrief (je Empfänger*in ein Brief nach DIN 5008, mit dem Grund und der nächsten Sitzung),
je Empfänger*in ein E-Mail-Entwurf (.eml) mit der Kalender-Absage (METHOD:CANCEL, dieselbe UID
wie die Einladung, höhere SEQUENCE), Empfaenger.csv und eine .zip-Datei. Brief und Mail sagen dem
Gastgeber, dass er seinen Turnus behält, und der Protokollführung, dass kein Protokoll nötig ist. Eine abgesagte Sitzung verbraucht keinen
Gastgeber-Turnus: haben spätere geplante Sitzungen danach einen anderen Gastgeber, wird das
angezeigt (übernehmen mit „allianz gastgeber-neu“).

Optionen:
  --sitzung NR   die Nr der Sitzung, z. B. 2027-02 (Pflicht)
  --grund TEXT   der Grund der Absage (steht im Hinweis und in der Mail)
${changeOptions("abgesagt", "Absage", "Vorlage-Absage.docx")}`,
  verschieben: `allianz verschieben MAPPE.xlsx --sitzung NR --datum TT.MM.JJJJ [--beginn HH:MM] [--ort TEXT]
               [--vorlage DATEI.docx] [--briefdatum JJJJ-MM-TT] [--aus ORDNER] [--ueberschreiben]
               [--json] [--stichtag JJJJ-MM-TT]

Verschiebt eine Sitzung: in einer Kopie der Arbeitsmappe ändern sich Datum (und Beginn – Ende
behält die Dauer – und Ort, wenn angegeben) und im Hinweis steht „verschoben vom …“. Der neue
Termin wird vorher geprüft: Feiertag, Sperrzeit oder eine andere Sitzung am selben Tag ergeben
eine Warnung, keine Ablehnung. Dazu der Versand wie bei der Einladung: der Serienbrief
(Einladung zum neuen Termin, aus der Einladungsvorlage der Arbeitsmappe oder der mitgelieferten)
und je Empfänger*in ein E-Mail-Entwurf mit einer neuen Kalendereinladung (METHOD:REQUEST,
dieselbe UID, höhere SEQUENCE), die den Termin in den Kalendern verschiebt; der Gastgeber wird
darin gebeten, den Raum für den neuen Termin zu bestätigen.

Optionen:
  --sitzung NR   die Nr der Sitzung, z. B. 2027-02 (Pflicht)
  --datum TT.MM.JJJJ
                 das neue Datum (Pflicht)
  --beginn HH:MM die neue Uhrzeit
  --ort TEXT     der neue Ort
${changeOptions("verschoben", "Verschiebung", "Vorlage-Einladung.docx")}`,
  "gastgeber-neu": `allianz gastgeber-neu MAPPE.xlsx [--uebernehmen] [--aus NEU.xlsx] [--ueberschreiben] [--json]
               [--stichtag JJJJ-MM-TT]

Berechnet die Gastgeber der Sitzungen mit Status „geplant“ ab dem Stichtag neu – etwa nach einer
Absage, denn eine abgesagte Sitzung verbraucht keinen Gastgeber-Turnus. Ohne --uebernehmen nur
eine Vorschau. Sitzungen mit Status „eingeladen“, „durchgeführt“ oder „abgesagt“ werden nie
geändert; bei den geplanten ändern sich nur Gastgeber, Protokoll und (wenn es der Sitzungsort des
bisherigen Gastgebers war) Ort.

Optionen:
  --uebernehmen  die neuen Gastgeber in eine Kopie der Arbeitsmappe schreiben
  --aus NEU.xlsx wohin (Standard: MAPPE.gastgeber.xlsx neben der Eingabedatei)
  --ueberschreiben
                 eine schon vorhandene Ausgabedatei ersetzen (nie die Eingabedatei)
  --json         Ausgabe als ein JSON-Objekt: {"gastgeberNeu": [{"nr", "datum", "vorher",
                 "gastgeber", "protokoll", "ort"}], "datei", "findings"}
${STICHTAG}

${EXIT}`,
  jahresbericht: `allianz jahresbericht MAPPE.xlsx [--jahr JJJJ] [--gremium NAME] [--aus ORDNER] [--ueberschreiben]
               [--json] [--stichtag JJJJ-MM-TT]

Erstellt den Jahresbericht „Jahresbericht_JJJJ.docx“: durchgeführte und abgesagte Sitzungen mit
Gastgebern, Themen und Referierenden, die Teilnahme je Mitglied (besuchte von den Sitzungen, in
denen es Mitglied war; aus dem Blatt „Anwesenheit“) als Diagramm und Tabelle, vereinbarte und
erledigte Aufgaben (Blatt „Aufgaben“). Mit einem Blatt „Gremien“ hat der Bericht ein Kapitel je
Gremium (seine Sitzungen, die Teilnahme seiner Mitglieder mit eigenem Diagramm, seine Aufgaben).
Die Arbeitsmappe wird nicht verändert.

Optionen:
  --jahr JJJJ    das Berichtsjahr (Standard: das Jahr des Stichtags)
  --gremium NAME nur dieses Gremium (Name oder Kurzname aus dem Blatt „Gremien“); die Datei heißt
                 dann „Jahresbericht_JJJJ_KURZNAME.docx“
  --aus ORDNER   wohin der Bericht geschrieben wird (Standard: der aktuelle Ordner)
  --ueberschreiben
                 einen gleichnamigen Bericht ersetzen
  --json         Ausgabe als ein JSON-Objekt: {"dateien", "durchgefuehrt", "abgesagt",
                 "teilnahme", "aufgabenVereinbart", "findings"}; mit Gremien statt „teilnahme“
                 und „aufgabenVereinbart“: "gremien": [{"gremium", "durchgefuehrt", "abgesagt",
                 "teilnahme", "aufgabenVereinbart"}]
${STICHTAG}

${EXIT}`,
  einrichten: `allianz einrichten NEU.xlsx [--gremien]

Legt eine neue Arbeitsmappe mit allen Registern an: je Register ein Blatt mit einer Tabelle,
Spaltenüberschriften, Datums- und Zeitformaten, Auswahllisten und den Standard-Einstellungen.
Eine vorhandene Datei wird nie überschrieben.

Optionen:
  --gremien      für mehrere Gremien (Plenum, Arbeitskreise, Netzwerke): dazu das Blatt „Gremien“
                 mit Auswahllisten und die Spalte „Gremium“ in Kontakte, Sitzungen, Tagesordnung,
                 Sperrzeiten und Aufgaben

${EXIT}`,
};

/**
 * The help text: the overview, or one command's help.
 *
 * @example helpText("planen").startsWith("allianz planen MAPPE.xlsx") // true
 */
export function helpText(command?: CommandName): string {
  if (command) return `${COMMAND_HELP[command]}\n`;
  return `allianz – Register der Klima-Allianz prüfen, Sitzungen planen, Protokolle und Einladungen erstellen
(Excel-Arbeitsmappen .xlsx, Word-Vorlagen .docx)

Aufruf:
  allianz pruefen MAPPE.xlsx [--json] [--stichtag JJJJ-MM-TT]
  allianz planen MAPPE.xlsx [--jahr JJJJ] [--aus NEU.xlsx] [--ueberschreiben] [--json]
  allianz protokoll MAPPE.xlsx --sitzung NR [--vorlage DATEI.docx] [--aus ORDNER] [--json]
  allianz versand MAPPE.xlsx --art einladung|jahresplanung|protokoll [--sitzung NR] [--jahr JJJJ]
                  [--datei FERTIG.docx|.pdf] [--vorlage DATEI.docx] [--aus ORDNER] [--json]
  allianz oparl MAPPE.xlsx --basis-url https://… [--aus ORDNER] [--mit-personen] [--json]
  allianz absagen MAPPE.xlsx --sitzung NR [--grund TEXT] [--vorlage DATEI.docx] [--aus ORDNER] [--json]
  allianz verschieben MAPPE.xlsx --sitzung NR --datum TT.MM.JJJJ [--beginn HH:MM] [--ort TEXT]
                  [--vorlage DATEI.docx] [--aus ORDNER] [--json]
  allianz gastgeber-neu MAPPE.xlsx [--uebernehmen] [--aus NEU.xlsx] [--json]
  allianz jahresbericht MAPPE.xlsx [--jahr JJJJ] [--gremium NAME] [--aus ORDNER] [--json]
  allianz einrichten NEU.xlsx [--gremien]
  allianz hilfe [BEFEHL]

Befehle:
  pruefen      Register prüfen: Fehler und Warnungen mit Zelladresse
  planen       Sitzungen eines Jahres planen und als neue Arbeitsmappe speichern
  protokoll    Protokoll einer Sitzung als Word-Datei erstellen
  versand      Einladung, Jahresplanung oder Protokoll als Serienbrief und E-Mail-Entwürfe
  oparl        Sitzungen und Gremien als OParl-1.1-Export (JSON-Dateien) veröffentlichen
  absagen      Sitzung absagen: Arbeitsmappe (Kopie) und Absage an alle mit Kalender-Absage
  verschieben  Sitzung verschieben: Arbeitsmappe (Kopie) und neue Kalendereinladung an alle
  gastgeber-neu
               Gastgeber der geplanten Sitzungen nach der Reihenfolge neu berechnen (Vorschau)
  jahresbericht
               Jahresbericht mit Teilnahme-Diagramm als Word-Datei
  einrichten   neue, leere Arbeitsmappe mit allen Registern anlegen
  hilfe        diese Hilfe; „allianz hilfe planen“ zeigt die Hilfe zu einem Befehl

Optionen:
  -h, --help     Hilfe anzeigen (auch: allianz BEFEHL --help)
  --json         (alle außer einrichten) Ausgabe als ein JSON-Objekt statt als Bericht
${STICHTAG.replace("  --stichtag JJJJ-MM-TT", "  --stichtag JJJJ-MM-TT  (alle außer einrichten)")}

${EXIT}
`;
}
