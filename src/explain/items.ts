import { Decimal, ZERO } from "../numbers/decimal";
import type { Figure } from "../tables/types";
import type { ExplainInputs } from "./inputs";
import { inputAmount } from "./inputs";
import { ExplainTables, fiscalFigure, itemSubject, rowsAt, summaryFigure, totalRow, valueOf } from "./tables";

export type ItemGroup = "overall" | "fiscal" | "gpb" | "item" | "threePublic" | "operation";

/** One explainable item: a row of 说明底稿 and the subject of a variance sentence. */
export interface ExplainItem {
  key: string;
  group: ItemGroup;
  subject: string;
  /** 本年决算数, from its table cell (zero for an item gone this year). */
  current: Decimal;
  /** the table cell holding 本年决算数; absent for an item only the inputs know. */
  figure?: Figure;
  /** a table cell holding the budget (三公 全年预算数); otherwise the budget is an input. */
  budgetFigure?: Figure;
  /** 项 code, for ordering. */
  code?: string;
}

export const THREE_PUBLIC_SUBJECTS = {
  total: "财政拨款“三公”经费",
  abroad: "因公出国（境）费",
  vehicleTotal: "公务用车购置及运行维护费",
  vehiclePurchase: "公务用车购置费",
  vehicleOperation: "公务用车运行维护费",
  reception: "公务接待费",
} as const;
export type ThreePublicPart = keyof typeof THREE_PUBLIC_SUBJECTS;

/** The items without a 科目编码, by key: their Chinese name is their stable id in 说明底稿. */
export const GROUP_SUBJECTS: Record<string, string> = {
  overall: "收入支出总体",
  fiscal: "财政拨款收入支出总体",
  gpb: "一般公共预算财政拨款支出",
  ...Object.fromEntries(Object.entries(THREE_PUBLIC_SUBJECTS).map(([part, subject]) => [`threePublic:${part}`, subject])),
  operation: "机关运行经费",
};

export function itemKey(code: string): string {
  return `item:${code}`;
}

/** The 项 of T5 plus the 项 only the inputs know (gone this year), ordered by code. */
export function gpbItems(t: ExplainTables, inputs: ExplainInputs): ExplainItem[] {
  const items: ExplainItem[] = rowsAt(t.gpb, "item").map((row) => ({
    key: itemKey(row.code),
    group: "item" as const,
    subject: itemSubject(t.gpb, row),
    current: valueOf(row.cells.total),
    figure: row.cells.total,
    code: row.code,
  }));
  const known = new Set(items.map((i) => i.key));
  for (const [key, input] of Object.entries(inputs.items)) {
    if (!key.startsWith("item:") || known.has(key) || inputAmount(input.previous) === undefined) continue;
    items.push({ key, group: "item", subject: input.subject ?? key.slice(5), current: ZERO, code: key.slice(5) });
  }
  return items.sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));
}

/** Every explainable item of the workbook, in the order of the 说明. */
export function explainItems(t: ExplainTables, inputs: ExplainInputs): ExplainItem[] {
  const list: ExplainItem[] = [];
  const add = (key: string, group: ItemGroup, subject: string, figure: Figure | undefined, budgetFigure?: Figure) => {
    if (figure) list.push({ key, group, subject, current: figure.value, figure, budgetFigure });
  };
  add("overall", "overall", GROUP_SUBJECTS.overall, summaryFigure(t, "incomeGrandTotal"));
  add("fiscal", "fiscal", GROUP_SUBJECTS.fiscal, fiscalFigure(t, "expenseTotal"));
  add("gpb", "gpb", GROUP_SUBJECTS.gpb, totalRow(t.gpb)?.cells.total);
  list.push(...gpbItems(t, inputs));
  if (t.threePublic) {
    for (const part of Object.keys(THREE_PUBLIC_SUBJECTS) as ThreePublicPart[]) {
      add(`threePublic:${part}`, "threePublic", THREE_PUBLIC_SUBJECTS[part], t.threePublic.final[part], t.threePublic.budget[part]);
    }
  }
  add("operation", "operation", GROUP_SUBJECTS.operation, t.basic?.publicTotal);
  return list;
}
