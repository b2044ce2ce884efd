import { rule } from "../../src/rules/fund-table-balance";
import { run } from "./harness";
import { coded } from "./models";

test("passes when 年末 = 年初 + 收入 − 支出", () => {
  const t7 = coded("gov-fund", [["", "合计", "1.00", "5.00", "4.00", "2.00", "2.00", "2.00"]]);
  expect(run(rule, [t7])).toEqual([]);
});

test("reports a wrong 年末 (T8)", () => {
  const t8 = coded("soe-capital", [["", "合计", "1.00", "5.00", "4.00", "2.00", "2.00", "3.00"]]);
  expect(run(rule, [t8])).toEqual([
    { rule: "fund-table-balance", severity: "error", cell: "soe-capital!H6", expected: "2.00", actual: "3.00" },
  ]);
});
