import { rule } from "../../src/rules/income-vs-summary";
import { run } from "./harness";
import { coded, summary } from "./models";

const t1 = (other: string) =>
  summary({ gpbIncome: "2,349.21", govFundIncome: "0.00", soeIncome: "0.00", otherIncome: other, incomeTotal: "2,912.86" });
const t2 = coded("income", [["", "合计", "2,912.86", "2,349.21", "0.00", "0.00", "0.00", "0.00", "563.65"]]);

test("passes when T2's 合计 row equals the T1 income rows", () => {
  expect(run(rule, [t1("563.65"), t2])).toEqual([]);
});

test("reports the T1 figure that differs from T2", () => {
  expect(run(rule, [t1("563.56"), t2])).toEqual([
    { rule: "income-vs-summary", severity: "error", cell: "T1!B9", expected: "563.65", actual: "563.56" },
  ]);
});

test("T2 财政拨款收入 must equal the three T1 fiscal rows", () => {
  const bad = coded("income", [["", "合计", "2,912.86", "2,394.21", "0.00", "0.00", "0.00", "0.00", "563.65"]]);
  expect(run(rule, [t1("563.65"), bad])).toEqual([
    { rule: "income-vs-summary", severity: "error", cell: "income!D6", expected: "2,349.21", actual: "2,394.21" },
  ]);
});
