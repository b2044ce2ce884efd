/**
 * fa-check <file.xlsx | folder> [--format text|json|md] [--lang zh|en] [--explain out.md] [--narrative text.md]
 *          [--jobs N] [--timeout seconds] [--version] [--help]
 * fa-check --template out.xlsx [--profile P]: the profile's empty standard tables (src/template).
 * Exit 0 no error, 1 errors found, 2 unusable input (one bilingual line on stderr, never a stack trace);
 * a folder exits with its worst file's code.
 */
import { parseArgs, USAGE, UsageError, type CliOptions } from "./args";
import { describeFailure } from "./failure";
import type { FileOutcome } from "./outcome";

// Everything else loads on demand (require inside the functions): --version and --help must start as
// fast as node itself, without the reader, the rules, ExcelJS or decimal.js.
/* eslint-disable @typescript-eslint/no-require-imports */

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** raw stdout text for a folder's streamed pieces (default: out). */
  write?(text: string): void;
  /** the terminal's stderr for a folder's progress line; absent when stderr is not a terminal. */
  progress?: { write(text: string): void };
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  write: (text) => process.stdout.write(text),
  progress: process.stderr.isTTY ? { write: (text) => process.stderr.write(text) } : undefined,
};

function formatOne(outcome: FileOutcome, options: CliOptions): string {
  if (options.format === "json") return (require("./format-json") as typeof import("./format-json")).formatJsonReport(outcome, options.lang);
  if (options.format === "md") return (require("./format-md") as typeof import("./format-md")).formatMdReport(outcome, options.lang);
  return (require("./format-text") as typeof import("./format-text")).formatTextReport(outcome, options.lang);
}

/**
 * --explain / --narrative on a checked workbook: narrative findings join the report (scope 文表);
 * notes about written files go to stderr so that stdout stays pure (JSON stays parseable).
 */
async function applyExplainOptions(options: CliOptions, outcome: FileOutcome, io: Output): Promise<FileOutcome> {
  if ((!options.explain && !options.narrative) || !outcome.report || !outcome.snapshot) return outcome;
  const bridge = require("./explain-bridge") as typeof import("./explain-bridge");
  const { withFindings } = require("./outcome") as typeof import("./outcome");
  const source = { file: outcome.file, snapshot: outcome.snapshot, tables: outcome.tables, findings: outcome.report.findings };
  let report = outcome.report;
  if (options.narrative) report = withFindings(report, await bridge.narrativeFindings(source, options.narrative));
  if (options.explain) report = withFindings(report, bridge.explainFindings(source));
  if (options.explain) io.err(await bridge.writeExplanation(source, options.explain, options.previous, options.limits));
  return { ...outcome, report };
}

/** A batch must not lose a unit's .xls without a word: one line names what was not checked. */
function skippedNote(skipped: string[]): string {
  const shown = skipped.slice(0, 3).join("、") + (skipped.length > 3 ? " …" : "");
  return `未检查 ${skipped.length} 个非 .xlsx 表格（${shown}），请另存为 .xlsx / not checked: ${skipped.length} spreadsheets that are not .xlsx (${shown.replace(/、/g, ", ")}); save them as .xlsx`;
}

async function run(options: CliOptions, io: Output): Promise<number> {
  if (options.template !== undefined) {
    if (options.input) throw new UsageError("--template 只写出表样，不检查工作簿 / --template writes the template only; give no workbook to check");
    const outcome = await (require("./write-template") as typeof import("./write-template")).writeTemplate(options.template, options.profile);
    io.err(outcome.message);
    return outcome.ok ? 0 : 2;
  }
  const input = await (require("./inputs") as typeof import("./inputs")).resolveInput(options.input);
  if (input.folder && options.report) throw new UsageError("--report 只能用于单个工作簿 / --report needs a single workbook");
  const config = options.config ? await (require("./review-inputs") as typeof import("./review-inputs")).readConfig(options.config) : undefined;
  if (options.previous && !options.explain) {
    throw new UsageError("--previous 需与 --explain 同用 / --previous needs --explain");
  }
  if (input.folder && (options.explain || options.narrative)) {
    throw new UsageError("--explain / --narrative 只能用于单个工作簿 / --explain and --narrative need a single workbook");
  }
  if (input.folder) {
    if (input.skipped.length > 0) io.err(skippedNote(input.skipped));
    const { runFolder } = require("./folder-run") as typeof import("./folder-run");
    return runFolder(input.files, options, { write: io.write ?? io.out, err: io.err, progress: io.progress }, config);
  }
  if (options.explain) {
    (require("./explain-bridge") as typeof import("./explain-bridge")).checkExplainTarget(options.explain, input.files[0]);
  }
  // loaded here, inside main's catch, so a broken reader or engine module still ends as one line
  const { checkFile, runSettings } = require("./check-file") as typeof import("./check-file");
  const reportWriter = options.report ? (require("./write-report") as typeof import("./write-report")) : undefined;
  reportWriter?.checkReportTarget(options.report!, input.files[0]);
  const checked = await checkFile(input.files[0], runSettings(options.profile, config), options.limits);
  if (checked.error !== undefined) {
    io.err(checked.error);
    return 2;
  }
  const outcome = await applyExplainOptions(options, checked, io);
  if (reportWriter && outcome.report && outcome.snapshot) {
    const { sanitizeConfig } = require("../review/config") as typeof import("../review/config");
    io.err(await reportWriter.writeReport(options.report!, input.files[0], outcome.snapshot, outcome.report, outcome.waivers ?? [], config ?? sanitizeConfig({})));
  }
  io.out(formatOne(outcome, options));
  const outcomes = require("./outcome") as typeof import("./outcome");
  const none = outcomes.noTablesLine(outcome);
  if (none) io.err(none);
  return outcomes.exitCodeOf(outcome);
}

export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.version) {
      io.out((require("./version") as typeof import("./version")).packageVersion());
      return 0;
    }
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(USAGE);
      return 2;
    }
    io.err(describeFailure(error, error instanceof Error && error.name === "UnusableInputError" ? "read" : "internal"));
    return 2;
  }
}

/** Last line of defence: whatever escapes still ends as one line and exit 2. */
function guardProcess(): void {
  const fail = (error: unknown) => {
    process.stderr.write(`${describeFailure(error, "internal")}\n`);
    process.exit(2);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}

export function runCli(): void {
  guardProcess();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli();
