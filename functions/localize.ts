/**
 * zh-CN functions.json: the generated metadata with Chinese names (执行率 …) taken from
 * definitions.ts. The build writes it beside functions.json; the manifest's default locale is zh-CN,
 * so its Functions.Metadata.Url points at this file and the en-US override at functions.json.
 * Ids stay English, so formulas keep working in both languages.
 *
 * Names follow the documented rules ("Custom functions naming and localization",
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-naming): an id uses only
 * A–Z, 0–9, underscore and period; a name any Unicode letters, underscore and period; both start
 * with a letter and have at least three characters; a name is neither a cell reference nor an
 * Excel 4.0 macro function.
 */
import { FUNCTION_NAME_MIN_LENGTH } from "../src/hosts/host-limits";
import { DEFINITION_BY_ID, type FunctionId } from "./definitions";

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

/**
 * Excel's Chinese name where definitions.ts's nameZh breaks the rules: 占比 has two characters,
 * fewer than the three Excel requires (the metadata would be rejected).
 */
const EXCEL_NAME_ZH: Partial<Record<FunctionId, string>> = { SHARE: "所占比例" };

export function excelNameZh(id: FunctionId): string {
  return EXCEL_NAME_ZH[id] ?? DEFINITION_BY_ID[id].nameZh;
}

/** A few Excel 4.0 macro functions a short name could collide with (the documented list is long; these are the ones a name here could plausibly hit). */
const MACRO_FUNCTIONS = new Set(["RUN", "ECHO", "HALT", "RETURN", "RESULT", "ARGUMENT", "FORMULA", "SELECTION", "ALERT", "INPUT"]);

/** A1 (A1…XFD1048576) or R1C1 (R1C1…R1048576C16384) reference. */
function isCellReference(name: string): boolean {
  const upper = name.toUpperCase();
  const a1 = /^([A-Z]{1,3})(\d{1,7})$/.exec(upper);
  if (a1) {
    const col = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return col <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576;
  }
  const r1c1 = /^R(\d{1,7})C(\d{1,5})$/.exec(upper);
  return r1c1 !== null && Number(r1c1[1]) >= 1 && Number(r1c1[1]) <= 1048576 && Number(r1c1[2]) >= 1 && Number(r1c1[2]) <= 16384;
}

/** Why an id breaks the documented rules, or null when it is valid. */
export function functionIdProblem(id: string): string | null {
  if (id.length < FUNCTION_NAME_MIN_LENGTH) return `id "${id}" is shorter than ${FUNCTION_NAME_MIN_LENGTH} characters`;
  if (!/^[A-Z]/.test(id)) return `id "${id}" does not start with a letter A–Z`;
  if (!/^[A-Z0-9_.]+$/.test(id)) return `id "${id}" uses a character other than A–Z, 0–9, _ and .`;
  if (isCellReference(id)) return `id "${id}" is a cell reference`;
  return null;
}

/** Why a display name breaks the documented rules, or null when it is valid. */
export function functionNameProblem(name: string): string | null {
  const chars = [...name];
  if (chars.length < FUNCTION_NAME_MIN_LENGTH) return `name "${name}" is shorter than ${FUNCTION_NAME_MIN_LENGTH} characters`;
  if (!/^\p{L}/u.test(name)) return `name "${name}" does not start with a letter`;
  if (!/^[\p{L}_.]+$/u.test(name)) return `name "${name}" uses a character other than letters, _ and .`;
  if (isCellReference(name)) return `name "${name}" is a cell reference`;
  if (MACRO_FUNCTIONS.has(name.toUpperCase())) return `name "${name}" is an Excel 4.0 macro function`;
  return null;
}

export function localizeMetadata(metadataJson: string): string {
  const metadata = JSON.parse(metadataJson) as { functions: MetadataFunction[] };
  for (const fn of metadata.functions) {
    const def = DEFINITION_BY_ID[fn.id as FunctionId];
    if (!def) continue;
    fn.name = excelNameZh(def.id);
    fn.description = def.description;
    fn.parameters.forEach((p, i) => {
      const arg = def.args[i];
      if (arg && arg.name === p.name) p.description = `${arg.nameZh}：${arg.description}`;
    });
  }
  return JSON.stringify(metadata, null, 2);
}
