/**
 * The golden report: every finding `npm run demo` prints for examples/changji-education-2024.xlsx, reviewed one by
 * one against the seed (test/fixtures/seed/000_dfa22dd2bb6962f3.txt, "seed N" = its line N) and examples/README.md.
 *
 * Each entry is [rule, severity, sheet, cell, expected, actual] with a comment above it saying why it is right:
 * 已公开错误 / published error (the real document is wrong), 尾差 / tail difference (rounding, info only), or
 * 虚构数据 / invented-data consequence (a figure the seed does not publish, chosen as examples/README.md says).
 *
 * Changing this file is a reviewed diff: sample-findings.test.ts prints new entries ready to paste, never rewrites them.
 */
export type GoldenFinding = readonly [rule: string, severity: "error" | "warning" | "info", sheet: string, cell: string, expected: string, actual: string];

export const SAMPLE_FINDINGS: readonly GoldenFinding[] = [
  // 尾差 + 虚构数据: T2 20501 = 1,537.21 + 563.65 (invented 其他收入 split); its 项 carry the seed's 1,196.98 + 340.22 = 1,537.20 tail.
  ["coded-hierarchy", "info", "02收入决算表", "E10", "2,100.85", "2,100.86"],
  // 尾差: T2 财政拨款收入 = T5 by row, so 20501 shows the seed's 1,537.21 against 1,196.98 + 340.22 = 1,537.20.
  ["coded-hierarchy", "info", "02收入决算表", "F10", "1,537.20", "1,537.21"],
  // 尾差 + 虚构数据: seed 合计 2,349.21 vs published 基本 1,196.98 + invented 项目 1,152.22 (each cell rounded from 元).
  ["coded-row-sum", "info", "05一般公共预算支出表", "C7", "2,349.20", "2,349.21"],
  // 尾差: published figures: T5 基本支出 1,196.98 vs T6 人员经费 1,082.40 + 公用经费 114.59 = 1,196.99.
  ["gpb-basic-vs-gpb-expenditure", "info", "05一般公共预算支出表", "D7", "1,196.99", "1,196.98"],
  // 已公开错误: 机关运行保障经费 funding columns swapped (seed 2740-2749, F280) lift Σ项目 当年财政拨款 执行 to 1,510.13 > T5 项目 1,152.22 (invented-derived; 1,142.77 without the swap).
  ["perf-projects-within-gpb-project", "warning", "05一般公共预算支出表", "E7", "≥1,510.13", "1,152.22"],
  // 尾差 + 虚构数据: 205 教育支出 seed 1,537.21 vs invented row split 基本 1,196.98 + 项目 340.22.
  ["coded-row-sum", "info", "05一般公共预算支出表", "C8", "1,537.20", "1,537.21"],
  // 尾差: published 20501 1,537.21 vs its published 项 行政运行 1,196.98 + 一般行政管理事务 340.22.
  ["coded-hierarchy", "info", "05一般公共预算支出表", "C9", "1,537.20", "1,537.21"],
  // 尾差 + 虚构数据: the same 20501 tail across the invented 基本/项目 split of the row.
  ["coded-row-sum", "info", "05一般公共预算支出表", "C9", "1,537.20", "1,537.21"],
  // 已公开错误: 整体表 适龄残疾儿童义务教育入学率 target "=85%" reported 100% (seed 207-211).
  ["perf-equal-target", "warning", "绩效自评", "G18", "=85%", "100%"],
  // 已公开错误: 2023年安全生产奖 成本指标 total 0.98万元 vs 全年预算数 3.00万元 (seed 448-451, 560-562).
  ["perf-cost-budget", "warning", "绩效自评", "E47", "0.98", "3.00"],
  // 已公开错误: target "0.98万元" without a comparison sign (seed 562; the 2022 table writes "<=0.98万元", seed 371).
  ["perf-target-format", "warning", "绩效自评", "F57", "", "0.98万元"],
  // 已公开错误: target "1000元/天" without a comparison sign (seed 577).
  ["perf-target-format", "warning", "绩效自评", "F58", "", "1000元/天"],
  // 已公开错误: 业绩值 "1000/天" drops the 元 of the target "1000元/天" (seed 578).
  ["perf-target-format", "warning", "绩效自评", "G58", "", "1000/天"],
  // 已公开错误: 学生体卫艺 执行率 99.16% scored 9.79; 99.16% × 10 = 9.92 (seed 643-645).
  ["perf-exec-score", "error", "绩效自评", "I67", "9.92", "9.79"],
  // 已公开错误: 开展各项活动经费 "<=66.30万元" met by "=65.5万元" is 100%, published as 65.5/66.30 = 98.8% (seed 766-770).
  ["perf-indicator-rate", "error", "绩效自评", "H78", "100.00%", "98.80%"],
  // 已公开错误: the same indicator scored 9.7 of 10 from the wrong 98.8% (seed 771).
  ["perf-indicator-score", "error", "绩效自评", "I78", "10.00", "9.70"],
  // 已公开错误: 学生体卫艺 总分 99.49分 (seed 813) follows the two wrong scores above; recomputed 99.92.
  ["perf-total-score", "error", "绩效自评", "I81", "99.92", "99.49"],
  // 已公开错误: 完成可行性研究经费 target "3.6万元" without a comparison sign (seed 959).
  ["perf-target-format", "warning", "绩效自评", "F98", "", "3.6万元"],
  // 已公开错误: target "<5%" reported met (100%) by "=5%", which sits on the excluded limit (seed 974-975).
  ["perf-target-format", "warning", "绩效自评", "G99", "", "=5%"],
  // 已公开错误: 开展家庭教育讲座数量 "<=5次" caps a count the project text says is "不少于5次" (seed 2554, 2590-2592).
  ["perf-target-direction", "warning", "绩效自评", "F265", ">=5次", "<=5次"],
  // 已公开错误: 开展主题教育读书活动数量 "<=5次", an upper bound on a count (seed 2605-2607).
  ["perf-target-direction", "warning", "绩效自评", "F266", ">=5次", "<=5次"],
  // 尾差: 认可度 97.67% / 95% = 102.81%, published 102.8% (seed 2680-2684).
  ["perf-indicator-rate", "info", "绩效自评", "H271", "102.81%", "102.80%"],
  // 已公开错误: 机关运行保障经费 当年财政拨款 全年预算数 0.00 but 执行 367.36, 其他资金 the reverse (columns swapped, seed 2740-2749).
  ["perf-fund-within-budget", "error", "绩效自评", "F280", "≤0.00", "367.36"],
  // 已公开错误: 局机关正常运转率 "<=100%", an upper bound on a rate that should be reached (seed 3137-3139).
  ["perf-target-direction", "warning", "绩效自评", "F316", ">=100%", "<=100%"],
  // 已公开错误 (提示): a deviation reason written for an indicator met at 100% with full marks (seed 3268-3278).
  ["perf-deviation-reason", "info", "绩效自评", "N332", "", "年初对普通话测试点覆盖率指标理解不够透彻，设置比较保守，实际完成较好，出现偏差。"],
  // 已公开错误: 1.036万人 / 1万人 = 103.60%, published rounded to 104% (seed 3328-3332).
  ["perf-indicator-rate", "error", "绩效自评", "H336", "103.60%", "104.00%"],
  // 已公开错误: scored 28.8 from the rounded 104%; by the rule 30 × (1 − 3.60%) = 28.92 (seed 3333).
  ["perf-indicator-score", "error", "绩效自评", "I336", "28.92", "28.80"],
  // 已公开错误: 语言文字工作经费 总分 98.80分 (seed 3345) follows the score above; recomputed 98.92.
  ["perf-total-score", "error", "绩效自评", "I337", "98.92", "98.80"],
];
