/**
 * A duty to report on the work (每季度末向领导小组办公室报送工作信息不少于1篇, 每月上报工作动态2期): how
 * the units keep the leading group informed, a rule of how the plan is run, never a goal of the
 * plan's — read as one, the table showed a level of “末向领导小组办公室报送工作信息” a reviewer would
 * hold to nothing and compare with no parent. Tested on the clause's words before the figure: a
 * verb that sends a report up (报送, 上报, 呈报) and, after it, what tells of the work (信息, 简报,
 * 动态, 材料 …) right before the figure's comparator. 报告 is left out: 出具检验报告8000份 counts
 * reports issued, work of the plan's.
 */
const SENDS_UP = "报送|上报|呈报";
const WORD_OF_THE_WORK = "信息|简报|专报|动态|材料|情况|总结|稿件|经验做法";
const REPORTING_DUTY = new RegExp(`(?:${SENDS_UP})[^，,；;。：:\\d]{0,12}(?:${WORD_OF_THE_WORK})[^，,；;。：:\\d]{0,6}$`);

/** Whether the words before a figure (its clause, to the comparator) state a duty to report on the work. */
export const isReportingDuty = (words: string): boolean => words.includes("报") && REPORTING_DUTY.test(words);
