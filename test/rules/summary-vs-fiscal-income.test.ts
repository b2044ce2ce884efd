import { rule } from "../../src/rules/summary-vs-fiscal-income";
import { run } from "./harness";
import { fiscal, summary } from "./models";

const t4 = () => fiscal({ gpbIncome: "2,349.21", govFundIncome: "0.00", soeIncome: "0.00" });

test("passes when T1's three fiscal income rows equal T4's", () => {
  expect(run(rule, [summary({ gpbIncome: "2,349.21", govFundIncome: "0.00", soeIncome: null }), t4()])).toEqual([]);
});

test("reports a T1 fund income differing from T4", () => {
  expect(run(rule, [summary({ gpbIncome: "2,349.21", govFundIncome: "12.00", soeIncome: "0.00" }), t4()])).toEqual([
    { rule: "summary-vs-fiscal-income", severity: "error", cell: "T1!B7", expected: "0.00", actual: "12.00" },
  ]);
});
