/* Build of the 决算校验助手 add-in (conventions of OfficeDev/Excel-Custom-Functions-Shared).
 *
 * Shared runtime: ONE page, taskpane.html, loads the custom functions bundle and the task pane
 * bundle; the manifest points the task pane, the FunctionFile and the functions' <Page> at it.
 *
 * dist/: taskpane.html, office-loader.js, functions.js, functions.json (generated from the
 * JSDoc @customfunction tags of functions/functions.ts), taskpane.js, manifest.xml (every
 * https://localhost:3000/ replaced by the site URL and <Version> set from package.json in production
 * builds), assets/icon-*.png. The site URL is urlProd, or `--env url=https://…/` (npm run release).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where the manifest points while developing (npm run dev-server / npm start). */
const urlDev = "https://localhost:3000/";
/** The default production location (must end with "/"): `npm run build` rewrites every urlDev in
 * manifest.xml to it; `npm run release -- --url https://…/` builds for another without editing this. */
const urlProd = "https://fa-addin.example.gov.cn/";
/** package.json's x.y.z as the manifest's four-part <Version> x.y.z.0. */
const manifestVersion = `${require("./package.json").version}.0`;

/** The production site URL: `--env url=…` (npm run release) or urlProd; https only, ending in "/". */
function siteUrl(env) {
  const url = env.url || urlProd;
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(url)) {
    throw new Error(`网址必须是 https:// 开头的完整地址 / the site URL must be a full https:// URL: ${url}`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Office.js is only supported from Microsoft's CDN (the npm copy is unsupported and loads
 * ~80 MB of host files), so the page loads it from here, and only inside an Office host. */
const officeJsCdnOrigin = "https://appsforoffice.microsoft.com";

/** Files both the Excel and the WPS build copy beside the page, as they are (one list for both). */
const pageCopies = [
  { from: "assets/*.png", to: "assets/[name][ext]" },
  { from: "taskpane/taskpane.css", to: "taskpane.css" },
];

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The page's Content Security Policy: nothing leaves the origin except Office.js itself. */
function contentSecurityPolicy(dev) {
  const connect = dev ? `'self' ws://localhost:${port} wss://localhost:${port}` : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJsCdnOrigin}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** A page whose scripts load blocking in <head> under the page CSP (the Excel pane and the WPS main page). */
function pagePlugin(dev, options) {
  return new HtmlWebpackPlugin({
    inject: "head",
    scriptLoading: "blocking",
    templateParameters: { csp: contentSecurityPolicy(dev) },
    ...options,
  });
}

/** https with the Office dev certificates when office-addin-dev-certs works; otherwise http
 * (e.g. on Linux CI where the optional dependency is missing or cannot install a CA). */
async function devServerProtocol() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `[webpack] office-addin-dev-certs unavailable (${error && error.message}); serving over http. ` +
        "Office requires https for sideloading: run `npx office-addin-dev-certs install` where supported."
    );
    return { type: "http" };
  }
}

/**
 * Emits functions.zh-CN.json (Chinese names such as 执行率) beside functions.json; the manifest
 * points the zh-CN locale at it. The names come from functions/definitions.ts through
 * functions/localize.ts, loaded with tsx so the build and the tests share one source.
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          const { localizeMetadata } = require("tsx/cjs/api").require("./functions/localize.ts", __filename);
          compilation.emitAsset("functions.zh-CN.json", new webpack.sources.RawSource(localizeMetadata(source.source.source().toString())));
        },
      );
    });
  }
}

/** Manifest text for the given build: production builds point at the site URL everywhere and carry the package version. */
function manifestFor(content, dev, url) {
  const text = content.toString();
  if (dev) return text;
  return text.split(urlDev).join(url).replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion}</Version>`);
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  // `npm run build:wps` passes --env target=wps (env.wps is accepted too).
  const target = env.target || (env.wps ? "wps" : "excel");
  const url = siteUrl(env);

  const entry = {
    // Must run first (blocking, in <head>): inside Office it loads Office.js from the CDN.
    "office-loader": "./taskpane/office-loader.ts",
    // register-excel.ts imports functions.ts; the metadata plugin also appends associate() calls to
    // functions.ts (the template's way). Associating an id twice with the same function is harmless.
    functions: "./functions/register-excel.ts",
    taskpane: "./taskpane/taskpane.ts",
    // the core in a Web Worker (dist/engine-worker.js): long validations leave the pane responsive
    "engine-worker": "./taskpane/engine-worker.ts",
  };

  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
    new LocalizedMetadataPlugin(),
    // The metadata plugin appends `CustomFunctions.associate(...)` to functions.ts; the shim makes
    // that a no-op where no Office host exists (preview in a plain browser).
    new webpack.ProvidePlugin({
      CustomFunctions: [path.resolve(__dirname, "taskpane/custom-functions-shim.ts"), "CustomFunctions"],
    }),
    pagePlugin(dev, {
      filename: "taskpane.html",
      template: "./taskpane/taskpane.html",
      chunks: ["office-loader", "functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new CopyWebpackPlugin({
      patterns: [
        ...pageCopies,
        { from: "manifest*.xml", to: "[name][ext]", transform: (content) => manifestFor(content, dev, url) },
      ],
    }),
  ];

  const config = {
    mode,
    // No eval-based source maps: the page's CSP forbids eval.
    devtool: "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // Node-only paths of shared modules (e.g. readXlsxFile in src/hosts/file.ts) are never
      // reached in the page; resolving them to empty modules keeps the browser bundle clean.
      fallback: { fs: false, "fs/promises": false, path: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type checking is tsc's job (npm run lint / jest); the bundle only transpiles.
          // ES modules (not tsconfig's commonjs) so that import() splits chunks and unused code shakes out.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port,
      // The page's CSP forbids the overlay's inline styles; errors still show in the console.
      client: { overlay: false },
      hot: false,
    },
  };

  if (env.WEBPACK_SERVE) config.devServer.server = await devServerProtocol();

  // The WPS JS add-in (dist/wps/): its own entry page, ribbon and deployment files, the same pane.
  if (target === "wps") {
    require("./wps/webpack-wps")(config, { dev, urlDev, urlProd: url, pagePlugin, pageCopies, outDir: env.outDir });
  }

  if (!fs.existsSync(path.resolve(__dirname, "functions/functions.ts"))) {
    throw new Error("functions/functions.ts is missing: the custom functions are part of every build.");
  }
  return config;
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.manifestVersion = manifestVersion;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
