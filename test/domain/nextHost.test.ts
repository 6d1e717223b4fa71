import assert from "node:assert/strict";
import { hostRing } from "../../src/domain/hostRing";
import { compareTurns, lastTurnBefore, nextHost, takenTurns, type Turn } from "../../src/domain/nextHost";
import type { PlainDate } from "../../src/domain/plainDate";
import { meeting, member } from "../support/exampleRegisters";

const d = (text: string) => text as PlainDate;
const turn = (date: string, nr: string, shortName: string): Turn => ({ date: d(date), nr, shortName });

describe("nextHost", () => {
  const ring = hostRing([member("Stadt Grevenbroich"), member("Stadt Jüchen"), member("Stadt Kaarst"), member("Stadt Dormagen")]);
  const host = (previous: string | null, date = "2026-03-05") => nextHost(ring, previous, d(date))?.shortName ?? null;

  it("starts at the top of the ring without a previous host", () => {
    assert.equal(host(null), "Dormagen");
  });

  it("takes the member after the previous host, cyclically", () => {
    assert.equal(host("Grevenbroich"), "Jüchen");
    assert.equal(host("Jüchen"), "Kaarst");
    assert.equal(host("Kaarst"), "Dormagen");
  });

  it("finds the place of a previous host that is no longer in the ring by its Kurzname", () => {
    assert.equal(host("Hilden"), "Jüchen");
    assert.equal(host("Aachen"), "Dormagen");
    assert.equal(host("Zons"), "Dormagen");
  });

  it("skips members that have not joined yet or have left on that date", () => {
    const changing = hostRing([
      member("Stadt Grevenbroich"),
      member("Stadt Jüchen", { joined: d("2026-07-01") }),
      member("Stadt Kaarst", { left: d("2026-03-04") }),
      member("Stadt Dormagen"),
    ]);
    assert.equal(nextHost(changing, "Grevenbroich", d("2026-03-05"))?.shortName, "Dormagen");
    assert.equal(nextHost(changing, "Grevenbroich", d("2026-07-01"))?.shortName, "Jüchen");
    // Kaarst's last day as a member still counts.
    assert.equal(nextHost(changing, "Jüchen", d("2026-03-04"))?.shortName, "Kaarst");
  });

  it("gives null when no ring member is a member on that date", () => {
    assert.equal(nextHost([], "Kaarst", d("2026-03-05")), null);
    assert.equal(nextHost(hostRing([member("Stadt Kaarst", { joined: d("2027-01-01") })]), null, d("2026-03-05")), null);
  });
});

describe("takenTurns", () => {
  const members = [member("Stadt Grevenbroich"), member("Stadt Jüchen"), member("Stadt Kaarst", { hosts: false, left: d("2024-12-31") })];

  it("keeps meetings in date then Nr order with the host's Kurzname", () => {
    const turns = takenTurns(
      [
        meeting("2025-02", "2025-05-08", { host: "Stadt Jüchen" }),
        meeting("2024-06", "2024-11-14", { host: "Stadt Kaarst", status: "durchgeführt" }),
        meeting("2025-01", "2025-05-08", { host: "Stadt Grevenbroich" }),
      ],
      members,
    );
    assert.deepEqual(turns, [turn("2024-11-14", "2024-06", "Kaarst"), turn("2025-05-08", "2025-01", "Grevenbroich"), turn("2025-05-08", "2025-02", "Jüchen")]);
  });

  it("leaves out cancelled meetings: they do not use up a turn", () => {
    const turns = takenTurns([meeting("2025-01", "2025-03-13", { host: "Stadt Jüchen", status: "abgesagt" })], members);
    assert.deepEqual(turns, []);
  });

  it("leaves out meetings whose Gastgeber names no member", () => {
    const turns = takenTurns([meeting("2025-01", "2025-03-13", { host: "Grevenbroich" }), meeting("2025-02", "2025-05-08", { host: "Stadt Jüchen" })], members);
    assert.deepEqual(turns, [turn("2025-05-08", "2025-02", "Jüchen")]);
  });
});

describe("lastTurnBefore", () => {
  const turns = [turn("2025-03-13", "2025-01", "Dormagen"), turn("2025-05-08", "2025-02", "Grevenbroich"), turn("2025-05-08", "2025-03", "Jüchen"), turn("2025-07-10", "2025-04", "Kaarst")];

  it("finds the latest turn strictly before the date", () => {
    assert.equal(lastTurnBefore(turns, d("2025-07-10"))?.shortName, "Jüchen");
    assert.equal(lastTurnBefore(turns, d("2025-07-11"))?.shortName, "Kaarst");
    assert.equal(lastTurnBefore(turns, d("2025-05-08"))?.shortName, "Dormagen");
    assert.equal(lastTurnBefore(turns, d("2030-01-01"))?.shortName, "Kaarst");
  });

  it("gives null when nothing came before", () => {
    assert.equal(lastTurnBefore(turns, d("2025-03-13")), null);
    assert.equal(lastTurnBefore([], d("2025-03-13")), null);
  });
});

describe("compareTurns", () => {
  it("orders by date, then by Nr", () => {
    assert.ok(compareTurns(turn("2025-01-09", "2025-09", "A"), turn("2025-01-10", "2025-01", "B")) < 0);
    assert.ok(compareTurns(turn("2025-01-10", "2025-02", "A"), turn("2025-01-10", "2025-01", "B")) > 0);
    assert.equal(compareTurns(turn("2025-01-10", "2025-02", "A"), turn("2025-01-10", "2025-02", "B")), 0);
  });
});
