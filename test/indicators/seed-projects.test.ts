/**
 * Every 执行率, 执行率得分, 完成率, 指标得分 and 总分 of the seed's 16 项目支出绩效自评表, recomputed from
 * the inputs the seed gives. Where the published figure is wrong the test asserts the right one;
 * the known-wrong figures are listed here and each is checked to really differ from the print.
 */
import { Decimal, round, sum } from "../../src/numbers/decimal";
import { parseNumber } from "../../src/numbers/parse";
import { executionRate, executionScore, scoreIndicator, totalScore, parseTarget } from "../../src/indicators";
import { seedProjects, type SeedIndicator, type SeedProject } from "../fixtures/seed-projects";

const projects = seedProjects();
const num = (text: string): Decimal => {
  const p = parseNumber(text.replace(/分$/, ""));
  if (!p.ok) throw new Error(`seed figure not a number: ${text}`);
  return p.value;
};

/** Published figures that are wrong, with the right value (project → figure → right value). */
const WRONG_EXEC_SCORE: Record<string, string> = { 学生体卫艺科劳研学工作经费: "9.92" };
const WRONG_ROW_SCORE: Record<string, Record<string, string>> = {
  // <=66.30万元 with 65.5万元 is within the bound: 100%, full weight (published 98.8% / 9.7)
  学生体卫艺科劳研学工作经费: { 开展各项活动经费: "10" },
  // 1.036万人 / 1万人 = 103.60% → 30 × 0.964 = 28.92 (published 104% / 28.8: scored from the rounded display)
  昌吉州语言文字工作经费: { 参加普通话测试受益人数: "28.92" },
};
const WRONG_RATE: Record<string, Record<string, string>> = {
  学生体卫艺科劳研学工作经费: { 开展各项活动经费: "100.00%" },
  昌吉州语言文字工作经费: { 参加普通话测试受益人数: "103.60%" },
  // 97.67 / 95 = 102.81% (the row above prints it right; this one drops a digit)
  昌吉州教育局教育系统关心下一代工作委员会工作经费: { 参加活动学生家长认可度: "102.81%" },
};
const WRONG_TOTAL: Record<string, string> = { 学生体卫艺科劳研学工作经费: "99.92", 昌吉州语言文字工作经费: "98.92" };

function expected(published: string, wrong: string | undefined): string {
  if (wrong !== undefined) expect(num(wrong).eq(num(published))).toBe(false);
  return wrong ?? published;
}

function score(row: SeedIndicator) {
  const result = scoreIndicator({ weight: row.weight, target: row.target, actual: row.actual, rule: row.rule });
  if (!result.ok) throw new Error(`${row.name}: ${result.reason}`);
  return result;
}

function projectTotal(p: SeedProject): Decimal {
  const rate = executionRate(p.total.executed.replace(/,/g, ""), p.total.budget.replace(/,/g, ""));
  if (!(rate instanceof Decimal)) throw new Error(rate.reason);
  return totalScore(executionScore(rate, p.total.weight), p.indicators.map((row) => score(row).score ?? new Decimal(NaN)));
}

test("the fixture reads all 16 project tables with their indicators", () => {
  expect(projects).toHaveLength(16);
  expect(projects.map((p) => p.indicators.length)).toEqual([7, 7, 8, 7, 11, 9, 7, 7, 9, 9, 7, 8, 10, 9, 7, 7]);
});

describe.each(projects.map((p) => [p.name, p] as const))("%s", (name, project) => {
  test("执行率 = 全年执行数 / 全年预算数 and 执行率得分", () => {
    const rate = executionRate(num(project.total.executed), num(project.total.budget));
    if (!(rate instanceof Decimal)) throw new Error(rate.reason);
    expect(round(rate, 4).eq(num(project.total.publishedRate))).toBe(true);
    const execScore = executionScore(rate, num(project.total.weight));
    expect(execScore.toFixed(2)).toBe(num(expected(project.total.publishedScore, WRONG_EXEC_SCORE[name])).toFixed(2));
  });

  test("完成率 and 指标得分 of every row", () => {
    for (const row of project.indicators) {
      const result = score(row);
      const rate = expected(row.publishedRate, WRONG_RATE[name]?.[row.name]);
      expect([row.name, round(result.rate!, 4).toFixed(4)]).toEqual([row.name, num(rate).toFixed(4)]);
      const rowScore = expected(row.publishedScore, WRONG_ROW_SCORE[name]?.[row.name]);
      expect([row.name, result.score!.toFixed(2)]).toEqual([row.name, num(rowScore).toFixed(2)]);
      expect(result.score!.lte(result.maxScore)).toBe(true);
    }
  });

  test("总分 = 执行率得分 + Σ 指标得分, and 10 + Σ 权重 = 100", () => {
    expect(projectTotal(project).toFixed(2)).toBe(num(expected(project.publishedTotal, WRONG_TOTAL[name])).toFixed(2));
    expect(sum([project.total.weight, ...project.indicators.map((r) => r.weight)]).toNumber()).toBe(100);
  });
});

test("年度资金总额 = 当年财政拨款 + 其他资金 in every column", () => {
  for (const p of projects) {
    for (const col of ["initialBudget", "budget", "executed"] as const) {
      expect([p.name, col, num(p.total[col]).toFixed(2)]).toEqual([p.name, col, num(p.fiscal[col]).plus(num(p.other[col])).toFixed(2)]);
    }
  }
});

test("per source 执行数 ≤ 全年预算数 fails only for 机关运行保障经费 (its funding columns are swapped)", () => {
  const over = projects.flatMap((p) =>
    (["fiscal", "other"] as const).filter((s) => num(p[s].executed).gt(num(p[s].budget))).map((s) => `${p.name}/${s}`),
  );
  expect(over).toEqual(["昌吉州教育局机关运行保障经费/fiscal"]);
});

test("Σ 成本指标 targets in 万元 = 全年预算数, except 2023年安全生产奖 (0.98 against 3.00)", () => {
  const mismatched = projects.filter((p) => {
    const costs = p.indicators
      .filter((r) => r.level1 === "成本指标")
      .map((r) => parseTarget(r.target))
      .flatMap((t) => (t.ok && t.value.kind === "quantity" && t.value.writtenUnit === "万元" ? [t.value.value.div(10000)] : []));
    return !sum(costs).eq(num(p.total.budget));
  });
  expect(mismatched.map((p) => p.name)).toEqual(["2023年安全生产奖"]);
});

test("Σ of the 16 projects matches 第二部分 十一: 全年预算数1,559.45万元, 全年执行数1,558.65万元", () => {
  expect(sum(projects.map((p) => num(p.total.budget))).toFixed(2)).toBe("1559.45");
  expect(sum(projects.map((p) => num(p.total.executed))).toFixed(2)).toBe("1558.65");
});

test("the seed's questionable inputs give warnings, not wrong numbers", () => {
  const warnings = projects.flatMap((p) =>
    p.indicators.flatMap((r) => score(r).warnings.map((w) => `${p.name}/${r.name}/${w.code}`)),
  );
  expect(warnings).toEqual(
    expect.arrayContaining([
      "2023年安全生产奖/安全排查和调研资金使用成本/no-operator",
      "2023年安全生产奖/其他交通费标准/no-operator",
      "2023年安全生产奖/其他交通费标准/unit-typo",
      "州教育局项目前期费/完成可行性研究经费/no-operator",
      "州教育局项目前期费/调研活动中对师生产生的影响/strict-bound",
    ]),
  );
  expect(warnings).toHaveLength(5);
});
