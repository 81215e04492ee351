import { governedByTaskVerb } from "./taskVerbs.js";

/**
 * Headings of a part that tells where a plan starts from rather than what it sets out to do:
 * 发展基础, 发展现状和面临形势, 基本情况, 存在的问题, and a 规划's chapter looking back on the last
 * period (“十四五”时期质量发展成效, 质量强市建设成就, 工作回顾). One reading for the two that need
 * it: its figures are the plan's starting point, not goals (targets/pastStatements.ts), and its
 * items are no tasks of the plan (xref/tasks.ts). A heading that opens with a task's verb sets
 * work on the noun instead (夯实质量发展基础, 优化质量发展环境, 巩固工作成效: model/taskVerbs.ts).
 */
const WHERE_THINGS_STAND =
  /发展基础|工作基础|现实基础|基础条件|发展现状|发展环境|现状|基本情况|面临形势|发展形势|形势|背景|取得的?成效|工作成效|主要成效|存在的?问题/;
/**
 * A heading that ends on what a period achieved, wherever its noun falls: not 预期成效 (the
 * goals, told as results to come), nor a noun the heading goes on past (成效评估).
 */
const LOOKING_BACK = /(?<!预期|预计|目标)(?:成效|成就|成果|回顾)(?=$|[与和及、，,：:。（(])/;

/** Whether `heading` is the title of a part on where things stand or stood (see above). */
export function isBackgroundHeading(heading: string): boolean {
  const noun = WHERE_THINGS_STAND.exec(heading) ?? LOOKING_BACK.exec(heading);
  return noun !== null && !governedByTaskVerb(heading, noun.index);
}
