import assert from "node:assert/strict";
import { firstUrl, meetingAccess } from "../../src/domain/meetingAccess";

describe("meetingAccess", () => {
  const room = { onlineAccess: "https://meet.example.org/allianz\nMeeting-ID 987 654" };

  it("takes the meeting's own Zugang, else the standing online room for online and hybrid meetings", () => {
    assert.deepEqual(meetingAccess({ format: "Hybrid", access: " Einwahl 0211 123, https://video.example.de/r/42. " }, room), {
      text: "Einwahl 0211 123, https://video.example.de/r/42.",
      url: "https://video.example.de/r/42",
    });
    assert.deepEqual(meetingAccess({ format: "Online", access: null }, room), { text: room.onlineAccess, url: "https://meet.example.org/allianz" });
    assert.equal(meetingAccess({ format: "Präsenz", access: null }, room), null);
    assert.equal(meetingAccess({ format: "Online", access: null }, { onlineAccess: null }), null);
  });

  it("finds no link in text without one", () => {
    assert.equal(firstUrl("Telefon-Einwahl 0211 123 456, PIN 99"), null);
    assert.equal(firstUrl("(siehe https://a.example/x?y=1)"), "https://a.example/x?y=1");
  });
});
