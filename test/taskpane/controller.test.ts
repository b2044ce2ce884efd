import { PaneController, type Engine, type PaneHost, type PaneState } from "../../taskpane/controller";
import { DEFAULT_PANE_SETTINGS, storageSettingsStore } from "../../taskpane/settings";
import { storageReviewStore } from "../../taskpane/review-store";
import { CancelledError } from "../../taskpane/controller";
import type { Report } from "../../src/validation/report-model";
import type { Finding } from "../../src/rules/shared/types";
import type { WorkbookSnapshot } from "../../src/workbook/types";

const snapshot: WorkbookSnapshot = {
  name: "sample.xlsx",
  sheets: [{ name: "项目表", origin: { row: 0, col: 0 }, values: [["<img src=x onerror=alert(1)>"]], merges: [] }],
};

const scoreFinding: Finding = {
  rule: "perf-exec-score",
  severity: "error",
  sheet: "项目表",
  cell: "H12",
  related: [],
  message: "执行率得分应为 9.92，表中为 9.79",
  messageEn: "execution score should be 9.92, the table states 9.79",
  expected: "9.92",
  actual: "9.79",
  table: "perf-project",
};

function report(findings: Finding[]): Report {
  return {
    tables: [{ kind: "perf-project", sheet: "项目表", range: "A1:J20", title: "项目支出绩效自评表" }],
    findings,
    summary: { error: findings.filter((f) => f.severity === "error").length, warning: 0, info: 0 },
    unrecognized: [],
    notes: [],
  };
}

function fakeHost(overrides: Partial<PaneHost> = {}) {
  const calls: string[] = [];
  const host: PaneHost = {
    name: "excel",
    readWorkbook: async () => (calls.push("read"), snapshot),
    markFindings: async (f) => void calls.push(`mark:${f.length}`),
    clearMarks: async () => void calls.push("clear"),
    select: async (sheet, cell) => void calls.push(`select:${sheet}!${cell}`),
    writeSheets: async (sheets) => (calls.push(`write:${sheets.length}`), sheets.map((s) => `${s.name} (2)`)),
    ...overrides,
  };
  return { host, calls };
}

function setup(
  options: {
    host?: PaneHost | null;
    engine?: Partial<Engine>;
    openFile?: (n: string, d: ArrayBuffer) => Promise<PaneHost>;
    notice?: string;
    download?: (name: string, blob: Blob) => boolean;
    version?: string;
  } = {},
) {
  const states: PaneState[] = [];
  const seen: unknown[] = [];
  const engine: Engine = {
    validate: (snap, settings) => (seen.push([snap, settings]), report([scoreFinding])),
    rules: () => [{ id: "perf-exec-score", title: "执行率得分", titleEn: "Execution score", severity: "error" }],
    explain: () => [],
    ...options.engine,
  };
  const items = new Map<string, string>();
  let clock = 1000;
  const controller = new PaneController({
    host: options.host === undefined ? fakeHost().host : options.host,
    engine,
    view: { render: (s) => void states.push(structuredClone({ ...s, report: null }) as PaneState) },
    settingsStore: (name) => storageSettingsStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }, name),
    reviewStore: (name) => storageReviewStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }, name),
    clock: () => new Date("2026-12-02T02:00:00Z"),
    openFile: options.openFile,
    notice: options.notice,
    download: options.download,
    version: options.version,
    now: () => (clock += 250),
  });
  return { controller, states, seen, items };
}

