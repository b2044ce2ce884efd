/** A sheet the add-in writes (说明底稿, 决算说明): plain data a host turns into cells. */
export interface GeneratedCell {
  value?: string | number | null;
  /** a formula such as "=FA.VARIANCETEXT(C2,D2,B2,H2)"; wins over value. */
  formula?: string;
  /** the formula's value as computed by the core, for a file host to store as the cached result. */
  result?: string | number | null;
  numberFormat?: string;
  bold?: boolean;
}

export interface GeneratedSheet {
  /** the wanted name; a host picks "名称 (2)" etc. when a user sheet already has it. */
  name: string;
  rows: GeneratedCell[][];
  /** column widths in characters, optional. */
  columnWidths?: number[];
  /**
   * The sheet's A1 text when the add-in owns the sheet (审核结果): an existing sheet of the same name
   * whose A1 reads exactly this is rewritten in place, never duplicated; any other sheet of that name is
   * the user's and is left alone (the new one gets "名称 (2)").
   */
  regenerate?: string;
}

/** Whether an existing sheet with this name and A1 text is `sheet`'s earlier copy, to rewrite in place. */
export function isEarlierCopy(sheet: GeneratedSheet, existingName: string, existingA1: unknown): boolean {
  if (sheet.regenerate === undefined || existingA1 !== sheet.regenerate) return false;
  // "审核结果 (2)" when a user's own 审核结果 took the name first
  const name = existingName.toLowerCase();
  const wanted = sheet.name.toLowerCase();
  return name === wanted || (name.startsWith(`${wanted} (`) && /^ \(\d+\)$/.test(name.slice(wanted.length)));
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
