import type { Finding } from "../rules/shared/types";
import type { WorkbookSnapshot } from "../workbook/types";
import type { GeneratedSheet, SheetPlacement } from "../workbook/generated";
import type { HostCapabilities } from "./excel-requirements";

/**
 * What every host (Excel via Office.js, WPS ET, an .xlsx file) offers the core. The core never
 * touches a host object; the task pane and the CLI talk to the host only through this interface.
 */
export interface HostAdapter {
  readonly name: "excel" | "wps" | "file";
  /** every sheet's used range as plain values, formulas, formats and merges. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** marks each finding's cell by severity, replacing the add-in's previous marks. */
  markFindings(findings: Finding[]): Promise<void>;
  /** removes exactly what markFindings added. */
  clearMarks(): Promise<void>;
  /** selects and scrolls to a cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** adds generated sheets without touching any existing sheet; returns the names used. */
  writeSheets(sheets: GeneratedSheet[]): Promise<string[]>;
  /**
   * writes sheets at places already decided (src/template/placement: a standard table's sheet is
   * identified by its name, not by a generated title row); absent where the host cannot write.
   */
  writePlaced?(placements: SheetPlacement[]): Promise<string[]>;
  /**
   * What this host can do. Generated sheets may use =FA.… formulas only where `customFunctions` is
   * true (not on volume-licensed Office 2021: they would show #NAME?). Absent (file host): false.
   */
  capabilities?(): HostCapabilities;
}
