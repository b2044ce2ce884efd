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
