import { rule } from "../../src/rules/perf-exec-rate";
import { run } from "./harness";
import { overall, project } from "./models";

// seed 学生体卫艺科劳研学工作经费: 95.00 全年预算, 94.20 执行 → 99.16%
const p = (rate: string) => project({ total: ["95.00", "95.00", "94.20", "10", rate, "9.92"] });

test("passes when the stated rate is 执行数 / 全年预算数", () => {
  expect(run(rule, [p("99.16%")])).toEqual([]);
});

test("reports a wrong rate as an error", () => {
  expect(run(rule, [p("98.16%")])).toEqual([
    { rule: "perf-exec-rate", severity: "error", cell: "项目!G6", expected: "99.16%", actual: "98.16%" },
  ]);
});

test("0.01 point off (truncation) is info", () => {
  expect(run(rule, [p("99.15%")])).toEqual([
    { rule: "perf-exec-rate", severity: "info", cell: "项目!G6", expected: "99.16%", actual: "99.15%" },
  ]);
});

test("the overall table: rate on the 上级资金 row, amounts from 合计 (seed 97.66%)", () => {
  const ok = overall({ superior: ["0.00", "0.00", "0.00", "10", "97.66%", "9.77"], total: ["1,937.64", "2,971.92", "2,902.41"] });
  expect(run(rule, [ok])).toEqual([]);
  const bad = overall({ superior: ["0.00", "0.00", "0.00", "10", "97.00%", "9.77"], total: ["1,937.64", "2,971.92", "2,902.41"] });
  expect(run(rule, [bad])).toEqual([
    { rule: "perf-exec-rate", severity: "error", cell: "整体!G6", expected: "97.66%", actual: "97.00%" },
  ]);
});