describe("PaneController", () => {
  test("validate reads, checks with the saved settings, marks, and reports counts and time", async () => {
    const { host, calls } = fakeHost();
    const { controller, states, seen } = setup({ host });
    await controller.init();
    await controller.saveSettings({ disabled: ["three-public-sum"], administrativeUnit: false });
    await controller.validate();
    expect(calls).toEqual(["read", "mark:1"]);
    expect(seen[0]).toEqual([snapshot, { ...DEFAULT_PANE_SETTINGS, disabled: ["three-public-sum"], administrativeUnit: false }]);
    expect(controller.state.report?.findings).toEqual([scoreFinding]);
    expect(controller.state.elapsedMs).toBe(250);
    expect(controller.state.status).toEqual({ kind: "info", text: "校验完成。" });
    // the steps of a long validation (the engine's own steps appear when it reports them: see below)
    expect(states.map((s) => s.progress?.step).filter(Boolean)).toEqual(["reading", "recognizing", "marking"]);
    expect(controller.state.busy).toBe(false);
    expect(controller.state.progress).toBeNull();
  });

  test("a click on a finding selects its cell; clear removes marks", async () => {
    const { host, calls } = fakeHost();
    const { controller } = setup({ host });
    await controller.goTo(scoreFinding);
    await controller.clearMarks();
    expect(calls).toEqual(["select:项目表!H12", "clear"]);
    expect(controller.state.selected).toBe("项目表!H12");
  });

  test("a host failure shows its message, not a stack, and the pane stays usable", async () => {
    const { host } = fakeHost({
      readWorkbook: async () => {
        throw new Error("工作表受保护 / the sheet is protected");
      },
    });
    const { controller } = setup({ host });
    await controller.validate();
    expect(controller.state.status).toEqual({ kind: "error", text: "操作失败：工作表受保护 / the sheet is protected" });
    expect(controller.state.status?.text).not.toMatch(/\n\s+at /);
    expect(controller.state.busy).toBe(false);
  });

  test("a second click while validating does not start a second run", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { host, calls } = fakeHost({ readWorkbook: async () => (calls.push("read"), await gate, snapshot) });
    const { controller } = setup({ host });
    const first = controller.validate();
    await controller.validate();
    release();
    await first;
    expect(calls.filter((c) => c === "read")).toHaveLength(1);
  });

  test("生成说明 needs a validation first, then writes the generated sheets through the host", async () => {
    const { host, calls } = fakeHost();
    const sheets = [{ name: "说明底稿", rows: [] }];
    const { controller } = setup({ host, engine: { explain: () => sheets } });
    await controller.explain();
    expect(controller.state.status?.text).toBe("请先校验工作簿，再生成说明。");
    await controller.validate();
    await controller.explain();
    expect(calls).toEqual(["read", "mark:1", "write:1"]);
    expect(controller.state.status?.text).toBe("已生成工作表：说明底稿 (2)");
  });

  test("preview: validating before a file is picked asks for one; a bad file gives a clear message", async () => {
    const { controller } = setup({
      host: null,
      openFile: async () => {
        throw new Error("end of central directory not found");
      },
    });
    await controller.init();
    expect(controller.state.preview).toBe(true);
    await controller.validate();
    expect(controller.state.status?.text).toBe("请先选择一个 .xlsx 工作簿。");
    await controller.openFile("x.xlsx", new ArrayBuffer(4));
    expect(controller.state.status?.text).toBe("操作失败：无法读取该文件：请选择 Excel 2007 及以上版本的 .xlsx 工作簿。");
    expect(controller.state.fileName).toBeNull();
  });

  test("preview: a picked file becomes the host, with its own saved settings", async () => {
    const { host, calls } = fakeHost({ name: "file" });
    const { controller, items } = setup({ host: null, openFile: async () => host });
    items.set("fa-checker.settings:甲.xlsx", JSON.stringify({ lang: "en", disabled: ["x"] }));
    await controller.openFile("甲.xlsx", new ArrayBuffer(4));
    expect(controller.state.fileName).toBe("甲.xlsx");
    expect(controller.state.lang).toBe("en");
    await controller.validate();
    expect(calls).toEqual(["read", "mark:1"]);
    expect(controller.state.status?.text).toBe("Validation finished.");
  });

  test("the language switch is remembered and the severity filter changes what is shown", async () => {
    const { controller, items } = setup();
    await controller.init();
    await controller.setLanguage("en");
    expect(JSON.parse(items.get("fa-checker.settings") ?? "{}").lang).toBe("en");
    controller.setSeverityShown("info", false);
    expect([...controller.state.shown].sort()).toEqual(["error", "warning"]);
  });

  test("a host's start-up notice (WPS without AddCustomFunction) is shown, and validating replaces it", async () => {
    const notice = "FA 自定义函数需要 WPS 12.1.0.20540 或更高版本 / The FA functions need WPS 12.1.0.20540 or later";
    const { controller } = setup({ notice });
    await controller.init();
    expect(controller.state.status).toEqual({ kind: "info", text: notice });
    await controller.validate();
    expect(controller.state.status?.text ?? "").not.toBe(notice);
  });

  test("the engine's steps show as progress; cancel stops the run and keeps the pane usable", async () => {
    const { host } = fakeHost();
    let cancel!: () => void;
    const { controller, states } = setup({
      host,
      engine: {
        validate: (_snap, _settings, onProgress) =>
          new Promise((_resolve, reject) => {
            onProgress?.("checking", 0.6);
            cancel = () => reject(new CancelledError());
          }),
        cancel: () => cancel(),
      },
    });
    const run = controller.validate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.state.progress).toMatchObject({ step: "checking", cancellable: true });
    controller.cancel();
    await run;
    expect(states.map((s) => s.progress?.step).filter(Boolean)).toEqual(["reading", "recognizing", "checking"]);
    expect(controller.state.status).toEqual({ kind: "info", text: "已取消。" });
    expect(controller.state.busy).toBe(false);
    expect(controller.state.report).toBeNull();
  });

  test("a reason is saved with the workbook and read back by a new pane on the same workbook", async () => {
    const warning: Finding = { ...scoreFinding, severity: "warning", operands: [{ label: "得分", sheet: "项目表", cell: "H12", value: "9.79" }] };
    const first = setup({ engine: { validate: () => report([warning]) } });
    await first.controller.init();
    await first.controller.validate();
    await first.controller.saveReason(warning, "已与项目单位核实");
    expect(first.controller.state.status?.text).toBe("出错说明已保存在本浏览器中。");
    const stored = JSON.parse(first.items.get("fa-checker.review:") ?? "[]");
    expect(stored).toEqual([expect.objectContaining({ rule: "perf-exec-score", cell: "H12", reason: "已与项目单位核实", at: "2026-12-02T02:00:00.000Z" })]);

    const second = setup({ engine: { validate: () => report([warning]) } });
    second.items.set("fa-checker.review:", JSON.stringify(stored));
    await second.controller.init();
    expect(second.controller.state.waivers.map((w) => w.reason)).toEqual(["已与项目单位核实"]);
    // the figure changed: the reason lapses and the pane says so
    const changed = { ...warning, operands: [{ ...warning.operands![0], value: "9.80" }] };
    const third = setup({ engine: { validate: () => report([changed]) } });
    third.items.set("fa-checker.review:", JSON.stringify(stored));
    await third.controller.init();
    await third.controller.validate();
    expect(third.controller.state.status?.text).toBe("校验完成。 1 条出错说明因数据变化已失效。");
  });

  test("filters: a table, rule or sheet the new report lacks is dropped; search is kept", async () => {
    const { controller } = setup();
    await controller.init();
    controller.setFilter({ rule: "gone-rule", sheet: "项目表", search: "9.79" });
    await controller.validate();
    expect(controller.state.filter).toEqual({ table: "", rule: "", sheet: "项目表", search: "9.79" });
  });

  test("审核报告: written through writeSheets with the summary facts", async () => {
    const { host, calls } = fakeHost();
    const { controller } = setup({
      host,
      engine: {
        facts: () => ({ unit: "某单位", year: "2024" }),
        reportSheet: (_r, _w, meta) => ({ name: "审核结果", rows: [[{ value: `${meta.unit}/${meta.year}/${meta.profile}/${meta.checkedAt.toISOString()}` }]] }),
      },
    });
    await controller.writeReport();
    expect(controller.state.status?.text).toBe("请先校验工作簿，再生成审核报告。");
    await controller.validate();
    await controller.writeReport();
    expect(calls).toEqual(["read", "mark:1", "write:1"]);
    // no profile in the report and none chosen: the summary says it was to be guessed
    expect(controller.reviewMeta()).toMatchObject({ unit: "某单位", year: "2024", profile: "自动判断" });
    expect(controller.state.status?.text).toBe("已生成审核报告：审核结果 (2)");
  });

  test("the report's summary names the profile the rules used", async () => {
    const profile = { id: "shanghai", name: "上海市", nameEn: "Shanghai", guessed: true, reason: "三公表为第7张", reasonEn: "three-public is table 7" };
    const { controller } = setup({ engine: { validate: () => ({ ...report([]), profile }) } });
    await controller.validate();
    expect(controller.reviewMeta().profile).toBe("上海市");
  });
});

