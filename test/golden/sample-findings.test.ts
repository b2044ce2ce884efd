/**
 * The sample's findings are exactly the reviewed golden list (sample-findings.ts): any finding that appears,
 * disappears or changes (rule, severity, sheet, cell, expected, actual) fails with a readable diff. New entries are
 * printed ready to paste, without their reason: write the comment after reviewing the finding against the seed.
 */
import { readFileSync } from "fs";
import nodePath from "path";
import { runCli, SAMPLE } from "../cli/support/run-cli";
import { SAMPLE_FINDINGS, type GoldenFinding } from "./sample-findings";

interface JsonFinding {
  rule: string;
  severity: GoldenFinding[1];
  sheet: string;
  cell: string;
  expected: string;
  actual: string;
}

/** One finding as the line a reviewer pastes into sample-findings.ts. */
const entry = (f: GoldenFinding) => `  ${JSON.stringify(f).replace(/","/g, '", "')},`;

/** The multiset difference `a − b` of two entry lists. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

let found: GoldenFinding[] = [];

beforeAll(() => {
  // `npm run demo` is fa-check on the sample; the JSON format carries the same findings as the text report.
  const result = runCli([SAMPLE, "--format", "json"]);
  if (!result.stdout.trim()) throw new Error(`fa-check printed nothing (exit ${result.status}): ${result.stderr}`);
  const json = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  found = json.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected, f.actual] as const);
});

test("the sample's findings are exactly the golden list", () => {
  const now = found.map(entry);
  const golden = SAMPLE_FINDINGS.map(entry);
  const gone = minus(golden, now).map((line) => `- ${line.trim()}   (in sample-findings.ts, no longer found)`);
  const added = minus(now, golden).map((line) => `  // TODO why this is right (seed line / README)\n${line}`);
  const diff = [
    ...(gone.length ? ["Gone or changed:", ...gone] : []),
    ...(added.length ? ["New or changed, paste after review:", ...added] : []),
  ].join("\n");
  // thrown, not compared, so jest prints the entries unescaped, ready to read and paste
  if (diff) throw new Error(`The sample's findings differ from test/golden/sample-findings.ts:\n${diff}`);
});

test("every golden finding carries a one-line reason", () => {
  const lines = readFileSync(nodePath.join(__dirname, "sample-findings.ts"), "utf8").split("\n");
  const entries = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^\s*\["/.test(line));
  expect(entries).toHaveLength(SAMPLE_FINDINGS.length);
  const unexplained = entries.filter(({ i }) => !/^\s*\/\/ \S.{10,}/.test(lines[i - 1] ?? "") || /TODO/.test(lines[i - 1]));
  expect(unexplained.map(({ line }) => line.trim())).toEqual([]);
});

test("the golden list agrees with the sample's documented published errors", () => {
  // examples/README.md names these cells as the published errors the engine must find.
  const cells = new Set(SAMPLE_FINDINGS.filter((f) => f[1] === "error").map((f) => `${f[2]}!${f[3]}`));
  for (const cell of ["绩效自评!I67", "绩效自评!F280", "绩效自评!H336", "绩效自评!I336"]) expect(cells).toContain(cell);
});
