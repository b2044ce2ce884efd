import { rule } from "../../src/rules/perf-fund-sum";
import { run } from "./harness";
import { overall, project } from "./models";

test("passes when 年度资金总额 = 当年财政拨款 + 其他资金 in every column", () => {
  expect(run(rule, [project({ total: ["95.00", "95.00", "94.20"], fiscal: ["95.00", "95.00", "94.20"], other: ["0.00", "0.00", "0.00"] })])).toEqual([]);
});

test("reports a total column that is not the sum of its sources", () => {
  const t = project({ total: ["95.00", "95.00", "94.20"], fiscal: ["95.00", "95.00", "90.20"], other: ["0.00", "0.00", "0.00"] });
  expect(run(rule, [t])).toEqual([{ rule: "perf-fund-sum", severity: "error", cell: "项目!E6", expected: "90.20", actual: "94.20" }]);
});

test("overall: 合计 = 上级 + 本级 + 其他 (seed figures pass; a wrong 合计 fails)", () => {
  const funds = { superior: ["0.00", "0.00", "0.00"], local: ["1,326.66", "2,350.27", "2,349.21"], other: ["610.98", "621.65", "553.20"] };
  expect(run(rule, [overall({ ...funds, total: ["1,937.64", "2,971.92", "2,902.41"] })])).toEqual([]);
  expect(run(rule, [overall({ ...funds, total: ["1,937.64", "2,917.92", "2,902.41"] })])).toEqual([
    { rule: "perf-fund-sum", severity: "error", cell: "整体!D9", expected: "2,971.92", actual: "2,917.92" },
  ]);
});
