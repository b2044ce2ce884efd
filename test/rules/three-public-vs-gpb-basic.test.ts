import { rule } from "../../src/rules/three-public-vs-gpb-basic";
import { run } from "./harness";
import { gpbBasic, threePublic } from "./models";

const t9 = threePublic(["15.00", "0.00", "10.00", "0.00", "10.00", "5.00"], ["14.58", "0.00", "9.98", "0.00", "9.98", "4.60"]);

test("passes when the T6 三公 lines are within the T9 决算数", () => {
  const t6 = gpbBasic([], [["30217", "公务接待费", "4.60"], ["30231", "公务用车运行维护费", "9.00"]]);
  expect(run(rule, [t6, t9])).toEqual([]);
});

test("reports a T6 line above the T9 决算数", () => {
  const t6 = gpbBasic([], [["30212", "因公出国（境）费用", "1.00"], ["30217", "公务接待费", "4.60"]]);
  expect(run(rule, [t6, t9])).toEqual([
    { rule: "three-public-vs-gpb-basic", severity: "error", cell: "T6!C6", expected: "≤0.00", actual: "1.00" },
  ]);
});
