import { rule } from "../../src/rules/perf-total-score";
import { run } from "./harness";
import { project } from "./models";

// seed 学生体卫艺科劳研学工作经费: 9.79 + (10+10+10+5+5+9.7+10+30) = 99.49
const t = (stated: string) =>
  project({
    total: ["95.00", "95.00", "94.20", "10", "99.16%", "9.79"],
    indicators: ["10", "10", "10", "5", "5", "9.7", "10", "30"].map((score) => ({ weight: 10, target: ">=1次", actual: "=1次", score })),
    totalScore: stated,
  });

test("passes when 总分 = 执行率得分 + Σ 指标得分", () => {
  expect(run(rule, [t("99.49")])).toEqual([]);
});

test("reports a wrong 总分", () => {
  expect(run(rule, [t("99.59")])).toEqual([{ rule: "perf-total-score", severity: "error", cell: "项目!F30", expected: "99.49", actual: "99.59" }]);
});
