/** Binds the pane's Engine to the core in src/ (the only pane file that knows the core's entry points). */
import { explainWorkbook } from "../src/explain";
import { RULES } from "../src/rules/shared/registry";
import { recognize } from "../src/tables";
import type { TableModel } from "../src/tables/types";
import { analyze } from "../src/validation/validate";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { Engine } from "./controller";
import { ruleSettings } from "./settings";

export function createEngine(): Engine {
  // 生成说明 follows 校验工作簿 on the same snapshot: keep its tables rather than recognize twice.
  const tablesOf = new WeakMap<WorkbookSnapshot, TableModel[]>();
  return {
    validate: (snapshot, settings) => {
      const { recognition, report } = analyze(snapshot, ruleSettings(settings));
      tablesOf.set(snapshot, recognition.tables);
      return report;
    },
    rules: () => RULES.map(({ meta }) => ({ id: meta.id, title: meta.title, titleEn: meta.titleEn, severity: meta.severity })),
    // the same sheets as the CLI's --explain, in the wording chosen in the settings
    explain: (snapshot, _report, settings) =>
      explainWorkbook(tablesOf.get(snapshot) ?? recognize(snapshot).tables, snapshot, settings.conventions).sheets,
  };
}
