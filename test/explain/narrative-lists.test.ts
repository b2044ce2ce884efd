/**
 * Sentences listing several items with their shares: each share is recomputed against its own
 * item, whether the shares follow each item or come together ("分别占…的x%、y%", "占比分别为"),
 * and a wrong one is reported on the right item. Figures: the sample's T3 合计 row (seed line 35).
 */
import { checkNarrative } from "../../src/explain";
import { claims } from "../../src/explain/narrative/tokens";
import type { Finding } from "../../src/rules/shared/types";
import type { TableModel } from "../../src/tables/types";
import { sampleTables } from "./seed-text";

let tables: TableModel[];
beforeAll(async () => {
  tables = await sampleTables();
});

const HEAD = "三、支出决算情况说明\n";
const errors = (text: string) => checkNarrative(HEAD + text, tables).filter((f: Finding) => f.severity !== "info");
const brief = (f: Finding) => `${f.rule} ${f.actual}→${f.expected}`;

describe("shares listed together are paired item by item", () => {
  const together = (a: string, b: string) => `本年支出2,902.41万元，其中：基本支出1,495.90万元，项目支出1,406.51万元，分别占本年支出合计的${a}、${b}。`;

  test("correct shares listed together: no error", () => {
    expect(errors(together("51.54%", "48.46%"))).toEqual([]);
    expect(errors("本年支出2,902.41万元，其中：基本支出1,495.90万元，项目支出1,406.51万元，分别占51.54%和48.46%。")).toEqual([]);
  });

  test("swapped shares: one error on each item, each against its own amount", () => {
    const found = errors(together("48.46%", "51.54%"));
    expect(found.map(brief)).toEqual(["narrative-share 48.46%→51.54%", "narrative-share 51.54%→48.46%"]);
    expect(found[0].message).toContain("基本支出占比应为51.54%（1,495.90万元 ÷ 本年支出合计2,902.41万元）");
    expect(found[1].message).toContain("项目支出占比应为48.46%（1,406.51万元 ÷ 本年支出合计2,902.41万元）");
  });

  test("only the second share wrong: the error names 项目支出, not 基本支出", () => {
    const found = errors(together("51.54%", "47.46%"));
    expect(found.map(brief)).toEqual(["narrative-share 47.46%→48.46%"]);
    expect(found[0].message).toMatch(/^第2行：项目支出占比/);
  });

  test("names listed before their amounts: 分别为A万元、B万元，占比分别为x%、y%", () => {
    const listed = (b: string, y: string) => `本年支出2,902.41万元，其中：基本支出、项目支出分别为1,495.90万元、${b}万元，占比分别为51.54%、${y}。`;
    expect(errors(listed("1,406.51", "48.46%"))).toEqual([]);
    const tokens = claims("基本支出、项目支出分别为1,495.90万元、1,406.51万元").map((c) => (c.kind === "amount" ? c.label : c.kind));
    expect(tokens).toEqual(["基本支出", "项目支出"]);
    // a wrong amount is reported on its own item (and the 其中 sum no longer adds up)
    const found = errors(listed("1,460.51", "48.46%"));
    expect(found.filter((f) => f.rule === "narrative-amount").map((f) => f.message)).toEqual([
      "第2行：说明中“项目支出”1,460.51万元，报表项目支出为1,406.51万元",
    ]);
    expect(found.map((f) => f.rule).sort()).toEqual(["narrative-amount", "narrative-share", "narrative-sum"]);
  });

  test("each share after its own item: an error stays on its item", () => {
    const found = errors("本年支出2,902.41万元，其中：基本支出1,495.90万元，占48.46%；项目支出1,406.51万元，占51.54%。");
    expect(found.map((f) => f.message.replace(/（.*$/, ""))).toEqual(["第2行：基本支出占比应为51.54%", "第2行：项目支出占比应为48.46%"]);
  });

  test("as a PDF gives it: spaces before units, full-width digits, the sentence broken across lines", () => {
    const pdf = "本年支出 2,902.41 万元，其中：基本支出 1,495.90 万元，项目支出 1,406.\n51 万元，分别占本年支出合计的 ５１．５４ ％、\n48.46 %。";
    expect(errors(pdf)).toEqual([]);
    expect(errors(pdf.replace("５１．５４", "４８．４６").replace("48.46", "51.54")).map(brief)).toEqual([
      "narrative-share 48.46%→51.54%",
      "narrative-share 51.54%→48.46%",
    ]);
  });

  test("a share written with one decimal is checked at that precision", () => {
    expect(errors(together("51.5%", "48.5%"))).toEqual([]);
    // one unit of its last place off (truncation) is a tail, as 0.01 point is for two decimals
    const tails = checkNarrative(HEAD + together("51.6%", "48.4%"), tables);
    expect(tails.map((f) => `${f.severity} ${brief(f)}`)).toEqual(["info narrative-share 51.6%→51.54%", "info narrative-share 48.4%→48.46%"]);
    expect(errors(together("52.5%", "47.5%")).map(brief)).toEqual(["narrative-share 52.5%→51.54%", "narrative-share 47.5%→48.46%"]);
  });
});
