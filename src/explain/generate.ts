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
import { ExplainSettings, resolveSettings } from "./settings";
import { explainTables } from "./tables";

export interface Explanation {
  sections: ExplainSection[];
  markdown: string;
  /** plain text, one line per heading or paragraph (the layout of the published 说明). */
  text: string;
}

/** The paragraphs of 第二部分 in the order of the published 说明. */
const GENERATORS: SectionGenerator[] = [
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
  deviationSection,
];

const SUBHEADING = /^（[一二三四五六七八九十]+）/;

/** Generates 第二部分 部门决算情况说明 from the tables and what only the accountant knows. */
export function generateExplanation(tables: TableModel[], inputs: ExplainInputs = EMPTY_INPUTS, settings?: Partial<ExplainSettings>): Explanation {
  const ctx: ExplainContext = { t: explainTables(tables), inputs: { ...inputs, items: inputs.items ?? {} }, s: resolveSettings(settings) };
  const sections = GENERATORS.map((g) => g(ctx)).filter((x): x is ExplainSection => x !== undefined);
  const markdown = sections
    .map((sec) => [`## ${sec.title}`, ...sec.paragraphs.map((p) => (SUBHEADING.test(p) ? `### ${p}` : p))].join("\n\n"))
    .join("\n\n");
  const text = sections.map((sec) => [sec.title, ...sec.paragraphs].join("\n")).join("\n");
  return { sections, markdown: `# 部门决算情况说明\n\n${markdown}\n`, text: `${text}\n` };
}
