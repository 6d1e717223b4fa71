/*
 * Offline check of manifest.xml against Microsoft's XSD schemas (`npm run validate`). The online
 * validator of office-addin-manifest cannot be reached from every machine; these schemas can.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");
/** The schemas live beside the project, see their README (OFFICE_MANIFEST_SCHEMAS names another place, e.g. for a worktree). */
export const SCHEMA_DIR = process.env.OFFICE_MANIFEST_SCHEMAS ?? path.resolve(PROJECT_ROOT, "../shared/office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Validates manifest XML against the XSDs; the errors are xmllint's messages with line numbers. */
export async function validateManifestXml(xml: string, fileName = "manifest.xml"): Promise<{ valid: boolean; errors: string[] }> {
  const preload = readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA)
    .map((name) => ({ fileName: name, contents: readFileSync(path.join(SCHEMA_DIR, name), "utf8") }));
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: { fileName: MAIN_SCHEMA, contents: readFileSync(path.join(SCHEMA_DIR, MAIN_SCHEMA), "utf8") },
    preload,
  });
  return { valid: result.valid, errors: result.errors.map((e) => (e.loc ? `Zeile ${e.loc.lineNumber}: ${e.message}` : e.message)) };
}

async function main(): Promise<void> {
  const file = path.resolve(PROJECT_ROOT, process.argv[2] ?? "manifest.xml");
  const { valid, errors } = await validateManifestXml(readFileSync(file, "utf8"), path.basename(file));
  if (valid) {
    console.log(`${path.relative(PROJECT_ROOT, file)} ist gültig (XSD-Schemas aus ${path.relative(PROJECT_ROOT, SCHEMA_DIR)}).`);
  } else {
    console.error(`${path.relative(PROJECT_ROOT, file)} ist ungültig:\n${errors.map((e) => `  ${e}`).join("\n")}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Die Prüfung des Manifests ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
