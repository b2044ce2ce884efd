import { rule } from "../../src/rules/gpb-basic-operating-cost";
import { run } from "./harness";
import { gpbBasic } from "./models";

test("passes when 机关运行经费 equals 公用经费, and when no figure is shown", () => {
  expect(run(rule, [gpbBasic([], [], { public: "114.59", operatingCost: "114.59" })])).toEqual([]);
  expect(run(rule, [gpbBasic([], [], { public: "114.59" })])).toEqual([]);
});

test("warns when an administrative unit's 机关运行经费 differs", () => {
  const t6 = gpbBasic([], [], { public: "114.59", operatingCost: "100.00" });
  expect(run(rule, [t6])).toEqual([
    { rule: "gpb-basic-operating-cost", severity: "warning", cell: "T6!F42", expected: "114.59", actual: "100.00" },
  ]);
  expect(run(rule, [t6], { administrativeUnit: false })).toEqual([]);
});
