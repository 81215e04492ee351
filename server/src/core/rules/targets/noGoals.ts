import type { PlanDocument } from "../../model/types.js";
import { extractTargets } from "../../targets/extract.js";
import { isQualitative } from "../../targets/qualitativeGoals.js";
import type { Rule } from "../types.js";

const LEVELS = /^(市|省|县|区|州|盟|自治区|直辖市)/;
const TASKS_HEADING = /(主要|重点)任务|工作任务|重点工作/;

/**
 * A plan that assigns tasks to units should say what they add up to: a goals section. Only a
 * whole plan is judged — one with a title — not a fragment being drafted on its own.
 */
function expectsGoals(plan: PlanDocument): boolean {
  if (!plan.title && !plan.metadata.title) return false;
  if (plan.metadata.level && LEVELS.test(plan.metadata.level)) return true;
  return plan.allItems.some((item) => item.level <= 2 && TASKS_HEADING.test(item.heading.text));
}

export const noGoals: Rule = {
  meta: {
    id: "targets/no-goals",
    family: "targets",
    severity: "warning",
    description: "方案没有主要目标部分，或主要目标中没有任何量化目标",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "一份部署任务的完整实施方案（有标题，且层级为市、省、县或有“主要任务”“重点任务”部分）应当写明主要目标，而且目标中至少有一项可考核的量化指标。本规则在两种情况下报告：没有“主要目标”“工作目标”“总体目标”“发展目标”“行动目标”“目标任务”“主要指标”等目标部分（“年度目标”“2024年目标”等标题也算；“总体要求”及其下各部分中以“到××年”“力争到××年”开头的目标段落或段中句子（在逗号之后自成分句的“……统筹发展和安全，到2027年，全市……”也算），在句中断行的下一行，以及紧随其后、以“——”开头的各项目标（即《质量强国建设纲要》本身的写法），或段落以冒号引出（如“具体目标是：”）、紧随其后以（一）（二）编号的各项目标，也算目标部分）；有目标部分，但其中只有“不断提高”“保持全国前列”之类的方向性表述，没有数值（“实现中国质量奖零的突破”“填补全市国家级检验检测中心空白”这类定性目标可以考核，算作目标）。年度行动计划（标题如“2016年行动计划”“2024年工作要点”）按年度部署工作，默认不检查。从 PDF 复制、仍按版心宽度折行的方案（structure/hard-wrap），目标按合并折行后的段落读取（“……合格率达”/“到94%以上”是一个目标）。",
      options: "`annualPlans`（布尔，默认 `false`）：为 `true` 时也检查年度行动计划。",
      incorrect: "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n全市质量水平不断提高，公共服务质量满意度保持全国前列。\n二、主要任务\n（一）提升产品质量。\n",
      correct: "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n二、主要任务\n（一）提升产品质量。\n",
    },
  },
  check({ plan, options, report }) {
    const { targets, goalItems, period, cut } = extractTargets(plan);
    if (period?.annual && options["annualPlans"] !== true) return;
    // A plan cut by a PDF's measure (structure/hard-wrap) is read as joined; where it could not
    // be, a target a wrap cuts is missing, and what the plan lacks cannot be told.
    if (!expectsGoals(plan) || cut) return;
    const goals = targets.filter((target) => target.inGoals && !target.baseline);
    if (goalItems.length === 0 && goals.length === 0) {
      const place = plan.title ?? plan.items[0]?.heading;
      if (!place) return;
      report({ start: place.start, end: place.end, message: "方案没有“主要目标”（工作目标、总体目标）部分，任务完成到什么程度无从考核" });
      return;
    }
    // 实现中国质量奖零的突破 can be checked as a figure can: a goal, not a direction.
    if (goals.some((target) => target.kind !== "direction" || isQualitative(target))) return;
    const heading = goalItems[0]?.heading ?? goals[0]!.item?.heading;
    if (!heading) return;
    report({ start: heading.start, end: heading.end, message: "主要目标中没有量化目标：只有方向性表述，没有可考核的数值" });
  },
};
