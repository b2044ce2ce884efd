import { checkNarrative, generateExplanation, NARRATIVE_RULES, sheetText } from "../../src/explain";
import type { Finding } from "../../src/rules/shared/types";
import type { TableModel } from "../../src/tables/types";
import { seedTables } from "./seed-models";
import { SEED_LINES, SEED_NARRATIVE, sampleInputs, sampleTables } from "./seed-text";

let tables: TableModel[];
beforeAll(async () => {
  tables = await sampleTables();
});

const brief = (f: Finding) => `${f.cell} ${f.rule} ${f.severity} ${f.actual}→${f.expected}`;

/** The seed text with one substring replaced (must occur exactly once on the given line). */
function mutate(from: string, to: string): string {
  expect(SEED_NARRATIVE.split(from).length).toBe(2);
  return SEED_NARRATIVE.replace(from, to);
}

describe("checkNarrative on the seed's own text against the sample workbook", () => {
  test("reports the seed's contradiction: 年初预算数 1,327.64 against 1,326.66 in the 整体支出绩效自评表, and nothing else", () => {
    const findings = checkNarrative(SEED_NARRATIVE, tables, undefined, { source: "000_dfa22dd2bb6962f3.txt" });
    expect(findings.map(brief)).toEqual([
      "L38 narrative-amount warning 1,327.64→1,326.66",
      "L41 narrative-amount warning 1,327.64→1,326.66",
    ]);
    expect(findings[0].sheet).toBe("000_dfa22dd2bb6962f3.txt");
    expect(findings[0].related).toEqual(["绩效自评!C6"]);
    expect(findings[0].message).toContain("第38行");
    expect(findings[0].messageEn).toContain("line 38");
  });

  test("the whole seed document (its tables' text too) reports the same two lines: \"我单位全年执行数\" is the unit's, not the projects'", () => {
    expect(checkNarrative(SEED_LINES.join("\n"), tables).map((f) => f.cell)).toEqual(["L38", "L41"]);
  });

  test("the same against hand-built models (the check does not depend on the reader)", () => {
    expect(checkNarrative(SEED_NARRATIVE, seedTables()).map((f) => f.cell)).toEqual(["L38", "L41"]);
  });

  test("the seed's figures for the previous year (inputs) agree with its changes: no more findings", () => {
    expect(checkNarrative(SEED_NARRATIVE, tables, sampleInputs()).map((f) => f.cell)).toEqual(["L38", "L41"]);
  });

  test("generated text checks clean except the budget it was given", () => {
    const withInputs = generateExplanation(tables, sampleInputs()).text;
    expect(checkNarrative(withInputs, tables, sampleInputs()).map((f) => f.rule)).toEqual(["narrative-amount", "narrative-amount"]);
    // without inputs the 年初预算数 comes from the 整体表 itself: nothing to report
    expect(checkNarrative(generateExplanation(tables).text, tables)).toEqual([]);
  });
});

