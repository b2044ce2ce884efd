import { rule } from "../../src/rules/fiscal-class-within-expenditure";
import { run } from "./harness";
import { coded, fiscal } from "./models";

const t3 = coded("expenditure", [["205", "教育支出", "2,090.41"]]);

test("passes when each T4 类 is within the T3 类", () => {
  expect(run(rule, [fiscal({}, [["教育支出", ["1,537.21", "1,537.21", "0.00", "0.00"]]]), t3])).toEqual([]);
});

test("reports a T4 类 larger than the T3 类", () => {
  expect(run(rule, [fiscal({}, [["教育支出", ["2,100.00", "2,100.00", "0.00", "0.00"]]]), t3])).toEqual([
    { rule: "fiscal-class-within-expenditure", severity: "error", cell: "T4!B6", expected: "≤2,090.41", actual: "2,100.00" },
  ]);
});
