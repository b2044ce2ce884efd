/* The WPS branch of webpack.config.js (`npm run build:wps` → dist/wps/).
 *
 * dist/wps/                      what an online install serves at {{URL}} (urlProd + "wps/")
 *   index.html, wps-main.js      the add-in's main page: ribbon callbacks, FA functions
 *   ribbon.xml                   the 决算校验 tab and button
 *   taskpane.html, taskpane.js…  the same task pane as Excel (host-detect picks WPS)
 *   assets/                      icons
 *   publish.xml, jsplugins.xml   online deployment files (publish 模式, jsplugins.xml 模式)
 *   offline/                     the offline package in the form wpsjs builds it (no internet):
 *     install.bat, install.sh      copy jsaddons/ into the user's jsaddons folder (Windows, Linux)
 *     jsaddons/publish.xml         <jsplugin … url="FaChecker_<version>" version enable="enable_dev" …/>
 *     jsaddons/FaChecker_<version>/ a copy of the add-in files above
 *   README.md                    installation on Windows and on 信创 Linux
 */
const path = require("path");
const { Compilation, sources } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = path.resolve(__dirname, "..");
const NAME = "FaChecker";
const VERSION = require("../package.json").version;
const OFFLINE_DIR = `offline/jsaddons/${NAME}_${VERSION}/`;
/** deployment files that describe the add-in rather than belong to it. */
const NOT_IN_ADDIN = /^(offline\/|publish\.xml$|jsplugins\.xml$|README\.md$)|\.map$/;

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
}

/** Copies every emitted add-in file into the offline jsaddons folder. */
class OfflineFolderPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("OfflineFolderPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "OfflineFolderPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets)) {
          if (NOT_IN_ADDIN.test(name)) continue;
          compilation.emitAsset(OFFLINE_DIR + name, new sources.RawSource(assets[name].source()));
        }
      });
    });
  }
}

module.exports = function configureWps(config, { dev, urlDev, urlProd, pagePlugin, pageCopies, outDir }) {
  const url = `${dev ? urlDev : urlProd}wps/`;
  const values = { URL: url, NAME, VERSION };

  config.output.path = path.resolve(ROOT, outDir || "dist/wps");
  config.entry["wps-main"] = "./wps/main.ts";
  // Excel's copies include manifest.xml, which means nothing to WPS: replace them.
  config.plugins = config.plugins.filter((plugin) => !(plugin instanceof CopyWebpackPlugin));
  config.plugins.push(
    pagePlugin(dev, { filename: "index.html", template: "./wps/index.html", chunks: ["wps-main"] }),
    new CopyWebpackPlugin({
      patterns: [
        ...pageCopies,
        { from: "wps/ribbon.xml", to: "ribbon.xml" },
        { from: "wps/README.md", to: "README.md" },
        { from: "wps/templates/publish.xml", to: "publish.xml", transform: (c) => fill(c.toString(), values) },
        { from: "wps/templates/jsplugins.xml", to: "jsplugins.xml", transform: (c) => fill(c.toString(), values) },
        { from: "wps/templates/publish.offline.xml", to: "offline/jsaddons/publish.xml", transform: (c) => fill(c.toString(), values) },
        { from: "wps/templates/install.bat", to: "offline/install.bat", transform: (c) => fill(c.toString(), values).replace(/\r?\n/g, "\r\n") },
        { from: "wps/templates/install.sh", to: "offline/install.sh", transform: (c) => fill(c.toString(), values) },
      ],
    }),
    new OfflineFolderPlugin(),
  );
  return config;
};

module.exports.NAME = NAME;
module.exports.OFFLINE_DIR = OFFLINE_DIR;
