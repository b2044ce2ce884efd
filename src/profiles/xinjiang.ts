import type { RegionProfile } from "./types";
import { mof } from "./mof";

/**
 * 新疆 (the seed, 昌吉州教育局 2024): the 财政部 template's nine tables, 三公 ninth, empty fund tables
 * published with `…为空表。`, separators on, 预决算差异率, 机关运行经费 = all 公用经费.
 */
export const xinjiang: RegionProfile = {
  ...mof,
  id: "xinjiang",
  name: { zh: "新疆维吾尔自治区", en: "Xinjiang" },
};
