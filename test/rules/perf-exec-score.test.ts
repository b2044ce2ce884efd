import { rule } from "../../src/rules/perf-exec-score";
import { runFull, run } from "./harness";
import { project } from "./models";

test("passes when the score is min(r, 1) × 分值", () => {
  expect(run(rule, [project({ total: ["0.98", "0.98", "0.98", "10", "100.00%", "10.00"] })])).toEqual([]);
  expect(run(rule, [project({ total: ["95.00", "95.00", "94.20", "10", "99.16%", "9.92"] })])).toEqual([]);
});

test("seed: 学生体卫艺科劳研学 执行率 99.16% scored 9.79, expected 9.92", () => {
  const t = project({ name: "学生体卫艺科劳研学工作经费", total: ["95.00", "95.00", "94.20", "10", "99.16%", "9.79"] });
  expect(run(rule, [t])).toEqual([{ rule: "perf-exec-score", severity: "error", cell: "项目!H6", expected: "9.92", actual: "9.79" }]);
  const [f] = runFull(rule, [t]);
  expect(f.related).toEqual(["项目!E6", "项目!D6", "项目!F6"]);
  expect(f.message).toContain("学生体卫艺科劳研学工作经费");
});
