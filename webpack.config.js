/* eslint-disable @typescript-eslint/no-require-imports */
// Build of the task pane, modelled on OfficeDev/Office-Addin-TaskPane, but type-checked (ts-loader,
// no babel) and without polyfills: Office add-ins run in Edge WebView2 / Safari / modern browsers.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** HTTPS for the dev server: Office only loads add-ins over https. Production builds never need the certificates. */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "eval-source-map" : "source-map",
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
            compilerOptions: { module: "es2022", sourceMap: true },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The version shown in the pane's footer.
        templateParameters: { version: require("./package.json").version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // Default Word templates, fetched by the "Dokumente" view and the Word pane only when used.
          { from: "assets/Vorlage-*.docx", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // Linked by the Word pane when it starts, so Excel never loads it.
          { from: "src/taskpane/word/word.css", to: "word.css" },
          { from: "manifest*.xml", to: "[name][ext]" },
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
