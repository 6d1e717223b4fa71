/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the task pane, modelled on OfficeDev/Office-Addin-TaskPane, but type-checked (ts-loader,
// no babel) and without polyfills. The bundle is ES2022 for the webviews of the supported Office
// (README „Unterstützte Office-Versionen“); guard.js, in ES5, tells every other webview what is needed.
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { version } = require("./package.json");

/** The ECMAScript version of every emitted chunk (test/e2e/bundle.test.ts parses them at it). */
const TARGET = "es2022";
/** Where the development manifest points; a build with ADDIN_URL replaces it everywhere. */
const DEV_URL = "https://localhost:3000/";
const GUARD = path.resolve(__dirname, "src/taskpane/guard.js");
const HELP_PAGE = "hilfe.html";
/** README sections for developers; everything else is the user's help page. */
const DEVELOPER_SECTIONS = new Set(["Schnellstart", "Entwicklung"]);

/** HTTPS for the dev server: Office only loads add-ins over https. Production builds never need the certificates. */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/**
 * The base URL the add-in is served from, from `ADDIN_URL` (https, ending in `/`); the
 * development server's without it.
 *
 * @example addinUrl("https://intranet.example.de/allianz-planer") // "https://intranet.example.de/allianz-planer/"
 */
function addinUrl(value) {
  if (value === undefined || value === "") return DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL „${value}“ ist keine Adresse. Beispiel: ADDIN_URL=https://intranet.example.de/allianz-planer/`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL „${value}“ muss mit https:// beginnen – Office lädt Add-ins nur über HTTPS.`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL „${value}“ darf weder ? noch # enthalten.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The manifest for an add-in served from `baseUrl`: every development URL replaced, the version
 * from package.json (Office updates an add-in when it rises), the help page as SupportUrl, and
 * `id` as the add-in's Id where one is given (a second, separate installation).
 *
 * @example manifestFor(xml, { baseUrl: "https://intranet.example.de/allianz-planer/" })
 */
function manifestFor(xml, { baseUrl, id }) {
  if (id !== undefined && id !== "" && !GUID.test(id)) throw new Error(`ADDIN_ID „${id}“ ist keine GUID. Eine neue erzeugt: node -e "console.log(crypto.randomUUID())"`);
  let result = xml
    .split(DEV_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`)
    .replace(/<SupportUrl DefaultValue="[^"]*"\/>/, `<SupportUrl DefaultValue="${baseUrl}${HELP_PAGE}"/>`);
  if (id) result = result.replace(/<Id>[^<]*<\/Id>/, `<Id>${id.toLowerCase()}</Id>`);
  return result;
}

/** GitHub's anchor for a heading, so the README's links within the page keep working. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

/** The German help page: the README without its developer sections, as one static page. */
async function helpPage(readme) {
  const { Marked } = await import("marked");
  const sections = readme.split(/^(?=## )/m).filter((part) => !DEVELOPER_SECTIONS.has(/^## (.+)$/m.exec(part)?.[1].trim() ?? ""));
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(sections.join(""));
  return `<!DOCTYPE html>
<html lang="de">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'; script-src 'none'; object-src 'none'" />
    <title>Allianz-Planer – Hilfe</title>
    <link rel="stylesheet" href="hilfe.css" />
  </head>
  <body>
    <main>
${body}
      <p class="version">Allianz-Planer ${version}</p>
    </main>
  </body>
</html>
`;
}

const GUARD_HASH_PLACEHOLDER = "GUARD-HASH";

/**
 * Puts the hash of the page's inline script (the guard, as minified) into its Content-Security-Policy
 * in place of {@link GUARD_HASH_PLACEHOLDER}: the policy allows that script and no other inline one.
 */
class InlineScriptHashPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InlineScriptHashPlugin", (compilation) => {
      // After every optimisation, so the hash is that of the script as shipped.
      compilation.hooks.processAssets.tap({ name: "InlineScriptHashPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const html = compilation.getAsset("taskpane.html").source.source().toString();
        const inline = /<script>([\s\S]*?)<\/script>/.exec(html);
        if (!inline || !html.includes(GUARD_HASH_PLACEHOLDER)) throw new Error("taskpane.html: inline guard script or its CSP hash placeholder missing");
        const hash = crypto.createHash("sha256").update(inline[1]).digest("base64");
        compilation.updateAsset("taskpane.html", new webpack.sources.RawSource(html.replace(GUARD_HASH_PLACEHOLDER, hash)));
      });
    });
  }
}

/** Emits hilfe.html from README.md, rebuilt when the README changes. */
class HelpPagePlugin {
  apply(compiler) {
    const readme = path.resolve(__dirname, "README.md");
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.fileDependencies.add(readme);
      compilation.hooks.processAssets.tapPromise({ name: "HelpPagePlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        compilation.emitAsset(HELP_PAGE, new webpack.sources.RawSource(await helpPage(fs.readFileSync(readme, "utf8"))));
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = addinUrl(process.env.ADDIN_URL);
  const addinId = process.env.ADDIN_ID;
  // Inline, allowed by its hash in the Content-Security-Policy: a CSP <meta> turns Chromium's preload
  // scanner off, so every script file before the bundle would cost a round trip of its own.
  const guardSource = fs.readFileSync(GUARD, "utf8").trim();
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    target: ["web", TARGET],
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type-check only what the bundle contains: tests of other parts must not break the add-in build.
            onlyCompileBundledFiles: true,
            // ES modules so webpack can split the views into lazily loaded chunks (tsconfig targets Node/CommonJS).
            compilerOptions: { module: "es2022", target: TARGET, sourceMap: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ APP_VERSION: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template places the bundle's deferred <script> before office.js, so both load at once.
        inject: false,
        templateParameters: { guardSource, guardHash: GUARD_HASH_PLACEHOLDER },
      }),
      new InlineScriptHashPlugin(),
      new HelpPagePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // Default Word templates, fetched by the "Dokumente" view and the Word pane only when used.
          { from: "assets/Vorlage-*.docx", to: "assets/[name][ext]" },
          // The help page's pictures.
          { from: "assets/screenshots/*.png", to: "assets/screenshots/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/hilfe.css", to: "hilfe.css" },
          // Linked by the Word pane when it starts, so Excel never loads it.
          { from: "src/taskpane/word/word.css", to: "word.css" },
          { from: "manifest*.xml", to: "[name][ext]", transform: (content) => manifestFor(content.toString(), { baseUrl, id: addinId }) },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await devServerHttpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.addinUrl = addinUrl;
module.exports.manifestFor = manifestFor;
module.exports.helpPage = helpPage;
module.exports.TARGET = TARGET;
