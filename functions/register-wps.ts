/**
 * Registers the same wrappers in WPS 表格 through wps.AddCustomFunction, with the Chinese
 * descriptions and parameters from definitions.ts. Every WPS argument is normalized first
 * (wps-args.ts: the COM missing marker, Range objects, CVErr codes, dates), so the shared runner sees
 * what Excel passes.
 */
import { DEFINITIONS } from "./definitions";
import { WRAPPERS } from "./functions";
import { normalizeWpsArgs } from "./wps-args";

export const WPS_NAMESPACE = "FA";

export interface WpsCustomFunctionHost {
  AddCustomFunction(
    namespace: string,
    name: string,
    callback: (...args: never[]) => unknown,
    metadata?: {
      description?: string;
      result: { type?: string };
      parameters: { name?: string; type?: string; description?: string }[];
    },
  ): void;
}

/** Registers all FA functions; returns the ids registered. */
export function registerWps(wps: WpsCustomFunctionHost): string[] {
  return DEFINITIONS.map((def) => {
    const wrapper = WRAPPERS[def.id] as (...args: unknown[]) => unknown;
    const callback = (...args: unknown[]) => wrapper(...normalizeWpsArgs(args));
    wps.AddCustomFunction(WPS_NAMESPACE, def.id, callback, {
      description: def.description,
      result: { type: def.result },
      parameters: def.args.map((a) => ({
        name: a.name,
        type: a.type === "range" ? "any" : a.type === "text" ? "string" : a.type,
        description: a.optional ? `${a.description}（可省略）` : a.description,
      })),
    });
    return def.id;
  });
}
