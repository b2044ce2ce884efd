import { rule } from "../../src/rules/table-set-complete";
import { mof } from "../../src/profiles/mof";
import { shanghai } from "../../src/profiles/shanghai";
import type { TableModel } from "../../src/tables/types";
import type { WorkbookFacts } from "../../src/tables/workbook-facts";
import { DEFAULT_SETTINGS } from "../../src/validation/report-model";
import { coded, fiscal, gpbBasic, summary, threePublic } from "./models";

const seven = (): TableModel[] => [
  summary({}),
  coded("income", []),
  coded("expenditure", []),
  fiscal({}),
  coded("gpb-expenditure", []),
  gpbBasic([], []),
  threePublic([], []),
];
const facts = (notes: string[]): WorkbookFacts => ({
  sheets: [],
  notes: notes.map((text) => ({ sheet: "说明", cell: "A1", text })),
  separators: { with: 0, without: 0 },
});
const OMITTED = "本单位没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出；本单位没有国有资本经营预算财政拨款收支，故不列国有资本经营预算财政拨款收入支出决算表。";

test("passes when every table is present, or (Shanghai) an omitted fund table is noted", () => {
  const nine = [...seven(), coded("gov-fund", []), coded("soe-capital", [])];
  expect(rule.check({ tables: nine, settings: { ...DEFAULT_SETTINGS, profile: mof } })).toEqual([]);
  expect(rule.check({ tables: seven(), settings: { ...DEFAULT_SETTINGS, profile: shanghai }, facts: facts([OMITTED]) })).toEqual([]);
});

test("names each missing table: required by the 财政部 template even when noted, unnoted in Shanghai", () => {
  const [f] = rule.check({ tables: seven(), settings: { ...DEFAULT_SETTINGS, profile: mof }, facts: facts([OMITTED]) });
  expect(f.severity).toBe("error");
  expect(f.message).toBe(
    "按财政部通用模板口径缺少：第7张《政府性基金预算财政拨款收入支出决算表》、第8张《国有资本经营预算财政拨款收入支出决算表》。应公开的表必须列出，无数据时列空表并注明。",
  );
  const sh = rule.check({ tables: seven(), settings: { ...DEFAULT_SETTINGS, profile: shanghai }, facts: facts(["其他需说明的事项：无。"]) });
  expect(sh.map((x) => x.expected)).toEqual(["政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款收入支出决算表"]);
});

test("says nothing when no public table at all was found (the CLI exits 2 instead)", () => {
  expect(rule.check({ tables: [], settings: { ...DEFAULT_SETTINGS, profile: mof } })).toEqual([]);
});
