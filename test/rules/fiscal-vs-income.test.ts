import { rule } from "../../src/rules/fiscal-vs-income";
import { run } from "./harness";
import { coded, fiscal } from "./models";

const t2 = coded("income", [["", "合计", "2,912.86", "2,349.21"]]);

test("passes when T4 本年收入 equals T2 财政拨款收入", () => {
  expect(run(rule, [fiscal({ incomeTotal: "2,349.21" }), t2])).toEqual([]);
});

test("reports the T4 figure that differs", () => {
  expect(run(rule, [fiscal({ incomeTotal: "2,349.12" }), t2])).toEqual([
    { rule: "fiscal-vs-income", severity: "error", cell: "T4!B6", expected: "2,349.21", actual: "2,349.12" },
  ]);
});
