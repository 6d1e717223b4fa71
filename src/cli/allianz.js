#!/usr/bin/env node
"use strict";
// Runs the compiled command line (dist-cli/, built by `npm install` through the prepare script).
let cli;
try {
  cli = require("../../dist-cli/cli/main.js");
} catch (error) {
  process.stderr.write(`Fehler: allianz konnte nicht starten (${error && error.message}). Bitte im Projektordner \`npm install\` ausführen.\n`);
  process.exitCode = 2;
}
if (cli) cli.main();