describe("PaneController: integration of profiles, capabilities, Word and version", () => {
  test("the profile chosen in the settings is saved and reaches the engine", async () => {
    const { controller, seen, items } = setup();
    await controller.init();
    await controller.saveSettings({ profile: "shanghai" });
    await controller.validate();
    expect((seen[0] as [unknown, { profile: string }])[1].profile).toBe("shanghai");
    expect(JSON.parse(items.get("fa-checker.settings")!).profile).toBe("shanghai");
    await controller.saveSettings({ profile: "no-such-region" });
    expect(controller.state.settings.profile).toBe(""); // unknown ids fall back to guessing
  });

  test("no standard table: an error naming the sheets found, never 未发现问题", async () => {
    const empty: Report = { ...report([]), tables: [], sheets: ["封面", "目录"], notes: ["未识别到部门决算表 / no standard final-accounts table found"] };
    const { controller } = setup({ engine: { validate: () => empty } });
    await controller.validate();
    expect(controller.state.status?.kind).toBe("error");
    expect(controller.state.status?.text).toContain("未识别到部门决算表");
    expect(controller.state.status?.text).toContain("封面、目录");
    expect(controller.state.status?.text).not.toContain("未发现问题");
  });

  test("生成说明 asks for built-in formulas where the host runs no custom functions", async () => {
    const styles: unknown[] = [];
    const engine = { explain: (_s: unknown, _r: unknown, _settings: unknown, options?: unknown) => (styles.push(options), []) };
    for (const customFunctions of [false, true, undefined]) {
      const capabilities = customFunctions === undefined ? undefined : () => ({ customFunctions, mergedAreas: true, web: false, unavailable: [] });
      const { controller } = setup({ host: fakeHost({ capabilities }).host, engine });
      await controller.validate();
      await controller.explain();
    }
    expect(styles).toEqual([{ formulaStyle: "builtin" }, { formulaStyle: "fa" }, { formulaStyle: "fa" }]);
  });

  const word = async () => ({ fileName: "某单位2024年度部门决算说明.docx", blob: new Blob(["PK"]), text: "第一部分 单位概况\n<b>不是标记</b>" });

  test("下载 Word: downloaded where the host allows it", async () => {
    const saved: string[] = [];
    const { controller } = setup({ engine: { word }, download: (name) => (saved.push(name), true) });
    await controller.downloadWord();
    expect(controller.state.status?.text).toBe("请先校验工作簿，再生成说明。");
    await controller.validate();
    await controller.downloadWord();
    expect(saved).toEqual(["某单位2024年度部门决算说明.docx"]);
    expect(controller.state.status?.text).toBe("已下载 某单位2024年度部门决算说明.docx。");
    expect(controller.state.copyText).toBeNull();
  });

  test("下载 Word: where no download is possible, a notice and the 说明 text to copy", async () => {
    for (const download of [undefined, () => false, () => { throw new Error("blocked"); }]) {
      const { controller } = setup({ engine: { word }, download });
      await controller.validate();
      await controller.downloadWord();
      expect(controller.state.status?.text).toContain("此环境不能直接下载文件");
      expect(controller.state.copyText).toBe("第一部分 单位概况\n<b>不是标记</b>");
      controller.closeCopy();
      expect(controller.state.copyText).toBeNull();
    }
  });

  test("the add-in's version is in the state for the footer", async () => {
    const { controller, states } = setup({ version: "1.2.3" });
    await controller.init();
    expect(states.at(-1)?.version).toBe("1.2.3");
  });
});

