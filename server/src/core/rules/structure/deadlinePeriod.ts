import { type DueMonth, dueMonthOf } from "../../model/deadlines.js";
import { proseDeadlinesOf } from "../../model/proseDeadlines.js";
import { isBaselineSection } from "../../targets/pastStatements.js";
import { planPeriodOf, planYearOf } from "../../targets/plan.js";
import type { PlanPeriod } from "../../targets/types.js";
import type { Rule } from "../types.js";

/**
 * A task's 完成时限 must fall inside the plan's life: not before the plan is dated (a 2025 plan
 * whose task is due 2024年底 took the task, deadline and all, from last year's plan; a deadline
 * in the months before the 成文日期 is past when the plan is issued), not before the period its
 * title states (a 2025—2027 plan), and not after it. Read from the 完成时限 the text labels
 * (model/deadlines.ts), and from a 分工表's 完成时限 column (model/tables.ts); 长期坚持, 持续推进 and
 * the like name no date and are left alone. A date the task's own words set (`2022年底前完成首批
 * 攻关项目`, model/proseDeadlines.ts) is held to the first two only: a sentence may look past the
 * plan's period (`2030年前碳达峰` is the national goal a task serves), never back before its date.
 */
export const deadlinePeriod: Rule = {
  meta: {
    id: "structure/deadline-period",
    family: "structure",
    severity: "warning",
    description: "任务的完成时限早于方案成文日期或实施期，或晚于实施期",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "完成时限是考核任务的依据。时限早于方案的成文日期（文首元数据或落款的成文日期；没有日期时取发文字号的年份），方案印发时已经过期，多半是照搬上一年方案时连时限一起抄了过来；早于标题写明的实施期（如“（2025—2027年）”；标题没有写明时，取“实施步骤”“进度安排”各阶段所列的年份）或晚于实施期的，也与方案的期限不符，消息中写明实施期从何而来。只检查写明年份的“完成时限：……”（也写作“完成时间”“时间节点”等；写在括号里、责任单位之后，或不带括号单独成行、写在责任单位括号之后的都算），以及任务分工表中“完成时限”一列的单元格：“2025年底”“2025年6月底前”按所写的年月（只写年份或“年底”的，到该年12月为止；“上半年”到6月，“一季度”到3月），“2023—2025年”按最后一年；“长期坚持”“持续推进”“每年”等没有日期的，以及“2025年起”这样的起始时间不检查。任务正文中写明的时限（“2024年底前完成首批攻关项目”“2025年6月底前，建成……”，即年份或年月后带“前”“之前”的）也检查是否早于成文日期或实施期，但不检查是否晚于实施期（“服务2030年前碳达峰目标”说的是任务所服务的远期目标）；说已完成情况的（“2024年底前已建成”“截至……”）和“发展基础”“工作成效”等部分中的日期不检查。年度计划（如“2025年工作要点”）的任务跨年完成并不少见，不报告晚于当年的时限。哪个日期是对的要由起草人判断，因此不提供自动修复。",
      incorrect:
        "示例市质量强市建设三年行动计划（2025—2027年）\n一、主要任务\n1.实施质量提升行动。〔责任单位：市工信局；完成时限：2024年底〕\n2.推进标准化建设。〔责任单位：市市场监管局；完成时限：2028年12月〕\n",
      correct:
        "示例市质量强市建设三年行动计划（2025—2027年）\n一、主要任务\n1.实施质量提升行动。〔责任单位：市工信局；完成时限：2025年底〕\n2.推进标准化建设。〔责任单位：市市场监管局；完成时限：2027年12月〕\n3.开展对标达标。〔责任单位：市工信局；完成时限：长期坚持〕\n",
    },
  },
  check({ plan, report }) {
    // Every labelled deadline, an attachment's (a 分工表's) included, and the dates tasks set in their words.
    const deadlines = plan.deadlines;
    const inProse = proseDeadlinesOf(plan);
    if (deadlines.length === 0 && inProse.length === 0) return;
    const period = planPeriodOf(plan);
    const dated = /^(\d{4})-(\d{2})/.exec(plan.metadata.date ?? "");
    const year = dated ? Number(dated[1]) : planYearOf(plan);
    const month = dated ? Number(dated[2]) : null;
    /** The finding for a deadline due in `due`, or null where it falls inside the plan's life. */
    const verdict = (due: DueMonth, written: string, laterToo: boolean): string | null => {
      if (year !== null && (due.year < year || (month !== null && due.year === year && due.month < month))) {
        const date = month !== null ? `成文日期（${year}年${month}月）` : `成文年份${year}年`;
        return `${written}早于本方案的${date}，印发时已过期，疑为沿用旧方案的时限`;
      }
      if (period !== null && due.year < period.from) return `${written}早于本方案的实施期（${periodText(period)}）`;
      if (laterToo && period !== null && !period.annual && due.year > period.to) return `${written}晚于本方案的实施期（${periodText(period)}）`;
      return null;
    };
    for (const deadline of deadlines) {
      const due = dueMonthOf(deadline.value);
      const message = due && verdict(due, `完成时限“${deadline.value}”`, true);
      if (message) report({ start: deadline.valueStart, end: deadline.valueStart + deadline.value.length, message });
    }
    for (const deadline of inProse) {
      // A 发展基础 section's dates are history.
      if (isBaselineSection(deadline.item)) continue;
      const due = dueMonthOf(deadline.value);
      const message = due && verdict(due, `任务中的时限“${deadline.value}”`, false);
      if (message) report({ start: deadline.start, end: deadline.end, message });
    }
  },
};

/** The period as the message names it, and where the plan states it when not in its title: the drafter looks there. */
function periodText(period: PlanPeriod): string {
  const years = period.from === period.to ? `${period.from}年` : `${period.from}—${period.to}年`;
  return period.source === "steps" ? `实施步骤所列${years}` : years;
}
