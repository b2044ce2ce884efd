/**
 * Preview mode (a plain browser, no Office host): the picked .xlsx is read by the file host and
 * validated by the same core. The page cannot change the user's file: marking is a no-op, and the
 * generated 说明 is offered as a text download instead of a new sheet.
 */
import type { GeneratedSheet } from "../src/workbook/generated";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { PaneHost } from "./controller";

export type XlsxReader = (data: ArrayBuffer) => Promise<WorkbookSnapshot>;
/** Hands a text file to the user (a browser download); injected so this module stays DOM-free. */
export type SaveText = (fileName: string, text: string) => void;

/** A generated sheet as text: one line per row, cells separated by tabs, formulas by their result. */
export function sheetText(sheet: GeneratedSheet): string {
  return sheet.rows.map((row) => row.map((c) => String((c.formula ? c.result : c.value) ?? "")).join("\t").trimEnd()).join("\n") + "\n";
}

/** Loads the file host (and ExcelJS) only when a file is picked: Excel users never download it. */
async function defaultReader(): Promise<XlsxReader> {
  const { readXlsx } = await import(/* webpackChunkName: "file-host" */ "../src/hosts/file");
  return readXlsx;
}

/** A picked .xlsx as a snapshot (导入上年工作簿): the same reader, limits and messages as a previewed file. */
export async function readXlsxBytes(data: ArrayBuffer): Promise<WorkbookSnapshot> {
  return (await defaultReader())(data);
}

export async function openPreviewHost(name: string, data: ArrayBuffer, reader?: XlsxReader, save?: SaveText): Promise<PaneHost> {
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
    writeSheets: async (sheets: GeneratedSheet[]): Promise<string[]> => {
      if (!save) throw new Error("预览模式不能写入工作表，请在 Excel 中使用 / Preview cannot write sheets; use the add-in in Excel");
      const base = name.replace(/\.xlsx$/i, "");
      return sheets.map((sheet) => {
        const fileName = `${base}-${sheet.name}.txt`;
        save(fileName, sheetText(sheet));
        return fileName;
      });
    },
  };
}
