#!/usr/bin/env node
// fa-check shim: runs the TypeScript entry through tsx's CommonJS hook (installed by `npm ci`),
// so the command needs no build step and can never run a stale compiled copy.
"use strict";
const path = require("path");

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

try {
  require("tsx/cjs/api").register();
} catch {
  fail("缺少 tsx，请先运行 npm ci / tsx is missing, run npm ci first");
}
let cli;
try {
  cli = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
} catch (error) {
  const detail = String((error && error.message) || error).split("\n", 1)[0];
  fail(`fa-check 无法启动：${detail} / fa-check cannot start: ${detail}`);
}
cli.runCli();
