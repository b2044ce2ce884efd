/**
 * Generates docs/functions.md from the function declarations (functions/definitions.ts), the
 * Chinese names of the zh-CN metadata (functions/localize.ts over the JSDoc metadata the build
 * generates) and results computed by the real functions: `npx tsx scripts/gen-functions-doc.ts`.
 * test/functions/functions-doc.test.ts fails when the committed file differs.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { ARGUMENT_ERRORS, DEFINITIONS, type ArgSpec, type FunctionDef } from "../functions/definitions";
import { localizeMetadata } from "../functions/localize";
import { WPS_NAMESPACE } from "../functions/register-wps";
import { runFunction } from "../functions/runner";
import { MAX_NUMBER_TEXT_LENGTH, MAX_SIGNIFICANT_DIGITS } from "../src/numbers/parse";

export const FUNCTIONS_DOC = join(__dirname, "../docs/functions.md");

const TYPES: Record<ArgSpec["type"], string> = { number: "数字 / number", text: "文字 / text", boolean: "逻辑值 / boolean", range: "区域 / range" };

/** An argument as it is written in a formula: "text" quoted, ranges as array constants {…;…}. */
function literal(x: unknown): string {
  if (Array.isArray(x)) return `{${x.map((row) => (Array.isArray(row) ? row.map(literal).join(",") : literal(row))).join(";")}}`;
  if (typeof x === "string") return `"${x.replace(/"/g, '""')}"`;
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return String(x);
}

/** Markdown inline code that survives any backtick inside. */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text}${fence}`;
}

function example(def: FunctionDef, args: unknown[]): string {
  const formula = `=${WPS_NAMESPACE}.${def.id}(${args.map(literal).join(",")})`;
  const r = runFunction(def.id, args);
  const result =
    "value" in r
      ? typeof r.value === "boolean"
        ? code(r.value ? "TRUE" : "FALSE")
        : code(String(r.value))
      : `${code(r.error)}（${r.message}）`;
  return `- ${code(formula)} → ${result}`;
}

function argument(a: ArgSpec): string {
  const optional = a.optional ? `可省略，默认 ${code(literal(a.default))} / optional` : "必填 / required";
  return `| ${a.name} | ${a.nameZh} | ${TYPES[a.type]} | ${optional} | ${a.description.replace(/\|/g, "\\|")} |`;
}

function entry(def: FunctionDef, nameZh: string): string[] {
  return [
    `## ${WPS_NAMESPACE}.${def.id} · ${nameZh}`,
    "",
    `- 英文名 / English name: ${code(`${WPS_NAMESPACE}.${def.id}`)}；中文名 / Chinese name: ${nameZh}`,
    `- 说明 / description: ${def.description}`,
    `- 结果 / result: ${def.resultDescription}`,
    "",
    "| 参数 / argument | 中文 | 类型 / type | 必填 / required | 说明 / description |",
    "|---|---|---|---|---|",
    ...def.args.map(argument),
    "",
    "错误 / errors（另见上方所有函数共有的参数错误 / plus the shared argument errors above）:",
    "",
    ...(def.errors.length ? def.errors.map((e) => `- ${code(e.code)}：${e.when}`) : ["- 无其他错误 / none of its own"]),
    "",
    "示例（结果由函数实际计算）/ examples (results computed by the function):",
    "",
    ...def.examples.map((args) => example(def, args)),
    "",
  ];
}

/** The Chinese names exactly as the zh-CN functions.json carries them. */
export async function zhNames(): Promise<Record<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const generated = await generateCustomFunctionsMetadata(join(__dirname, "../functions/functions.ts"));
  const zh = JSON.parse(localizeMetadata(generated.metadataJson)) as { functions: { id: string; name: string }[] };
  return Object.fromEntries(zh.functions.map((f) => [f.id, f.name]));
}

export function renderFunctionsDoc(names: Record<string, string>): string {
  const out = [
    "# 自定义函数 / FA custom functions",
    "",
    "<!-- 由 scripts/gen-functions-doc.ts 根据 functions/definitions.ts 生成，请勿手工修改。Generated; do not edit. -->",
    "",
    `Excel 与 WPS 表格中均以 ${code(WPS_NAMESPACE + ".")} 开头（如 ${code("=FA.EXECRATE(B5,C5)")}）；中文界面另有中文名。` +
      "金额按 decimal.js 精确计算、四舍五入；结果不会是无穷大、NaN 或 −0。 / In Excel and WPS the functions are " +
      `${code(WPS_NAMESPACE + ".")}…; amounts are exact (decimal.js, half-up); a result is never Infinity, NaN or −0.`,
    "",
    "## 所有函数共有的参数错误 / Argument errors shared by every function",
    "",
    `数字参数可以是数字、${code('"1,234.56"')}、全角数字、${code('"97.66%"')}、${code('"94.2万元"')}；空单元格、${code('"—"')}、${code('"-"')} 视为 0（可省略参数取默认值）。` +
      `数字文本最多 ${MAX_NUMBER_TEXT_LENGTH} 个字符、${MAX_SIGNIFICANT_DIGITS} 位有效数字。 / Numeric text is read as numbers; blanks are 0.`,
    "",
    ...ARGUMENT_ERRORS.map((e) => `- ${code(e.code)}：${e.when}`),
    "",
    "错误值的提示文字（中文 / English）在单元格的错误提示中显示。 / Each error carries a Chinese and English message.",
    "",
  ];
  for (const def of DEFINITIONS) out.push(...entry(def, names[def.id] ?? def.nameZh));
  return out.join("\n");
}

if (require.main === module) {
  zhNames().then((names) => {
    writeFileSync(FUNCTIONS_DOC, renderFunctionsDoc(names));
    console.log(`wrote ${FUNCTIONS_DOC}`);
  });
}
