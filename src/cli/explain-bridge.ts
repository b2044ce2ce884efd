/** --explain / --narrative: the CLI side of src/explain (loaded only when a flag asks for it). */
import { promises as fs } from "fs";
import * as path from "path";
import { checkInputs, checkNarrative, checkPlaceholders, explainWorkbook, explanationLines, readInputs, type Explanation, type PreviousImport } from "../explain";
import { readXlsxFile } from "../hosts/file";
import type { ReadLimits } from "../hosts/read-limits";
import type { GeneratedSheet } from "../workbook/generated";
import type { Finding } from "../rules/shared/types";
import { recognize } from "../tables";
import type { TableModel } from "../tables/types";
import type { WorkbookSnapshot } from "../workbook/types";
import { UsageError } from "./args";
import { UnusableInputError } from "./inputs";
import { explanationMarkdown } from "./markdown";
import { writeCopyWithSheets } from "./write-copy";

/** What the explanation needs from one workbook: its table models and the 说明底稿 inputs. */
export interface ExplainSource {
  file: string;
  snapshot: WorkbookSnapshot;
  /** the models recognized by the check, when the caller has them (else recognized here). */
  tables?: TableModel[];
  /** the check's findings: generated sentences quoting a figure an error flags carry 【待核…】. */
  findings?: readonly Finding[];
}

function modelsOf(source: ExplainSource): TableModel[] {
  return source.tables ?? recognize(source.snapshot).tables;
}

const TEXT_TARGETS = [".md", ".markdown", ".txt"];

/** Checks the --explain target before any work: .md/.txt, or an .xlsx copy (never the input itself). */
export function checkExplainTarget(target: string, input: string): void {
  const ext = path.extname(target).toLowerCase();
  if (![...TEXT_TARGETS, ".xlsx", ".docx"].includes(ext)) {
    throw new UsageError(`--explain 只能写入 .md、.txt、.docx 或 .xlsx，收到 ${ext || "无扩展名"} / --explain writes .md, .txt, .docx or .xlsx, got ${ext || "no extension"}`);
  }
  if (path.resolve(target) === path.resolve(input)) {
    throw new UsageError("--explain 不能写入被检查的工作簿本身 / --explain must not write to the checked workbook itself");
  }
}

/** Last year's tables for --previous; an unreadable file is unusable input (one line, exit 2). */
async function previousTables(file: string, limits?: Partial<ReadLimits>): Promise<TableModel[]> {
  try {
    return recognize(await readXlsxFile(file, { limits })).tables;
  } catch {
    throw new UnusableInputError(`无法读取上年工作簿：${file} / last year's workbook not readable: ${file}`);
  }
}

/** What --previous did, in two lines: filled count, then what found no match. */
function previousNote(p: PreviousImport): string {
  const lines = [`上年决算数：已填入 ${p.filled.length} 项，保留已填写 ${p.kept.length} 项，新增本年已无的项目 ${p.added.length} 项 / 上年决算数: ${p.filled.length} filled, ${p.kept.length} typed kept, ${p.added.length} gone items added`];
  if (p.unmatched.length) lines.push(`上年工作簿中未找到 / not found in last year's workbook: ${p.unmatched.join("、")}`);
  return lines.join("\n");
}

/** Writes the generated 说明; returns a bilingual note of what was written. */
export async function writeExplanation(source: ExplainSource, target: string, previousFile?: string, limits?: Partial<ReadLimits>): Promise<string> {
  const tables = modelsOf(source);
  const previous = previousFile ? await previousTables(previousFile, limits) : undefined;
  const { explanation, sheets, previous: imported } = explainWorkbook(tables, source.snapshot, undefined, { previous, findings: source.findings });
  const note = imported ? `${previousNote(imported)}\n` : "";
  return note + (await writeTarget(source, target, explanation, sheets, tables));
}

async function writeTarget(source: ExplainSource, target: string, explanation: Explanation, sheets: GeneratedSheet[], tables: TableModel[]): Promise<string> {
  const ext = path.extname(target).toLowerCase();
  if (ext === ".docx") {
    // loaded only for a .docx: the docx package stays out of every other run
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { docxBuffer } = require("../export/docx") as typeof import("../export/docx");
    await fs.writeFile(target, await docxBuffer(explanation, { snapshot: source.snapshot, tables }));
    return `已写入 Word 文档：${target} / wrote the Word document: ${target}`;
  }
  if (ext === ".xlsx") {
    const names = await writeCopyWithSheets(source.file, target, sheets);
    return `已写入 ${target}（副本，新增工作表：${names.join("、")}）/ wrote ${target} (a copy with sheets ${names.join(", ")})`;
  }
  // Markdown from the sections, escaped here: project and item names come from the workbook
  await fs.writeFile(target, ext === ".txt" ? explanation.text : explanationMarkdown(explanationLines(explanation)), "utf8");
  return `已写入决算说明：${target} / wrote the explanation: ${target}`;
}

/** Checks a written 说明 (.md/.txt) against the workbook's tables: findings of scope 文表. */
export async function narrativeFindings(source: ExplainSource, textFile: string): Promise<Finding[]> {
  let text: string;
  try {
    text = await fs.readFile(textFile, "utf8");
  } catch {
    throw new UnusableInputError(`找不到或无法读取说明文件：${textFile} / narrative file not found or not readable: ${textFile}`);
  }
  const tables = modelsOf(source);
  return checkNarrative(text, tables, readInputs(source.snapshot), { source: path.basename(textFile) });
}

/** With --explain: the checks of the typed 说明 inputs and the placeholders left in the generated text. */
export function explainFindings(source: ExplainSource): Finding[] {
  const { explanation, inputs } = explainWorkbook(modelsOf(source), source.snapshot);
  return [...checkInputs(inputs), ...checkPlaceholders(explanation)];
}
