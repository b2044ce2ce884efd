/**
 * 插入标准表样 on a live host (Excel, WPS): read the workbook, place the profile's template
 * (template/placement: in place, or refused when a sheet of the same name holds data), then write.
 */
import { planTemplate, refusalMessage } from "../template/placement";
import type { TemplateSheet } from "../template/template";
import type { HostAdapter } from "./types";

export interface TemplateInsert {
  ok: boolean;
  /** sheets written, in order. */
  written: string[];
  /** 说明 input sheets already there, left as they are. */
  kept: string[];
  /** the one-line refusal when nothing was written. */
  refusal?: string;
}

/** `sheets`: templateSheets(profile), built where the core runs (the pane's engine). */
export async function insertTemplate(host: Pick<HostAdapter, "readWorkbook" | "writePlaced">, sheets: TemplateSheet[]): Promise<TemplateInsert> {
  if (!host.writePlaced) throw new Error("此环境不能写入工作表，请在 Excel 或 WPS 中使用 / this host cannot write sheets; use Excel or WPS");
  const plan = planTemplate(sheets, await host.readWorkbook());
  if (plan.refused.length > 0) return { ok: false, written: [], kept: plan.kept, refusal: refusalMessage(plan.refused) };
  return { ok: true, written: await host.writePlaced(plan.write), kept: plan.kept };
}
