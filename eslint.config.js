// ESLint flat config: typescript-eslint's recommended rules for the TypeScript sources and tests,
// and the core/host boundary (docs/architecture.md) as lint errors.
const tseslint = require("typescript-eslint");

// The core knows 部门决算 and nothing about a host: these folders never reach outward.
const CORE = ["numbers", "indicators", "workbook", "tables", "rules", "explain", "validation", "profiles", "review", "template"];

// Host folders inside src/ and at the top level, by relative or src/-rooted path.
const HOST_IMPORTS = [
  {
    regex: "(^|/)(src/)?(hosts|cli)(/|$)",
    message: "The core does not import src/hosts or src/cli (hosts import the core, not the other way).",
  },
  {
    regex: "^(\\.\\./)+(functions|taskpane|wps)(/|$)",
    message: "The core does not import functions/, taskpane/ or wps/.",
  },
  {
    regex: "^(node:|fs/|path/|stream/|util/)",
    message: "The core runs in any host: no Node built-ins (a host reads files and hands the core plain data).",
  },
];

// Packages a host uses and the core never does.
const HOST_PACKAGES = [
  ...["office-js", "@microsoft/office-js", "@types/office-js", "office-addin-manifest"].map((name) => ({
    name,
    message: "The core does not use Office.js; put Excel calls in src/hosts/excel.ts.",
  })),
  { name: "et-jsapi-declare", message: "The core does not use WPS types; put WPS calls in src/hosts/wps.ts." },
  { name: "exceljs", message: "The core does not read files; ExcelJS belongs to src/hosts/file*.ts." },
  ...["fs", "path", "child_process", "worker_threads", "zlib", "os", "crypto", "http", "https", "net", "stream", "url", "util", "buffer", "process"].map(
    (name) => ({ name, message: "The core runs in any host: no Node built-ins." }),
  ),
];

// Globals of a browser page, of Node, of Office.js and of WPS: none of them exists in every host.
const HOST_GLOBALS = [
  ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "HTMLElement", "DOMParser", "alert"],
  ...["process", "Buffer", "require", "__dirname", "__filename", "global"],
  ...["Office", "Excel", "OfficeExtension", "CustomFunctions"],
  ...["wps", "et", "Application"],
].map((name) => ({ name, message: "The core runs in every host: no host or browser global (see docs/architecture.md)." }));

const coreFiles = (folders) => folders.flatMap((folder) => [`src/${folder}/**/*.ts`]);

/** The no-restricted-imports options for a core folder, with its extra forbidden edges. */
function coreImports(extraPatterns) {
  return ["error", { paths: HOST_PACKAGES, patterns: [...HOST_IMPORTS, ...extraPatterns] }];
}

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "dist-*/**", "build/**", "release/**", "coverage/**", "node_modules/**", "**/*.d.ts"],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      // `_name` marks a parameter kept for an interface's shape.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: coreFiles(CORE),
    rules: {
      "@typescript-eslint/no-restricted-imports": coreImports([]),
      "no-restricted-globals": ["error", ...HOST_GLOBALS],
      // `/// <reference types="office-js" />` would bring a host's types in past tsconfig.core.json.
      "@typescript-eslint/triple-slash-reference": ["error", { path: "never", types: "never", lib: "never" }],
      // A dynamic import() could load anything at run time; the core's dependencies are static.
      "no-restricted-syntax": ["error", { selector: "ImportExpression", message: "The core has no dynamic import()." }],
    },
  },
  {
    // Recognizing a table never depends on what the rules make of it.
    files: coreFiles(["tables"]),
    rules: {
      "@typescript-eslint/no-restricted-imports": coreImports([
        { regex: "(^|/)rules(/|$)", message: "src/tables does not import src/rules (rules read tables, not the reverse)." },
      ]),
    },
  },
  {
    // The wording of a 说明 is built from findings; a rule never depends on it.
    files: coreFiles(["rules"]),
    rules: {
      "@typescript-eslint/no-restricted-imports": coreImports([
        { regex: "(^|/)explain(/|$)", message: "src/rules does not import src/explain (explain reads findings, not the reverse)." },
      ]),
    },
  },
  {
    // Node scripts (configs, asset generators) are CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
