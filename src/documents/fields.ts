/**
 * The fields a Word template may use, per kind of document: the one source for the README's
 * field list, for checking a user's template and for the data the documents are filled with
 * (the data types in templateData.ts are derived from this catalogue, so the two cannot drift).
 *
 * Tag names are German without umlauts, so users can type them on any keyboard: `{Datum}`,
 * `{Protokollfuehrung}`. A loop `{#Name}…{/Name}` repeats its content per entry; inside a loop
 * its own fields and every field outside it can be used. A text field may also open a
 * condition: `{#Thema}Thema: {Thema}{/Thema}` appears only when there is a topic, `{^Thema}…{/Thema}`
 * only when there is none.
 */

/** The kinds of document a template is made for. */
export const TEMPLATE_KINDS = ["protokoll", "einladung", "jahresplanung", "absage"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** How the kinds are called in messages and in the task pane. */
export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  protokoll: "Protokoll",
  einladung: "Einladung",
  jahresplanung: "Jahresplanung",
  absage: "Absage",
};

/** One field of a template: a text or a loop over entries with fields of their own. */
export type TemplateField =
  | { readonly name: string; readonly description: string; readonly kind: "text" }
  | { readonly name: string; readonly description: string; readonly kind: "loop"; readonly children: readonly TemplateField[] };

/** The data a list of fields is filled with: a string per text field, a list per loop. */
export type FieldData<F extends readonly TemplateField[]> = {
  [P in F[number] as P["name"]]: P extends { readonly kind: "loop"; readonly children: infer C extends readonly TemplateField[] } ? FieldData<C>[] : string;
};

const ALLIANCE_FIELDS = [
  { name: "Allianz", description: "Name der Allianz (Einstellung „Name der Allianz“)", kind: "text" },
  { name: "Vorsitz", description: "Mitglied mit dem Vorsitz, z. B. „Stadt Kaarst“", kind: "text" },
  { name: "Absender", description: "Absender mit Anschrift, mehrzeilig (Einstellung „Absender“, ohne Angabe der Name der Allianz)", kind: "text" },
  { name: "AbsenderName", description: "erste Zeile des Absenders, z. B. für die Grußformel", kind: "text" },
  { name: "AbsenderZeile", description: "Absender in einer Zeile, für die Rücksendeangabe über der Anschrift", kind: "text" },
  { name: "AbsenderEmail", description: "E-Mail-Adresse des Absenders (Einstellung „Absender-E-Mail“)", kind: "text" },
  {
    name: "Ruecksendeangabe",
    description: "Rücksendeangabe über der Anschrift im Fensterumschlag (Einstellung „Rücksendeangabe“, sonst der Absender in einer Zeile, gekürzt auf die Breite des Anschriftfelds)",
    kind: "text",
  },
  { name: "Ansprechpartner", description: "Ansprechpartner*in für Rückfragen, für den Informationsblock (Einstellung „Ansprechpartner*in“)", kind: "text" },
  { name: "Telefon", description: "Telefonnummer für Rückfragen (Einstellung „Telefon“)", kind: "text" },
  { name: "VorsitzPerson", description: "Ansprechperson(en) des Mitglieds mit dem Vorsitz, z. B. „Max Muster“ (leer, wenn keine eingetragen ist)", kind: "text" },
] as const satisfies readonly TemplateField[];

const AGENDA_FIELD = {
  name: "Tagesordnung",
  description: "Tagesordnungspunkte der Sitzung (Blatt Tagesordnung), nach TOP sortiert; ohne Eintrag im Blatt die Einstellung „Standard-TOPs“, nummeriert ab 1",
  kind: "loop",
  children: [
    { name: "TOP", description: "Nummer des Tagesordnungspunkts, z. B. „2.1“", kind: "text" },
    { name: "Titel", description: "Titel des Tagesordnungspunkts", kind: "text" },
    { name: "Referent", description: "Referent*in des Tagesordnungspunkts", kind: "text" },
    { name: "Minuten", description: "vorgesehene Dauer in Minuten, z. B. „30“", kind: "text" },
  ],
} as const satisfies TemplateField;

