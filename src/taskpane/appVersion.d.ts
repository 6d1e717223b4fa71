/** The add-in's version from package.json, set by webpack's DefinePlugin (webpack.config.js). */
declare const APP_VERSION: string;
