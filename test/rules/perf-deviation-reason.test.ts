import { rule } from "../../src/rules/perf-deviation-reason";
import { run } from "./harness";
import { project } from "./models";

test("passes when deviations are explained and full rows are left blank", () => {
  const t = project({
    indicators: [
      { weight: 10, target: ">=95%", actual: "=100%", rate: "105.26%", score: "9.47", deviation: "年初指标设置较保守，实际完成较好，出现偏差。" },
      { weight: 10, target: ">=1次", actual: "=1次", rate: "100%", score: "10", deviation: "" },
    ],
  });
  expect(run(rule, [t])).toEqual([]);
});

test("warns when a deviation has no reason; info when a 100% row has one", () => {
  const t = project({
    indicators: [
      { weight: 10, target: ">=95%", actual: "=100%", rate: "105.26%", score: "9.47", deviation: "" },
      { weight: 10, target: ">=1次", actual: "=1次", rate: "100%", score: "10", deviation: "年初指标设置较保守，实际完成较好，出现偏差。" },
    ],
  });
  expect(run(rule, [t])).toEqual([
    { rule: "perf-deviation-reason", severity: "warning", cell: "项目!M11", expected: "偏差原因分析及改进措施", actual: "" },
    { rule: "perf-deviation-reason", severity: "info", cell: "项目!M12", expected: "", actual: "年初指标设置较保守，实际完成较好，出现偏差。" },
  ]);
});
