import { DetailedCellError, HyperFormula } from "hyperformula";
import { registerFaPlugin } from "./hyperformula-plugin";

registerFaPlugin();

// A small 项目表 and 项 list as an accountant would have them (text, blanks and all).
const sheet = [
  ["项目", "全年执行数", "全年预算数", "执行率", "得分"],
  ["学生体卫艺", 94.2, 95, "=FA.EXECRATE(B2,C2)", "=FA.EXECSCORE(B2,C2)"],
  ["文本金额", "1,196.98", "1,145.67", "=FA.EXECRATE(B3,C3)", "=FA.VARIANCERATE(B3,C3)"],
  ["预算为空", 10, null, "=FA.EXECRATE(B4,C4)", "=FA.EXECSCORE(B4,C4,5)"],
  ["文字", "abc", 10, "=FA.EXECRATE(B5,C5)", "=FA.SHARE(B2,C2)"],
  ["权重", "目标值", "业绩值", "指标得分", "完成率"],
  [10, ">=95%", "'=100%", "=FA.INDICATORSCORE(A7,B7,C7)", "=FA.COMPLETIONRATE(B7,C7)"],
  [30, ">=100人", "'=161人", "=FA.INDICATORSCORE(A8,B8,C8)", '=FA.INDICATORSCORE(A7,B7,C7,"满意度赋分")'],
  [10, "<=66.30万元", "'=65.5万元", "=FA.INDICATORSCORE(A9,B9,C9)", "=FA.INDICATORSCORE(A9,B9,C9,\"随便\")"],
  ["合计/明细", 1537.21, 1196.98, 340.22, "=FA.SUMCHECK(B10,C10:D10)"],
  ["合计/明细", 1537.31, 1196.98, 340.22, "=FA.SUMCHECK(B11,C11:D11)"],
  ["上年无此项", 799, 0, "=FA.VARIANCERATE(B12,C12)", "=FA.VARIANCERATE(B12,C12,TRUE())"],
  ["说明", 340.22, 386.87, '=FA.VARIANCETEXT(B13,C13,"一般行政管理事务(项)")', "=FA.VARIANCETEXT(B2,C2)"],
];

let hf: HyperFormula;
beforeAll(() => {
  hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
});
afterAll(() => hf.destroy());

const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);

test("values computed by the FA functions in a formula engine", () => {
  expect(at("D2")).toBeCloseTo(0.991578947368421, 15);
  expect(at("E2")).toBe(9.92);
  expect(at("D3")).toBe(1196.98 / 1145.67);
  expect((at("E3") as number).toFixed(6)).toBe("0.044786");
  expect(at("E4")).toBeInstanceOf(DetailedCellError);
  expect(at("E5")).toBe(at("D2"));
  expect(at("D7")).toBe(9.47);
  expect(at("E7")).toBe(1 / 0.95);
  expect(at("D8")).toBe(11.7);
  expect(at("E8")).toBe(10);
  expect(at("D9")).toBe(10);
  expect(at("E10")).toBe(true);
  expect(at("E11")).toBe("不一致：差额+0.11（合计−明细）");
  expect(at("D12")).toBe(1);
  expect(at("D13")).toBe("一般行政管理事务(项):支出决算数为340.22万元，比上年决算减少46.65万元，下降12.06%,主要原因是：【请填写原因】");
  expect(at("E13")).toBe("支出决算数为94.20万元，比上年决算减少0.80万元，下降0.84%,主要原因是：【请填写原因】");
});

test("errors: #DIV/0! for no base, #VALUE! with a Chinese message naming the argument", () => {
  const div = at("D4") as DetailedCellError;
  expect([div.value, div.message]).toEqual(["#DIV/0!", "全年预算数为0，无法计算执行率 / budget is 0"]);
  expect((at("E4") as DetailedCellError).value).toBe("#DIV/0!");
  const strict = at("E12") as DetailedCellError;
  expect(strict.value).toBe("#DIV/0!");
  const text = at("D5") as DetailedCellError;
  expect(text.value).toBe("#VALUE!");
  expect(text.message).toContain("参数 executed（全年执行数）不是数字");
  const rule = at("E9") as DetailedCellError;
  expect([rule.value, rule.message.startsWith("未知的赋分规则")]).toEqual(["#VALUE!", true]);
});

test("recalculates when an input changes", () => {
  hf.setCellContents(hf.simpleCellAddressFromString("B2", 0)!, [[95]]);
  expect(at("D2")).toBe(1);
  expect(at("E2")).toBe(10);
});
