import { targetsWithParent } from "../../targets/compare.js";
import { extractTargets } from "../../targets/extract.js";
import { isChangeCeiling, writtenFigure } from "../../targets/format.js";
import { betterWayByName } from "../../targets/polarity.js";
import type { PlanTarget, TargetSense } from "../../targets/types.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * A goal that moves its indicator the way that is worse (万元GDP用水量上升5%, 质量安全事故起数增长,
 * 产品质量合格率下降) where no parent's goal for it says so: targets/weaker-than-parent reports it
 * against a parent's goal, and nothing did where the plan has no parent, the parent has no such
 * indicator or its year is gone by. Only movements (a change, a direction), not a level's bound:
 * a floor on a share to be low may be meant (抽检问题发现率不低于3%). Which way is better is the
 * parent's word where one states the indicator, else the name's (targets/polarity.ts), else
 * unknown and nothing is said. A figure the plan reports (发展基础, 2022年，…较2020年下降…) is no goal.
 */
export const wrongDirection: Rule = {
  meta: {
    id: "targets/wrong-direction",
    family: "targets",
    severity: "warning",
    description: "目标使指标向不利方向变化（如合格率下降、能耗或事故起数上升）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "合格率、满意度、覆盖率等越高越好，能耗、用水量、排放、事故、伤亡、投诉、不合格等越低越好。目标写成“万元GDP用水量上升5%”“质量安全事故起数增长”“产品质量合格率下降”，是把指标往变差的方向推，多半是“上升”“下降”写反，或把现状（已经下降）写成了目标。上位文件对同一指标有要求的，由 targets/weaker-than-parent 按上位文件的方向报告；本规则报告上位文件没有这一指标（或没有上位文件、上位目标年份已过）时的同样错误。哪个方向更好：上位文件有同一指标的按上位文件，其余按指标名称（以合格率、达标率、满意度、覆盖率、普及率、处理率、整改率等结尾的越高越好，但不合格率、不达标率越低越好；含能耗、水耗、用水量、排放、事故、死亡、伤亡、投诉、不合格、超标、损失、时限、成本的越低越好，以周期、时限、用时、耗时及办理时间、开办时间、审批天数、平均办理天数等办事所用时间结尾的也越低越好（“空气质量优良天数”等按天计数的状态不在此列；“安全生产无事故天数”“零伤亡企业数”等计数的是没有事故、伤亡，越高越好），“平均检验检测周期增加20%”是写反了）；名称不能说明方向的（企业数量、农药使用量、产值，以及抽检的不合格发现率、问题检出率等）不报告。只检查变化（“提高2个百分点”“下降”“不断上升”，以及“由30起增加到40起”“降低到95%”这样以变化动词到达的水平），不检查“不低于”“控制在……以内”等数值界限（“能耗增长控制在2%以内”“涨幅控制在3%以内”是给增长设上限，不是写反）：“抽检问题发现率不低于3%”这类下限是有意为之。方案自述的现状（“发展基础”等部分，或以已过年份开头的句子，如“2022年，全市万元GDP用水量较2020年下降12%”）不是目标，不检查。无法自动修复：是方向写反还是指标写错，要由起草人核对。",
      incorrect: "示例县质量提升行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，全县万元GDP用水量上升5%，质量安全事故起数增长，产品质量合格率下降。\n",
      correct: "示例县质量提升行动方案（2024—2026年）\n一、总体要求\n（一）主要目标\n到2026年，全县万元GDP用水量下降5%，质量安全事故起数减少，产品质量合格率稳步提升。\n",
    },
  },
  check({ plan, parents, config, report }) {
    const movements = extractTargets(plan).targets.filter(isMovement);
    if (movements.length === 0) return;
    // A parent's goal for the indicator says which way it is better; a weaker verdict is the parent rule's finding.
    const parentWay = new Map<PlanTarget, TargetSense | null>();
    for (const { target, comparison, parentTarget } of targetsWithParent(plan, parents, config)) {
      // A parent stating the other end (合格率 for the plan's 不合格率) is better the other way.
      const up = parentTarget.higherIsBetter !== (comparison.otherEnd === true);
      parentWay.set(target, comparison.verdict === "weaker" ? null : up ? "up" : "down");
    }
    for (const target of movements) {
      const fromParent = parentWay.get(target);
      if (fromParent === null) continue;
      const way = fromParent ?? betterWayByName(target.indicator);
      if (way === null || way === target.sense) continue;
      report({
        start: target.start,
        end: target.end,
        message: `${quoted(target.indicator)}越${way === "up" ? "高" : "低"}越好，目标却是“${writtenFigure(target)}”，方向相反：请核对“${target.comparator}”是否写反`,
      });
    }
  },
};

/**
 * A goal that moves its indicator (a change or a direction), not a figure the plan reports, nor a
 * ceiling on a change (能耗增长控制在2%以内 caps the rise: a bound, as 控制在…以内 on a level is).
 */
function isMovement(target: PlanTarget): boolean {
  const moves = target.kind === "delta" || target.kind === "direction" || (target.kind === "level" && CHANGE_TO_LEVEL.test(target.comparator));
  return moves && target.sense !== "keep" && !target.baseline && !target.blank && !target.placeholder && !isChangeCeiling(target);
}

/**
 * A level reached by a change (提高到, 降低至, 增加到, 缩短至): the verb moves the indicator as a
 * change's does (事故起数由30起增加到40起 pushes it the wrong way), where 达到, 不低于 and 控制在 only
 * state a level or a bound.
 */
const CHANGE_TO_LEVEL = /(?:提高|提升|增加|增长|上升|降低|下降|减少|压减|压缩|缩短|缩减)[到至]$/;
