import { Decimal } from "../../src/numbers/decimal";
import {
  completionRate,
  executionRate,
  executionScore,
  parseActual,
  parseRule,
  parseTarget,
  scoreIndicator,
  totalScore,
  type ActualExpression,
  type TargetExpression,
} from "../../src/indicators";

function target(text: string): TargetExpression {
  const t = parseTarget(text);
  if (!t.ok) throw new Error(t.reason);
  return t.value;
}
function actual(text: string): ActualExpression {
  const a = parseActual(text);
  if (!a.ok) throw new Error(a.reason);
  return a.value;
}
function rate(t: string, a: string): string | null {
  const c = completionRate(target(t), actual(a));
  if (!c.ok) throw new Error(c.reason);
  return c.rate === null ? null : c.rate.toString();
}

describe("parseTarget", () => {
  test.each([
    [">=95%", ">=", "0.95", "%"],
    ["≥95%", ">=", "0.95", "%"],
    ["＞＝95％", ">=", "0.95", "%"],
    [">3次", ">", "3", "次"],
    ["<=66.30万元", "<=", "663000", "元"],
    ["≤5万元", "<=", "50000", "元"],
    ["<5%", "<", "0.05", "%"],
    ["=1次", "=", "1", "次"],
    [">=1336间", ">=", "1336", "间"],
    [">=1万人", ">=", "10000", "人"],
    ["<=1000元/天", "<=", "1000", "元/天"],
    ["不低于 90%", ">=", "0.9", "%"],
  ])("%s", (text, operator, value, unit) => {
    const t = target(text);
    expect(t.kind).toBe("quantity");
    if (t.kind !== "quantity") return;
    expect([t.operator, t.value.toString(), t.unit, t.explicitOperator]).toEqual([operator, value, unit, true]);
  });

  test("a bare value is read as '=' with a warning", () => {
    const t = parseTarget("0.98万元");
    expect(t.ok && t.value.kind === "quantity" && t.value.operator).toBe("=");
    expect(t.ok && t.warnings.map((w) => w.code)).toEqual(["no-operator"]);
    expect(t.ok && t.warnings[0].message).toContain("缺少比较符号");
  });

  test.each([
    ["2024年12月20日之前", 20241220],
    ["2024年10月31日前", 20241031],
    ["2024年12月20日", 20241220],
  ])("deadline %s", (text, ordinal) => {
    const t = target(text);
    expect(t.kind === "date" && t.ordinal).toBe(ordinal);
  });

  test.each(["提高", "有效提高", "提升", "有效改善", "有效发挥"])("qualitative %s", (text) => {
    const t = parseTarget(text);
    expect(t.ok && t.value.kind).toBe("qualitative");
    expect(t.ok && t.warnings).toEqual([]);
  });

  test.each([["", "为空"], [">=abc", "无法识别"], ["2024年2月30日", "无法识别"], [">=", "无法识别"]])("rejects %j", (text, reason) => {
    const t = parseTarget(text);
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.reason).toContain(reason);
      expect(t.reasonEn).toMatch(/target/);
    }
  });
});

describe("parseActual", () => {
  test("values, dates, achievement", () => {
    expect(actual("=1.036万人")).toMatchObject({ kind: "quantity", unit: "人" });
    expect(actual("2024年8月16日")).toMatchObject({ kind: "date", ordinal: 20240816 });
    expect(actual("=2024年12月10日")).toMatchObject({ kind: "date", ordinal: 20241210 });
    expect(actual("达到预期指标")).toMatchObject({ kind: "achievement", achieved: true });
    expect(actual("未达到预期指标")).toMatchObject({ kind: "achievement", achieved: false });
  });
});

