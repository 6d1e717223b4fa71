import type { AgendaItem, Located, Registers } from "../../src/domain/registers";
import { exampleRegisters, meeting } from "../support/exampleRegisters";

/*
 * The example registers with what the templates need on top: an agenda in mixed TOP order, a past,
 * a cancelled and an online meeting, a member whose Anschrift starts with the street. Recipients on
 * 11.03.2027: Rhein-Kreis Neuss (1), Stadt Jüchen (1, Verteiler), Stadt Kaarst (2), Stadt Zons (1).
 */

const agendaItem = (item: string, title: string, speaker: string | null, minutes: number | null): Located<AgendaItem> => ({
  meeting: "2027-01",
  item,
  title,
  speaker,
  minutes,
  row: 2,
});

const base = exampleRegisters();

export const templateRegisters: Registers = exampleRegisters({
  members: base.members.map((m) => (m.name === "Stadt Jüchen" ? { ...m, address: "Am Rathaus 5\n41363 Jüchen" } : m)),
  meetings: [
    meeting("2026-06", "2026-11-12", { host: "Gemeinde Rommerskirchen", minutesBy: "Gemeinde Rommerskirchen", status: "durchgeführt" }),
    meeting("2027-01", "2027-03-11", {
      host: "Stadt Jüchen",
      minutesBy: "Stadt Jüchen",
      topic: "Wärmeplanung in Städten & Gemeinden",
      speakers: "Dr. Ümit Öz (Energieagentur)",
    }),
    meeting("2027-02", "2027-05-13", { status: "abgesagt" }),
    meeting("2027-03", "2027-07-08", { start: "14:00", end: "16:30", venue: "Bürgerhaus Kaarst, Am Neumarkt 2, 41564 Kaarst" }),
    meeting("2027-04", "2027-09-09", { format: "Online" }),
  ],
  agenda: [
    agendaItem("10", "Verschiedenes", null, 10),
    agendaItem("2", "Bericht aus den Kommunen", "alle", 30),
    agendaItem("1", "Begrüßung und Protokoll der letzten Sitzung", "Vorsitz", 10),
    agendaItem("2.1", "Kommunale Wärmeplanung – Stand & nächste Schritte", "Dr. Ümit Öz", null),
  ],
});
