/**
 * Every documented limit of the hosts the add-in runs in, one named constant each, with where it is
 * written down. The Excel adapter sizes its reads from these; the test stand-ins enforce them.
 * Where the documentation gives no number and the figure comes from the office-js issue tracker,
 * the constant says so and the adapter stays well under it.
 */

export interface LimitSource {
  title: string;
  url: string;
}

const PERFORMANCE: LimitSource = {
  title: "Excel JavaScript API performance optimization — payload size limit best practices",
  url: "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance",
};
const RESOURCE_LIMITS: LimitSource = {
  title: "Resource limits and performance optimization for Office Add-ins — Excel add-ins",
  url: "https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization",
};

/** Excel on the web: "limits requests and responses to 5 MB"; past it a sync fails (RichApi.Error). */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** "On all platforms, a range is limited to five million cells for get operations." */
export const RANGE_GET_CELL_LIMIT = 5_000_000;
/** Past the cell limit `Range.values` may come back null instead of an error (office-js #4783, #6781; docs PR 5821). */
export const NULL_VALUES_PAST_CELL_LIMIT: LimitSource = {
  title: "Range.values returns null on large ranges instead of throwing an error (office-js #6781, #4783)",
  url: "https://github.com/OfficeDev/office-js/issues/6781",
};
/**
 * Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then
 * this method will fail to return the result" (API reference, ExcelApi 1.13).
 */
export const MERGED_AREAS_MAX_PER_CALL = 512;
export const MERGED_AREAS_SOURCE: LimitSource = {
  title: "Excel.Range class — getMergedAreasOrNullObject()",
  url: "https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)",
};
/**
 * A RangeAreas address string: no documented number. office-js #5198 and office-js-docs-pr #2255
 * report refusals ("The argument is invalid or missing or has an incorrect format") from an address
 * of about 8,200 characters. The stand-in refuses past 8,192.
 */
export const RANGE_AREAS_MAX_ADDRESS_CHARS = 8_192;
export const RANGE_AREAS_SOURCE: LimitSource = {
  title: "Error \"The argument is invalid or missing\" in Worksheet.getRanges (office-js #5198); Limitations of working with multiple ranges (office-js-docs-pr #2255)",
  url: "https://github.com/OfficeDev/office-js/issues/5198",
};
/** getMergedAreasOrNullObject returns only the merges whose top-left cell lies in the range (office-js #3611). */
export const MERGED_AREAS_TOP_LEFT_ONLY: LimitSource = {
  title: "Excel GetMergedAreasOrNullObject only works on top left of merge (office-js #3611)",
  url: "https://github.com/OfficeDev/office-js/issues/3611",
};
/** Reading conditional formats can throw on some builds and rule mixes (office-js #2180, #6827). */
export const CONDITIONAL_FORMAT_READ_CAN_THROW: LimitSource = {
  title: "Cannot load custom conditional format properties when other types are present (office-js #2180); reading conditionalFormats items throws (office-js #6827)",
  url: "https://github.com/OfficeDev/office-js/issues/6827",
};

/** Custom functions: none on volume-licensed perpetual Office 2021 or earlier on Windows, nor on iPad. */
export const CUSTOM_FUNCTIONS_AVAILABILITY: LimitSource = {
  title: "Custom functions naming and localization — platform availability note",
  url: "https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-naming",
};
/** Custom function id: A–Z, 0–9, underscore, period; name: Unicode letters, underscore, period; both start with a letter, at least 3 characters. */
export const FUNCTION_NAME_MIN_LENGTH = 3;
export const FUNCTION_NAMING_RULES: LimitSource = CUSTOM_FUNCTIONS_AVAILABILITY;
/**
 * Office LTSC 2021 (volume licensed) stays on Version 2108, build 16.0.14332.x; Office 2019 volume
 * licensed on Version 1808, build 16.0.10xxx. Custom functions do not run there, although
 * isSetSupported("CustomFunctionsRuntime") may answer true (office-js #3504).
 */
export const VOLUME_LICENSED_BUILD_LINES: readonly number[] = [14332];
export const VOLUME_LICENSED_BUILD_BELOW = 10_500;
export const VOLUME_LICENSED_SOURCE: LimitSource = {
  title: "Update history for Office LTSC 2021 (Version 2108, build 14332.x); CustomFunction support in Office 2021 (office-js #3504)",
  url: "https://learn.microsoft.com/en-us/officeupdates/update-history-office-2021",
};

/** Office.js sets per build (ExcelApi 1.14 = Office 2021 / LTSC, 1.17 = Office 2024 …). */
export const EXCEL_REQUIREMENT_SETS: LimitSource = {
  title: "Excel JavaScript API requirement sets",
  url: "https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets",
};
export const CUSTOM_FUNCTIONS_REQUIREMENT_SETS: LimitSource = {
  title: "Custom Functions requirement sets",
  url: "https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/custom-functions-requirement-sets",
};
export const SHARED_RUNTIME_REQUIREMENT_SETS: LimitSource = {
  title: "Shared runtime requirement sets",
  url: "https://learn.microsoft.com/en-us/javascript/api/requirement-sets/common/shared-runtime-requirement-sets",
};
/** <Override Locale=… Value=…/>: one per locale other than DefaultLocale. */
export const MANIFEST_OVERRIDE: LimitSource = {
  title: "Override element (add-in only manifest), LocaleTokenOverride",
  url: "https://learn.microsoft.com/en-us/javascript/api/manifest/override",
};

/** The limits the stand-ins enforce, for the docs and the report. */
export const MODELLED_LIMITS: { name: string; value: number | string; source: LimitSource }[] = [
  { name: "WEB_PAYLOAD_LIMIT_BYTES", value: WEB_PAYLOAD_LIMIT_BYTES, source: PERFORMANCE },
  { name: "RANGE_GET_CELL_LIMIT", value: RANGE_GET_CELL_LIMIT, source: RESOURCE_LIMITS },
  { name: "NULL_VALUES_PAST_CELL_LIMIT", value: "values: null", source: NULL_VALUES_PAST_CELL_LIMIT },
  { name: "MERGED_AREAS_MAX_PER_CALL", value: MERGED_AREAS_MAX_PER_CALL, source: MERGED_AREAS_SOURCE },
  { name: "RANGE_AREAS_MAX_ADDRESS_CHARS", value: RANGE_AREAS_MAX_ADDRESS_CHARS, source: RANGE_AREAS_SOURCE },
  { name: "MERGED_AREAS_TOP_LEFT_ONLY", value: "top-left rule", source: MERGED_AREAS_TOP_LEFT_ONLY },
  { name: "CONDITIONAL_FORMAT_READ_CAN_THROW", value: "throws", source: CONDITIONAL_FORMAT_READ_CAN_THROW },
  { name: "CUSTOM_FUNCTIONS_AVAILABILITY", value: "none on volume-licensed Office 2021 (Windows)", source: CUSTOM_FUNCTIONS_AVAILABILITY },
  { name: "FUNCTION_NAME_MIN_LENGTH", value: FUNCTION_NAME_MIN_LENGTH, source: FUNCTION_NAMING_RULES },
];
