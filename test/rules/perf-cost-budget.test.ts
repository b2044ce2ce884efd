import { rule } from "../../src/rules/perf-cost-budget";
import { run } from "./harness";
import { project } from "./models";

// seed 学生体卫艺科劳研学: 成本指标 <=66.30万元 + <=28.70万元 = 全年预算数 95.00
const t = (second: string) =>
  project({
    total: ["95.00", "95.00", "94.20"],
    indicators: [
      { level1: "产出指标", weight: 10, target: ">=2个", actual: "=2个" },
      { level1: "成本指标", level2: "经济成本指标", weight: 10, target: "<=66.30万元", actual: "=65.5万元" },
      { level1: "成本指标", level2: "经济成本指标", weight: 10, target: second, actual: "=28.7万元" },
      { level1: "成本指标", level2: "经济成本指标", weight: 10, target: "<=1000元/天", actual: "=1000元/天" },
    ],
  });

test("passes when the 万元 cost targets add up to 全年预算数", () => {
  expect(run(rule, [t("<=28.70万元")])).toEqual([]);
});

test("warns when they do not", () => {
  expect(run(rule, [t("<=27.70万元")])).toEqual([
    { rule: "perf-cost-budget", severity: "warning", cell: "项目!D6", expected: "94.00", actual: "95.00" },
  ]);
});
