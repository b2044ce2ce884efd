// Jest global setup: the CLI tests spawn bin/fa-check.js, which runs the compiled JavaScript, so build it
// first (`tsc -b` only rebuilds when a source changed; up to date it takes well under a second).
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = function buildCli() {
  const root = path.resolve(__dirname, "..", "..", "..");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
};
