import { rule } from "../../src/rules/perf-total-score";
import { run } from "./harness";
import { project } from "./models";

// seed 学生体卫艺科劳研学工作经费 as published: 9.79 + (10+10+10+5+5+9.7+10+30) = 99.49, but 99.16% × 10
// is 9.92 and <=66.30万元 met by 65.5万元 scores the full 10, so the right total is 99.92.
const WEIGHTS = ["10", "10", "10", "5", "5", "10", "10", "30"];
const t = (stated: string, execScore = "9.79", costScore = "9.7") =>
  project({
    total: ["95.00", "95.00", "94.20", "10", "99.16%", execScore],
    indicators: WEIGHTS.map((weight, i) =>
      i === 5
        ? { weight: 10, target: "<=66.30万元", actual: "=65.5万元", score: costScore }
        : { weight: Number(weight), target: ">=1次", actual: "=1次", score: weight },
    ),
    totalScore: stated,
  });

test("passes when the stated scores are right and 总分 is their sum", () => {
  expect(run(rule, [t("99.92", "9.92", "10")])).toEqual([]);
});

test("reports a 总分 that is not the sum of the stated scores", () => {
  expect(run(rule, [t("99.59")])).toEqual([{ rule: "perf-total-score", severity: "error", cell: "项目!F30", expected: "99.49", actual: "99.59" }]);
});

test("a 总分 that adds up wrong stated scores is reported with the recomputed total", () => {
  expect(run(rule, [t("99.49")])).toEqual([{ rule: "perf-total-score", severity: "error", cell: "项目!F30", expected: "99.92", actual: "99.49" }]);
});
