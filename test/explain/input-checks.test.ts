import { checkInputs, checkPlaceholders, generateExplanation } from "../../src/explain";
import { seedTables } from "./seed-models";
import { sampleInputs } from "./seed-text";

const rules = (info: Record<string, string>) => {
  const inputs = sampleInputs();
  inputs.info = { ...inputs.info, ...info };
  return checkInputs(inputs);
};

describe("checks of the 说明信息 inputs", () => {
  test("the seed's figures pass every check", () => {
    expect(checkInputs(sampleInputs())).toEqual([]);
  });

  test("政府采购 总额 ≠ 货物 + 工程 + 服务: error on the total, the parts related", () => {
    const [f, ...rest] = rules({ procurementServices: "150.00" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "explain-procurement-sum", severity: "error", sheet: "说明信息", expected: "199.93", actual: "207.63" });
    expect(f.related).toHaveLength(3);
    // a hundredth off over three parts is 尾差 (XBRL bound), info
    expect(rules({ procurementServices: "157.71" })[0]).toMatchObject({ rule: "explain-procurement-sum", severity: "info" });
  });

  test("授予中小企业 ≤ 总额 and 小微 ≤ 中小", () => {
    expect(rules({ procurementSme: "210.00", procurementSmall: "200.00" }).map((f) => [f.rule, f.actual])).toEqual([["explain-procurement-sme", "210.00"]]);
    expect(rules({ procurementSme: "100.00" }).map((f) => [f.rule, f.actual])).toEqual([["explain-procurement-sme", "207.63"]]);
  });

  test("车辆 categories must add up to 车辆总数", () => {
    expect(rules({ vehicleHead: "1" })).toMatchObject([{ rule: "explain-vehicle-sum", expected: "6", actual: "5" }]);
  });

  test("保有量 ≠ 固定资产车辆 needs a reason; with one, no finding", () => {
    expect(rules({ vehicleHeld: "4", vehicleGapReason: "" })).toMatchObject([{ rule: "explain-vehicle-gap", severity: "warning" }]);
    expect(rules({ vehicleHeld: "4", vehicleGapReason: "一辆待报废" })).toEqual([]);
  });

  test("blank figures are not checked (the placeholder check reports them)", () => {
    expect(rules({ procurementTotal: "", vehicleCount: "" })).toEqual([]);
  });
});

describe("leftover placeholders", () => {
  test("none in the seed's 说明 generated with its inputs", () => {
    expect(checkPlaceholders(generateExplanation(seedTables(), sampleInputs()))).toEqual([]);
  });

  test("every line still holding 【请填写…】 (a missing reason, a missing count) is reported", () => {
    const inputs = sampleInputs();
    delete inputs.items["item:2299999"].reason;
    delete inputs.info!.receptionBatches;
    const found = checkPlaceholders(generateExplanation(seedTables(), inputs));
    expect(found.map((f) => f.actual)).toEqual(["【请填写原因】", "【请填写国内公务接待批次】"]);
    expect(found[0]).toMatchObject({ rule: "explain-placeholder", sheet: "决算说明" });
  });

  test("XX, ×× and ... typed by hand are placeholders too", () => {
    const inputs = sampleInputs();
    inputs.info!.otherMatters = "本单位XX年无其他事项……";
    expect(checkPlaceholders(generateExplanation(seedTables(), inputs)).map((f) => f.actual)).toEqual(["XX、……"]);
  });
});
