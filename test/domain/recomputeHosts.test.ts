import assert from "node:assert/strict";
import type { PlainDate } from "../../src/domain/plainDate";
import { recomputeHosts } from "../../src/domain/recomputeHosts";
import { exampleRegisters, meeting, member } from "../support/exampleRegisters";

const members = ["Stadt Dormagen", "Stadt Grevenbroich", "Gemeinde Jüchen", "Stadt Kaarst"].map((name) => member(name));
const hosted = (nr: string, date: string, host: string, status: "geplant" | "eingeladen" | "durchgeführt" | "abgesagt", venue: string | null = null) =>
  meeting(nr, date, { host, minutesBy: host, status, venue });

describe("recomputeHosts", () => {
  const meetings = [
    hosted("2026-00", "2026-01-15", "Stadt Kaarst", "geplant"),
    hosted("2026-01", "2026-03-05", "Stadt Dormagen", "durchgeführt"),
    hosted("2026-02", "2026-06-11", "Stadt Grevenbroich", "abgesagt"),
    hosted("2026-03", "2026-09-03", "Gemeinde Jüchen", "geplant", "Rathaus Jüchen"),
    hosted("2026-04", "2026-10-08", "Stadt Kaarst", "eingeladen"),
    hosted("2026-05", "2026-12-03", "Stadt Grevenbroich", "geplant", "Sonderort"),
  ];
  const registers = exampleRegisters({ members, meetings });

  it("gives the cancelled host's turn to the next geplant meeting and follows the ring; other rows stay", () => {
    const changes = recomputeHosts(registers, "2026-07-01" as PlainDate);
    assert.deepEqual(changes, [
      { nr: "2026-03", date: "2026-09-03", before: { host: "Gemeinde Jüchen", minutesBy: "Gemeinde Jüchen", venue: "Rathaus Jüchen" }, fields: { host: "Stadt Grevenbroich", minutesBy: "Stadt Grevenbroich", venue: "Rathaus Grevenbroich" } },
      // After the invited Kaarst meeting the ring wraps to Dormagen; an own venue stays.
      { nr: "2026-05", date: "2026-12-03", before: { host: "Stadt Grevenbroich", minutesBy: "Stadt Grevenbroich", venue: "Sonderort" }, fields: { host: "Stadt Dormagen", minutesBy: "Stadt Dormagen" } },
    ]);
  });

  it("lists nothing once the hosts follow the ring, and leaves the Protokoll with the Vorsitz", () => {
    const after = exampleRegisters({
      members,
      meetings: meetings.map((m) => (m.nr === "2026-03" ? { ...m, host: "Stadt Grevenbroich", minutesBy: "Stadt Grevenbroich" } : m.nr === "2026-05" ? { ...m, host: "Stadt Dormagen", minutesBy: "Stadt Dormagen" } : m)),
    });
    assert.deepEqual(recomputeHosts(after, "2026-07-01" as PlainDate), []);
    const chaired = exampleRegisters({ members, meetings, settings: { ...registers.settings, minutesKeeper: "Vorsitz", chair: "Stadt Kaarst" } });
    assert.deepEqual(recomputeHosts(chaired, "2026-07-01" as PlainDate).map((c) => c.fields.minutesBy), ["Stadt Kaarst", "Stadt Kaarst"]);
  });
});
