import { rule } from "../../src/rules/perf-fund-within-budget";
import { run } from "./harness";
import { project } from "./models";

test("passes when each source is executed within its budget", () => {
  expect(run(rule, [project({ fiscal: ["95.00", "95.00", "94.20"], other: ["0.00", "0.00", "0.00"] })])).toEqual([]);
});

test("seed: 机关运行保障经费 当年财政拨款 全年预算 0.00 but 执行 367.36", () => {
  const t = project({
    name: "机关运行保障经费",
    total: ["367.36", "367.36", "367.36"],
    fiscal: ["367.36", "0.00", "367.36"],
    other: ["0.00", "367.36", "0.00"],
  });
  expect(run(rule, [t])).toEqual([
    { rule: "perf-fund-within-budget", severity: "error", cell: "项目!E7", expected: "≤0.00", actual: "367.36" },
  ]);
});
