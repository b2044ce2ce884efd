import { rule } from "../../src/rules/gpb-basic-vs-gpb-expenditure";
import { run } from "./harness";
import { coded, gpbBasic } from "./models";

const t6 = gpbBasic([], [], { personnel: "1,082.40", public: "114.59" });

test("passes when T5 基本 = 人员经费 + 公用经费", () => {
  const t5 = coded("gpb-expenditure", [["", "合计", "1,196.99", "1,196.99", "0.00"]]);
  expect(run(rule, [t5, t6])).toEqual([]);
});

test("seed: T5 基本 1,196.98 vs 1,082.40 + 114.59 is a tail difference (info)", () => {
  const t5 = coded("gpb-expenditure", [["", "合计", "1,196.98", "1,196.98", "0.00"]]);
  expect(run(rule, [t5, t6])).toEqual([
    { rule: "gpb-basic-vs-gpb-expenditure", severity: "info", cell: "gpb-expenditure!D6", expected: "1,196.99", actual: "1,196.98" },
  ]);
});

test("a larger difference is an error", () => {
  const t5 = coded("gpb-expenditure", [["", "合计", "1,206.99", "1,206.99", "0.00"]]);
  expect(run(rule, [t5, t6])).toEqual([
    { rule: "gpb-basic-vs-gpb-expenditure", severity: "error", cell: "gpb-expenditure!D6", expected: "1,196.99", actual: "1,206.99" },
  ]);
});