describe("completionRate (DOMAIN §3)", () => {
  test.each([
    [">=95%", "=100%", "1.052631578947368421052631578947368421053"],
    [">=100人", "=161人", "1.61"],
    [">=1万人", "=1.036万人", "1.036"],
    ["=100%", "=100%", "1"],
    ["=100%", "=85%", "0.85"],
    ["<=66.30万元", "=65.5万元", "1"],
    ["<=5万元", "=6万元", "0.8333333333333333333333333333333333333333"],
    ["<5%", "=5%", "1"],
    ["2024年12月20日之前", "2024年8月16日", "1"],
    ["2024年10月31日前", "2024年10月31日", "1"],
    ["2024年12月20日", "2024年12月21日", "0"],
    ["有效改善", "达到预期指标", "1"],
  ])("%s with %s", (t, a, r) => {
    expect(rate(t, a)).toBe(r);
  });

  test("unit typo warns and compares; different units fail", () => {
    const typo = completionRate(target("1000元/天"), actual("1000/天"));
    expect(typo.ok && typo.warnings.map((w) => w.code)).toEqual(["unit-typo"]);
    const bad = completionRate(target(">=3次"), actual("=3人"));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toContain("单位不一致");
  });

  test("a date actual against a quantity target is a mismatch; a 0 target has no rate", () => {
    expect(completionRate(target(">=95%"), actual("2024年1月1日")).ok).toBe(false);
    const zero = completionRate(target(">=0次"), actual("=1次"));
    expect(!zero.ok && zero.kind).toBe("divide-by-zero");
  });
});

describe("scoreIndicator by 赋分规则", () => {
  const s = (weight: number, t: string, a: string, rule?: string) => {
    const r = scoreIndicator({ weight, target: t, actual: a, rule });
    if (!r.ok) throw new Error(r.reason);
    return r.score === null ? null : r.score.toNumber();
  };
  test("按照完成比例赋分: w·r below 100%, w·(2−r) above, floored at 0", () => {
    expect(s(10, ">=95%", "=100%")).toBe(9.47);
    expect(s(30, ">=100人", "=161人")).toBe(11.7);
    expect(s(30, ">=1万人", "=1.036万人")).toBe(28.92);
    expect(s(10, "<=5万元", "=6万元")).toBe(8.33);
    expect(s(10, ">=1次", "=3次")).toBe(0);
    expect(s(10, "<=66.30万元", "=65.5万元", "按照完成比例赋分")).toBe(10);
  });
  test("满意度赋分: full at or above 100%", () => {
    expect(s(10, ">=95%", "=100%", "满意度赋分")).toBe(10);
    expect(s(10, ">=95%", "=76%", "满意度赋分")).toBe(8);
  });
  test("直接赋分: met → w, else 0", () => {
    expect(s(6, "2024年12月10日前", "2024年10月12日", "直接赋分")).toBe(6);
    expect(s(6, "2024年12月10日前", "2024年12月11日", "直接赋分")).toBe(0);
    expect(s(20, "=1", "=1", "直接赋分")).toBe(20);
  });
  test("按评判等级赋分: 达到预期指标 → w, otherwise left to judgement", () => {
    expect(s(20, "有效提高", "达到预期指标", "按评判等级赋分")).toBe(20);
    const r = scoreIndicator({ weight: 20, target: "有效提高", actual: "部分达到", rule: "按评判等级赋分" });
    expect(r.ok && r.score).toBeNull();
    expect(r.ok && r.maxScore.toNumber()).toBe(20);
  });
  test("bad input is a Chinese + English failure", () => {
    const unknown = parseRule("随便赋分");
    expect(typeof unknown !== "string" && unknown.reason).toContain("未知的赋分规则");
    const w = scoreIndicator({ weight: "abc", target: ">=1次", actual: "=1次" });
    expect(!w.ok && [w.reason, w.reasonEn]).toEqual(['权重“abc”不是数字', 'weight "abc" is not a number']);
  });
});

describe("执行率, 执行率得分, 总分", () => {
  test("执行率得分 = min(rate, 1) × weight, rounded half-up", () => {
    const r = executionRate("94.20", "95.00") as Decimal;
    expect(executionScore(r).toNumber()).toBe(9.92);
    expect(executionScore(new Decimal(1.2)).toNumber()).toBe(10);
    expect(executionScore(new Decimal("0.97661"), 10).toNumber()).toBe(9.77);
  });
  test("budget 0 is a divide-by-zero failure", () => {
    const r = executionRate(1, 0);
    expect(!(r instanceof Decimal) && r.kind).toBe("divide-by-zero");
  });
  test("总分 rounds each row to 2 decimals first", () => {
    expect(totalScore("9.9249", ["9.474", "9.474"]).toString()).toBe("28.86");
  });
});
