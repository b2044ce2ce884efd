/** Each profile's fixture, in that region's published layout: recognized completely, exact findings pinned. */
import { buildRegionWorkbook, type RegionId } from "../fixtures/regions/build";
import { analyze } from "../../src/validation/validate";
import { mof } from "../../src/profiles/mof";
import type { Report } from "../../src/validation/report-model";

const NINE = ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"];

const brief = (report: Report) =>
  report.findings.map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.severity, f.expected, f.actual, f.cause ? `${f.cause.rule}@${f.cause.cell}` : ""]);

describe.each<[RegionId, string[], string]>([
  ["mof", NINE, "未发现地区特征，按财政部通用模板"],
  ["xinjiang", NINE, "单位名称“昌吉回族自治州示例局”属新疆"],
  ["shanghai", NINE.filter((k) => k !== "gov-fund" && k !== "soe-capital"), "“三公”经费表排在政府性基金、国有资本经营表之前（第7张）"],
])("%s fixture", (region, kinds, reason) => {
  const { recognition, report } = analyze(buildRegionWorkbook(region));

  test("is recognized completely, with nothing unreadable (封面/目录/说明 skipped silently)", () => {
    expect(recognition.tables.map((t) => t.kind).sort()).toEqual([...kinds].sort());
    expect(recognition.unrecognized).toEqual([]);
    expect(recognition.facts?.year).toBe(2024);
  });

  test("guesses its own profile and says why", () => {
    expect(report.profile).toMatchObject({ id: region, guessed: true, reason });
  });

  test("has zero findings", () => {
    expect(brief(report)).toEqual([]);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

test("the Shanghai fixture's 三公 (items down rows, no 公务用车 小计) reads every item", () => {
  const t9 = analyze(buildRegionWorkbook("shanghai")).recognition.tables.find((t) => t.kind === "three-public");
  expect(t9 && t9.kind === "three-public" && Object.keys(t9.final).sort()).toEqual(["abroad", "reception", "total", "vehicleOperation", "vehiclePurchase"]);
});

test("one wrong T1 figure is one error; the findings it causes point to it and are not counted", () => {
  const { report } = analyze(buildRegionWorkbook("xinjiang", { override: { "t1.gpbIncome": 1010 } }));
  expect(brief(report)).toEqual([
    ["summary-vs-fiscal-income", "收入支出决算总表!C6", "error", "1,000.00", "1,010.00", ""],
    ["summary-income-total", "收入支出决算总表!C14", "error", "1,060.00", "1,050.00", "summary-vs-fiscal-income@C6"],
    ["income-vs-summary", "收入决算表!D7", "error", "1,010.00", "1,000.00", "summary-vs-fiscal-income@C6"],
  ]);
  expect(report.summary).toEqual({ error: 1, warning: 0, info: 0 });
  expect(report.caused).toBe(2);
});

test("the Shanghai workbook judged by the 财政部 template: missing fund tables and 机关运行经费 without 310", () => {
  const { report } = analyze(buildRegionWorkbook("shanghai"), { profile: mof });
  expect(report.profile).toMatchObject({ id: "mof", guessed: false });
  expect(brief(report)).toEqual([
    ["gpb-basic-operating-cost", "基本支出表!C14", "warning", "100.00", "90.00", ""],
    ["table-set-complete", "收入支出决算总表!A1", "error", "政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款收入支出决算表", "", ""],
  ]);
});

test("a 三公 item over its budget is a warning with both figures", () => {
  const { report } = analyze(buildRegionWorkbook("mof", { override: { "t9.finalReception": 4 } }));
  expect(brief(report)).toEqual([["three-public-over-budget", "三公经费!L7", "warning", "≤3.00", "4.00", ""]]);
});
