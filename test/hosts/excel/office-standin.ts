/**
 * An in-memory stand-in for the part of Office.js the Excel host uses, keeping its contract:
 * every object is a proxy; methods and property writes are queued and run at context.sync();
 * a property read before load() + sync() throws PropertyNotLoaded; syncs are counted.
 * It enforces the documented limits of src/hosts/host-limits.ts: a response over the model's
 * responseLimit fails; a range over the cell limit answers `values: null`; merged areas past 512
 * or an areas address past 8,192 characters are refused and only merges whose top-left cell is in
 * the range come back; conditional formats of the sheets in `cfUnreadable` throw when read; an API
 * whose requirement set the build profile lacks fails with ApiNotFound.
 */
import type { CellRange } from "../../../src/workbook/types";
import { columnName, parseA1 } from "../../../src/workbook/address";
import { MERGED_AREAS_MAX_PER_CALL, RANGE_AREAS_MAX_ADDRESS_CHARS, RANGE_GET_CELL_LIMIT } from "../../../src/hosts/host-limits";

export interface CellModel {
  /** Office.js's raw value: "" empty, "#DIV/0!" for an error cell. */
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  error?: boolean;
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface CfModel {
  id: string;
  type: "Custom" | "CellValue";
  range: CellRange;
  formula?: string;
  fill?: string;
}

export interface SheetModel {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  merges: CellRange[];
  cfs: CfModel[];
  columnWidths: Map<number, number>;
  /** frozen panes (rows, columns) as freezePanes set them. */
  frozen?: { rows: number; columns: number };
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  active?: string;
  selection?: { sheet: string; address: string };
  syncs: number;
  nextId: number;
  /** like Excel on the web's 5 MB: a sync whose response is larger fails. */
  responseLimit?: number;
  /** bytes of loaded data each successful sync returned. */
  responses: number[];
  /** cells one range read may return before Excel answers null (default: the documented 5,000,000). */
  cellLimit?: number;
  /** sheets whose conditional formats throw when read (as on some builds). */
  cfUnreadable?: Set<string>;
  /** the build's requirement sets (name → highest version); absent: everything. */
  sets?: Record<string, string>;
}

/** Compares "1.13" with "1.9" as versions. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export class OfficeError extends Error {
  constructor(public code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

const key = (r: number, c: number) => `${r},${c}`;

export function newSheet(name: string, visibility: SheetModel["visibility"] = "Visible"): SheetModel {
  return { name, visibility, cells: new Map(), merges: [], cfs: [], columnWidths: new Map() };
}

export function newWorkbook(name = "Book1.xlsx", sheets: SheetModel[] = []): WorkbookModel {
  return { name, sheets, syncs: 0, nextId: 1, responses: [] };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function a1(r: CellRange): string {
  const tl = `${columnName(r.left)}${r.top + 1}`;
  const br = `${columnName(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function parseRange(address: string): CellRange {
  const [p, q] = address.replace(/\$/g, "").split(":");
  const a = parseA1(p);
  const b = q ? parseA1(q) : a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function sheetRef(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class StandinContext {
  private queue: (() => void)[] = [];
  /** bytes of data loaded by the sync in progress (JSON, as the wire would carry it). */
  responseBytes = 0;
  readonly workbook: WorkbookProxy;
  constructor(readonly model: WorkbookModel) {
    this.workbook = new WorkbookProxy(this, () => model);
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  /** Queues a failure when the build lacks the API's requirement set (Office.js fails at sync). */
  requires(name: string, version: string, api: string): void {
    const have = this.model.sets?.[name];
    if (this.model.sets && (!have || !versionAtLeast(have, version))) {
      this.enqueue(() => {
        throw new OfficeError("ApiNotFound", `${api} needs ${name} ${version}`);
      });
    }
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    // like Office.js: operations run in order; the first failure rejects and the rest are dropped
    for (const op of ops) op();
    if (this.model.responseLimit !== undefined && this.responseBytes > this.model.responseLimit) {
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `${this.responseBytes} bytes`);
    }
    this.model.responses.push(this.responseBytes);
  }
}

/** Excel.run over the model: a fresh context per batch. */
export function standinRunner(model: WorkbookModel) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new StandinContext(model) as unknown as Excel.RequestContext);
}

