/**
 * VARIANCERATE and VARIANCETEXT against every year-on-year figure in 第二部分 of the seed. The seed
 * states current and change; previous = current − change, and the stated rate must follow.
 */
import { Decimal, round } from "../../src/numbers/decimal";
import { variancePhrase, varianceRate, varianceSentence } from "../../src/explain/variance";
import { runFunction } from "../../functions/runner";
import { seedBudgetVariances, seedVariances } from "../fixtures/seed-projects";

const variances = seedVariances();
const value = (id: Parameters<typeof runFunction>[0], args: unknown[]) => {
  const r = runFunction(id, args);
  if (!("value" in r)) throw new Error(r.message);
  return r.value;
};

test("the seed has 16 year-on-year statements: 8 项, 三公 and its 3 items, 机关运行经费, 3 totals", () => {
  expect(variances).toHaveLength(16);
  expect(variances.filter((v) => v.sentence)).toHaveLength(8);
});

describe.each(variances.map((v) => [v.subject.trim(), v] as const))("%s", (_subject, v) => {
  const previous = new Decimal(v.current).minus(v.change);

  test("VARIANCERATE(current, previous) gives the stated rate", () => {
    const rate = value("VARIANCERATE", [v.current, previous.toNumber()]) as number;
    expect(round(new Decimal(rate).times(100), 2).toFixed(2)).toBe(new Decimal(v.rate).toFixed(2));
    expect(rate).toBe(varianceRate(v.current, previous)!.toNumber());
  });

  test("the phrase has the seed's direction words and figures", () => {
    const phrase = variancePhrase(v.current, previous);
    const up = !v.change.startsWith("-");
    const expected = `${up ? "增加" : "减少"}${new Decimal(v.change).abs().toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}万元，${
      v.rate.startsWith("-") ? "下降" : "增长"
    }${new Decimal(v.rate).abs().toFixed(2)}%`;
    expect(phrase).toBe(expected);
  });

  if (v.sentence) {
    test("VARIANCETEXT reproduces the seed sentence character for character", () => {
      expect(value("VARIANCETEXT", [v.current, previous.toNumber(), v.subject, v.reason])).toBe(v.sentence);
    });
  }
});

test("预决算差异率 statements: VARIANCERATE(决算数, 预算数)", () => {
  const stated = seedBudgetVariances();
  expect(stated).toHaveLength(7);
  for (const s of stated) {
    const rate = value("VARIANCERATE", [s.final, s.budget]) as number;
    expect(round(new Decimal(rate).times(100), 2).toFixed(2)).toBe(new Decimal(s.rate).toFixed(2));
  }
});

describe("conventions (DOMAIN §5)", () => {
  test("previous 0", () => {
    expect(varianceRate(799, 0)!.toNumber()).toBe(1);
    expect(varianceRate(0, 0)!.toNumber()).toBe(0);
    expect(varianceRate(799, 0, { strict: true })).toBeNull();
    expect(variancePhrase(799, 0)).toBe("增加799.00万元，增长100.00%");
    expect(variancePhrase(799, 0, { fromZero: "incomparable" })).toBe("增加799.00万元，上年无此项，不可比");
    expect(variancePhrase(0, 0)).toBe("增加0.00万元，增长0.00%");
    expect(variancePhrase(0, 0, { equal: "flat" })).toBe("与上年持平");
  });
  test("thousands on and off, other units", () => {
    expect(variancePhrase(2970.86, 1914.78)).toBe("增加1,056.08万元，增长55.15%");
    expect(variancePhrase(2970.86, 1914.78, { thousands: false })).toBe("增加1056.08万元，增长55.15%");
    expect(variancePhrase(150, 100, { unit: "元" })).toBe("增加50.00元，增长50.00%");
  });
  test("sentence without subject or reason; flat sentence", () => {
    expect(varianceSentence(1196.98, 1145.67)).toBe(
      "支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：【请填写原因】",
    );
    expect(varianceSentence(5, 5, "X", "无变化。", { equal: "flat" })).toBe("X:支出决算数为5.00万元，与上年持平,主要原因是：无变化。");
  });
});
