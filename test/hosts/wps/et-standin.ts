/**
 * An in-memory stand-in for the WPS 表格 (ET) JS object model, as the WPS host uses it: synchronous,
 * VBA-like, 1-based rows and columns, Value2/Formula as 2-D arrays (a single cell as a scalar),
 * NumberFormat/MergeCells null when mixed, BGR colours, comments. `methods: true` turns Count,
 * Value2 and Address into methods as some WPS builds have them. Every member access is counted.
 */
import type { CellRange } from "../../../src/workbook/types";
import { parseA1, rangeA1 } from "../../../src/workbook/address";

export interface EtCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  error?: boolean;
  /** BGR; meaningful when pattern is solid. */
  color?: number;
  pattern?: number;
  comment?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface EtSheetModel {
  name: string;
  visible: number;
  cells: Map<string, EtCell>;
  merges: CellRange[];
  widths: Map<number, number>;
}

export interface EtOptions {
  /** Count, Value2 and Address as methods instead of properties. */
  methods?: boolean;
  /** how an error cell's Value2 comes back: VBA-style CVErr code or the "#DIV/0!" text. */
  errors?: "code" | "text";
}

export const XL_NONE = -4142;
export const XL_SOLID = 1;
const WHITE = 0xffffff;
const CODES: Record<string, number> = { "#DIV/0!": -2146826281, "#N/A": -2146826246, "#VALUE!": -2146826273, "#REF!": -2146826265 };

const key = (r: number, c: number) => `${r},${c}`;

export class EtStandin {
  calls = 0;
  DisplayAlerts = true;
  /** every prompt the user would have seen (Delete with DisplayAlerts on). */
  prompts: string[] = [];
  readonly sheets: EtSheetModel[] = [];
  active = 0;
  selection?: { sheet: string; address: string };
  constructor(public workbookName: string, readonly options: EtOptions = {}) {}

  get ActiveWorkbook(): EtWorkbook {
    this.calls++;
    return new EtWorkbook(this);
  }
  /** member that is a property or a method depending on the build. */
  variant<V>(get: () => V): V | (() => V) {
    return this.options.methods ? () => get() : get();
  }
}

class EtWorkbook {
  constructor(private app: EtStandin) {}
  get Name(): string {
    this.app.calls++;
    return this.app.workbookName;
  }
  get Worksheets(): EtWorksheets {
    this.app.calls++;
    return new EtWorksheets(this.app);
  }
  get ActiveSheet(): EtWorksheet {
    this.app.calls++;
    return new EtWorksheet(this.app, this.app.sheets[this.app.active]);
  }
}

class EtWorksheets {
  constructor(private app: EtStandin) {}
  get Count(): number | (() => number) {
    this.app.calls++;
    return this.app.variant(() => this.app.sheets.length);
  }
  Item(index: number | string): EtWorksheet {
    this.app.calls++;
    const sheet = typeof index === "number" ? this.app.sheets[index - 1] : this.app.sheets.find((s) => s.name === index);
    if (!sheet) throw new Error(`下标越界 / subscript out of range: ${index}`);
    return new EtWorksheet(this.app, sheet);
  }
  /** like ET: the new sheet goes before the active one and becomes active. */
  /** Worksheets.Add(Before, After): before the active sheet unless After names a sheet (then right after it). */
  Add(_before?: unknown, after?: EtWorksheet | null): EtWorksheet {
    this.app.calls++;
    const names = new Set(this.app.sheets.map((s) => s.name));
    let n = this.app.sheets.length + 1;
    while (names.has(`Sheet${n}`)) n++;
    const sheet: EtSheetModel = { name: `Sheet${n}`, visible: -1, cells: new Map(), merges: [], widths: new Map() };
    const at = after ? this.app.sheets.indexOf(after.model) + 1 : this.app.active;
    this.app.sheets.splice(at, 0, sheet);
    return new EtWorksheet(this.app, sheet);
  }
}

