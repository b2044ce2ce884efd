/** fa-check --template out.xlsx [--profile P]: the profile's empty standard tables and 说明 input sheets in a new or blank workbook. */
import ExcelJS from "exceljs";
import { existsSync } from "fs";
import { readXlsxFile } from "../hosts/file";
import { writePlacedSheets } from "../hosts/file-write";
import { mof } from "../profiles/mof";
import { profileById } from "../profiles";
import { planTemplate, refusalMessage, templateSheets } from "../template";
import { UsageError } from "./args";

export interface TemplateOutcome {
  ok: boolean;
  /** the line for stderr. */
  message: string;
}

export async function writeTemplate(target: string, profileId?: string): Promise<TemplateOutcome> {
  if (!/\.xlsx$/i.test(target)) throw new UsageError(`--template 只能是 .xlsx：${target} / --template must be .xlsx: ${target}`);
  const profile = (profileId && profileById(profileId)) || mof;
  const sheets = templateSheets(profile);
  const exists = existsSync(target);
  const workbook = new ExcelJS.Workbook();
  if (exists) await workbook.xlsx.readFile(target);
  const plan = planTemplate(sheets, exists ? await readXlsxFile(target) : { sheets: [] });
  if (plan.refused.length > 0) return { ok: false, message: refusalMessage(plan.refused) };
  const names = writePlacedSheets(workbook, plan.write);
  await workbook.xlsx.writeFile(target);
  const kept = plan.kept.length ? `；保留已有的 ${plan.kept.join("、")}` : "";
  const keptEn = plan.kept.length ? `; kept ${plan.kept.join(", ")}` : "";
  return {
    ok: true,
    message: `已写入标准表样（${profile.name.zh}）：${names.join("、")}${kept} → ${target} / standard tables written (${profile.name.en}): ${names.length} sheets${keptEn} → ${target}`,
  };
}
