/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // On a 2-core machine jest would run everything in band, in its own process, where memory left behind by
  // one file (far-cell snapshots, fuzz corpora, e2e builds) adds up to a heap overflow: two workers instead,
  // each recycled once it holds more than 1 GB between files.
  maxWorkers: 2,
  workerIdleMemoryLimit: "1GB",
  // the CLI tests run the compiled command (bin/fa-check.js → build/cli)
  globalSetup: "<rootDir>/test/cli/support/global-setup.js",
};
