import { rule } from "../../src/rules/perf-target-direction";
import { run } from "./harness";
import { project } from "./models";

const one = (level2: string, name: string, target: string) =>
  project({ indicators: [{ level2, name, weight: 10, target, actual: "=5次", score: "10" }] });

test("passes a lower-bound 数量指标, an upper-bound 成本指标, and an upper bound on a less-is-better rate", () => {
  expect(run(rule, [one("数量指标", "开展家庭教育讲座数量", ">=5次")])).toEqual([]);
  expect(run(rule, [one("经济成本指标", "开展各项活动经费", "<=66.30万元")])).toEqual([]);
  expect(run(rule, [one("质量指标", "资料差错率", "<=5%")])).toEqual([]);
});

test("seed 关工委: 开展家庭教育讲座数量 <=5次 is flagged on the target cell", () => {
  expect(run(rule, [one("数量指标", "开展家庭教育讲座数量", "<=5次")])).toEqual([
    { rule: "perf-target-direction", severity: "warning", cell: "项目!E11", expected: ">=5次", actual: "<=5次" },
  ]);
});

test("seed 机关运行补助经费: 局机关正常运转率 <=100% under 社会效益指标 is flagged", () => {
  const found = run(rule, [one("社会效益指标", "局机关正常运转率", "<=100%")]);
  expect(found.map((f) => [f.rule, f.expected, f.actual])).toEqual([["perf-target-direction", ">=100%", "<=100%"]]);
});