/** Fields of one meeting; also the entries of the Jahresplanung's meeting list. */
const MEETING_FIELDS = [
  { name: "Nr", description: "Nummer der Sitzung, z. B. „2027-01“", kind: "text" },
  { name: "Datum", description: "Datum mit Wochentag, z. B. „Donnerstag, 11. März 2027“", kind: "text" },
  { name: "DatumKurz", description: "Datum kurz, z. B. „11.03.2027“", kind: "text" },
  { name: "Beginn", description: "Beginn, z. B. „10:00 Uhr“ (ohne Angabe: Einstellung „Beginn“)", kind: "text" },
  { name: "Ende", description: "Ende, z. B. „12:00 Uhr“ (ohne Angabe: Beginn plus „Dauer (Minuten)“)", kind: "text" },
  { name: "Format", description: "„Präsenz“, „Online“ oder „Hybrid“", kind: "text" },
  { name: "Ort", description: "Sitzungsort (ohne Angabe: Sitzungsort des Gastgebers, bei Online-Sitzungen „Online“)", kind: "text" },
  { name: "Gastgeber", description: "gastgebendes Mitglied, z. B. „Stadt Kaarst“", kind: "text" },
  {
    name: "GastgeberGenitiv",
    description: "gastgebendes Mitglied mit Artikel, für „auf Einladung {GastgeberGenitiv}“: „der Stadt Kaarst“, „des Rhein-Kreises Neuss“",
    kind: "text",
  },
  { name: "Protokollfuehrung", description: "Mitglied, das das Protokoll führt", kind: "text" },
  { name: "ProtokollPerson", description: "Ansprechperson(en) des Mitglieds, das das Protokoll führt, z. B. „Alex Beispiel“ (leer, wenn keine eingetragen ist)", kind: "text" },
  { name: "Thema", description: "Thema der Sitzung", kind: "text" },
  { name: "Referierende", description: "eingeladene Referierende", kind: "text" },
  {
    name: "Zugang",
    description: "Zugang zu einer Online- oder Hybrid-Sitzung: Link, Meeting-ID, Einwahl, mehrzeilig (Spalte „Zugang“, ohne Angabe die Einstellung „Zugang (Online)“; bei Präsenz leer)",
    kind: "text",
  },
  { name: "ZugangLink", description: "der erste Link (http/https) im Zugang, z. B. für eine Schaltfläche „Teilnehmen“", kind: "text" },
] as const satisfies readonly TemplateField[];

/** A task of the Aufgaben sheet. */
const TASK_FIELDS = [
  { name: "Nr", description: "Nummer der Aufgabe", kind: "text" },
  { name: "Sitzung", description: "Nr der Sitzung, in der sie vereinbart wurde", kind: "text" },
  { name: "TOP", description: "Tagesordnungspunkt, unter dem sie vereinbart wurde", kind: "text" },
  { name: "Aufgabe", description: "was zu tun ist", kind: "text" },
  { name: "Verantwortlich", description: "Mitglied (und Person), z. B. „Stadt Kaarst (Cora Test)“", kind: "text" },
  { name: "Frist", description: "Frist, z. B. „31.03.2027“ (leer ohne Frist)", kind: "text" },
  { name: "Status", description: "„offen“ oder „erledigt“", kind: "text" },
] as const satisfies readonly TemplateField[];

/** People as the Anwesenheit sheet records them. */
const PERSON_LIST_FIELDS = [
  { name: "Name", description: "Vor- und Nachname (leer, wenn das Mitglied als Ganzes erfasst ist)", kind: "text" },
  { name: "Mitglied", description: "Mitglied der Person", kind: "text" },
  { name: "Bemerkung", description: "Bemerkung aus dem Blatt Anwesenheit", kind: "text" },
] as const satisfies readonly TemplateField[];

