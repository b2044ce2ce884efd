/**
 * A workbook past a read limit in the pane: its own notice (which limit, the figure, what to do), not
 * "not an .xlsx" nor a generic failure, whether the preview's file read or a host's read hit the limit.
 */
import { limitNotice, PaneController, type Engine, type PaneHost } from "../../taskpane/controller";
import { openPreviewHost } from "../../taskpane/preview-host";
import { storageSettingsStore } from "../../taskpane/settings";
import { t } from "../../taskpane/i18n";
import { limitExceeded } from "../../src/hosts/read-limits";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheetXml, xlsxBytes } from "../reader/support/xlsx-parts";

const snapshot: WorkbookSnapshot = { name: "a.xlsx", sheets: [{ name: "表", origin: { row: 0, col: 0 }, values: [[1]], merges: [] }] };

/** One shared string of 40,000 characters: past the default limit of 32,767 (Excel's own cell limit). */
function longTextWorkbook(): ArrayBuffer {
  const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: ["长".repeat(40_000)] });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function setup(host: PaneHost | null, openFile?: (name: string, data: ArrayBuffer) => Promise<PaneHost>) {
  const items = new Map<string, string>();
  const engine: Engine = { validate: () => ({ tables: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, unrecognized: [], notes: [] }), rules: () => [], explain: () => [] };
  const rendered: { limit: unknown; status: unknown }[] = [];
  const controller = new PaneController({
    host,
    engine,
    view: { render: (s) => void rendered.push({ limit: s.limit, status: s.status }) },
    settingsStore: (name) => storageSettingsStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }, name),
    openFile,
  });
  return { controller, rendered };
}

describe("the pane's read-limit notice", () => {
  test("preview: a picked workbook past a limit (the real file reader) gives the notice with limit, figures and flag", async () => {
    const { controller } = setup(null, (name, data) => openPreviewHost(name, data));
    await controller.init();
    await controller.openFile("大.xlsx", longTextWorkbook());
    expect(controller.state.limit).toEqual({
      messageZh: expect.stringMatching(/^超出读取限制：单个文本长度达到 40,000，上限 32,767/),
      messageEn: expect.stringMatching(/^read limit exceeded: length of one text reaches 40,000 characters, limit 32,767/),
      flag: "--max-string",
    });
    // a notice, not a failure: no "操作失败" and not "not an .xlsx"
    expect(controller.state.status).toBeNull();
    expect(t("zh", "limitAdvice", { flag: "--max-string" })).toContain("--max-string");
    // nothing to validate: the usual "pick a file" message, and the notice goes with the next action
    await controller.validate();
    expect(controller.state.status?.text).toBe(t("zh", "noFile"));
  });

  test("preview: a file that is not an .xlsx still says so, with no limit notice", async () => {
    const { controller } = setup(null, (name, data) => openPreviewHost(name, data));
    await controller.openFile("x.xlsx", new TextEncoder().encode("not a zip").buffer as ArrayBuffer);
    expect(controller.state.limit).toBeNull();
    expect(controller.state.status).toEqual({ kind: "error", text: t("zh", "failed", { reason: t("zh", "notXlsx") }) });
  });

  test("a host read past a limit: the notice while the pane stays usable; the next good read clears it", async () => {
    let over = true;
    const calls: string[] = [];
    const host: PaneHost = {
      name: "excel",
      readWorkbook: async () => {
        if (over) throw limitExceeded("cells", 10_000_001, 10_000_000);
        return snapshot;
      },
      markFindings: async () => void calls.push("mark"),
      clearMarks: async () => undefined,
      select: async () => undefined,
      writeSheets: async () => [],
    };
    const { controller, rendered } = setup(host);
    await controller.validate();
    expect(controller.state.limit?.flag).toBe("--max-cells");
    expect(controller.state.limit?.messageZh).toContain("单元格数达到 10,000,001，上限 10,000,000");
    expect(controller.state.busy).toBe(false);
    expect(calls).toEqual([]);
    expect(rendered.at(-1)).toEqual({ limit: controller.state.limit, status: null });
    over = false;
    await controller.validate();
    expect(controller.state.limit).toBeNull();
    expect(calls).toEqual(["mark"]);
  });

  test("an error that crossed a thread (a plain object with the fields) is still recognized; other errors are not", () => {
    const crossed = structuredClone({ ...limitExceeded("totalBytes", 2_000_000_000, 1_073_741_824) });
    expect(crossed).not.toBeInstanceOf(Error);
    expect(limitNotice(crossed)).toEqual({ messageZh: expect.stringContaining("解压后总大小达到 2,000,000,000"), messageEn: expect.stringContaining("total inflated size"), flag: "--max-inflated" });
    expect(limitNotice(new Error("超出读取限制"))).toBeNull();
    expect(limitNotice({ problem: "limit", limit: "toString", figure: 1, bound: 1, messageZh: "", messageEn: "" })).toBeNull();
  });
});