describe("插入标准表样", () => {
  const { createEngine } = jest.requireActual("../../taskpane/engine") as typeof import("../../taskpane/engine");

  test("writes the chosen profile's tables at their places, then says which", async () => {
    const placed: string[][] = [];
    const { host } = fakeHost({
      readWorkbook: async () => ({ sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [], merges: [] }] }),
      writePlaced: async (p) => (placed.push(p.map((x) => `${x.name}${x.existing ? "*" : ""}`)), p.map((x) => x.name)),
    });
    const { controller } = setup({ host, engine: { template: createEngine().template } });
    await controller.init();
    await controller.saveSettings({ profile: "shanghai" });
    await controller.insertTemplate();
    expect(placed[0][6]).toBe("07财政拨款“三公”经费支出决算表");
    expect(placed[0].slice(-2)).toEqual(["说明底稿", "说明信息"]);
    expect(controller.state.status).toMatchObject({ kind: "info", text: expect.stringMatching(/^已插入标准表样：01收入支出决算总表、/) });
  });

  test("refuses, writing nothing, when a sheet of the same name holds data", async () => {
    const written: unknown[] = [];
    const { host } = fakeHost({
      readWorkbook: async () => ({ sheets: [{ name: "01收入支出决算总表", origin: { row: 0, col: 0 }, values: [["我的表"]], merges: [] }] }),
      writePlaced: async (p) => (written.push(p), []),
    });
    const { controller } = setup({ host, engine: { template: createEngine().template } });
    await controller.init();
    await controller.insertTemplate();
    expect(written).toEqual([]);
    expect(controller.state.status).toMatchObject({ kind: "error", text: expect.stringContaining("01收入支出决算总表") });
  });

  test("a host that cannot write (preview) says where to do it", async () => {
    const { controller } = setup({ engine: { template: createEngine().template } });
    await controller.init();
    await controller.insertTemplate();
    expect(controller.state.status).toMatchObject({ kind: "error", text: expect.stringContaining("fa-check --template") });
  });
});
