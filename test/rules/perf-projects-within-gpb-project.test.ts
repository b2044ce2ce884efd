import { rule } from "../../src/rules/perf-projects-within-gpb-project";
import { runFull, run } from "./harness";
import { coded, project } from "./models";

const t5 = coded("gpb-expenditure", [["", "合计", "2,349.21", "1,196.98", "1,152.23"]]);
const projects = (a: string, b: string) => [project({ fiscal: ["0", "0", a] }, "P1"), project({ fiscal: ["0", "0", b] }, "P2")];

test("passes when Σ projects' 当年财政拨款 执行 ≤ T5 项目支出", () => {
  expect(run(rule, [t5, ...projects("799.00", "353.23")])).toEqual([]);
});

test("warns on T5 项目支出 when the projects execute more", () => {
  const tables = [t5, ...projects("799.00", "400.00")];
  expect(run(rule, tables)).toEqual([
    { rule: "perf-projects-within-gpb-project", severity: "warning", cell: "gpb-expenditure!E6", expected: "≥1,199.00", actual: "1,152.23" },
  ]);
  expect(runFull(rule, tables)[0].related).toEqual(["P1!E7", "P2!E7"]);
});
