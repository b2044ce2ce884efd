import { rule } from "../../src/rules/perf-target-format";
import { run } from "./harness";
import { project } from "./models";

test("passes on well-written targets and actuals", () => {
  const t = project({ indicators: [{ weight: 10, target: "<=0.98万元", actual: "=0.98万元" }, { weight: 10, target: "<=1000元/天", actual: "=1000元/天" }] });
  expect(run(rule, [t])).toEqual([]);
});

test("seed: a bare 0.98万元 target and a 1000/天 unit typo are warnings", () => {
  const t = project({ indicators: [{ weight: 10, target: "0.98万元", actual: "=0.98万元" }, { weight: 10, target: "1000元/天", actual: "1000/天" }] });
  expect(run(rule, [t])).toEqual([
    { rule: "perf-target-format", severity: "warning", cell: "项目!E11", expected: "", actual: "0.98万元" },
    { rule: "perf-target-format", severity: "warning", cell: "项目!E12", expected: "", actual: "1000元/天" },
    { rule: "perf-target-format", severity: "warning", cell: "项目!F12", expected: "", actual: "1000/天" },
  ]);
});
