import assert from "node:assert/strict";
import PizZip from "pizzip";
import { zipFiles } from "../../src/documents/zip";

describe("zipFiles", () => {
  const files = [
    { name: "Empfaenger.csv", bytes: new TextEncoder().encode("\uFEFFMitglied\r\nStadt Jüchen\r\n") },
    { name: "01_Oezdemir_Jana.eml", bytes: Uint8Array.from({ length: 3000 }, (_, i) => i % 251) },
  ];

  it("holds every file with its bytes, read back by PizZip", () => {
    const zip = new PizZip(zipFiles(files));
    assert.deepEqual(Object.keys(zip.files), ["Empfaenger.csv", "01_Oezdemir_Jana.eml"]);
    for (const file of files) assert.deepEqual(zip.file(file.name)!.asUint8Array(), file.bytes);
  });

  it("gives the same bytes every time", () => {
    assert.deepEqual(zipFiles(files), zipFiles(files));
  });
});
