import { rule } from "../../src/rules/perf-indicator-rate";
import { run } from "./harness";
import { project } from "./models";

test("passes on the seed's correct rates (>= over-achievement, deadline, qualitative)", () => {
  const t = project({
    indicators: [
      { weight: 10, target: ">=95%", actual: "=100%", rate: "105.26%", score: "9.47", rule: "按照完成比例赋分" },
      { weight: 10, target: "2024年12月20日之前", actual: "2024年8月16日", rate: "100%", score: "10", rule: "按照完成比例赋分" },
      { weight: 30, target: "提高", actual: "达到预期指标", rate: "100%", score: "30", rule: "按照完成比例赋分" },
    ],
  });
  expect(run(rule, [t])).toEqual([]);
});

test("seed: <=66.30万元 with 65.5万元 is within the bound: 100%, not 98.8%", () => {
  const t = project({ indicators: [{ weight: 10, target: "<=66.30万元", actual: "=65.5万元", rate: "98.8%", score: "9.7" }] });
  expect(run(rule, [t])).toEqual([
    { rule: "perf-indicator-rate", severity: "error", cell: "项目!G11", expected: "100.00%", actual: "98.80%" },
  ]);
});
