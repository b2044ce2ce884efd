#!/usr/bin/env node
// fa-check: runs the compiled JavaScript in build/cli (`npm run build:cli`, done by `npm run demo`,
// `npm run fa-check` and `npm pack`), so an install with production dependencies only can start it.
"use strict";
const path = require("path");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "main.js");

function fail(reason) {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
}

let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(entry)) {
    fail("fa-check 尚未编译，请先运行 npm run build:cli / fa-check is not built yet, run npm run build:cli first");
  }
  const detail = String((error && error.message) || error).split("\n", 1)[0];
  fail(`fa-check 无法启动：${detail} / fa-check cannot start: ${detail}`);
}
cli.runCli();
