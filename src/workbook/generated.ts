/**
 * A sheet the add-in writes (说明底稿, 决算说明): plain data a host turns into cells, and the
 * contract every host keeps when writing it:
 * - identity: row 1 of a generated sheet is its title, `generatedTitle(name)`; a sheet whose A1
 *   starts with that title is ours, whatever its current name (the user may have renamed it);
 * - regeneration in place: an existing generated sheet is cleared and rewritten (never a second
 *   copy such as 说明底稿 (2)); a user's sheet that merely has the name is never touched: the new
 *   sheet then gets a free name, and is found again by its title next time.
 */
import type { CellRange } from "./types";

export interface GeneratedCell {
  value?: string | number | null;
  /** a formula such as "=FA.VARIANCETEXT(C2,D2,B2,H2)"; wins over value. */
  formula?: string;
  /** the formula's value as computed by the core, for a file host to store as the cached result. */
  result?: string | number | null;
  numberFormat?: string;
  bold?: boolean;
  /** a cell the accountant fills in: shaded (INPUT_FILL). */
  input?: boolean;
  /** long text: wrapped in its column. */
  wrap?: boolean;
}

export interface GeneratedSheet {
  /** the wanted name; a host picks "名称 (2)" etc. when a user sheet already has it. */
  name: string;
  rows: GeneratedCell[][];
  /** column widths in characters, optional. */
  columnWidths?: number[];
  /** rows and columns kept in view when scrolling (the header). */
  freeze?: { rows: number; columns: number };
  /** merged areas, 0-based, bounds inclusive (a standard table's title and headers). */
  merges?: CellRange[];
}

/** Fill of input cells, as #RRGGBB (a light yellow that prints as light grey). */
export const INPUT_FILL = "#FFF2CC";
/** The same colour as WPS/VBA's BGR number. */
export const INPUT_FILL_BGR = 0xccf2ff;

const MARK = "（决算校验助手生成，重新生成时原地更新，已填写内容保留）";

/** Row 1 of a generated sheet: its name and the mark that identifies it. */
export function generatedTitle(name: string): string {
  return `${name}${MARK}`;
}

/** Whether a sheet whose A1 is `firstCell` is the generated sheet `wanted`. */
export function isGeneratedSheet(wanted: string, firstCell: unknown): boolean {
  return typeof firstCell === "string" && firstCell.trim().startsWith(generatedTitle(wanted));
}

/** Where one generated sheet goes: an existing sheet of ours (rewritten in place) or a new free name. */
export interface SheetPlacement {
  sheet: GeneratedSheet;
  name: string;
  existing: boolean;
}

/**
 * Places generated sheets among the workbook's sheets (name and A1 of each): each goes to the
 * first existing sheet carrying its title, used once; else to a new sheet under a free name.
 */
export function placeSheets(generated: GeneratedSheet[], existing: { name: string; firstCell: unknown }[]): SheetPlacement[] {
  const taken = existing.map((s) => s.name);
  const used = new Set<string>();
  return generated.map((sheet) => {
    const own = existing.find((s) => !used.has(s.name) && isGeneratedSheet(sheet.name, s.firstCell));
    if (own) {
      used.add(own.name);
      return { sheet, name: own.name, existing: true };
    }
    const name = freeSheetName(sheet.name, taken);
    taken.push(name);
    used.add(name);
    return { sheet, name, existing: false };
  });
}

/** The first name not already taken: 说明底稿, 说明底稿 (2), 说明底稿 (3)… Never a user's sheet. */
export function freeSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
