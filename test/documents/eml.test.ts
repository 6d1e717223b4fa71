import assert from "node:assert/strict";
import { simpleParser } from "mailparser";
import { buildEml, DOCX_CONTENT_TYPE, icsContentType, isMailAddress, type MailMessage } from "../../src/documents/eml";
import type { Timestamp } from "../../src/documents/timestamp";

const docx = Uint8Array.from({ length: 5000 }, (_, i) => (i * 37) % 256);
const ics = new TextEncoder().encode("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");

function message(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    from: { name: "Geschäftsstelle der Allianz", email: "allianz@example.org" },
    to: [{ name: "Dr. Jana Özdemir", email: "jana.oezdemir@example.org" }],
    subject: "Einladung zur Sitzung 2027-01 der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss am Donnerstag, 14. Januar 2027",
    text: "Sehr geehrte Frau Dr. Özdemir,\n\nhiermit laden wir Sie ein. Grüße aus Jüchen – bis bald!\r\nZeile mit = und Leerzeichen am Ende \n" + "ä".repeat(120),
    date: "2026-12-01T09:30:00Z" as Timestamp,
    messageId: "abc123@example.org",
    attachments: [
      { fileName: "Sitzung_2027-01.ics", contentType: icsContentType("REQUEST"), bytes: ics },
      { fileName: "Protokoll Sitzung Jüchen – Jänner 2027 mit einem sehr langen Namen.docx", contentType: DOCX_CONTENT_TYPE, bytes: docx },
    ],
    ...overrides,
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("buildEml", () => {
  it("is read back by mailparser: addresses, umlaut subject, body, X-Unsent, date", async () => {
    const parsed = await simpleParser(Buffer.from(buildEml(message())));
    assert.equal(parsed.subject, message().subject);
    assert.equal(parsed.headers.get("x-unsent"), "1");
    const to = parsed.to as { value: { name: string; address: string }[] };
    assert.deepEqual(to.value.map((a) => [a.name, a.address]), [["Dr. Jana Özdemir", "jana.oezdemir@example.org"]]);
    assert.deepEqual(parsed.from?.value.map((a) => [a.name, a.address]), [["Geschäftsstelle der Allianz", "allianz@example.org"]]);
    assert.equal(parsed.text, message().text.replace(/\r?\n/g, "\n"));
    assert.equal(parsed.messageId, "<abc123@example.org>");
    assert.equal(parsed.date?.toISOString(), "2026-12-01T09:30:00.000Z");
  });

  it("attaches files with their names, content types and bytes", async () => {
    const parsed = await simpleParser(Buffer.from(buildEml(message())));
    assert.equal(parsed.attachments.length, 2);
    const [calendar, minutes] = parsed.attachments;
    assert.equal(calendar.filename, "Sitzung_2027-01.ics");
    assert.equal(calendar.contentType, "text/calendar");
    assert.equal((calendar.headers.get("content-type") as { params: Record<string, string> }).params.method, "REQUEST");
    assert.deepEqual(new Uint8Array(calendar.content), ics);
    assert.equal(minutes.filename, "Protokoll Sitzung Jüchen – Jänner 2027 mit einem sehr langen Namen.docx");
    assert.equal(minutes.contentType, DOCX_CONTENT_TYPE);
    assert.deepEqual(new Uint8Array(minutes.content), docx);
  });

  it("writes only ASCII, CRLF line ends and lines of at most 78 characters", () => {
    const raw = text(buildEml(message()));
    assert.match(raw, /^[\x00-\x7f]*$/);
    assert.doesNotMatch(raw, /[^\r]\n/);
    // The .docx MIME type alone is 71 characters and cannot be folded; RFC 5322 allows that (up to 998).
    const foldable = raw.split("\r\n").filter((line) => !line.includes(DOCX_CONTENT_TYPE));
    for (const line of foldable) assert.ok(line.length <= 78, `zu lang: ${line}`);
    assert.match(raw, /^X-Unsent: 1\r$/m);
  });

  it("gives the same bytes for the same message", () => {
    assert.deepEqual(buildEml(message()), buildEml(message()));
  });

  it("does not let CR/LF in names or subjects add headers", async () => {
    const evil = message({
      subject: "Einladung\r\nBcc: opfer@example.net\r\n\r\nGefälschter Text",
      to: [{ name: "Max\r\nBcc: boese@example.net", email: "max@example.org" }],
      from: { name: "Allianz\nReply-To: boese@example.net", email: "allianz@example.org" },
      attachments: [{ fileName: "a.ics\r\nX-Evil: 1", contentType: icsContentType("PUBLISH"), bytes: ics }],
    });
    const raw = text(buildEml(evil));
    assert.doesNotMatch(raw, /^(Bcc|Reply-To|X-Evil):/im);
    const parsed = await simpleParser(Buffer.from(raw));
    assert.equal(parsed.bcc, undefined);
    assert.equal(parsed.replyTo, undefined);
    assert.equal(parsed.headers.get("x-evil"), undefined);
    assert.equal(parsed.subject, "Einladung Bcc: opfer@example.net Gefälschter Text");
    const to = parsed.to as { value: { name: string; address: string }[] };
    assert.deepEqual(to.value.map((a) => a.address), ["max@example.org"]);
    assert.equal(parsed.attachments[0].filename, "a.ics X-Evil: 1");
  });

  it("rejects addresses that could break the header", () => {
    assert.throws(() => buildEml(message({ to: [{ name: "X", email: "x@example.org\r\nBcc: y@example.net" }] })), RangeError);
    assert.throws(() => buildEml(message({ to: [{ name: "X", email: "x@example.org>, <y@example.net" }] })), RangeError);
  });

  it("quotes ASCII display names with special characters", async () => {
    const parsed = await simpleParser(Buffer.from(buildEml(message({ to: [{ name: 'Muster, Max "Mo"', email: "max@example.org" }] }))));
    const to = parsed.to as { value: { name: string; address: string }[] };
    assert.deepEqual(to.value.map((a) => [a.name, a.address]), [['Muster, Max "Mo"', "max@example.org"]]);
  });

  it("names a short attachment with umlauts in one RFC 2231 parameter", async () => {
    const raw = text(buildEml(message({ attachments: [{ fileName: "Jüchen.docx", contentType: DOCX_CONTENT_TYPE, bytes: docx }] })));
    assert.match(raw, /filename\*=UTF-8''J%C3%BCchen\.docx/);
    assert.equal((await simpleParser(Buffer.from(raw))).attachments[0].filename, "Jüchen.docx");
  });

  it("leaves ASCII subjects readable", () => {
    assert.match(text(buildEml(message({ subject: "Protokoll der Sitzung 2027-01" }))), /^Subject: Protokoll der Sitzung 2027-01\r$/m);
  });
});

describe("isMailAddress", () => {
  it("accepts ordinary addresses and rejects anything with spaces, brackets or no domain", () => {
    assert.ok(isMailAddress("alex.beispiel@example.org"));
    assert.ok(isMailAddress("klimaschutz+allianz@stadt-kaarst.de"));
    for (const bad of ["alex", "alex@", "@example.org", "a b@example.org", "a@example", "<a@example.org>", "a@exa mple.org", "ä@example.org", "a..b@example.org"]) {
      assert.ok(!isMailAddress(bad), bad);
    }
  });
});