const LETTER_FIELD = {
  name: "Briefe",
  description: "ein Brief je Empfänger*in (aktive Kontakte aller Rollen der Mitglieder); jeder Brief endet mit einem Abschnittsumbruch (neue Seite), so zählt „Seite x von y“ je Brief",
  kind: "loop",
  children: [
    { name: "Anschrift", description: "Anschrift (DIN 5008), mehrzeilig: Mitglied, „Frau“/„Herrn“ mit Name, Anschrift des Mitglieds", kind: "text" },
    { name: "Anrede", description: "Anrede, z. B. „Sehr geehrte Frau Dr. Beispiel,“", kind: "text" },
    { name: "Name", description: "Titel, Vor- und Nachname, z. B. „Dr. Alex Beispiel“", kind: "text" },
    { name: "Funktion", description: "Funktion der Person, z. B. „Klimaschutzmanagerin“", kind: "text" },
    { name: "Mitglied", description: "Mitglied der Person, z. B. „Stadt Kaarst“", kind: "text" },
    { name: "EMail", description: "E-Mail-Adresse der Person", kind: "text" },
    { name: "Rolle", description: "„Ansprechperson“, „Vertretung“ oder „Verteiler“", kind: "text" },
    { name: "IstAnsprechperson", description: "„ja“ für Ansprechpersonen, sonst leer: {#IstAnsprechperson}…{/IstAnsprechperson} nur für sie (Bitte um Rückmeldung)", kind: "text" },
    { name: "IstVertretung", description: "„ja“ für Vertretungen, sonst leer: {#IstVertretung}…{/IstVertretung} nur für sie (zur Kenntnis, Teilnahme im Verhinderungsfall)", kind: "text" },
    { name: "IstVerteiler", description: "„ja“ für Kontakte im Verteiler, sonst leer: {#IstVerteiler}…{/IstVerteiler} nur für sie (zur Information)", kind: "text" },
  ],
} as const satisfies TemplateField;

/** The letters about one meeting's change: also who would have hosted it or kept its minutes. */
const CHANGE_LETTER_FIELD = {
  ...LETTER_FIELD,
  children: [
    ...LETTER_FIELD.children,
    {
      name: "IstGastgeber",
      description: "„ja“ für Ansprechpersonen und Vertretungen des Mitglieds, das die Sitzung ausrichten sollte, sonst leer: {#IstGastgeber}…{/IstGastgeber} nur für den Gastgeber",
      kind: "text",
    },
    { name: "IstProtokollfuehrung", description: "„ja“ für Ansprechpersonen und Vertretungen des Mitglieds, das das Protokoll führen sollte, sonst leer", kind: "text" },
  ],
} as const satisfies TemplateField;

const LETTER_DATE_FIELD = {
  name: "Briefdatum",
  description: "Datum des Briefs, z. B. „25.02.2027“: der Tag, an dem die Briefe erstellt werden (Kommandozeile: --stichtag; mit --briefdatum frei wählbar)",
  kind: "text",
} as const satisfies TemplateField;

