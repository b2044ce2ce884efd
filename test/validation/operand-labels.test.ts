import nodePath from "path";
import { readXlsxFile } from "../../src/hosts/file";
import { validate } from "../../src/validation/validate";
import { labelOperands } from "../../src/validation/operand-labels";
import type { Finding } from "../../src/rules/shared/types";

const SAMPLE = nodePath.join(__dirname, "../../examples/changji-education-2024.xlsx");

test("every finding on the sample carries its 现场数据, the stated cell first, each labelled", async () => {
  const report = validate(await readXlsxFile(SAMPLE));
  for (const f of report.findings) {
    expect(f.operands?.[0]).toMatchObject({ sheet: f.sheet, cell: f.cell });
    for (const o of f.operands ?? []) expect(o.label).not.toBe("");
  }
  const score = report.findings.find((f) => f.sheet === "绩效自评" && f.cell === "I67")!;
  expect(score.operands).toEqual([
    { label: "年度资金总额 · 得分", sheet: "绩效自评", cell: "I67", value: "9.79" },
    { label: "年度资金总额 · 全年执行数", sheet: "绩效自评", cell: "F67", value: "94.20" },
    { label: "年度资金总额 · 全年预算数", sheet: "绩效自评", cell: "E67", value: "95.00" },
    expect.objectContaining({ label: "年度资金总额 · 分值", cell: expect.any(String) }),
  ]);
});

test("a label is the row caption and the column header; targets written as text are not headers", () => {
  const finding: Finding = {
    rule: "r", severity: "error", sheet: "S", cell: "C3", related: [], message: "", messageEn: "", expected: "", actual: "",
    operands: [{ label: "", sheet: "S", cell: "C3", value: "" }, { label: "", sheet: "S", cell: "D3", value: "" }, { label: "", sheet: "Nope", cell: "A1", value: "v" }],
  };
  labelOperands([finding], {
    sheets: [{ name: "S", origin: { row: 0, col: 0 }, merges: [], values: [
      ["项目", null, "全年预算数", "目标值"],
      [null, null, 5, ">=95%"],
      ["行政运行", ">=1次", 12.5, "<=3万元"],
    ] }],
  });
  expect(finding.operands!.map((o) => [o.label, o.value])).toEqual([
    ["行政运行 · 全年预算数", "12.5"],
    ["行政运行 · 目标值", "<=3万元"],
    ["", "v"], // a sheet the snapshot lacks is left as it came
  ]);
});
