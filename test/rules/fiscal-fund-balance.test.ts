import { rule } from "../../src/rules/fiscal-fund-balance";
import { run } from "./harness";
import { fiscal } from "./models";

type Row = [string, string, string, string];
const t4 = (closing: Row, opening: Row | string = ["10.00", "10.00", "0.00", "0.00"]) =>
  fiscal({
    gpbIncome: "100.00",
    govFundIncome: "5.00",
    soeIncome: "0.00",
    openingBalance: opening,
    expenseTotal: ["93.00", "90.00", "3.00", "0.00"],
    closingBalance: closing,
  });

test("passes when 年末 = 年初 + 收入 − 支出 for every fund", () => {
  expect(run(rule, [t4(["22.00", "20.00", "2.00", "0.00"])])).toEqual([]);
});

test("reports the fund whose 年末 does not follow", () => {
  expect(run(rule, [t4(["22.00", "20.00", "3.00", "0.00"])])).toEqual([
    { rule: "fiscal-fund-balance", severity: "error", cell: "T4!D11", expected: "2.00", actual: "3.00" },
  ]);
});

test("an unsplit zero 年初 counts as zero per fund", () => {
  expect(run(rule, [t4(["12.00", "10.00", "2.00", "0.00"], "0.00")])).toEqual([]);
  expect(run(rule, [t4(["12.00", "11.00", "2.00", "0.00"], "0.00")])).toEqual([
    { rule: "fiscal-fund-balance", severity: "error", cell: "T4!C11", expected: "10.00", actual: "11.00" },
  ]);
});

test("an unsplit non-zero 年初 cannot be attributed: no per-fund check", () => {
  expect(run(rule, [t4(["99.00", "99.00", "0.00", "0.00"], "10.00")])).toEqual([]);
});