/** Every field each kind of template may use. */
export const TEMPLATE_FIELDS = {
  protokoll: [
    ...ALLIANCE_FIELDS,
    ...MEETING_FIELDS,
    AGENDA_FIELD,
    {
      name: "Teilnehmende",
      description: "Anwesenheitsliste: jedes Mitglied, das am Sitzungstag dabei ist, mit seinen Ansprechpersonen und Vertretungen",
      kind: "loop",
      children: [
        { name: "Mitglied", description: "Name des Mitglieds, z. B. „Stadt Kaarst“", kind: "text" },
        {
          name: "Personen",
          description: "aktive Ansprechpersonen und Vertretungen des Mitglieds",
          kind: "loop",
          children: [
            { name: "Name", description: "Titel, Vor- und Nachname, z. B. „Dr. Alex Beispiel“", kind: "text" },
            { name: "Funktion", description: "Funktion der Person", kind: "text" },
            { name: "Rolle", description: "„Ansprechperson“ oder „Vertretung“", kind: "text" },
            { name: "Status", description: "„anwesend“, „entschuldigt“ oder „fehlt“, sobald die Anwesenheit erfasst ist; sonst leer (zum Ankreuzen)", kind: "text" },
          ],
        },
      ],
    },
    { name: "Anwesend", description: "wer laut Blatt Anwesenheit anwesend war, nach Mitglied", kind: "loop", children: PERSON_LIST_FIELDS },
    { name: "Entschuldigt", description: "wer laut Blatt Anwesenheit entschuldigt war, nach Mitglied", kind: "loop", children: PERSON_LIST_FIELDS },
    { name: "Aufgaben", description: "die in dieser Sitzung vereinbarten Aufgaben (Blatt Aufgaben), nach Nr", kind: "loop", children: TASK_FIELDS },
    {
      name: "Verteiler",
      description: "wer das Protokoll erhält: die Mitglieder am Sitzungstag, z. B. „Rhein-Kreis Neuss, Stadt Jüchen, Stadt Kaarst“",
      kind: "text",
    },
    {
      name: "NaechsteSitzung",
      description: "nächste nicht abgesagte Sitzung: Datum, Beginn und Ort, z. B. „Donnerstag, 13. Mai 2027, 10:00 Uhr, Rathaus Meerbusch“, sonst „noch nicht geplant“",
      kind: "text",
    },
  ],
  einladung: [
    ...ALLIANCE_FIELDS,
    ...MEETING_FIELDS,
    AGENDA_FIELD,
    LETTER_DATE_FIELD,
    {
      name: "Rueckmeldung",
      description: "Rückmeldung bis, z. B. „Donnerstag, 4. März 2027“: eine Woche vor der Sitzung (bei einer Ladungsfrist unter 14 Tagen die halbe Frist), am Wochenende der Freitag davor",
      kind: "text",
    },
    {
      name: "OffeneAufgaben",
      description: "alle offenen Aufgaben aus früheren Sitzungen (Blatt Aufgaben), nach Frist",
      kind: "loop",
      children: TASK_FIELDS,
    },
    LETTER_FIELD,
  ],
  jahresplanung: [
    ...ALLIANCE_FIELDS,
    { name: "Jahr", description: "das geplante Jahr, z. B. „2027“", kind: "text" },
    LETTER_DATE_FIELD,
    {
      name: "Sitzungen",
      description: "alle nicht abgesagten Sitzungen des Jahres, nach Datum",
      kind: "loop",
      children: MEETING_FIELDS,
    },
    LETTER_FIELD,
  ],
  absage: [
    ...ALLIANCE_FIELDS,
    ...MEETING_FIELDS,
    LETTER_DATE_FIELD,
    { name: "Grund", description: "Grund der Absage, wie beim Absagen angegeben (leer ohne Grund): {#Grund}Grund: {Grund}{/Grund}", kind: "text" },
    {
      name: "NaechsterTermin",
      description:
        "nächste nicht abgesagte Sitzung nach der abgesagten: Datum und Beginn, z. B. „Donnerstag, 13. Mai 2027, 10:00 Uhr“, sonst „noch nicht geplant“ (ohne Ort: mit der Absage kann sich ihr Gastgeber ändern)",
      kind: "text",
    },
    {
      name: "TurnusBleibt",
      description: "„ja“, wenn die Gastgeber reihum wechseln (Gastgeber-Regel „reihum“): der Gastgeber der abgesagten Sitzung behält seinen Turnus; sonst leer",
      kind: "text",
    },
    CHANGE_LETTER_FIELD,
  ],
} as const satisfies Record<TemplateKind, readonly TemplateField[]>;

/** The data a template of a kind is filled with. */
export type TemplateData<K extends TemplateKind> = FieldData<(typeof TEMPLATE_FIELDS)[K]>;
