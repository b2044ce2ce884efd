/** fa-check command-line parsing: plain data out, a bilingual UsageError (exit 2) on anything wrong. */
import { PROFILE_IDS } from "../profiles/ids";
import type { ReadLimits } from "../hosts/read-limits";
import { LIMIT_USAGE, limitFlag, parseLimitValue } from "./limit-flags";

export type OutputFormat = "text" | "json" | "md";
export type Language = "zh" | "en";

export interface CliOptions {
  /** an .xlsx file or a folder of them. */
  input: string;
  format: OutputFormat;
  lang: Language;
  /** --explain target (.md, .txt or .xlsx copy). */
  explain?: string;
  /** --narrative: a written 说明 (.md/.txt) to check against the tables. */
  narrative?: string;
  /** folder mode: worker threads (default one per core). */
  jobs?: number;
  /** folder mode: seconds one workbook may take before its row says so (default 120, 0 = none). */
  timeout?: number;
  /** --profile: the region profile id (mof, xinjiang, shanghai); guessed from the workbook when absent. */
  profile?: string;
  /** --report: the 审核报告 (.xlsx copy with a 审核结果 sheet, or .md). */
  report?: string;
  /** --config: the review settings as JSON (the pane's settings). */
  config?: string;
  /** --template: write the profile's empty standard tables to this .xlsx (no workbook is checked). */
  template?: string;
  /** --previous: last year's workbook, fills 上年决算数 of the --explain output. */
  previous?: string;
  /** --max-cells, --max-inflated …: read limits raised or lowered; the rest keep their defaults. */
  limits?: Partial<ReadLimits>;
  help: boolean;
  /** --version: print the package version only. */
  version?: boolean;
}

export const USAGE = [
    "用法 / usage: fa-check <文件.xlsx | 文件夹> [--format text|json|md] [--lang zh|en] [--explain 输出.md] [--narrative 说明.md] [--previous 上年.xlsx] [--report 审核报告.xlsx|.md] [--config 设置.json] [--profile mof|xinjiang|shanghai] [--jobs N] [--timeout 秒] [--max-cells N …]",
    "       fa-check --template 标准表样.xlsx [--profile mof|xinjiang|shanghai]",
  "  --format   输出格式，默认 text / output format, default text",
  "  --lang     文字语言，默认 zh / language of the text, default zh",
  "  --explain  生成决算说明写入该文件 / write the generated explanation to this file",
  "  --narrative 核对已写好的说明文字 / check an already written explanation",
  "  --jobs     文件夹并行检查的线程数，默认每核一个 / folder: worker threads, default one per core",
  "  --timeout  文件夹中单个工作簿的时间上限（秒），默认 120，0 为不限 / folder: seconds per workbook, default 120, 0 = none",
  "  --version  显示版本 / print the version",
  `  --profile  地区口径，默认按工作簿自动判断 / region profile, guessed from the workbook by default (${PROFILE_IDS.join("|")})`,
  "  --report   写出审核报告（.xlsx 副本含“审核结果”表，或 .md）/ write the review report (.xlsx copy or .md)",
  "  --config   校验设置（JSON：profile、administrativeUnit、disabled、disabledReasons、conventions、scoring）/ review settings as JSON",
  "  --template 插入标准表样：按地区口径写出空白标准表及说明底稿、说明信息（新建或写入空白工作簿）/ write the profile's empty standard tables and 说明 input sheets",
  "  --previous 上年工作簿，按科目编码和项目名称填入上年决算数（不覆盖已填写的）/ last year's workbook: fills 上年决算数 (typed values kept)",
  "读取上限（超出时退出码 2 并说明是哪项上限）/ read limits (passing one is exit 2 naming it):",
  ...LIMIT_USAGE,
  "文件夹：检查其中每个 .xlsx（跳过 ~$ 锁定文件），逐个输出，坏文件只占一行原因、不中断；最后列出汇总表；JSON 为 {\"files\":[{\"file\", …报告} 或 {\"file\",\"error\"}]}",
  "  folder: every .xlsx in it (~$ lock files skipped), in name order; a bad file gets a one-line reason and the run goes on; then a table of all files; JSON is {\"files\":[{\"file\", ...report} or {\"file\",\"error\"}]}",
  "退出码 / exit code: 0 无错误 no error, 1 有错误 errors found, 2 无法读取输入或未识别到部门决算表 unusable input or no final-accounts table recognized",
  "  文件夹取最严重者：任一文件无法读取（含超时）为 2，否则任一有错误为 1 / folder: the worst file's code, 2 if any file was unusable or timed out, else 1 if any had errors",
].join("\n");

