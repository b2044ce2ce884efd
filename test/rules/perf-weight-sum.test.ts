import { rule } from "../../src/rules/perf-weight-sum";
import { run } from "./harness";
import { project } from "./models";

const t = (weights: number[]) =>
  project({ total: ["1.00", "1.00", "1.00", "10", "100%", "10"], indicators: weights.map((weight) => ({ weight, target: ">=1次", actual: "=1次" })) });

test("passes when 10 + Σ 权重 = 100", () => {
  expect(run(rule, [t([10, 10, 10, 10, 10, 10, 30])])).toEqual([]);
});

test("reports weights that do not make 100", () => {
  expect(run(rule, [t([10, 10, 10, 10, 10, 30])])).toEqual([{ rule: "perf-weight-sum", severity: "error", cell: "项目!F6", expected: "100", actual: "90" }]);
});
