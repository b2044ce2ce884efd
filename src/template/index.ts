/** 插入标准表样: the profile's empty standard tables and the 说明 input sheets, and where they go. */
export { templateSheets, tableSheetName, sheetSnapshot, type TemplateSheet } from "./template";
export { planTemplate, refusalMessage, type TemplatePlan } from "./placement";
export { tableLayout, EXPENSE_CLASSES } from "./layouts";
