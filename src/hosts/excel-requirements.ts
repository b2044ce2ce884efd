/**
 * Every Office.js API the add-in calls, with the requirement set that brings it (from the API
 * reference, "[Api set: …]"), what needs it, and whether the add-in can do without it. The manifest
 * declares the required ones; the optional ones are checked at run time with isSetSupported.
 */
// The pane's text carries no address: the bundle names no remote origin but Office.js's CDN.
import { VOLUME_LICENSED_BUILD_BELOW, VOLUME_LICENSED_BUILD_LINES } from "./host-limits";

export interface RequirementSet {
  name: string;
  version: string;
}

export interface ApiUse {
  api: string;
  set: RequirementSet;
  usedBy: string;
}

const set = (name: string, version: string): RequirementSet => ({ name, version });

/** The minimum the manifest declares (<Requirements><Sets>). */
export const MANIFEST_SETS: readonly RequirementSet[] = [set("ExcelApi", "1.7"), set("SharedRuntime", "1.1")];

/** Checked at run time; without them the add-in still validates, with the notice below. */
export const MERGED_AREAS_SET = set("ExcelApi", "1.13");
export const CUSTOM_FUNCTIONS_SET = set("CustomFunctionsRuntime", "1.1");

export const API_USES: readonly ApiUse[] = [
  { api: "Excel.run, RequestContext.sync, load", set: set("ExcelApi", "1.1"), usedBy: "everything" },
  { api: "WorksheetCollection.load(items/name,visibility), getItem, add", set: set("ExcelApi", "1.1"), usedBy: "read, marks, 生成说明" },
  { api: "Range.values, formulas, numberFormat, valueTypes", set: set("ExcelApi", "1.1"), usedBy: "read" },
  { api: "Worksheet.activate, Range.select", set: set("ExcelApi", "1.1"), usedBy: "go to a finding" },
  { api: "Range.format.font.bold, getEntireColumn", set: set("ExcelApi", "1.1"), usedBy: "生成说明" },
  { api: "RangeFormat.columnWidth", set: set("ExcelApi", "1.2"), usedBy: "生成说明" },
  { api: "Worksheet.getUsedRangeOrNullObject", set: set("ExcelApi", "1.4"), usedBy: "read" },
  { api: "Range.conditionalFormats, ConditionalFormatCollection.add, ConditionalFormat.type/custom/customOrNullObject/delete", set: set("ExcelApi", "1.6"), usedBy: "marks" },
  { api: "Worksheet.getRangeByIndexes", set: set("ExcelApi", "1.7"), usedBy: "read in bands, 生成说明" },
  { api: "RangeAreas.address", set: set("ExcelApi", "1.9"), usedBy: "merged areas (optional)" },
  { api: "Range.getMergedAreasOrNullObject", set: MERGED_AREAS_SET, usedBy: "merged areas (optional)" },
  { api: "Office.context.document.settings", set: set("Settings", "1.1"), usedBy: "pane settings" },
  { api: "Office.context.requirements.isSetSupported, Office.context.diagnostics", set: set("Common API", "1.1"), usedBy: "capability check" },
  { api: "Runtimes element: shared runtime (task pane + functions in one page)", set: set("SharedRuntime", "1.1"), usedBy: "manifest" },
  { api: "CustomFunctions.associate", set: CUSTOM_FUNCTIONS_SET, usedBy: "FA.* functions (optional)" },
];

/** What the running Excel answers; plain data so tests can build it. */
export interface ExcelEnvironment {
  isSetSupported(name: string, version?: string): boolean;
  /** Office.context.diagnostics: platform ("PC", "Mac", "OfficeOnline" …) and version ("16.0.14332.20812"). */
  platform?: string;
  version?: string;
  /** whether the CustomFunctions global with associate() exists in the page. */
  customFunctionsGlobal?: boolean;
}

export interface HostCapabilities {
  /** FA.* custom functions run in this Excel: generated sheets may use =FA.VARIANCETEXT(…). */
  customFunctions: boolean;
  /** merged areas can be read (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Excel on the web: responses over 5 MB fail. */
  web: boolean;
  /** what is unavailable here, as the pane says it (Chinese, English). */
  unavailable: { zh: string; en: string }[];
}

/** The build's third field: 14332 in "16.0.14332.20812". */
function buildNumber(version: string | undefined): number | null {
  const parts = (version ?? "").split(".");
  const build = Number(parts[2]);
  return parts.length >= 3 && Number.isInteger(build) ? build : null;
}

/** Volume-licensed Office 2021 or earlier on Windows, told by its frozen build line. */
export function isVolumeLicensedWindows(env: Pick<ExcelEnvironment, "platform" | "version">): boolean {
  if (env.platform !== "PC") return false;
  const build = buildNumber(env.version);
  if (build === null) return false;
  return VOLUME_LICENSED_BUILD_LINES.includes(build) || build < VOLUME_LICENSED_BUILD_BELOW;
}

export function excelCapabilities(env: ExcelEnvironment): HostCapabilities {
  const customFunctions =
    env.isSetSupported(CUSTOM_FUNCTIONS_SET.name, CUSTOM_FUNCTIONS_SET.version) && env.customFunctionsGlobal !== false && !isVolumeLicensedWindows(env);
  const mergedAreas = env.isSetSupported(MERGED_AREAS_SET.name, MERGED_AREAS_SET.version);
  const unavailable: HostCapabilities["unavailable"] = [];
  if (!customFunctions) {
    unavailable.push({
      zh: "此版本 Excel 不支持自定义函数（批量许可的 Office 2021 及更早版本）：FA.* 函数不可用，生成说明改用内置公式。",
      en: "This Excel has no custom functions (volume-licensed Office 2021 or earlier): FA.* functions are unavailable; 生成说明 uses built-in formulas instead.",
    });
  }
  if (!mergedAreas) {
    unavailable.push({
      zh: "此版本 Excel 无法读取合并单元格（需要 ExcelApi 1.13）：表头识别可能不完整，请升级 Excel。",
      en: "This Excel cannot read merged cells (needs ExcelApi 1.13): table headers may be recognised less well; please update Excel.",
    });
  }
  return { customFunctions, mergedAreas, web: env.platform === "OfficeOnline", unavailable };
}

/** The running Office's environment, or null outside Office. */
export function officeEnvironment(scope: object = globalThis): ExcelEnvironment | null {
  const g = scope as {
    Office?: { context?: { requirements?: { isSetSupported?: (n: string, v?: string) => boolean }; diagnostics?: { platform?: unknown; version?: unknown } } };
    CustomFunctions?: { associate?: unknown };
  };
  const requirements = g.Office?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return null;
  const diagnostics = g.Office?.context?.diagnostics;
  return {
    isSetSupported: (name, version) => requirements.isSetSupported!(name, version),
    platform: diagnostics?.platform === undefined ? undefined : String(diagnostics.platform),
    version: diagnostics?.version === undefined ? undefined : String(diagnostics.version),
    customFunctionsGlobal: typeof g.CustomFunctions?.associate === "function",
  };
}
