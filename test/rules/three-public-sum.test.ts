import { rule } from "../../src/rules/three-public-sum";
import { run } from "./harness";
import { threePublic } from "./models";

test("passes when 合计 and 小计 add up on both sides", () => {
  expect(run(rule, [threePublic(["15.00", "0.00", "10.00", "0.00", "10.00", "5.00"], ["14.58", "0.00", "9.98", "0.00", "9.98", "4.60"])])).toEqual([]);
});

test("reports a wrong 决算 合计 and a wrong 预算 小计", () => {
  const t9 = threePublic(["15.00", "0.00", "11.00", "0.00", "10.00", "5.00"], ["14.68", "0.00", "9.98", "0.00", "9.98", "4.60"]);
  expect(run(rule, [t9])).toEqual([
    { rule: "three-public-sum", severity: "error", cell: "T9!A7", expected: "16.00", actual: "15.00" },
    { rule: "three-public-sum", severity: "error", cell: "T9!C7", expected: "10.00", actual: "11.00" },
    { rule: "three-public-sum", severity: "error", cell: "T9!A8", expected: "14.58", actual: "14.68" },
  ]);
});

test("without a 公务用车 小计, 合计 = 出国 + 购置 + 运维 + 接待", () => {
  const t9 = threePublic(["15.00", "0.00", null, "0.00", "10.00", "5.00"], ["14.58", "0.00", null, "0.00", "9.98", "4.70"]);
  delete t9.budget.vehicleTotal;
  delete t9.final.vehicleTotal;
  expect(run(rule, [t9])).toEqual([{ rule: "three-public-sum", severity: "error", cell: "T9!A8", expected: "14.68", actual: "14.58" }]);
});
