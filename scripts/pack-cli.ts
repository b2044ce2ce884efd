/**
 * Packs fa-check as its own npm package: `npm run pack:cli [-- out-dir]` (default release/cli) writes
 * fa-check-<version>.tgz. The package holds bin/fa-check.js and the compiled build/cli only, and depends
 * only on the modules that compiled code requires (read from the build, versions from package.json), so
 * `npm install -g fa-check-x.y.z.tgz` on a machine with Node and nothing else gives a working command.
 * (The root package's `npm pack` works too, but would drag in the add-in's optional dev tooling.)
 */
import { execFileSync } from "child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { builtinModules } from "module";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

interface RootPackage {
  version: string;
  license?: string;
  engines?: Record<string, string>;
  dependencies: Record<string, string>;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsFiles(full) : name.endsWith(".js") ? [full] : [];
  });
}

/** Package names the compiled CLI requires ("exceljs/lib/x" → "exceljs", "@a/b/c" → "@a/b"). */
export function requiredPackages(buildDir: string): string[] {
  const names = new Set<string>();
  for (const file of jsFiles(buildDir)) {
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/require\("([^"]+)"\)/g)) {
      if (spec.startsWith(".") || spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0])) continue;
      const parts = spec.split("/");
      names.add(spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
    }
  }
  return [...names].sort();
}

function npm(args: string[], cwd: string): string {
  return execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd, encoding: "utf8" });
}

/** Builds, stages and packs; returns the path of the .tgz. */
export function packCli(outDir: string = path.join(ROOT, "release", "cli")): string {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  const root = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as RootPackage;
  const buildDir = path.join(ROOT, "build", "cli");
  const dependencies: Record<string, string> = {};
  for (const name of requiredPackages(buildDir)) {
    const range = root.dependencies[name];
    if (!range) throw new Error(`build/cli requires "${name}", which is not in package.json dependencies`);
    dependencies[name] = range;
  }
  const stage = mkdtempSync(path.join(os.tmpdir(), "fa-check-pack-"));
  try {
    cpSync(path.join(ROOT, "bin", "fa-check.js"), path.join(stage, "bin", "fa-check.js"));
    cpSync(buildDir, path.join(stage, "build", "cli"), { recursive: true });
    cpSync(path.join(ROOT, "README.md"), path.join(stage, "README.md"));
    const pkg = {
      name: "fa-check",
      version: root.version,
      description: "决算校验助手命令行 / final-accounts (部门决算) workbook checker, command line",
      license: root.license,
      bin: { "fa-check": "bin/fa-check.js" },
      files: ["bin/", "build/cli/"],
      engines: root.engines ?? { node: ">=20" },
      dependencies,
    };
    writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    mkdirSync(outDir, { recursive: true });
    const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", path.resolve(outDir)], stage)) as { filename: string }[];
    return path.join(path.resolve(outDir), packed.filename);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const tgz = packCli(process.argv[2]);
  process.stdout.write(`${tgz}\n`);
}
