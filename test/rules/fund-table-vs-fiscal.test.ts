import { rule } from "../../src/rules/fund-table-vs-fiscal";
import { run } from "./harness";
import { coded, fiscal } from "./models";

const t4 = (govIncome: string) =>
  fiscal({
    govFundIncome: govIncome,
    openingBalance: ["1.00", "0.00", "1.00", "0.00"],
    expenseTotal: ["4.00", "0.00", "4.00", "0.00"],
    closingBalance: ["2.00", "0.00", "2.00", "0.00"],
  });
const t7 = coded("gov-fund", [["", "合计", "1.00", "5.00", "4.00", "2.00", "2.00", "2.00"]]);

test("passes when T7's 合计 row equals T4's 政府性基金 column", () => {
  expect(run(rule, [t4("5.00"), t7])).toEqual([]);
});

test("reports the T4 figure that differs from T7", () => {
  expect(run(rule, [t4("6.00"), t7])).toEqual([
    { rule: "fund-table-vs-fiscal", severity: "error", cell: "T4!B6", expected: "5.00", actual: "6.00" },
  ]);
});
