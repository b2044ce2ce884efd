/**
 * Small sources, each linted as if it stood at a core path: one per forbidden edge of the core/host boundary
 * (docs/architecture.md), and the allowed imports that must keep passing.
 */
export interface BoundaryCase {
  /** What the case proves, as the test name. */
  name: string;
  /** Where the source pretends to live (ESLint picks the rules by this path). */
  filePath: string;
  code: string;
}

export const FORBIDDEN: BoundaryCase[] = [
  { name: "tables -> src/hosts", filePath: "src/tables/x.ts", code: `import { readWorkbookFile } from "../hosts/file";\nexport const f = readWorkbookFile;\n` },
  { name: "rules/shared -> src/hosts", filePath: "src/rules/shared/x.ts", code: `import type { Host } from "../../hosts/types";\nexport type H = Host;\n` },
  { name: "numbers -> src/cli", filePath: "src/numbers/x.ts", code: `import { main } from "../cli/main";\nexport const f = main;\n` },
  { name: "explain -> functions/", filePath: "src/explain/x.ts", code: `import * as fns from "../../functions/functions";\nexport const f = fns;\n` },
  { name: "validation -> taskpane/", filePath: "src/validation/x.ts", code: `import { start } from "../../taskpane/controller";\nexport const f = start;\n` },
  { name: "indicators -> wps/", filePath: "src/indicators/x.ts", code: `import "../../wps/main";\n` },
  { name: "profiles -> src/hosts (src-rooted path)", filePath: "src/profiles/x.ts", code: `import { x } from "../../src/hosts/excel";\nexport const f = x;\n` },
  { name: "review -> src/cli", filePath: "src/review/x.ts", code: `import { x } from "../cli/main";\nexport const f = x;\n` },
  { name: "workbook -> Office.js", filePath: "src/workbook/x.ts", code: `import "@microsoft/office-js";\n` },
  { name: "workbook -> office-js types", filePath: "src/workbook/x.ts", code: `/// <reference types="office-js" />\nexport const n = 1;\n` },
  { name: "rules -> WPS types", filePath: "src/rules/x.ts", code: `import type { Et } from "et-jsapi-declare";\nexport type W = Et;\n` },
  { name: "tables -> ExcelJS", filePath: "src/tables/x.ts", code: `import ExcelJS from "exceljs";\nexport const w = new ExcelJS.Workbook();\n` },
  { name: "explain -> fs", filePath: "src/explain/x.ts", code: `import fs from "fs";\nexport const t = fs.readFileSync("a");\n` },
  { name: "explain -> node:fs", filePath: "src/explain/x.ts", code: `import { readFileSync } from "node:fs";\nexport const t = readFileSync("a");\n` },
  { name: "numbers -> fs/promises", filePath: "src/numbers/x.ts", code: `import { readFile } from "fs/promises";\nexport const t = readFile;\n` },
  { name: "numbers -> path", filePath: "src/numbers/x.ts", code: `import path from "path";\nexport const t = path.sep;\n` },
  { name: "validation -> child_process", filePath: "src/validation/x.ts", code: `import { execSync } from "child_process";\nexport const t = execSync;\n` },
  { name: "rules -> worker_threads", filePath: "src/rules/x.ts", code: `import { Worker } from "worker_threads";\nexport const t = Worker;\n` },
  { name: "tables -> zlib", filePath: "src/tables/x.ts", code: `import { inflateRawSync } from "zlib";\nexport const t = inflateRawSync;\n` },
  { name: "workbook -> require('fs')", filePath: "src/workbook/x.ts", code: `import fs = require("fs");\nexport const t = fs;\n` },
  { name: "indicators -> dynamic import()", filePath: "src/indicators/x.ts", code: `export const t = () => import("exceljs");\n` },
  { name: "explain -> DOM document", filePath: "src/explain/x.ts", code: `export const t = () => document.title;\n` },
  { name: "rules -> DOM window", filePath: "src/rules/x.ts", code: `export const t = () => window.location.href;\n` },
  { name: "tables -> Excel global", filePath: "src/tables/x.ts", code: `export const t = () => Excel.run(async () => undefined);\n` },
  { name: "numbers -> Node process", filePath: "src/numbers/x.ts", code: `export const t = () => process.env.HOME;\n` },
  { name: "validation -> WPS Application", filePath: "src/validation/x.ts", code: `export const t = () => Application.ActiveWorkbook;\n` },
  { name: "tables -> src/rules", filePath: "src/tables/recognizers/x.ts", code: `import { RULES } from "../../rules/shared/registry";\nexport const r = RULES;\n` },
  { name: "rules -> src/explain", filePath: "src/rules/x.ts", code: `import { explainWorkbook } from "../explain/workbook";\nexport const e = explainWorkbook;\n` },
  { name: "rules/shared -> src/explain", filePath: "src/rules/shared/x.ts", code: `import type { ExplainSettings } from "../../explain/settings";\nexport type S = ExplainSettings;\n` },
];

export const ALLOWED: BoundaryCase[] = [
  {
    name: "rules -> tables, numbers and decimal.js",
    filePath: "src/rules/x.ts",
    code: `import Decimal from "decimal.js";\nimport type { TableModel } from "../tables/types";\nimport { parseAmount } from "../numbers/parse";\nexport const f = (m: TableModel) => [m, parseAmount, Decimal];\n`,
  },
  {
    name: "explain -> rules and validation",
    filePath: "src/explain/x.ts",
    code: `import { RULES } from "../rules/shared/registry";\nimport type { Report } from "../validation/report-model";\nexport const f = (r: Report) => [r, RULES];\n`,
  },
  {
    name: "a host -> the core, fs and ExcelJS",
    filePath: "src/hosts/x.ts",
    code: `import fs from "fs";\nimport ExcelJS from "exceljs";\nimport { validate } from "../validation/validate";\nexport const f = [fs, ExcelJS, validate];\n`,
  },
];
