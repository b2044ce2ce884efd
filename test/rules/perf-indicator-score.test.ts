import { rule } from "../../src/rules/perf-indicator-score";
import { run } from "./harness";
import { overall, project } from "./models";

test("passes on scores that follow each 赋分规则", () => {
  const t = project({
    indicators: [
      { weight: 10, target: ">=95%", actual: "=100%", score: "9.47", rule: "按照完成比例赋分" },
      { weight: 10, target: ">=95%", actual: "=100%", score: "10", rule: "满意度赋分" },
      { weight: 20, target: "=1", actual: "=1", score: "20", rule: "直接赋分" },
      { weight: 20, target: "有效提高", actual: "达到预期指标", score: "20", rule: "按评判等级赋分" },
      { weight: 30, target: ">=1万人", actual: "=1.036万人", score: "28.92", rule: "按照完成比例赋分" },
    ],
  });
  expect(run(rule, [t])).toEqual([]);
});

test("reports a score that does not follow the rule", () => {
  const t = project({
    indicators: [
      { weight: 10, target: "<=66.30万元", actual: "=65.5万元", score: "9.7", rule: "按照完成比例赋分" },
      { weight: 10, target: ">=95%", actual: "=100%", score: "10", rule: "按照完成比例赋分" },
    ],
  });
  expect(run(rule, [t])).toEqual([
    { rule: "perf-indicator-score", severity: "error", cell: "项目!H11", expected: "10.00", actual: "9.70" },
    { rule: "perf-indicator-score", severity: "error", cell: "项目!H12", expected: "9.47", actual: "10.00" },
  ]);
});

test("overall: a met target gets full weight (even = with a different actual); unmet gets w × r", () => {
  const ok = overall({ indicators: [{ weight: 10, target: "=85%", actual: "100%", score: "10" }, { weight: 10, target: ">=1次", actual: "3次", score: "10" }] });
  expect(run(rule, [ok])).toEqual([]);
  const bad = overall({ indicators: [{ weight: 10, target: ">=7次", actual: "5次", score: "10" }] });
  expect(run(rule, [bad])).toEqual([
    { rule: "perf-indicator-score", severity: "error", cell: "整体!H13", expected: "7.14", actual: "10.00" },
  ]);
});
