import { mof } from "./mof";
import { shanghai } from "./shanghai";
import { xinjiang } from "./xinjiang";
import type { RegionProfile } from "./types";

/** Every profile; the first is the fallback when nothing points elsewhere. */
export const PROFILES: readonly RegionProfile[] = [mof, xinjiang, shanghai];

export { PROFILE_IDS } from "./ids";

export function profileById(id: string): RegionProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

export type { RegionProfile, ProfileTable, WordingVariants } from "./types";
