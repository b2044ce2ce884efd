/** Generates docs/rules.md, the rules catalogue, from the rule metadata: `npx tsx scripts/gen-rules-doc.ts`. */
import { writeFileSync } from "fs";
import { join } from "path";
import { TABLE_ORDER } from "../src/rules/shared/engine";
import { TABLE_NAMES } from "../src/rules/shared/labels";
import { RULES } from "../src/rules/shared/registry";
import type { Rule, RuleMeta, Scope, Severity } from "../src/rules/shared/types";
import { NARRATIVE_RULES } from "../src/explain/narrative/rules";

const SEVERITY: Record<Severity, string> = { error: "错误（强制）/ error", warning: "提示 / warning", info: "信息（尾差·惯例）/ info" };
const SCOPES: [Scope, string][] = [
  ["表内", "表内审核 / within one table"],
  ["表间", "表间审核 / between tables"],
  ["文表", "文表审核 / text against tables"],
];

function entry(m: RuleMeta): string {
  const tables = m.tables.length ? m.tables.map((k) => `${TABLE_NAMES[k]?.[0] ?? k}（\`${k}\`）`).join("、") : "决算说明文字与全部报表 / the written 说明 against all tables";
  return [
    `#### \`${m.id}\` ${m.title}`,
    "",
    `*${m.titleEn}*`,
    "",
    ...(m.formula ? [`- 公式 / formula: ${m.formula}（${m.formulaEn ?? ""}）`] : []),
    `- 级别 / severity: ${SEVERITY[m.severity]}`,
    `- 涉及表 / tables: ${tables}`,
    `- 提示文字 / message: ${m.message}`,
    `- English: ${m.messageEn}`,
    "",
    m.description,
    "",
  ].join("\n");
}

export function renderRulesDoc(rules: readonly Rule[] = RULES, narrative: readonly RuleMeta[] = NARRATIVE_RULES): string {
  const out = [
    "# 审核规则目录 / Rules catalogue",
    "",
    "<!-- 由 scripts/gen-rules-doc.ts 根据规则元数据生成，请勿手工修改。Generated from rule metadata; do not edit. -->",
    "",
    `共 ${rules.length} 条规则 / ${rules.length} rules: ` +
      (["error", "warning", "info"] as Severity[]).map((s) => `${s} ${rules.filter((r) => r.meta.severity === s).length}`).join(", ") +
      `；另有 ${narrative.length} 条文表规则（\`fa-check --narrative\`）/ plus ${narrative.length} text-against-table checks。`,
    "",
    "尾差（合计与各项之差在 XBRL Calculations 1.1 四舍五入容差 ½·10^−d·(n+1) 以内）一律作为信息（info）报告，不作为错误；" +
      "任何规则都可能因此报告 info。 / A tail difference within the XBRL calc 1.1 rounding tolerance is always reported as info, never as an error.",
    "",
  ];
  for (const [scope, heading] of SCOPES) {
    const inScope = rules.filter((r) => r.meta.scope === scope);
    if (inScope.length === 0 && (scope !== "文表" || narrative.length === 0)) continue;
    out.push(`## ${heading}`, "");
    for (const kind of TABLE_ORDER) {
      const group = inScope.filter((r) => r.meta.tables[0] === kind);
      if (group.length === 0) continue;
      const [zh, en] = TABLE_NAMES[kind];
      out.push(`### ${zh} / ${en.replace(/^the /, "")}`, "");
      for (const r of group) out.push(entry(r.meta));
    }
    if (scope === "文表") for (const m of narrative) out.push(entry(m));
  }
  return out.join("\n");
}

export const RULES_DOC_PATH = join(__dirname, "..", "docs", "rules.md");

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  console.log(`已生成 / written: ${RULES_DOC_PATH}`);
}
