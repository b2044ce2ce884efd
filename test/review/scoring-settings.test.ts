/**
 * Scoring conventions (成本指标 direction, 超额完成) chosen in the settings reach the 指标得分 rules:
 * the same 项目表 gives different expected scores under each choice, the profile's default applies
 * when nothing is chosen, and the 审核报告 states the conventions in force.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { rule as indicatorScore } from "../../src/rules/perf-indicator-score";
import { rule as totalScoreRule } from "../../src/rules/perf-total-score";
import { rule as indicatorRate } from "../../src/rules/perf-indicator-rate";
import { ruleSettings, sanitizeConfig, settingsLines } from "../../src/review/config";
import { shanghai } from "../../src/profiles/shanghai";
import { main } from "../../src/cli/main";
import { run } from "../rules/harness";
import { project } from "../rules/models";
import { SAMPLE } from "../cli/support/run-cli";

jest.setTimeout(120_000);

// a cost target written with "=" and spent below it; a 按照完成比例赋分 row over-achieved (100 / 95 = 105.26%)
const table = () =>
  project({
    indicators: [
      { level1: "成本指标", level2: "经济成本指标", weight: 10, target: "=50.00万元", actual: "=45.00万元", score: "9.00", rule: "按照完成比例赋分" },
      { weight: 10, target: ">=95%", actual: "=100%", score: "9.47", rule: "按照完成比例赋分" },
    ],
    totalScore: "18.47",
  });

const settings = (scoring: object) => ruleSettings(sanitizeConfig({ scoring }));

test("default (as written, w × (2 − r)): the table's scores stand", () => {
  expect(run(indicatorScore, [table()], settings({}))).toEqual([]);
  expect(run(totalScoreRule, [table()], settings({}))).toEqual([]);
});

test("成本指标 as an upper bound: spending 45 of 50 is met, full weight", () => {
  expect(run(indicatorScore, [table()], settings({ costDirection: "upper-bound" }))).toEqual([
    { rule: "perf-indicator-score", severity: "error", cell: "项目!H11", expected: "10.00", actual: "9.00" },
  ]);
  // the displayed 完成率 is checked against the same convention
  const withRate = project({
    indicators: [{ level1: "成本指标", level2: "经济成本指标", weight: 10, target: "=50.00万元", actual: "=45.00万元", rate: "0.9", score: "9.00" }],
  });
  expect(run(indicatorRate, [withRate], settings({}))).toEqual([]);
  expect(run(indicatorRate, [withRate], settings({ costDirection: "upper-bound" }))).toHaveLength(1);
  // a non-cost row with the same figures is not affected
  const plain = project({ indicators: [{ weight: 10, target: "=50.00万元", actual: "=45.00万元", score: "9.00" }] });
  expect(run(indicatorScore, [plain], settings({ costDirection: "upper-bound" }))).toEqual([]);
});

test("超额完成 capped at full marks: 105.26% scores 10.00, not 9.47; the total follows", () => {
  expect(run(indicatorScore, [table()], settings({ overAchievement: "cap" }))).toEqual([
    { rule: "perf-indicator-score", severity: "error", cell: "项目!H12", expected: "10.00", actual: "9.47" },
  ]);
  const total = run(totalScoreRule, [table()], settings({ overAchievement: "cap" }));
  expect(total).toEqual([{ rule: "perf-total-score", severity: "error", cell: "项目!F30", expected: "19.00", actual: "18.47" }]);
});

test("nothing chosen: the profile's convention applies; a choice overrides it", () => {
  const capped = { ...shanghai, scoring: { ...shanghai.scoring, overAchievement: "cap" as const } };
  expect(run(indicatorScore, [table()], { profile: capped })).toHaveLength(1);
  expect(run(indicatorScore, [table()], { profile: capped, scoring: { overAchievement: "reduce" } })).toEqual([]);
});

test("untrusted settings fall back to the profile's ('' = 按地区口径)", () => {
  expect(sanitizeConfig({ scoring: { costDirection: "sideways", overAchievement: 3 } }).scoring).toEqual({ costDirection: "", overAchievement: "" });
  expect(ruleSettings(sanitizeConfig({})).scoring).toBeUndefined();
  expect(ruleSettings(sanitizeConfig({ scoring: { overAchievement: "cap" } })).scoring).toEqual({ overAchievement: "cap" });
});

test("the report's settings lines state the conventions in force and where they come from", () => {
  const lines = settingsLines(sanitizeConfig({ scoring: { overAchievement: "cap" } }), "xinjiang");
  expect(lines).toContain("成本指标计分：按目标值所写比较符（地区口径默认）");
  expect(lines).toContain("超额完成：按满分封顶");
});

test("CLI --config: the sample scored with 超额完成 capped gives new score findings, and the 审核报告 says so", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-scoring-"));
  const capture = () => {
    const out: string[] = [];
    return { out, io: { out: (t: string) => void out.push(t), err: () => undefined } };
  };
  const scores = (out: string[]) =>
    (JSON.parse(out.join("")).findings as { rule: string; sheet: string; cell: string; expected: string }[]).filter((f) => f.rule === "perf-indicator-score");
  const plain = capture();
  await main([SAMPLE, "--format", "json"], plain.io);
  const config = path.join(dir, "设置.json");
  fs.writeFileSync(config, JSON.stringify({ scoring: { overAchievement: "cap" } }));
  const capped = capture();
  const md = path.join(dir, "审核报告.md");
  await main([SAMPLE, "--config", config, "--format", "json", "--report", md], capped.io);
  const before = new Set(scores(plain.out).map((f) => `${f.sheet}!${f.cell}`));
  const added = scores(capped.out).filter((f) => !before.has(`${f.sheet}!${f.cell}`));
  // the seed scores over-achievement by w × (2 − r) (about 20 rows): capping makes each of them a finding
  expect(added.length).toBeGreaterThanOrEqual(10);
  const text = fs.readFileSync(md, "utf8");
  expect(text).toContain("超额完成：按满分封顶");
  expect(text).toContain("成本指标计分：按目标值所写比较符（地区口径默认）");
});