/** Base proxy: a target located when the first queued op touches it; loaded scalar props. */
abstract class ClientObject<T> {
  private target: T | null | undefined;
  private resolved = false;
  protected loaded = new Map<string, unknown>();
  private synced = false;
  constructor(protected ctx: StandinContext, private locate: () => T | null) {
    ctx.enqueue(() => {
      this.resolve();
      this.synced = true;
    });
  }
  protected resolve(): T | null {
    if (!this.resolved) {
      this.target = this.locate();
      this.resolved = true;
    }
    return this.target ?? null;
  }
  protected must(): T {
    const t = this.resolve();
    if (t === null) throw new OfficeError("InvalidObjectPath", `${this.constructor.name} is a null object`);
    return t;
  }
  get isNullObject(): boolean {
    if (!this.synced) throw new OfficeError("PropertyNotLoaded", "isNullObject before sync");
    return this.resolve() === null;
  }
  load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.applyLoad(paths));
    return this;
  }
  applyLoad(paths: string[]): void {
    this.synced = true; // runs inside sync()
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && this.scalar(head) !== undefined) {
        const t = this.resolve();
        const value = t === null ? undefined : this.scalar(head)!(t);
        this.loaded.set(head, value);
        this.ctx.responseBytes += Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
      } else {
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      }
    }
    for (const [head, rest] of nested) this.loadNested(head, rest.filter(Boolean));
  }
  protected loadNested(head: string, _rest: string[]): void {
    throw new OfficeError("InvalidArgument", `cannot load ${head} on ${this.constructor.name}`);
  }
  /** reader of a scalar property, or undefined when `name` is not one. */
  protected scalar(_name: string): ((t: T) => unknown) | undefined {
    return undefined;
  }
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw new OfficeError("PropertyNotLoaded", `${this.constructor.name}.${name} was not loaded`);
    return this.loaded.get(name) as V;
  }
  protected write(apply: (t: T) => void): void {
    this.ctx.enqueue(() => apply(this.must()));
  }
}

class WorkbookProxy extends ClientObject<WorkbookModel> {
  readonly worksheets = new WorksheetCollection(this.ctx, () => this.ctx.model);
  protected scalar(name: string) {
    return name === "name" ? (m: WorkbookModel) => m.name : undefined;
  }
  get name(): string {
    return this.read("name");
  }
}

class WorksheetCollection extends ClientObject<WorkbookModel> {
  protected loadNested(head: string, rest: string[]): void {
    if (head !== "items") return super.loadNested(head, rest);
    const items = this.must().sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
    items.forEach((item) => item.applyLoad(rest));
    this.loaded.set("items", items);
  }
  get items(): WorksheetProxy[] {
    return this.read("items");
  }
  getItem(name: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.ctx, () => {
      const s = this.must().sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new OfficeError("ItemNotFound", `worksheet ${name}`);
      return s;
    });
    return proxy;
  }
  add(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const m = this.must();
      if (m.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `worksheet ${name}`);
      const s = newSheet(name);
      m.sheets.push(s);
      return s;
    });
  }
}

