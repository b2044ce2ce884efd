import { Decimal } from "../../src/numbers/decimal";
import { generateExplanation } from "../../src/explain";
import { resolveSettings } from "../../src/explain/settings";
import { budgetSentence, shares, yearOnYear } from "../../src/explain/wording";
import { emptyFund, seedTables } from "./seed-models";
import { sampleInputs } from "./seed-text";
import type { CodedTable } from "../../src/tables/types";

const d = (v: string) => new Decimal(v);
const xinjiang = resolveSettings();
const flat = resolveSettings({ equal: "flat", fromZero: "incomparable" });

describe("year on year", () => {
  test("new item (previous 0): 增长100.00% by default, 上年无此项，不可比 as the alternative", () => {
    expect(yearOnYear(d("799"), d("0"), xinjiang, "比上年决算")).toBe("比上年决算增加799.00万元，增长100.00%");
    expect(yearOnYear(d("799"), d("0"), flat, "比上年决算")).toBe("比上年决算增加799.00万元，上年无此项，不可比");
  });
  test("item gone (current 0): 下降100.00%", () => {
    expect(yearOnYear(d("0"), d("0.88"), xinjiang, "比上年决算")).toBe("比上年决算减少0.88万元，下降100.00%");
  });
  test("0 → 0: 增加0.00万元，增长0.00% or 与上年持平", () => {
    expect(yearOnYear(d("0"), d("0"), xinjiang, "比上年")).toBe("比上年增加0.00万元，增长0.00%");
    expect(yearOnYear(d("0"), d("0"), flat, "比上年")).toBe("与上年持平");
  });
  test("direction words follow the sign; rate half-up from exact amounts", () => {
    expect(yearOnYear(d("14.58"), d("15.13"), xinjiang)).toBe("减少0.55万元，下降3.64%");
    expect(yearOnYear(d("2970.86"), d("1914.78"), resolveSettings({ thousands: false }))).toBe("增加1056.08万元，增长55.15%");
  });
  test("in a generated sentence: 0 → 0 三公 item under the flat convention", () => {
    const { text } = generateExplanation(seedTables(), sampleInputs(), { equal: "flat" });
    expect(text).toContain("其中：因公出国（境）费支出0.00万元，占0.00%，与上年持平，主要原因是：2023年与2024年均未安排因公出国（境）费支出。");
  });
});

describe("budget against final", () => {
  const s = xinjiang;
  const sentence = (final: string, budget: string | undefined, settings = s) =>
    budgetSentence(d(final), budget === undefined ? undefined : d(budget), "原因", settings, { intro: "与全年预算相比，", subject: "X", word: "全年" });
  test("negative variance rate is signed", () => {
    expect(sentence("14.58", "15.50")).toBe("与全年预算相比，X全年预算数15.50万元，决算数14.58万元，预决算差异率-5.94%，主要原因是：原因。");
  });
  test("budget 0: 0/0 → 0.00%; spending without budget → 100.00% or 不可比", () => {
    expect(sentence("0", "0")).toContain("预决算差异率0.00%");
    expect(sentence("3", "0")).toContain("预决算差异率100.00%");
    expect(sentence("3", "0", flat)).toContain("预决算差异率不可比（年初无预算）");
  });
  test("missing budget shows the placeholder", () => {
    expect(sentence("3", undefined)).toBe("与全年预算相比，X全年预算数【请填写年初预算数】，决算数3.00万元，主要原因是：原因。");
  });
  test("Shanghai phrasing with 大于/小于 computed", () => {
    const sh = resolveSettings({ budgetPhrasing: "shanghai", thousands: false });
    expect(budgetSentence(d("2349.21"), d("1327.64"), "年中追加", sh, { intro: "与年初预算相比，" })).toBe(
      "年初预算为1327.64万元，支出决算为2349.21万元，完成年初预算的176.95%。决算数大于年初预算数的主要原因是：年中追加。",
    );
    expect(budgetSentence(d("14.58"), d("15.50"), undefined, sh, { intro: "", word: "全年" })).toBe(
      "全年预算为15.50万元，支出决算为14.58万元，完成全年预算的94.06%。决算数小于年初预算数的主要原因是：【请填写原因】。",
    );
  });
  test("Shanghai in the generated 财政拨款 paragraph, thousands off", () => {
    const { text } = generateExplanation(seedTables(), sampleInputs(), { budgetPhrasing: "shanghai", thousands: false });
    expect(text).toContain("年初预算为1327.64万元，支出决算为2349.21万元，完成年初预算的176.95%。");
    expect(text).toContain("2024年度收入总计2970.86万元");
  });
});

describe("shares", () => {
  const classes = ["1537.21", "799.00", "3.00", "10.00"].map(d);
  test("off by default: each share rounded on its own (the seed's 100.01%)", () => {
    expect(shares(classes, d("2349.21"), false)).toEqual(["65.44%", "34.01%", "0.13%", "0.43%"]);
  });
  test("largest remainder: the displayed shares add to exactly 100.00%", () => {
    const adjusted = shares(classes, d("2349.21"), true);
    // exact 65.435189 / 34.011434 / 0.127703 / 0.425675: the two largest remainders (0.12→0.13, 0.42→0.43) get the hundredths
    expect(adjusted).toEqual(["65.43%", "34.01%", "0.13%", "0.43%"]);
    expect(adjusted.reduce((a, p) => a.plus(p.replace("%", "")), d("0")).toFixed(2)).toBe("100.00");
  });
  test("zero whole gives 0.00% (no division by zero)", () => {
    expect(shares([d("0"), d("0")], d("0"), true)).toEqual(["0.00%", "0.00%"]);
  });
});

describe("fund tables", () => {
  test("a fund table with money gets its figures, not the empty sentence", () => {
    const tables = seedTables().map((t) => {
      if (t.kind !== "gov-fund") return t;
      const filled: CodedTable = emptyFund("gov-fund", t.sheet);
      const total = filled.total!;
      total.cells.opening = { ...total.cells.opening!, value: d("5") };
      total.cells.income = { ...total.cells.income!, value: d("20") };
      total.cells.expenseTotal = { ...total.cells.expenseTotal!, value: d("18") };
      total.cells.expenseProject = { ...total.cells.expenseProject!, value: d("18") };
      total.cells.closing = { ...total.cells.closing!, value: d("7") };
      return filled;
    });
    const { text } = generateExplanation(tables, sampleInputs());
    expect(text).toContain("本年度政府性基金预算财政拨款年初结转和结余5.00万元，本年收入20.00万元，本年支出18.00万元（基本支出0.00万元，项目支出18.00万元），年末结转和结余7.00万元。");
    expect(text).toContain("国有资本经营预算财政拨款收入支出决算表为空表。");
  });
});
