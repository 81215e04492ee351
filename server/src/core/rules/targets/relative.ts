import { parentWording, relativeTo, targetsWithParent } from "../../targets/compare.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";
import { rankAmong } from "../../targets/ranks.js";

/** Whether a direction's phrase has no figure of its own: set against an average or a rank among places. */
const relativePhrase = (phrase: string | null) => relativeTo(phrase) !== null || rankAmong(phrase) !== null;

/**
 * A target set against an average (不低于全国平均水平, 高于全省平均水平2个百分点) where the parent
 * sets a figure or a direction, or the parent's target set against an average where the plan
 * sets a figure: the two cannot be compared, and the plan has not localised the parent's goal as
 * a figure. Not a defect (a plan may follow an average on purpose), so an info a reviewer sees;
 * the target table says the same (无法比较, with the same reason). A relative target against the
 * same average in the parent is compared, and a weaker one is targets/weaker-than-parent's. A rank
 * among places (位居全国前列, 进入全国前十: targets/ranks.ts) is relative to the other areas as an
 * average is, and reported alike.
 */
export const relativeTarget: Rule = {
  meta: {
    id: "targets/relative",
    family: "targets",
    severity: "info",
    description: "目标相对于平均水平或其他地区的排名（如“不低于全国平均水平”“位居全国前列”），没有数值，无法与上位文件的目标比较",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "“不低于全国平均水平”“高于全省平均水平2个百分点”“保持在全国平均水平以上”这类目标以某一平均水平为参照，本身没有数值：要到目标年份公布平均水平后才知道是多少，事先无法与上位文件的数值比较。上位文件（如《质量强国建设纲要》）的数值是其所辖范围要达到的目标，不是届时的全国平均水平，不能代入。本规则在上位文件有同一指标、而一方是相对平均水平的目标、另一方不是时提示（info），并写明上位文件的要求，便于审核是否应落实为具体数值；目标指标表中这些目标标为“无法比较”，说明相同。双方都相对同一平均水平时照常比较（“高于全国平均水平”严于“不低于全国平均水平”），低于上位要求的由 targets/weaker-than-parent 报告；参照的平均水平不同（全国、全省）的不作比较，也在此提示。“位居全国前列”“保持全省第一方阵”“进入全国前十”这类排名目标同样取决于其他地区，没有自己的数值，上位文件给出数值或排名时同样提示、不作比较（上位文件只要求“全面提升”等方向的，排名按同一方向落实）；“稳步提升”这类方向性表述不是排名，仍按方向比较。",
      incorrect: "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率不低于全国平均水平。\n",
      correct: "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到98.5%以上。\n",
    },
  },
  check({ plan, parents, config, report }) {
    for (const { target, comparison, parent, parentTarget } of targetsWithParent(plan, parents, config)) {
      if (comparison.status !== "not-comparable") continue;
      const own = target.kind === "direction" && relativePhrase(target.comparator);
      if (!own && (parentTarget.quantified || !relativePhrase(parentTarget.direction))) continue;
      report({ start: target.start, end: target.end, message: `${quoted(target.indicator)}：${comparison.reason}${parentWording(parent, parents, parentTarget.wording)}` });
    }
  },
};
