import { rule } from "../../src/rules/gpb-basic-operating-cost";
import { mof } from "../../src/profiles/mof";
import { shanghai } from "../../src/profiles/shanghai";
import { run } from "./harness";
import { gpbBasic } from "./models";

test("passes when 机关运行经费 equals 公用经费, and when no figure is shown", () => {
  expect(run(rule, [gpbBasic([], [], { public: "114.59", operatingCost: "114.59" })])).toEqual([]);
  expect(run(rule, [gpbBasic([], [], { public: "114.59" })])).toEqual([]);
});

test("warns when an administrative unit's 机关运行经费 differs", () => {
  const t6 = gpbBasic([], [], { public: "114.59", operatingCost: "100.00" });
  expect(run(rule, [t6])).toEqual([
    { rule: "gpb-basic-operating-cost", severity: "warning", cell: "T6!F42", expected: "114.59", actual: "100.00" },
  ]);
  expect(run(rule, [t6], { administrativeUnit: false })).toEqual([]);
});

describe("profile definition and unit nature", () => {
  const t6 = () => gpbBasic([], [["302", "商品和服务支出", "100.00"], ["310", "资本性支出", "14.59"]], { public: "114.59", operatingCost: "100.00" });
  const facts = (nature?: "行政" | "事业") => ({
    sheets: [],
    notes: [],
    separators: { with: 0, without: 0 },
    ...(nature ? { nature: { value: nature, cell: { sheet: "封面", cell: "A3", text: `单位性质：${nature}` } } } : {}),
  });

  test("日常公用经费 (without 310) passes under Shanghai's definition, fails under the 财政部 one", () => {
    expect(run(rule, [t6()], { profile: shanghai })).toEqual([]);
    expect(run(rule, [t6()], { profile: mof })).toEqual([
      { rule: "gpb-basic-operating-cost", severity: "warning", cell: "T6!F42", expected: "114.59", actual: "100.00" },
    ]);
  });

  test("the cover's 单位性质 decides: 事业 units are not checked, 行政 units are even when the setting says otherwise", () => {
    const check = (nature: "行政" | "事业", administrativeUnit: boolean) =>
      rule.check({ tables: [t6()], settings: { disabled: [], administrativeUnit, profile: mof }, facts: facts(nature) }).length;
    expect(check("事业", true)).toBe(0);
    expect(check("行政", false)).toBe(1);
  });
});