describe("each kind of mismatch is found on its sentence", () => {
  const only = (text: string, inputs = undefined as ReturnType<typeof sampleInputs> | undefined) =>
    checkNarrative(text, tables, inputs).filter((f) => f.cell !== "L38" && f.cell !== "L41").map(brief);

  test("a share that does not recompute (error), one off by 0.01 point (info)", () => {
    expect(only(mutate("占80.65%", "占80.75%"))).toEqual(["L33 narrative-share error 80.75%→80.65%"]);
    expect(only(mutate("占80.65%", "占80.64%"))).toEqual(["L33 narrative-share info 80.64%→80.65%"]);
    expect(only(mutate("城乡社区支出(类)799.00万元,占34.01%", "城乡社区支出(类)799.00万元,占43.01%"))).toEqual(["L44 narrative-share error 43.01%→34.01%"]);
    expect(only(mutate("公务接待费支出0.59万元，占4.05%", "公务接待费支出0.59万元，占4.50%"))).toEqual(["L64 narrative-share error 4.50%→4.05%"]);
  });

  test("a growth rate that does not recompute from the amount and the change", () => {
    expect(only(mutate("增加51.31万元，增长4.48%", "增加51.31万元，增长4.84%"))).toEqual(["L50 narrative-rate error 4.84%→4.48%"]);
    expect(only(mutate("增加1,056.08万元，增长55.15%", "增加1,056.08万元，增长56.88%"))).toEqual(["L31 narrative-rate error 56.88%→55.15%"]);
  });

  test("a change against the inputs' 上年决算数, else through its rate", () => {
    const text = mutate("增加51.31万元，增长4.48%", "增加51.13万元，增长4.48%");
    expect(only(text, sampleInputs())).toEqual(["L50 narrative-amount error 51.13→51.31"]);
    expect(only(text)).toEqual(["L50 narrative-rate error 4.48%→4.46%"]);
  });

  test("a signed 预决算差异率 that does not recompute", () => {
    expect(only(mutate("预决算差异率-5.94%", "预决算差异率5.94%"))).toEqual(["L69 narrative-rate error 5.94%→-5.94%"]);
  });

  test("direction words: 增加 with 下降; with inputs, 增加 where the figures fell", () => {
    expect(only(mutate("增加51.31万元，增长4.48%", "增加51.31万元，下降4.48%"))).toEqual(["L50 narrative-direction error 下降→增长"]);
    const rose = mutate("比上年减少0.54万元，下降47.79%", "比上年增加0.54万元，增长47.79%");
    expect(only(rose, sampleInputs())).toEqual(["L64 narrative-direction error 增加→减少"]);
  });

  test("amounts against their table cell, with the cell as related", () => {
    const f = checkNarrative(mutate("一般行政管理事务(项):支出决算数为340.22万元", "一般行政管理事务(项):支出决算数为340.32万元"), tables);
    const hit = f.find((x) => x.cell === "L51");
    expect(hit && brief(hit)).toBe("L51 narrative-amount error 340.32→340.22");
    expect(hit?.related[0]).toMatch(/^'05一般公共预算支出表'!C\d+$/);
    // a 项 the table no longer has is 0
    expect(only(mutate("宗教事务(项):支出决算数为0.00万元", "宗教事务(项):支出决算数为0.10万元"))).toContain("L48 narrative-amount error 0.10→0.00");
    expect(only(mutate("公务用车运行维护费全年预算数14.00万元", "公务用车运行维护费全年预算数14.50万元"))).toEqual([
      "L69 narrative-amount error 14.50→14.00",
      "L69 narrative-rate error -0.07%→-3.52%",
    ]);
  });

  test("parts after 其中 that do not add up", () => {
    const found = only(mutate("其他收入563.65万元", "其他收入536.65万元"));
    expect(found).toContain("L33 narrative-amount error 536.65→563.65");
    expect(found).toContain("L33 narrative-sum error 2,912.86→2,885.86");
    expect(only(mutate("政府采购货物支出49.93万元", "政府采购货物支出49.39万元"))).toEqual(["L74 narrative-sum error 207.63→207.09"]);
  });

  test("counts of 自评表", () => {
    expect(only(mutate("预算绩效评价项目16个", "预算绩效评价项目15个"))).toEqual(["L79 narrative-count error 15个→16个"]);
    expect(only(mutate("全年执行数1,558.65万元", "全年执行数1,585.65万元"))).toEqual(["L79 narrative-amount error 1,585.65→1,558.65"]);
  });
});

describe("sources and metadata", () => {
  test("text read from a sheet: line N is row N", () => {
    const text = sheetText({
      name: "决算说明",
      origin: { row: 2, col: 0 },
      values: [["二、收入决算情况说明"], ["本年收入2,912.86万元，其中：财政拨款收入2,349.21万元，占80.75%；其他收入563.65万元，占19.35%。"]],
      merges: [],
    });
    expect(checkNarrative(text, tables, undefined, { source: "决算说明" }).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["决算说明!L4 narrative-share"]);
  });

  test("every rule id used is catalogued with scope 文表", () => {
    expect(NARRATIVE_RULES.every((r) => r.scope === "文表" && /^(narrative|explain)-/.test(r.id))).toBe(true);
    expect(NARRATIVE_RULES.map((r) => r.id).sort()).toEqual([
      "explain-placeholder", "explain-procurement-sme", "explain-procurement-sum", "explain-vehicle-gap", "explain-vehicle-sum",
      "narrative-amount", "narrative-count", "narrative-direction", "narrative-rate", "narrative-reason", "narrative-share", "narrative-sum",
    ]);
  });
});
