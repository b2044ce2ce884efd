import { rule } from "../../src/rules/fund-table-empty-note";
import { run } from "./harness";
import { coded, text } from "./models";

const empty = () => coded("gov-fund", [["", "合计", null, null, null, null, null, null]]);

test("passes when an empty table carries the 空表 note, or when it has figures", () => {
  const t7 = empty();
  t7.note = text("本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。", "gov-fund", 8, 0);
  expect(run(rule, [t7])).toEqual([]);
  expect(run(rule, [coded("gov-fund", [["", "合计", "1.00", "0.00", "0.00", "0.00", "0.00", "1.00"]])])).toEqual([]);
});

test("warns when an empty table has no note, giving the sentence to write", () => {
  expect(run(rule, [empty()])).toEqual([
    {
      rule: "fund-table-empty-note",
      severity: "warning",
      cell: "gov-fund!A1",
      expected: "本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。",
      actual: "",
    },
  ]);
});
