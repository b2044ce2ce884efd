import { rule } from "../../src/rules/three-public-over-budget";
import { runFull, run } from "./harness";
import { threePublic } from "./models";

test("passes when every 决算数 is within its 预算数", () => {
  expect(run(rule, [threePublic(["15.00", "0.00", "10.00", "0.00", "10.00", "5.00"], ["14.58", "0.00", "9.98", "0.00", "9.98", "4.60"])])).toEqual([]);
});

test("warns, with both figures, for each item over budget", () => {
  const t9 = threePublic(["15.00", "0.00", "10.00", "0.00", "10.00", "5.00"], ["15.58", "0.00", "9.98", "0.00", "9.98", "5.60"]);
  expect(run(rule, [t9])).toEqual([
    { rule: "three-public-over-budget", severity: "warning", cell: "T9!A8", expected: "≤15.00", actual: "15.58" },
    { rule: "three-public-over-budget", severity: "warning", cell: "T9!F8", expected: "≤5.00", actual: "5.60" },
  ]);
  expect(runFull(rule, [t9])[1].message).toBe("“三公”经费公务接待费决算数5.60超过预算数5.00，超出0.60，请在说明中写明原因。");
});