class WorksheetProxy extends ClientObject<SheetModel> {
  protected scalar(name: string) {
    if (name === "name") return (s: SheetModel) => s.name;
    if (name === "visibility") return (s: SheetModel) => s.visibility;
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  getUsedRangeOrNullObject(): RangeProxy {
    this.ctx.requires("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
    return new RangeProxy(this.ctx, () => usedRange(this.must()));
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({
      sheet: this.must(),
      box: address ? parseRange(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    this.ctx.requires("ExcelApi", "1.7", "Worksheet.getRangeByIndexes");
    return new RangeProxy(this.ctx, () => ({ sheet: this.must(), box: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } }));
  }
  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  activate(): void {
    this.write((s) => (this.ctx.model.active = s.name));
  }
  get freezePanes(): { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(r: RangeProxy): void } {
    const set = (rows: number, columns: number) => this.write((s) => (s.frozen = { rows, columns }));
    return {
      freezeRows: (n) => set(n, 0),
      freezeColumns: (n) => set(0, n),
      freezeAt: (r) => this.write((s) => {
        const box = r.located()!.box;
        s.frozen = { rows: box.bottom + 1, columns: box.right + 1 };
      }),
    };
  }
}

interface RangeTarget {
  sheet: SheetModel;
  box: CellRange;
}

function usedRange(sheet: SheetModel): RangeTarget | null {
  let box: CellRange | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula && !cell.numberFormat && !cell.fill) continue;
    const [r, c] = k.split(",").map(Number);
    box = box
      ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
      : { top: r, left: c, bottom: r, right: c };
  }
  return box ? { sheet, box } : null;
}

function matrix<V>(t: RangeTarget, f: (cell: CellModel | undefined) => V): V[][] {
  const rows: V[][] = [];
  for (let r = t.box.top; r <= t.box.bottom; r++) {
    const row: V[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) row.push(f(t.sheet.cells.get(key(r, c))));
    rows.push(row);
  }
  return rows;
}

function writeMatrix<V>(t: RangeTarget, data: V[][], apply: (cell: CellModel, v: V) => void): void {
  if (data.length !== t.box.bottom - t.box.top + 1 || data.some((row) => row.length !== t.box.right - t.box.left + 1)) {
    throw new OfficeError("InvalidArgument", "matrix does not match the range's size");
  }
  data.forEach((row, r) =>
    row.forEach((v, c) => {
      const k = key(t.box.top + r, t.box.left + c);
      const cell = t.sheet.cells.get(k) ?? { value: "" };
      apply(cell, v);
      t.sheet.cells.set(k, cell);
    }),
  );
}

class RangeProxy extends ClientObject<RangeTarget> {
  readonly format = new RangeFormatProxy(this.ctx, () => this.resolve());
  readonly conditionalFormats = new ConditionalFormatCollection(this.ctx, () => this.resolve());
  protected scalar(name: string) {
    const readers: Record<string, (t: RangeTarget) => unknown> = {
      address: (t) => `${sheetRef(t.sheet.name)}!${a1(t.box)}`,
      rowIndex: (t) => t.box.top,
      columnIndex: (t) => t.box.left,
      rowCount: (t) => t.box.bottom - t.box.top + 1,
      columnCount: (t) => t.box.right - t.box.left + 1,
      values: (t) => this.capped(t, () => matrix(t, (c) => (c ? c.value : ""))),
      formulas: (t) => this.capped(t, () => matrix(t, (c) => (c ? (c.formula ?? c.value) : ""))),
      numberFormat: (t) => this.capped(t, () => matrix(t, (c) => c?.numberFormat ?? "General")),
      valueTypes: (t) => this.capped(t, () => matrix(t, (c) => (!c || c.value === "" ? "Empty" : c.error ? "Error" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String"))),
    };
    return readers[name];
  }
  /** Past the cell limit Excel may answer null rather than fail (office-js #6781). */
  private capped<V>(t: RangeTarget, read: () => V): V | null {
    const cells = (t.box.bottom - t.box.top + 1) * (t.box.right - t.box.left + 1);
    return cells > (this.ctx.model.cellLimit ?? RANGE_GET_CELL_LIMIT) ? null : read();
  }
  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get values(): unknown[][] { return this.read("values"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(data: unknown[][]) {
    this.write((t) =>
      writeMatrix(t, data, (cell, v) => {
        cell.error = false;
        if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = v;
          cell.value = 0; // the stand-in does not calculate
        } else {
          delete cell.formula;
          cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as CellModel["value"]);
        }
      }),
    );
  }
  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(data: string[][]) {
    this.write((t) => writeMatrix(t, data, (cell, v) => (v === "General" ? delete cell.numberFormat : (cell.numberFormat = v))));
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requires("ExcelApi", "1.13", "Range.getMergedAreasOrNullObject");
    const proxy = new RangeAreasProxy(this.ctx, () => {
      const t = this.must();
      // only merges whose top-left cell is in the range (office-js #3611)
      const areas = t.sheet.merges.filter((m) => m.top >= t.box.top && m.top <= t.box.bottom && m.left >= t.box.left && m.left <= t.box.right);
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
    this.ctx.enqueue(() => {
      const found = proxy.found();
      if (found && found.areas.length > MERGED_AREAS_MAX_PER_CALL) throw new OfficeError("GeneralException", `${found.areas.length} merged areas (more than ${MERGED_AREAS_MAX_PER_CALL})`);
    });
    return proxy;
  }
  /** the located target, for another proxy's queued op. */
  located(): RangeTarget | null {
    return this.resolve();
  }
  clear(): void {
    this.write((t) => {
      for (const k of [...t.sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= t.box.top && r <= t.box.bottom && c >= t.box.left && c <= t.box.right) t.sheet.cells.delete(k);
      }
    });
  }
  /** Range.merge (ExcelApi 1.2): one merged area; as Excel does, only the top-left cell keeps its value. */
  merge(across = false): void {
    this.ctx.requires("ExcelApi", "1.2", "Range.merge");
    if (across) throw new OfficeError("InvalidArgument", "the stand-in merges whole ranges only");
    this.write((t) => {
      const b = t.box;
      if (t.sheet.merges.some((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left)) {
        throw new OfficeError("InvalidOperation", `${a1(b)} overlaps a merged area`);
      }
      for (const k of [...t.sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right && (r !== b.top || c !== b.left)) t.sheet.cells.delete(k);
      }
      t.sheet.merges.push({ ...b });
    });
  }
  /** Range.unmerge (ExcelApi 1.2): every merged area meeting the range. */
  unmerge(): void {
    this.ctx.requires("ExcelApi", "1.2", "Range.unmerge");
    this.write((t) => {
      const b = t.box;
      t.sheet.merges = t.sheet.merges.filter((m) => !(m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left));
    });
  }
  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.must();
      return { sheet: t.sheet, box: { top: 0, left: t.box.left, bottom: 1048575, right: t.box.right } };
    });
  }
  select(): void {
    this.write((t) => {
      this.ctx.model.active = t.sheet.name;
      this.ctx.model.selection = { sheet: t.sheet.name, address: a1(t.box) };
    });
  }
}

class RangeAreasProxy extends ClientObject<{ sheet: SheetModel; areas: CellRange[] }> {
  found() {
    return this.resolve();
  }
  protected scalar(name: string) {
    if (name === "areaCount") return (t: { sheet: SheetModel; areas: CellRange[] }) => t.areas.length;
    if (name !== "address") return undefined;
    return (t: { sheet: SheetModel; areas: CellRange[] }) => {
      const address = t.areas.map((a) => `${sheetRef(t.sheet.name)}!${a1(a)}`).join(", ");
      if (address.length > RANGE_AREAS_MAX_ADDRESS_CHARS) throw new OfficeError("InvalidArgument", `areas address of ${address.length} characters`);
      return address;
    };
  }
  get address(): string {
    return this.read("address");
  }
}

class RangeFormatProxy extends ClientObject<RangeTarget | null> {
  readonly font: { bold: boolean };
  constructor(ctx: StandinContext, locate: () => RangeTarget | null) {
    super(ctx, locate);
    const each = (apply: (cell: CellModel) => void) =>
      this.write((t) => {
        if (!t) throw new OfficeError("InvalidObjectPath", "null range");
        writeMatrix(t, matrix(t, () => 0), (cell) => apply(cell));
      });
    this.font = { set bold(v: boolean) { each((cell) => (cell.bold = v)); } } as { bold: boolean };
    this.fill = { set color(v: string) { each((cell) => (cell.fill = v)); } } as { color: string };
    this.setWidth = (points) =>
      this.write((t) => {
        for (let c = t!.box.left; c <= t!.box.right; c++) t!.sheet.columnWidths.set(c, points);
      });
  }
  readonly fill: { color: string };
  private setWidth: (points: number) => void;
  set columnWidth(points: number) {
    this.setWidth(points);
  }
  set wrapText(v: boolean) {
    this.write((t) => writeMatrix(t!, matrix(t!, () => 0), (cell) => (cell.wrap = v)));
  }
}

class ConditionalFormatCollection extends ClientObject<RangeTarget | null> {
  protected loadNested(head: string, rest: string[]): void {
    if (head !== "items") return super.loadNested(head, rest);
    if (this.ctx.model.sets && !versionAtLeast(this.ctx.model.sets.ExcelApi ?? "1.0", "1.6")) throw new OfficeError("ApiNotFound", "Range.conditionalFormats needs ExcelApi 1.6");
    const t = this.must()!;
    if (this.ctx.model.cfUnreadable?.has(t.sheet.name)) throw new OfficeError("GeneralException", `conditional formats of ${t.sheet.name} cannot be read`);
    const items = t.sheet.cfs.filter((cf) => intersects(cf.range, t.box)).map((cf) => new ConditionalFormatProxy(this.ctx, () => ({ sheet: t.sheet, cf })));
    items.forEach((item) => item.applyLoad(rest));
    this.loaded.set("items", items);
  }
  get items(): ConditionalFormatProxy[] {
    return this.read("items");
  }
  add(type: string): ConditionalFormatProxy {
    this.ctx.requires("ExcelApi", "1.6", "ConditionalFormatCollection.add");
    return new ConditionalFormatProxy(this.ctx, () => {
      const t = this.must()!;
      const cf: CfModel = { id: `{CF-${this.ctx.model.nextId++}}`, type: type as CfModel["type"], range: { ...t.box } };
      t.sheet.cfs.unshift(cf); // Excel gives a new conditional format the top priority
      return { sheet: t.sheet, cf };
    });
  }
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.ctx, () => {
      const t = this.must()!;
      const cf = t.sheet.cfs.filter((x) => intersects(x.range, t.box))[Number(id)];
      if (!cf) throw new OfficeError("ItemNotFound", `conditional format ${id}`);
      return { sheet: t.sheet, cf };
    });
  }
}

interface CfTarget {
  sheet: SheetModel;
  cf: CfModel;
}

class ConditionalFormatProxy extends ClientObject<CfTarget> {
  protected scalar(name: string) {
    // the documented id is the rule's priority in its collection: it shifts when rules are added
    if (name === "id") return (t: CfTarget) => String(t.sheet.cfs.indexOf(t.cf));
    if (name === "type") return (t: CfTarget) => t.cf.type;
    return undefined;
  }
  get id(): string { return this.read("id"); }
  get type(): string { return this.read("type"); }
  get custom(): CustomCfProxy {
    return new CustomCfProxy(this.ctx, () => {
      const t = this.must();
      if (t.cf.type !== "Custom") throw new OfficeError("InvalidOperation", "not a custom conditional format");
      return t.cf;
    });
  }
  private customNull?: CustomCfProxy;
  get customOrNullObject(): CustomCfProxy {
    this.customNull ??= new CustomCfProxy(this.ctx, () => {
      const t = this.must();
      return t.cf.type === "Custom" ? t.cf : null;
    });
    return this.customNull;
  }
  protected loadNested(head: string, rest: string[]): void {
    if (head !== "customOrNullObject") return super.loadNested(head, rest);
    this.customOrNullObject.applyLoad(rest);
  }
  delete(): void {
    this.write((t) => t.sheet.cfs.splice(t.sheet.cfs.indexOf(t.cf), 1));
  }
}

class CustomCfProxy extends ClientObject<CfModel> {
  readonly rule: { formula: string };
  readonly format: { fill: { color: string } };
  constructor(ctx: StandinContext, locate: () => CfModel | null) {
    super(ctx, locate);
    const readFormula = () => this.read<string>("rule/formula");
    const write = (apply: (cf: CfModel) => void) => this.write(apply);
    this.rule = {
      get formula(): string {
        return readFormula();
      },
      set formula(v: string) {
        write((cf) => (cf.formula = v));
      },
    };
    this.format = { fill: { set color(v: string) { write((cf) => (cf.fill = v)); } } as { color: string } };
  }
  protected loadNested(head: string, rest: string[]): void {
    if (head !== "rule" || rest.join() !== "formula") return super.loadNested(head, rest);
    const cf = this.resolve();
    this.loaded.set("rule/formula", cf?.formula);
  }
}

/** Every byte a user owns in the workbook (cells, merges, user CFs, widths), for before/after checks. */
export function userState(model: WorkbookModel, isOurs: (cf: CfModel) => boolean): string {
  return JSON.stringify(
    model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()].sort(),
      merges: s.merges,
      cfs: s.cfs.filter((cf) => !isOurs(cf)),
      widths: [...s.columnWidths.entries()].sort(),
    })),
  );
}
