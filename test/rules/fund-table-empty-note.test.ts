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

describe("empty-table notes are read by meaning, wherever they sit", () => {
  const FORMS = [
    "本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。",
    "本单位2024年度没有政府性基金预算财政拨款收支，故本表无数据。",
    "本表无数据",
    "本单位没有政府性基金预算收入，也没有使用政府性基金预算安排的支出，故本表无数据。",
  ];
  test.each(FORMS)("under the table: %s", (note) => {
    const t7 = empty();
    t7.note = text(note, "gov-fund", 8, 0);
    expect(run(rule, [t7])).toEqual([]);
  });

  test("beside the table or in the 说明, when it names the fund", () => {
    const notes = [{ sheet: "说明", cell: "A9", text: "本单位没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。" }];
    const findings = rule.check({ tables: [empty()], settings: { disabled: [] }, facts: { sheets: [], notes, separators: { with: 0, without: 0 } } });
    expect(findings).toEqual([]);
  });

  test("a sentence about another fund, or without negation, is not a note", () => {
    const t7 = empty();
    t7.note = text("本单位本年度无国有资本经营预算财政拨款收入，国有资本经营预算财政拨款收入支出决算表为空表。", "gov-fund", 8, 0);
    expect(run(rule, [t7])).toHaveLength(1);
    const t7b = empty();
    t7b.note = text("政府性基金预算财政拨款收入12.00万元。", "gov-fund", 8, 0);
    expect(run(rule, [t7b])).toHaveLength(1);
  });
});
