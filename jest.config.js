/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // the CLI tests run the compiled command (bin/fa-check.js → build/cli)
  globalSetup: "<rootDir>/test/cli/support/global-setup.js",
};
