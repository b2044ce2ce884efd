import { rule } from "../../src/rules/gpb-basic-hierarchy";
import { run } from "./harness";
import { gpbBasic } from "./models";

test("passes when each economic class is the sum of its lines", () => {
  const t6 = gpbBasic(
    [["301", "工资福利支出", "900.00"], ["30101", "基本工资", "400.00"], ["30102", "津贴补贴", "500.00"]],
    [["302", "商品和服务支出", "100.00"], ["30201", "办公费", "100.00"]],
  );
  expect(run(rule, [t6])).toEqual([]);
});

test("reports a class that is not the sum of its lines", () => {
  const t6 = gpbBasic([["301", "工资福利支出", "901.00"], ["30101", "基本工资", "400.00"], ["30102", "津贴补贴", "500.00"]], []);
  expect(run(rule, [t6])).toEqual([
    { rule: "gpb-basic-hierarchy", severity: "error", cell: "T6!C6", expected: "900.00", actual: "901.00" },
  ]);
});
