/**
 * What the CLI reads besides the cells: the 出错说明 the pane saved in the workbook's add-in settings
 * (xl/webextensions/webextension*.xml), and a --config file (the pane's settings as JSON).
 */
import { readFile } from "fs/promises";
import { inflateRawSync } from "zlib";
import { nodeInflate } from "../hosts/inflate";
import { DEFAULT_READ_LIMITS } from "../hosts/read-limits";
import { openZip } from "../hosts/zip";
import { sanitizeConfig, type ReviewConfig } from "../review/config";
import { waiversFromWebExtension } from "../review/stored-reviews";
import type { Waiver } from "../review/waivers";
import { UsageError } from "./args";

/** The workbook's stored reasons, from the bytes the check already read; none without add-in settings. */
export async function storedWaivers(bytes: Uint8Array): Promise<Waiver[]> {
  try {
    // the same bounded inflation as the reader: an add-in settings part is no way around the limits
    const zip = openZip(bytes, nodeInflate(inflateRawSync), DEFAULT_READ_LIMITS);
    if (!zip) return [];
    const waivers: Waiver[] = [];
    for (const name of zip.names.filter((n) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(n))) {
      waivers.push(...waiversFromWebExtension((await zip.text(name)) ?? ""));
    }
    return waivers;
  } catch {
    return []; // the check itself reports an unreadable file
  }
}

export async function readConfig(path: string): Promise<ReviewConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`找不到配置文件：${path} / config file not found: ${path}`);
  }
  try {
    return sanitizeConfig(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch {
    throw new UsageError(`配置文件不是有效的 JSON：${path} / the config file is not valid JSON: ${path}`);
  }
}
