/**
 * zh-CN functions.json: the generated metadata with Chinese names (执行率 …) taken from
 * definitions.ts. The build writes it beside functions.json; the manifest points zh-CN to it
 * (<Override Locale="zh-CN" …/> on Functions.Metadata.Url). Ids stay English, so formulas keep working.
 */
import { DEFINITION_BY_ID, type FunctionId } from "./definitions";

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

export function localizeMetadata(metadataJson: string): string {
  const metadata = JSON.parse(metadataJson) as { functions: MetadataFunction[] };
  for (const fn of metadata.functions) {
    const def = DEFINITION_BY_ID[fn.id as FunctionId];
    if (!def) continue;
    fn.name = def.nameZh;
    fn.description = def.description;
    fn.parameters.forEach((p, i) => {
      const arg = def.args[i];
      if (arg && arg.name === p.name) p.description = `${arg.nameZh}：${arg.description}`;
    });
  }
  return JSON.stringify(metadata, null, 2);
}
