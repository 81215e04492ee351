import type { ResolvedParent } from "../../parents/types.js";
import { formatParentFigure, parentTargetOf, shortTitle } from "../../targets/compare.js";
import { extractTargets } from "../../targets/extract.js";
import { type IndicatorSynonyms, synonymsFor } from "../../targets/synonyms.js";
import type { PlanTarget } from "../../targets/types.js";
import type { Rule } from "../types.js";

const SHARE = /(?:率|比重|比例|占比)$/;
const SATISFACTION = /满意度$/;

/** 985 → 98.5, 9950 → 99.50: the figure with the decimal point the typist dropped, if it fits. */
export function droppedDecimalPoint(valueText: string): string | null {
  if (!/^\d{3,}$/.test(valueText)) return null;
  const candidate = `${valueText.slice(0, 2)}.${valueText.slice(2)}`;
  return Number(candidate) <= 100 ? candidate : null;
}

/** What the parent says of the indicator, when it backs the dropped-decimal reading (985% → 98.5%). */
function parentHint(target: PlanTarget, typo: string, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms): string {
  const found = parentTargetOf(target.indicator, parents, synonyms);
  if (!found || found.target.value === null || Math.abs(found.target.value - Number(typo)) > 1) return "";
  return `，${shortTitle(found.parent)}为${formatParentFigure(found.target)}`;
}

function problemOf(target: PlanTarget, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms): string | null {
  if (target.kind !== "level" || target.value === null) return null;
  const percent = target.unit === "%" || target.unit === "％";
  const highest = Math.max(target.value, target.upper ?? target.value);
  if (percent && highest > 100 && (SHARE.test(target.indicator) || SATISFACTION.test(target.indicator))) {
    const typo = droppedDecimalPoint(target.valueText);
    const hint = typo ? `，疑为“${typo}%”漏了小数点${parentHint(target, typo, parents, synonyms)}` : "";
    return `“${target.indicator}”是比率，不能超过100%，此处为${highest}%${hint}`;
  }
  if (target.unit === "分" && SATISFACTION.test(target.indicator) && highest > 100) {
    return `“${target.indicator}”按百分制计，不能超过100分，此处为${highest}分`;
  }
  if (target.unit === "" && SHARE.test(target.indicator) && target.value > 1 && highest <= 100) {
    return `“${target.indicator}”是比率，数值“${target.valueText}”后缺少“%”`;
  }
  return null;
}

/**
 * Figures that cannot be right as written: a rate above 100%, a satisfaction score above 100
 * points, a rate without its %. The commonest cause is a dropped decimal point (985% for 98.5%)
 * or a dropped %, which the message points out.
 */
export const implausibleTarget: Rule = {
  meta: {
    id: "targets/implausible",
    family: "targets",
    severity: "warning",
    description: "目标值不合常理：比率超过100%、满意度超过100分、比率缺少“%”",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "合格率、覆盖率、比重等比率不能超过100%，百分制的满意度不能超过100分；这类数值多半是漏了小数点（“985%”应为“98.5%”）或漏了“%”（“合格率达到98”）。本规则报告达到、不低于等水平目标中的这类数值，并在能看出时指出疑似的原数。增幅（“增长150%”）可以超过100%，不在此列。无法自动修复：哪一个才是原意只有起草人知道。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到985%，公共服务质量满意度达到850分。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到98.5%，公共服务质量满意度达到85分。\n",
    },
  },
  check({ plan, parents, config, report }) {
    const synonyms = synonymsFor(config);
    for (const target of extractTargets(plan).targets) {
      const message = problemOf(target, parents, synonyms);
      if (message && target.valueSpan) report({ start: target.valueSpan.start, end: target.end, message });
    }
  },
};
