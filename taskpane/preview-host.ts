/**
 * Preview mode (a plain browser, no Office host): the picked .xlsx is read by the file host and
 * validated by the same core. The page cannot change the user's file, so marking is a no-op and
 * writing sheets is refused with a message.
 */
import type { GeneratedSheet } from "../src/workbook/generated";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { PaneHost } from "./controller";

export type XlsxReader = (data: ArrayBuffer) => Promise<WorkbookSnapshot>;

/** Loads the file host (and ExcelJS) only when a file is picked: Excel users never download it. */
async function defaultReader(): Promise<XlsxReader> {
  const { readXlsx } = await import(/* webpackChunkName: "file-host" */ "../src/hosts/file");
  return readXlsx;
}

export async function openPreviewHost(name: string, data: ArrayBuffer, reader?: XlsxReader): Promise<PaneHost> {
  const read = reader ?? (await defaultReader());
  const snapshot = await read(data);
  const named: WorkbookSnapshot = { ...snapshot, name: snapshot.name || name };
  return {
    name: "file",
    readWorkbook: async () => named,
    markFindings: async () => undefined,
    clearMarks: async () => undefined,
    // The pane highlights the clicked finding itself; there is no sheet view to scroll.
    select: async () => undefined,
    writeSheets: async (_sheets: GeneratedSheet[]): Promise<string[]> => {
      throw new Error("预览模式不能写入工作表，请在 Excel 中使用 / Preview cannot write sheets; use the add-in in Excel");
    },
  };
}
