import type { Finding, Rule, RuleContext } from "./shared/types";
import type { ProfileTable } from "../profiles/types";
import { notesEmptyTable, type FundTableKind } from "../tables/empty-note";
import { emit } from "./shared/emit";

const PUBLIC_KINDS = ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"] as const;

/** An omitted fund table is allowed when a note anywhere in the workbook says it has no data. */
function omissionNoted(context: RuleContext, entry: ProfileTable): boolean {
  if (entry.presence !== "optional-with-note") return false;
  if (entry.kind !== "gov-fund" && entry.kind !== "soe-capital") return false;
  const kind: FundTableKind = entry.kind;
  return (context.facts?.notes ?? []).some((n) => notesEmptyTable(n.text, kind, false));
}

export const rule: Rule = {
  meta: {
    id: "table-set-complete",
    title: "公开表齐全",
    titleEn: "Every public table of the profile is present",
    severity: "error",
    scope: "表间",
    tables: [...PUBLIC_KINDS],
    message: "按{{profile}}口径缺少：{{missing}}。{{hint}}",
    messageEn: "Missing under the {{profileEn}} profile: {{missingEn}}. {{hintEn}}",
    description:
      "按所选地区口径，每张公开表都应出现；上海等地区允许无数据的基金表不列，但须在说明中写明（如“本单位没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故不列该表”）。工作簿中一张标准表都没有时不在此报告，命令行以退出码 2 提示“未识别到部门决算表”。",
    formula: "应公开的表 ⊆ 工作簿中的表 ∪ 说明中注明不列的表",
    formulaEn: "required tables ⊆ tables present ∪ tables noted as omitted",
  },
  check(context) {
    const profile = context.settings.profile;
    const present = new Set(context.tables.map((t) => t.kind));
    if (!profile || !PUBLIC_KINDS.some((k) => present.has(k))) return [];
    const first = context.tables[0];
    const at = { sheet: first.sheet, cell: first.range.split(":")[0] };
    const missing = profile.tables.filter((entry) => !present.has(entry.kind) && !omissionNoted(context, entry));
    if (missing.length === 0) return [];
    const optional = missing.every((entry) => entry.presence === "optional-with-note");
    const params = {
      profile: profile.name.zh,
      profileEn: profile.name.en,
      missing: missing.map((e) => `第${e.number}张《${e.titles[0]}》`).join("、"),
      missingEn: missing.map((e) => `table ${e.number} (${e.titles[0]})`).join(", "),
      hint: optional ? "无数据的表可以不列，但须在说明中注明。" : "应公开的表必须列出，无数据时列空表并注明。",
      hintEn: optional ? "A table without data may be left out only with a note in the 说明." : "Required tables must be published, empty with a note when there is no data.",
    };
    const out: Finding[] = [emit(rule.meta, { at, table: missing[0].kind, params, expected: missing.map((e) => e.titles[0]).join("、"), actual: "" })];
    return out;
  },
};
