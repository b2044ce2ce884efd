/**
 * The Excel builds every host test runs against. Requirement sets per build from "Excel JavaScript
 * API requirement sets", "Custom Functions requirement sets" and "Shared runtime requirement sets"
 * (src/hosts/host-limits.ts has the addresses). LTSC 2021 answers isSetSupported true for
 * CustomFunctionsRuntime (the volume-licensed column of the table), yet custom functions do not
 * run on volume-licensed Office 2021 (custom-functions-naming; office-js #3504).
 */
import type { ExcelEnvironment } from "../../../src/hosts/excel-requirements";
import { WEB_PAYLOAD_LIMIT_BYTES } from "../../../src/hosts/host-limits";
import { versionAtLeast, type WorkbookModel } from "./office-standin";

export interface BuildProfile {
  id: string;
  label: string;
  sets: Record<string, string>;
  platform: string;
  version: string;
  /** Excel on the web rejects responses over 5 MB. */
  responseLimit?: number;
  /** does a custom function actually compute here. */
  customFunctionsWork: boolean;
}

export const BUILD_PROFILES: BuildProfile[] = [
  {
    id: "m365",
    label: "Microsoft 365 (current channel, Windows)",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" },
    platform: "PC",
    version: "16.0.19231.20156",
    customFunctionsWork: true,
  },
  {
    id: "ltsc2021",
    label: "Office LTSC 2021, volume licensed (Windows)",
    sets: { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" },
    platform: "PC",
    version: "16.0.14332.20812",
    customFunctionsWork: false,
  },
  {
    id: "office2024",
    label: "Office 2024 (Windows)",
    sets: { ExcelApi: "1.17", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.3" },
    platform: "PC",
    version: "16.0.17928.20114",
    customFunctionsWork: true,
  },
  {
    id: "mac",
    label: "Excel on Mac (16.100)",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" },
    platform: "Mac",
    version: "16.100.25081015",
    customFunctionsWork: true,
  },
  {
    id: "web",
    label: "Excel on the web",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" },
    platform: "OfficeOnline",
    version: "16.0.20210.42301",
    responseLimit: WEB_PAYLOAD_LIMIT_BYTES,
    customFunctionsWork: true,
  },
];

/** What Office.context would answer on this build. */
export function environmentOf(profile: BuildProfile): ExcelEnvironment {
  return {
    isSetSupported: (name, version = "1.1") => profile.sets[name] !== undefined && versionAtLeast(profile.sets[name], version),
    platform: profile.platform,
    version: profile.version,
    customFunctionsGlobal: true,
  };
}

/** Puts the build's limits on a stand-in workbook. */
export function onBuild(model: WorkbookModel, profile: BuildProfile): WorkbookModel {
  model.sets = profile.sets;
  if (profile.responseLimit !== undefined) model.responseLimit = profile.responseLimit;
  return model;
}
