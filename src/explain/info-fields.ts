/**
 * The labelled inputs of 说明信息: what the nine tables do not hold and the 说明 needs once
 * (单位概况, 三公 具体情况, 政府采购, 国有资产, 其他事项). Each field has a stable id (code) and a
 * Chinese label (what the sheet shows and what reading it back matches on).
 */
export type InfoKind = "text" | "amount" | "count" | "area";

export interface InfoField {
  id: string;
  block: string;
  label: string;
  kind: InfoKind;
  /** what to write, shown beside the input cell. */
  hint?: string;
}

const f = (block: string, kind: InfoKind, pairs: [string, string, string?][]): InfoField[] =>
  pairs.map(([id, label, hint]) => ({ id, block, label, kind, hint }));

export const VEHICLE_CATEGORIES = [
  ["vehicleMinister", "副部（省）级及以上领导用车"],
  ["vehicleHead", "主要负责人用车"],
  ["vehicleConfidential", "机要通信用车"],
  ["vehicleEmergency", "应急保障用车"],
  ["vehicleLaw", "执法执勤用车"],
  ["vehicleSpecial", "特种专业技术用车"],
  ["vehicleRetired", "离退休干部服务用车"],
  ["vehicleOther", "其他用车"],
] as const;

export const INFO_FIELDS: InfoField[] = [
  ...f("基本信息", "text", [
    ["year", "年度", "如 2024"],
    ["unitName", "单位名称"],
    ["unitType", "单位性质", "如（行政单位和参照公务员法管理事业单位）"],
  ]),
  ...f("单位概况", "text", [
    ["functions", "主要职能", "照原文粘贴，按行分段"],
    ["staffing", "人员情况", "照原文粘贴"],
    ["organization", "机构设置", "照原文粘贴"],
  ]),
  ...f("三公经费具体情况", "text", [["abroadContent", "因公出国（境）费开支内容", "如：本单位无因公出国（境）费"]]),
  ...f("三公经费具体情况", "count", [
    ["abroadGroups", "因公出国（境）团组数（个）"],
    ["abroadPeople", "因公出国（境）人次"],
  ]),
  ...f("三公经费具体情况", "text", [["vehicleContent", "公务用车运行维护费开支内容"]]),
  ...f("三公经费具体情况", "count", [
    ["vehiclePurchased", "公务用车购置数（辆）"],
    ["vehicleHeld", "公务用车保有量（辆）"],
    ["vehicleAssets", "国有资产占用情况中固定资产车辆（辆）"],
  ]),
  ...f("三公经费具体情况", "text", [
    ["vehicleGapReason", "固定资产车辆与公务用车保有量差异原因"],
    ["receptionContent", "公务接待费开支内容"],
  ]),
  ...f("三公经费具体情况", "count", [
    ["receptionBatches", "国内公务接待批次"],
    ["receptionPeople", "国内公务接待人次"],
  ]),
  ...f("政府采购", "amount", [
    ["procurementTotal", "政府采购支出总额（万元）"],
    ["procurementGoods", "政府采购货物支出（万元）"],
    ["procurementWorks", "政府采购工程支出（万元）"],
    ["procurementServices", "政府采购服务支出（万元）"],
    ["procurementSme", "授予中小企业合同金额（万元）"],
    ["procurementSmall", "其中：授予小微企业合同金额（万元）"],
  ]),
  ...f("国有资产占用", "area", [["buildingArea", "房屋面积（平方米）"]]),
  ...f("国有资产占用", "amount", [["buildingValue", "房屋价值（万元）"]]),
  ...f("国有资产占用", "count", [["vehicleCount", "车辆总数（辆）"]]),
  ...f("国有资产占用", "amount", [["vehicleValue", "车辆价值（万元）"]]),
  ...f("国有资产占用", "count", VEHICLE_CATEGORIES.map(([id, label]) => [id, `${label}（辆）`] as [string, string])),
  ...f("国有资产占用", "text", [["vehicleOtherUse", "其他用车主要是", "如：一般公务用车"]]),
  ...f("国有资产占用", "count", [["bigEquipment", "单价100万元（含）以上设备（不含车辆）（台套）"]]),
  ...f("其他", "text", [
    ["performanceSummary", "绩效管理说明", "成效、问题、改进措施，接在预算绩效首句之后"],
    ["otherMatters", "其他需说明的事项", "如：本单位无其他需说明的事项。"],
  ]),
];

export const INFO_BY_ID = new Map(INFO_FIELDS.map((field) => [field.id, field]));
export const INFO_BY_LABEL = new Map(INFO_FIELDS.map((field) => [field.label, field]));

/** The placeholder of an empty field: never a made-up figure. */
export function infoPlaceholder(id: string): string {
  const label = INFO_BY_ID.get(id)?.label.replace(/（[^（）]*）$/, "") ?? id;
  return `【请填写${label}】`;
}
