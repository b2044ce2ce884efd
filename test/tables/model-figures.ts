import type { Figure } from "../../src/tables/types";

/** Every Figure object in a model (or list of models), found by shape, in reading order; `skip` names keys not to enter. */
export function figures(x: unknown, skip: string[] = [], out: Figure[] = []): Figure[] {
  if (Array.isArray(x)) x.forEach((v) => figures(v, skip, out));
  else if (x && typeof x === "object") {
    const o = x as Record<string, unknown>;
    if ("value" in o && "cell" in o && "decimals" in o) out.push(o as unknown as Figure);
    else for (const [k, v] of Object.entries(o)) if (!skip.includes(k)) figures(v, skip, out);
  }
  return out;
}
