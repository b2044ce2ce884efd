import { excelCapabilities, isVolumeLicensedWindows, officeEnvironment } from "../../../src/hosts/excel-requirements";
import { wpsCapabilities } from "../../../src/hosts/wps";
import { capabilityNotice } from "../../../taskpane/hosts";
import { BUILD_PROFILES, environmentOf } from "./build-profiles";

const ltsc = BUILD_PROFILES.find((p) => p.id === "ltsc2021")!;

test.each([
  ["PC", "16.0.14332.20812", true], // Office LTSC 2021 (Version 2108)
  ["PC", "16.0.10417.20030", true], // Office 2019 volume licensed
  ["PC", "16.0.19231.20156", false], // Microsoft 365
  ["Mac", "16.0.14332.20812", false],
  ["OfficeOnline", "16.0.10417.20030", false],
  ["PC", "garbage", false],
])("volume-licensed Windows build: %s %s → %s", (platform, version, expected) => {
  expect(isVolumeLicensedWindows({ platform, version })).toBe(expected);
});

test("the custom-functions flag is false on LTSC 2021 although isSetSupported says true", () => {
  const env = environmentOf(ltsc);
  expect(env.isSetSupported("CustomFunctionsRuntime", "1.1")).toBe(true);
  expect(excelCapabilities(env).customFunctions).toBe(false);
  expect(excelCapabilities({ ...environmentOf(BUILD_PROFILES[0]), customFunctionsGlobal: false }).customFunctions).toBe(false);
});

test("the pane's notice names what is missing in Chinese and English, and is null when nothing is", () => {
  const notice = capabilityNotice({ capabilities: () => excelCapabilities(environmentOf(ltsc)) });
  expect(notice).toMatch(/自定义函数.* \/ This Excel has no custom functions/);
  expect(capabilityNotice({ capabilities: () => excelCapabilities(environmentOf(BUILD_PROFILES[0])) })).toBeNull();
  expect(capabilityNotice(null)).toBeNull();
});

test("the environment is read from Office.context, and absent outside Office", () => {
  expect(officeEnvironment({})).toBeNull();
  const env = officeEnvironment({
    Office: { context: { requirements: { isSetSupported: (n: string) => n === "ExcelApi" }, diagnostics: { platform: "PC", version: "16.0.14332.1" } } },
  })!;
  expect([env.isSetSupported("ExcelApi"), env.platform, env.customFunctionsGlobal]).toEqual([true, "PC", false]);
});

test("WPS has custom functions exactly where wps.AddCustomFunction exists", () => {
  expect(wpsCapabilities({ wps: { AddCustomFunction: () => undefined } }).customFunctions).toBe(true);
  expect(wpsCapabilities({ wps: {} }).customFunctions).toBe(false);
});
