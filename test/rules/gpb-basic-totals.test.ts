import { rule } from "../../src/rules/gpb-basic-totals";
import { run } from "./harness";
import { gpbBasic } from "./models";

const personnel: [string, string, string][] = [["301", "工资福利支出", "1,000.00"], ["303", "对个人和家庭的补助", "82.40"]];
const publicFunds: [string, string, string][] = [["302", "商品和服务支出", "104.59"], ["310", "资本性支出", "10.00"]];

test("passes when 人员经费 = 301 + 303 and 公用经费 = 302 + 310", () => {
  expect(run(rule, [gpbBasic(personnel, publicFunds, { personnel: "1,082.40", public: "114.59" })])).toEqual([]);
});

test("reports a wrong 公用经费合计", () => {
  expect(run(rule, [gpbBasic(personnel, publicFunds, { personnel: "1,082.40", public: "124.59" })])).toEqual([
    { rule: "gpb-basic-totals", severity: "error", cell: "T6!F41", expected: "114.59", actual: "124.59" },
  ]);
});
