#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources through tsx, so `npx allianz` works right after `npm install`.
try {
  require("tsx/cjs");
  require("./main.ts").main();
} catch (error) {
  process.stderr.write(`Fehler: allianz konnte nicht starten (${error && error.message}). Bitte im Projektordner \`npm install\` ausführen.\n`);
  process.exitCode = 2;
}