class EtWorksheet {
  constructor(private app: EtStandin, readonly model: EtSheetModel) {}
  get Name(): string {
    this.app.calls++;
    return this.model.name;
  }
  set Name(name: string) {
    this.app.calls++;
    if (this.app.sheets.some((s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称重复 / duplicate sheet name ${name}`);
    this.model.name = name;
  }
  get Visible(): number {
    this.app.calls++;
    return this.model.visible;
  }
  set Visible(v: number) {
    this.app.calls++;
    this.model.visible = v;
  }
  get UsedRange(): EtRange {
    this.app.calls++;
    let box: CellRange | null = null;
    for (const [k, cell] of this.model.cells) {
      if ((cell.value === null || cell.value === "") && !cell.formula && !cell.numberFormat && cell.pattern !== XL_SOLID && !cell.comment) continue;
      const [r, c] = k.split(",").map(Number);
      box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return new EtRange(this.app, this.model, box ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  Range(address: string): EtRange {
    this.app.calls++;
    const [p, q] = address.replace(/\$/g, "").split(":");
    const a = parseA1(p);
    const b = q ? parseA1(q) : a;
    return new EtRange(this.app, this.model, { top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  get Columns(): { Item(i: number): { ColumnWidth: number } } {
    this.app.calls++;
    const model = this.model;
    return { Item: (i: number) => ({ set ColumnWidth(w: number) { model.widths.set(i - 1, w); }, get ColumnWidth() { return model.widths.get(i - 1) ?? 8.38; } }) };
  }
  Activate(): void {
    this.app.calls++;
    const i = this.app.sheets.indexOf(this.model);
    if (i < 0) throw new Error("sheet was deleted");
    this.app.active = i;
  }
  Delete(): void {
    this.app.calls++;
    if (this.app.DisplayAlerts) this.app.prompts.push(`delete ${this.model.name}?`);
    const i = this.app.sheets.indexOf(this.model);
    this.app.sheets.splice(i, 1);
    if (this.app.active >= this.app.sheets.length) this.app.active = this.app.sheets.length - 1;
    else if (this.app.active > i) this.app.active--;
  }
}

class EtRange {
  constructor(private app: EtStandin, private sheet: EtSheetModel, private box: CellRange) {}
  private each<V>(f: (cell: EtCell | undefined, r: number, c: number) => V): V[][] {
    const out: V[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: V[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(f(this.sheet.cells.get(key(r, c)), r, c));
      out.push(row);
    }
    return out;
  }
  private cellAt(r: number, c: number): EtCell {
    const k = key(r, c);
    if (!this.sheet.cells.has(k)) this.sheet.cells.set(k, { value: null });
    return this.sheet.cells.get(k)!;
  }
  private single(): boolean {
    return this.box.top === this.box.bottom && this.box.left === this.box.right;
  }
  private shaped<V>(m: V[][]): V | V[][] {
    return this.single() ? m[0][0] : m;
  }
  private uniform<V>(m: V[]): V | null {
    return m.every((v) => v === m[0]) ? m[0] : null;
  }
  get Value2(): unknown {
    this.app.calls++;
    const m = this.each((cell) => {
      if (!cell || cell.value === null) return undefined;
      if (cell.error) return this.app.options.errors === "code" ? CODES[cell.value as string] : cell.value;
      return cell.value;
    });
    return this.app.variant(() => this.shaped(m));
  }
  get Formula(): unknown {
    this.app.calls++;
    return this.shaped(this.each((cell) => (cell ? (cell.formula ?? (cell.value === null ? "" : String(cell.value))) : "")));
  }
  set Formula(data: unknown) {
    this.app.calls++;
    const m = Array.isArray(data) ? (data as unknown[][]) : this.each(() => data);
    this.each((_, r, c) => {
      const v = m[r - this.box.top][c - this.box.left];
      const cell = this.cellAt(r, c);
      cell.error = false;
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = 0;
      } else {
        delete cell.formula;
        cell.value = v === "" || v === undefined || v === null ? null : typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as EtCell["value"]);
      }
    });
  }
  get NumberFormat(): string | null {
    this.app.calls++;
    return this.uniform(this.each((cell) => cell?.numberFormat ?? "G/通用格式").flat());
  }
  set NumberFormat(f: string) {
    this.app.calls++;
    this.each((_, r, c) => (this.cellAt(r, c).numberFormat = f));
  }
  get Row(): number {
    this.app.calls++;
    return this.box.top + 1;
  }
  get Column(): number {
    this.app.calls++;
    return this.box.left + 1;
  }
  get Rows(): { Count: unknown } {
    this.app.calls++;
    return { Count: this.app.variant(() => this.box.bottom - this.box.top + 1) };
  }
  get Columns(): { Count: unknown } {
    this.app.calls++;
    return { Count: this.app.variant(() => this.box.right - this.box.left + 1) };
  }
  get Address(): unknown {
    this.app.calls++;
    const a = rangeA1(this.box.top, this.box.left, this.box.bottom, this.box.right).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return this.app.variant(() => a);
  }
  private mergeOf(r: number, c: number): CellRange | undefined {
    return this.sheet.merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
  }
  get MergeCells(): boolean | null {
    this.app.calls++;
    return this.uniform(this.each((_, r, c) => !!this.mergeOf(r, c)).flat());
  }
  get MergeArea(): EtRange {
    this.app.calls++;
    return new EtRange(this.app, this.sheet, this.mergeOf(this.box.top, this.box.left) ?? { ...this.box, bottom: this.box.top, right: this.box.left });
  }
  get Interior(): { Color: number; Pattern: number } {
    this.app.calls++;
    const cells = () => this.each((_, r, c) => this.cellAt(r, c)).flat();
    const first = () => this.sheet.cells.get(key(this.box.top, this.box.left));
    return {
      get Color() {
        const cell = first();
        return cell?.pattern === XL_SOLID ? cell.color! : WHITE;
      },
      set Color(bgr: number) {
        for (const cell of cells()) {
          cell.color = bgr;
          cell.pattern = XL_SOLID;
        }
      },
      get Pattern() {
        return first()?.pattern ?? XL_NONE;
      },
      set Pattern(p: number) {
        for (const cell of cells()) {
          cell.pattern = p;
          if (p === XL_NONE) delete cell.color;
        }
      },
    };
  }
  get Comment(): { Text(): string; Delete(): void } | null {
    this.app.calls++;
    const cell = this.sheet.cells.get(key(this.box.top, this.box.left));
    if (!cell?.comment) return null;
    return { Text: () => cell.comment!, Delete: () => delete cell.comment };
  }
  AddComment(text: string): void {
    this.app.calls++;
    const cell = this.cellAt(this.box.top, this.box.left);
    if (cell.comment !== undefined) throw new Error("单元格已有批注 / the cell already has a comment");
    cell.comment = text;
  }
  ClearComments(): void {
    this.app.calls++;
    this.each((cell) => cell && delete cell.comment);
  }
  get Font(): { Bold: boolean } {
    this.app.calls++;
    const setBold = (v: boolean) => this.each((_, r, c) => (this.cellAt(r, c).bold = v));
    const getBold = () => !!this.sheet.cells.get(key(this.box.top, this.box.left))?.bold;
    return { set Bold(v: boolean) { setBold(v); }, get Bold() { return getBold(); } };
  }
  set WrapText(v: boolean) {
    this.app.calls++;
    this.each((_, r, c) => (this.cellAt(r, c).wrap = v));
  }
  /** ET's Range.Merge: one merged area; the top-left cell keeps its value. */
  Merge(): void {
    this.app.calls++;
    const b = this.box;
    if (this.sheet.merges.some((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left)) {
      throw new Error(`${rangeA1(b.top, b.left, b.bottom, b.right)} overlaps a merged area`);
    }
    this.each((_, r, c) => (r !== b.top || c !== b.left) && this.sheet.cells.delete(key(r, c)));
    this.sheet.merges.push({ ...b });
  }
  /** ET's Range.UnMerge: every merged area meeting the range. */
  UnMerge(): void {
    this.app.calls++;
    const b = this.box;
    this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left));
  }
  /** contents and formats, as ET's Range.Clear. */
  Clear(): void {
    this.app.calls++;
    this.each((_, r, c) => this.sheet.cells.delete(key(r, c)));
  }
  Select(): void {
    this.app.calls++;
    this.app.selection = { sheet: this.sheet.name, address: rangeA1(this.box.top, this.box.left, this.box.bottom, this.box.right) };
  }
}

/** Everything a user owns: for before/after comparisons (the add-in's memory sheet excluded). */
export function etUserState(app: EtStandin, exclude: string): string {
  return JSON.stringify(
    app.sheets
      .filter((s) => s.name !== exclude)
      .map((s) => ({ name: s.name, visible: s.visible, cells: [...s.cells.entries()].filter(([, c]) => !isBlank(c)).map(([k, c]) => [k, normal(c)]).sort(), merges: s.merges, widths: [...s.widths.entries()] })),
  );
}

/** "no fill" is no fill, whether Pattern was never set or set back to xlNone. */
function normal(c: EtCell): EtCell {
  const { color, pattern, ...rest } = c;
  return pattern === XL_SOLID ? { ...rest, pattern, color } : rest;
}

function isBlank(c: EtCell): boolean {
  const n = normal(c);
  return n.value === null && !n.formula && !n.numberFormat && n.pattern === undefined && !n.comment && !n.bold;
}
