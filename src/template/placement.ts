/**
 * Where the template's sheets go, keeping generated.ts's contract: a user's sheet is never
 * overwritten. A table sheet of the same name is regenerated in place while it holds nothing beyond
 * the template's own captions; once figures were typed into it, the whole insert is refused (nothing
 * written) and the sheets are named. 说明底稿/说明信息 already present are kept as they are (the
 * accountant's typing), else added under a free name.
 */
import { placeSheets, type SheetPlacement } from "../workbook/generated";
import type { CellValue, WorkbookSnapshot } from "../workbook/types";
import type { TemplateSheet } from "./template";

export interface TemplatePlan {
  /** what to write, in order (tables first). */
  write: SheetPlacement[];
  /** input sheets already there, left untouched. */
  kept: string[];
  /** sheets of the template's names holding other content: when any, write nothing. */
  refused: string[];
}

const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Every non-blank cell of the existing sheet equals the template's cell at the same place. */
function onlyTemplateContent(existing: WorkbookSnapshot["sheets"][number], template: TemplateSheet["sheet"]): boolean {
  return existing.values.every((row, r) =>
    (row ?? []).every((value, c) => {
      if (blank(value)) return true;
      const cell = template.rows[r + existing.origin.row]?.[c + existing.origin.col];
      // as text: a host may store the caption "1" (栏次) as the number 1
      return cell?.value !== undefined && cell.value !== null && String(cell.value).trim() === String(value).trim();
    }),
  );
}

export function planTemplate(sheets: TemplateSheet[], workbook: WorkbookSnapshot): TemplatePlan {
  const byName = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), s]));
  const plan: TemplatePlan = { write: [], kept: [], refused: [] };
  for (const { sheet, role } of sheets) {
    if (role !== "table") continue;
    const existing = byName.get(sheet.name.toLowerCase());
    if (existing && !onlyTemplateContent(existing, sheet)) plan.refused.push(existing.name);
    else plan.write.push({ sheet, name: existing?.name ?? sheet.name, existing: existing !== undefined });
  }
  const corners = workbook.sheets.map((s) => ({ name: s.name, firstCell: s.origin.row === 0 && s.origin.col === 0 ? s.values[0]?.[0] : null }));
  const inputs = sheets.filter((s) => s.role === "input").map((s) => s.sheet);
  const taken = [...corners, ...plan.write.map((p) => ({ name: p.name, firstCell: null }))];
  for (const placed of placeSheets(inputs, taken)) {
    if (placed.existing) plan.kept.push(placed.name);
    else plan.write.push(placed);
  }
  return plan;
}

/** The one-line refusal, Chinese with English. */
export function refusalMessage(refused: string[]): string {
  const names = refused.join("、");
  return `以下工作表已有内容，未插入标准表样（请先删除或改名）：${names} / these sheets already hold other content; the standard tables were not inserted (delete or rename them first): ${refused.join(", ")}`;
}
