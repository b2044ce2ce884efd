/** Associates every FA function id with its wrapper in the Excel shared runtime. */
import { DEFINITIONS } from "./definitions";
import { WRAPPERS } from "./functions";

export function registerExcel(): void {
  if (typeof CustomFunctions === "undefined") return;
  for (const def of DEFINITIONS) CustomFunctions.associate(def.id, WRAPPERS[def.id]);
}

registerExcel();
