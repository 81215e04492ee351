import { extractTargets } from "../../targets/extract.js";
import { holdsToNone } from "../../targets/zeroGoals.js";
import type { NumberedItem, PlanDocument } from "../../model/types.js";
import type { PlanTarget } from "../../targets/types.js";
import { misreadNumbersOf } from "../../text/ocrDigits.js";
import { hasValueIn } from "../../text/sorted.js";
import type { Rule } from "../types.js";

const quantified = (target: PlanTarget) => target.kind !== "direction";
/** A figure set, not reported: a year that governs only figures the plan reports (its 发展基础: 截至2025年底，…达到94.6%) sets no goal. */
const setsFigure = (target: PlanTarget) => quantified(target) && !target.baseline;

/**
 * How far ahead a plan can set a goal: three five-year plan periods. The longest horizon a plan
 * sets in practice is the 2035 远景目标, set in 2020 (and in the 2023 outline, 12 years ahead);
 * a year further from the plan's date is a slip of the keys (2053 for 2035, 2205 for 2025).
 */
const FARTHEST_AHEAD = 15;
/**
 * Without a date the plan could be from any year, so only a year no plan in force can set is
 * reported: after 2060, the 碳中和 year and the farthest horizon of national policy.
 */
const FARTHEST_YEAR = 2060;

/**
 * A goal's year must fall inside the plan's life: not before the plan is dated (a 2024 plan that
 * says 到2022年 copied an old plan's goals), not after its stated period (a 2023—2027 plan that
 * sets 到2030年 figures) nor implausibly far from its date (到2053年 in a 2024 plan), and stated at all for the figures of the goals section.
 */
export const targetHorizon: Rule = {
  meta: {
    id: "targets/horizon",
    family: "targets",
    severity: "warning",
    description: "目标年份早于方案成文年份、晚于方案实施期或远超方案期限，或主要目标没有写明目标年份",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "目标年份（“到2025年”，或进行中的五年规划期“‘十四五’期间”，即其末年2025年）决定一项目标何时考核。本规则报告三种情况：目标年份早于方案的成文年份（文首元数据的成文日期、印发日期或发文字号中的年份），没有成文日期的，早于标题中写明的实施期（“（2026—2028年）”的方案仍写“到2025年”），多见于照搬旧方案；目标年份晚于标题中写明的实施期（如“（2023—2027年）”，或标题中的五年规划期“‘十四五’”即2021—2025年，书名号中所引文件的除外），标题没有写明的，晚于实施步骤（时间安排、进度安排）各阶段所注年份的起止（如“动员部署阶段（2023年6月—7月）……总结提升阶段（2024年11月—12月）”即2023—2024年）；两处都没有实施期时，目标年份比成文年份晚15年以上（实施方案最长看三个五年规划期，2020年提出的2035年远景目标即15年；“到2053年”“到2205年”多为笔误），没有成文日期的，晚于2060年（碳中和之年，国家规划设定的最远年份）；主要目标部分的量化目标既没有“到××年”，标题和实施步骤也没有实施期。只报告管着量化目标的年份：回顾已取得成绩的“到2022年底，已建成……”不算，发展基础中只管着现状数据的年份（“截至2025年底，全市……达到94.6%”）也不算；“到2035年”的远景目标如不含数值也不报告。目标年份被扫描件文字识别误读（“到2O25年”）的，由 text/ocr-digit 报告并修复，本规则不再报告这些目标没有年份。年度行动计划的实施期是当年。",
      incorrect: "---\n成文日期: 2024-04-21\n---\n示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到2022年，全市制造业产品质量合格率达到94%以上。\n",
      correct: "---\n成文日期: 2024-04-21\n---\n示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到2025年，全市制造业产品质量合格率达到94%以上。\n",
    },
  },
  check({ plan, report }) {
    const { horizons, planYear, period, targets, goalItems } = extractTargets(plan);
    const dated = planYear ?? period?.from ?? null;
    for (const horizon of horizons) {
      if (!horizon.targets.some(setsFigure)) continue;
      if (planYear !== null && horizon.year < planYear) {
        report({ ...horizon, message: `目标年份${horizon.year}年早于本方案的成文年份${planYear}年，目标已过期，疑为沿用旧方案` });
      } else if (period && !period.annual && period.source !== "steps" && horizon.year < period.from) {
        // An undated draft (征求意见稿) of a 2026—2028 plan that still says 到2025年: its title's
        // period dates it, and the goal ends before the plan begins, as a copied one does. Not the
        // steps' years: a plan may date only its later stages, and its goals may come before them.
        report({ ...horizon, message: `目标年份${horizon.year}年早于本方案的实施期（${period.from}—${period.to}年），目标在方案实施前已到期，疑为沿用旧方案` });
      } else if (period && !period.annual && horizon.year > period.to) {
        report({ ...horizon, message: `目标年份${horizon.year}年晚于本方案${period.source === "steps" ? "实施步骤所列" : ""}的实施期（${period.from}—${period.to}年）` });
      } else if (dated !== null && horizon.year > dated + FARTHEST_AHEAD) {
        report({
          ...horizon,
          message: `目标年份${horizon.year}年比本方案的${planYear !== null ? "成文" : "起始"}年份${dated}年晚${horizon.year - dated}年，远超实施方案的期限（最长三个五年规划期，${FARTHEST_AHEAD}年），疑为笔误`,
        });
      } else if (dated === null && horizon.year > FARTHEST_YEAR) {
        report({ ...horizon, message: `目标年份${horizon.year}年晚于国家规划设定的最远年份（${FARTHEST_YEAR}年），疑为笔误` });
      }
    }
    // A ceiling of none (重大质量安全事故零发生) holds every year: a bottom line, with no year to reach.
    let undated = targets.filter((target) => target.inGoals && setsFigure(target) && target.horizon === null && !holdsToNone(target));
    // 到2O25年: the year is there, misread by text recognition; text/ocr-digit says so and its fix
    // gives the goals their year. One defect, one finding.
    if (undated.length > 0) {
      const years = misreadYears(plan);
      if (years.length > 0) undated = undated.filter((target) => !misreadYearGoverns(plan.text, years, target, goalItems));
    }
    if (undated.length > 0) {
      const first = undated[0]!;
      report({
        start: first.start,
        end: first.end,
        message: `主要目标中有${undated.length}项量化目标没有写明目标年份（如“到2025年”），方案标题和实施步骤也没有写明实施期`,
      });
    }
  },
};

/** Where the misread years start (text/ocrDigits.ts: `2O25` before 年), in order: read once. */
function misreadYears(plan: PlanDocument): number[] {
  const { text } = plan;
  const starts: number[] = [];
  for (const misread of misreadNumbersOf(plan)) if (misread.digits.length === 4 && text.charCodeAt(misread.end) === YEAR) starts.push(misread.start);
  return starts;
}

/**
 * Whether a misread year stands where the target's horizon would: before it, in the goals item
 * it is under, or its own item (a horizon governs the rest of its item, targets/extract.ts), or
 * on its line where it has no item.
 */
function misreadYearGoverns(text: string, years: readonly number[], target: PlanTarget, goalItems: readonly NumberedItem[]): boolean {
  const goals = goalItems.find((item) => item.start <= target.start && target.start < item.end);
  const from = goals ? goals.start : target.item ? target.item.start : text.lastIndexOf("\n", target.start) + 1;
  return hasValueIn(years, from, target.start);
}

const YEAR = 0x5e74; // 年
