import { generateExplanation } from "../../src/explain";
import { seedTables } from "./seed-models";
import { SEED_GENERATED_LINES, sampleInputs, sampleTables } from "./seed-text";
import type { TableModel } from "../../src/tables/types";

/** The generated lines of 第二部分 (headings and paragraphs). */
function generatedLines(tables: TableModel[]): string[] {
  const e = generateExplanation(tables, sampleInputs());
  return e.sections.filter((s) => s.part === 2).flatMap((s) => [s.title, ...s.paragraphs]);
}

describe("generateExplanation reproduces the seed's 第二部分", () => {
  test("from hand-built models of the seed: every line, character for character, in order", () => {
    expect(generatedLines(seedTables())).toEqual(SEED_GENERATED_LINES);
  });

  test("from the sample workbook read with readXlsxFile + recognize", async () => {
    expect(generatedLines(await sampleTables())).toEqual(SEED_GENERATED_LINES);
  });

  test("key sentences of DOMAIN §5", async () => {
    const { text } = generateExplanation(await sampleTables(), sampleInputs());
    expect(text).toContain("1.教育支出(类)1,537.21万元,占65.44%。");
    expect(text).toContain("3.教育支出(类)教育管理事务(款)行政运行(项):支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：");
    expect(text).toContain("预决算差异率-5.94%");
    expect(text).toContain("本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。");
  });

  test("markdown has one heading per section and every paragraph", () => {
    const e = generateExplanation(seedTables(), sampleInputs());
    expect(e.markdown).toContain("## 一、收入支出决算总体情况说明");
    expect(e.markdown).toContain("### （二）一般公共预算财政拨款支出决算结构情况");
    for (const s of e.sections) for (const p of s.paragraphs) expect(e.markdown).toContain(p);
  });
});

describe("what the tables do not hold is never invented", () => {
  test("without inputs: placeholders for previous figures and reasons, table figures still right", () => {
    const { text } = generateExplanation(seedTables());
    expect(text).toContain("本年度收入总计2,970.86万元");
    expect(text).toContain("收入支出总体与上年相比，【请填写上年决算数】，主要原因是：【请填写原因】。");
    // the 项 gone this year are known only from inputs, so 行政运行 comes first
    expect(text).toContain("1.教育支出(类)教育管理事务(款)行政运行(项):支出决算数为1,196.98万元，比上年决算【请填写上年决算数】,主要原因是：【请填写原因】。");
    // 年初预算数 falls back to the 整体支出绩效自评表 本级资金 年初预算数 (the only table that holds it)
    expect(text).toContain("年初预算数1,326.66万元，决算数2,349.21万元，预决算差异率77.08%");
    // 三公 budgets are in T9: computed without inputs
    expect(text).toContain("公务接待费全年预算数1.50万元，决算数0.59万元，预决算差异率-60.67%，主要原因是：【请填写原因】。");
  });

  test("a previous figure without a reason shows only the reason placeholder", () => {
    const inputs = sampleInputs();
    delete inputs.items["item:2299999"].reason;
    const { text } = generateExplanation(seedTables(), inputs);
    expect(text).toContain("8.其他支出(类)其他支出(款)其他支出(项):支出决算数为10.00万元，比上年决算减少21.53万元，下降68.28%,主要原因是：【请填写原因】。");
  });

  test("偏差原因分析: every indicator whose 完成率 is not 100%, its own text or the default", () => {
    const tables = seedTables();
    const e = generateExplanation(tables, sampleInputs());
    const section = e.sections.find((s) => s.title === "偏差原因分析");
    expect(section?.paragraphs).toEqual([
      "2023年安全生产奖：提高安全生产意识完成率105.26%，偏差原因分析：年初对提高安全生产意识估算比较保守，目标设置也不够合理，导致出现偏差。",
    ]);
    const project = tables.find((t) => t.kind === "perf-project" && t.indicators.length > 0);
    if (project?.kind !== "perf-project") throw new Error("fixture");
    delete project.indicators[0].deviation;
    const again = generateExplanation(tables, sampleInputs()).sections.find((s) => s.title === "偏差原因分析");
    expect(again?.paragraphs[0]).toBe("2023年安全生产奖：提高安全生产意识完成率105.26%，偏差原因分析：年初指标设置较保守，实际完成较好，出现偏差。");
  });

  test("偏差原因分析 on the sample lists the 20 rows off 100% and none at 100%", async () => {
    const section = generateExplanation(await sampleTables(), sampleInputs()).sections.find((s) => s.title === "偏差原因分析");
    expect(section?.paragraphs.length).toBeGreaterThanOrEqual(20);
    for (const p of section?.paragraphs ?? []) expect(p).not.toMatch(/完成率100\.00%/);
    expect(section?.paragraphs).toContain(
      "职业教育工作经费：参加职业教育评选活动受益教师人数完成率161.00%，偏差原因分析：年初对参评教师情况调研不够充分，数据掌握不全面，实际工作中参评教师数量超出预期，受益人数较多，出现偏差。",
    );
  });
});
