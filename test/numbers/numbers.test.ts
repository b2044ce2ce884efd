import {
  Decimal,
  checkSum,
  formatAmount,
  formatPercent,
  parseNumber,
  percentStatus,
  round,
  sameAtPrecision,
  sumTolerance,
} from "../../src/numbers";

const value = (input: Parameters<typeof parseNumber>[0]) => {
  const p = parseNumber(input);
  if (!p.ok) throw new Error(p.reason);
  return p;
};

describe("parseNumber", () => {
  test.each([
    [1196.98, "1196.98", false],
    ["1,196.98", "1196.98", false],
    ["１，１９６．９８", "1196.98", false],
    ["97.66%", "0.9766", false],
    ["1,234.56万元", "1234.56", false],
    ["  -46.65 ", "-46.65", false],
    ["(46.65)", "-46.65", false],
    ["", "0", true],
    [null, "0", true],
    ["—", "0", true],
    ["-", "0", true],
    ["0.00", "0", false],
  ])("%j → %s", (input, expected, blank) => {
    const p = value(input);
    expect([p.value.toString(), p.blank]).toEqual([expected, blank]);
  });

  test("keeps the written decimals and unit", () => {
    expect(value("1,196.98").decimals).toBe(2);
    expect(value("1,234.56万元").unit).toBe("万元");
    expect(value("97.66%").percent).toBe(true);
  });

  test.each(["abc", "1.2.3", "12,34", true, { error: "#REF!" }, Number.NaN])("rejects %j with a bilingual reason", (input) => {
    const p = parseNumber(input as never);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.reason).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  });
});

describe("round and format", () => {
  test("四舍五入, also for negatives and float-unfriendly halves", () => {
    expect(round(1.005).toString()).toBe("1.01");
    expect(round(-2.345).toString()).toBe("-2.35");
    expect(round("0.125", 2).toString()).toBe("0.13");
    expect(new Decimal(0.1).plus(0.2).toString()).toBe("0.3");
  });
  test("amounts with and without thousands, percents", () => {
    expect(formatAmount(2970.86)).toBe("2,970.86");
    expect(formatAmount(2970.86, { thousands: false })).toBe("2970.86");
    expect(formatAmount(-1056.075)).toBe("-1,056.08");
    expect(formatAmount(0)).toBe("0.00");
    expect(formatPercent(new Decimal(2349.21).div(2912.86))).toBe("80.65%");
    expect(formatPercent(0)).toBe("0.00%");
  });
});

describe("XBRL calc 1.1 tolerance (DOMAIN §4)", () => {
  test("the seed's tail differences are inside the bound", () => {
    expect(checkSum("1537.21", ["1196.98", "340.22"]).status).toBe("tail");
    expect(checkSum("1196.98", ["1082.40", "114.59"]).status).toBe("tail");
    expect(checkSum("2912.86", ["2349.21", "563.65"]).status).toBe("equal");
  });
  test("outside the bound is a mismatch with the signed difference", () => {
    const c = checkSum("1537.25", ["1196.98", "340.22"]);
    expect([c.status, c.difference.toString(), c.tolerance.toString()]).toEqual(["mismatch", "0.05", "0.015"]);
    expect(sumTolerance(2, 4).toString()).toBe("0.025");
  });
  test("same figure at displayed precision; stated percent within 0.01 point", () => {
    expect(sameAtPrecision("326.71", "326.72")).toBe(false);
    expect(sameAtPrecision(326.714, "326.71")).toBe(true);
    expect(percentStatus("0.8064", new Decimal(2349.21).div(2912.86))).toBe("tail");
    expect(percentStatus("0.8065", new Decimal(2349.21).div(2912.86))).toBe("tail");
    expect(percentStatus("0.8075", new Decimal(2349.21).div(2912.86))).toBe("mismatch");
  });
});
