/**
 * Picks the region profile a workbook most likely follows, and says why: the 三公 table's place
 * (seventh, before the fund tables → 上海), amounts without thousands separators (上海), a 新疆 unit
 * name (新疆); otherwise the 财政部 template.
 */
import type { TableModel } from "../tables/types";
import type { WorkbookFacts } from "../tables/workbook-facts";
import { mof } from "./mof";
import { shanghai } from "./shanghai";
import { xinjiang } from "./xinjiang";
import type { RegionProfile } from "./types";

export interface ProfileChoice {
  profile: RegionProfile;
  /** true when the workbook decided, false when the user (settings, --profile) did. */
  guessed: boolean;
  reason: string;
  reasonEn: string;
}

const XINJIANG_PLACES = /新疆|乌鲁木齐|昌吉|伊犁|喀什|阿克苏|哈密|吐鲁番|克拉玛依|博尔塔拉|巴音郭楞|克孜勒苏|和田|塔城|阿勒泰|石河子|兵团/;

/** The place of a table kind in the workbook: its 公开NN number when written, else its order. */
function position(tables: TableModel[], kind: TableModel["kind"]): number | undefined {
  const i = tables.findIndex((t) => t.kind === kind);
  if (i < 0) return undefined;
  return tables[i].number ?? i + 1;
}

function threePublicBeforeFunds(tables: TableModel[]): boolean {
  const t9 = position(tables, "three-public");
  if (t9 === undefined) return false;
  const funds = [position(tables, "gov-fund"), position(tables, "soe-capital")].filter((p): p is number => p !== undefined);
  if (funds.length > 0) return funds.every((p) => t9 < p);
  return t9 === 7;
}

export function guessProfile(tables: TableModel[], facts?: WorkbookFacts): ProfileChoice {
  const pick = (profile: RegionProfile, reason: string, reasonEn: string): ProfileChoice => ({ profile, guessed: true, reason, reasonEn });
  if (threePublicBeforeFunds(tables)) {
    return pick(shanghai, "“三公”经费表排在政府性基金、国有资本经营表之前（第7张）", "the 三公 table comes before the two fund tables (seventh)");
  }
  const unit = facts?.unitName?.text ?? "";
  if (XINJIANG_PLACES.test(unit)) return pick(xinjiang, `单位名称“${unit}”属新疆`, `the unit "${unit}" is in Xinjiang`);
  const sep = facts?.separators;
  if (sep && sep.without > 0 && sep.with === 0) {
    return pick(shanghai, `金额不用千分位分隔符（${sep.without}处）`, `amounts are written without thousands separators (${sep.without} cells)`);
  }
  return pick(mof, "未发现地区特征，按财政部通用模板", "no regional sign found: the Ministry of Finance template");
}

/** The profile the user chose, or the guessed one. */
export function chooseProfile(chosen: RegionProfile | undefined, tables: TableModel[], facts?: WorkbookFacts): ProfileChoice {
  if (chosen) return { profile: chosen, guessed: false, reason: "用户选择", reasonEn: "chosen by the user" };
  return guessProfile(tables, facts);
}