/** A command line the tool cannot act on; the message is one line, Chinese then English. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const FORMATS: readonly OutputFormat[] = ["text", "json", "md"];
const LANGUAGES: readonly Language[] = ["zh", "en"];

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} 只能是 ${allowed.join("|")}，收到 "${value}" / ${flag} must be ${allowed.join("|")}, got "${value}"`);
}

/** A plain decimal number (whole when `whole`) no smaller than `min`: --jobs ≥ 1, --timeout ≥ 0 seconds. */
function count(flag: string, value: string, min: number, whole: boolean): number {
  const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (pattern.test(value) && Number(value) >= min && Number(value) <= 100_000) return Number(value);
  const kind = whole ? ["整数", "whole number"] : ["数", "number"];
  throw new UsageError(`${flag} 应为不小于 ${min} 的${kind[0]}，收到 "${value}" / ${flag} must be a ${kind[1]} ≥ ${min}, got "${value}"`);
}

/** Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: string[]): CliOptions {
  const options: Partial<CliOptions> & { help: boolean } = { help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") {
      options.help = true;
      continue;
    }
    if (arg === "-v" || arg === "--version") {
      options.version = true;
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const limit = limitFlag(flag);
    if (!limit && !["--format", "--lang", "--explain", "--narrative", "--previous", "--report", "--config", "--profile", "--jobs", "--timeout", "--template"].includes(flag)) {
      throw new UsageError(`未知选项 ${flag} / unknown option ${flag}`);
    }
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value`);
      }
      i++;
    }
    if (value === "") throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value`);
    if (limit) {
      const parsed = parseLimitValue(limit, value);
      if ("error" in parsed) throw new UsageError(parsed.error);
      options.limits = { ...options.limits, [limit.limit]: parsed.figure };
    } else if (flag === "--format") options.format = oneOf(flag, value, FORMATS);
    else if (flag === "--lang") options.lang = oneOf(flag, value, LANGUAGES);
    else if (flag === "--explain") options.explain = value;
    else if (flag === "--jobs") options.jobs = count(flag, value, 1, true);
    else if (flag === "--timeout") options.timeout = count(flag, value, 0, false);
    else if (flag === "--profile") options.profile = oneOf(flag, value, PROFILE_IDS);
    else if (flag === "--report") options.report = value;
    else if (flag === "--config") options.config = value;
    else if (flag === "--previous") options.previous = value;
    else if (flag === "--template") options.template = value;
    else options.narrative = value;
  }
  if (options.help || options.version) return { input: "", format: "text", lang: "zh", ...options };
  // --template writes a template and checks nothing: run() refuses a workbook given with it
  if (options.template !== undefined && positional.length <= 1) {
    return { input: positional[0] ?? "", format: options.format ?? "text", lang: options.lang ?? "zh", profile: options.profile, template: options.template, help: false };
  }
  if (positional.length === 0) throw new UsageError("缺少要检查的文件或文件夹 / missing the file or folder to check");
  if (positional.length > 1) {
    throw new UsageError(`只能检查一个文件或文件夹，收到 ${positional.length} 个 / one file or folder only, got ${positional.length}`);
  }
  return {
    input: positional[0],
    format: options.format ?? "text",
    lang: options.lang ?? "zh",
    explain: options.explain,
    narrative: options.narrative,
    jobs: options.jobs,
    timeout: options.timeout,
    profile: options.profile,
    report: options.report,
    config: options.config,
    previous: options.previous,
    ...(options.limits ? { limits: options.limits } : {}),
    help: false,
  };
}
