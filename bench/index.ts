/** `npm run bench`: runs every bench/*.ts module's exported run() in turn. */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const modules = readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && f !== "index.ts" && !f.endsWith(".d.ts"))
    .sort();
  for (const file of modules) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, file)) as { run?: () => unknown };
    if (typeof mod.run !== "function") continue;
    console.log(`\n== bench/${file}`);
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
