import type { TableModel } from "../tables/types";
import type { ExplainContext, ExplainSection, SectionGenerator } from "./context";
import type { ExplainInputs } from "./inputs";
import { EMPTY_INPUTS } from "./inputs";
import { basicSection } from "./sections/basic";
import { expenditureSection, incomeSection } from "./sections/composition";
import { fiscalSection } from "./sections/fiscal";
import { govFundSection, soeSection } from "./sections/funds";
import { gpbSection } from "./sections/gpb";
import { operationSection } from "./sections/operation";
import { overallSection } from "./sections/overall";
import { deviationSection, performanceSection } from "./sections/performance";
import { threePublicSection } from "./sections/three-public";
import { tablesSection, termsSection } from "./sections/appendix";
import { otherMattersSection } from "./sections/other-matters";
import { unitSections } from "./sections/unit";
import { yearPrefix } from "./wording";
import { ExplainSettings, resolveSettings } from "./settings";
import { explainTables } from "./tables";
import type { Finding } from "../rules/shared/types";
import { flaggedCells, settleParagraph, type FlaggedSentence } from "./quotes";

export interface Explanation {
  /** "昌吉回族自治州教育局2024年度部门决算公开说明". */
  title: string;
  /** every section of 第一 to 第四部分, then the appendix (偏差原因分析); each carries its part. */
  sections: ExplainSection[];
  markdown: string;
  /** plain text, one line per heading or paragraph (the layout of the published 说明). */
  text: string;
  /** the sentences marked 【待核…】: they quote a figure a rule flagged wrong (GenerateOptions.findings). */
  flagged: FlaggedSentence[];
}

export interface GenerateOptions {
  /** the workbook's findings: a sentence quoting a cell an error points at carries a 【待核…】 marker. */
  findings?: readonly Finding[];
}

/** The sections of 第二部分 in the order of the published 说明. */
const PART_TWO: SectionGenerator[] = [
  overallSection,
  incomeSection,
  expenditureSection,
  fiscalSection,
  gpbSection,
  basicSection,
  govFundSection,
  soeSection,
  threePublicSection,
  operationSection,
  performanceSection,
  otherMattersSection,
];

export const PART_TITLES: Record<1 | 2 | 3 | 4, string> = {
  1: "第一部分 单位概况",
  2: "第二部分 部门决算情况说明",
  3: "第三部分 专业名词解释",
  4: "第四部分 部门决算报表（见附表）",
};

const SUBHEADING = /^（[一二三四五六七八九十]+）/;

function allSections(ctx: ExplainContext): ExplainSection[] {
  const some = (list: (ExplainSection | undefined)[]) => list.filter((x): x is ExplainSection => x !== undefined);
  return [
    ...unitSections(ctx),
    ...some(PART_TWO.map((g) => g(ctx))).map((sec) => ({ ...sec, part: sec.part ?? 2 })),
    ...some([termsSection(ctx), tablesSection(ctx)]),
    ...some([deviationSection(ctx)]).map((sec) => ({ ...sec, part: "appendix" as const })),
  ];
}

/** Lines of the whole 说明 with their heading level (0 title, 1 part, 2 section, 3 sub-heading, undefined body). */
export interface ExplainLine {
  text: string;
  level?: 0 | 1 | 2 | 3;
}

export function explanationLines(e: Pick<Explanation, "title" | "sections">): ExplainLine[] {
  const lines: ExplainLine[] = [{ text: e.title, level: 0 }];
  let part: ExplainSection["part"] | undefined;
  for (const sec of e.sections) {
    if (sec.part !== part && typeof sec.part === "number") lines.push({ text: PART_TITLES[sec.part], level: 1 });
    part = sec.part;
    if (sec.title) lines.push({ text: sec.title, level: 2 });
    for (const p of sec.paragraphs) lines.push(SUBHEADING.test(p) ? { text: p, level: 3 } : { text: p });
  }
  return lines;
}

/** Generates the whole 说明 (第一 to 第四部分) from the tables and what only the accountant knows. */
export function generateExplanation(
  tables: TableModel[],
  inputs: ExplainInputs = EMPTY_INPUTS,
  settings?: Partial<ExplainSettings>,
  options: GenerateOptions = {},
): Explanation {
  const ctx: ExplainContext = { t: explainTables(tables), inputs: { ...inputs, items: inputs.items ?? {} }, s: resolveSettings(settings) };
  const flaggedIndex = flaggedCells(options.findings);
  const flagged: FlaggedSentence[] = [];
  const sections = allSections(ctx).map((sec) => ({ ...sec, paragraphs: sec.paragraphs.map((p) => settleParagraph(p, flaggedIndex, flagged)) }));
  const unit = inputs.unitName ?? "【请填写单位名称】";
  const title = `${unit}${yearPrefix(inputs.year)}部门决算公开说明`;
  const lines = explanationLines({ title, sections });
  const markdown = lines.map((l) => (l.level === undefined ? l.text : `${"#".repeat(l.level + 1)} ${l.text}`)).join("\n\n");
  const text = lines.map((l) => l.text).join("\n");
  return { title, sections, markdown: `${markdown}\n`, text: `${text}\n`, flagged };
}
