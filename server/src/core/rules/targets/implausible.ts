import { spanFix } from "../../fixes/fix.js";
import { toHalfwidthFigures } from "../../model/numerals.js";
import type { ResolvedParent } from "../../parents/types.js";
import { formatParentFigure, parentTargetOf, shortTitle } from "../../targets/compare.js";
import { extractTargets } from "../../targets/extract.js";
import { type IndicatorSynonyms, synonymsFor } from "../../targets/synonyms.js";
import type { PlanTarget } from "../../targets/types.js";
import type { Fix, Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";
import { SpanCover } from "../../text/coverage.js";
import { misreadNumbersOf } from "../../text/ocrDigits.js";

const SHARE = /(?:率|比重|比例|占比)$/;
const SATISFACTION = /满意度$/;
/**
 * Rates of things done well (合格率, 满意度, 优良率 …): a plan's figure for them is high, so a
 * reading of a tenth of 105% (10.5% 合格率) is no typo anyone made. A share (覆盖率, 比重) may be small.
 */
const HIGH_RATE = /(?:合格|符合|达标|优良|合规|通过|及格|完好|准确|正确|办结|知晓|满意|验收|抽检|监测)(?:率|度)$/;
/** How far from a figure the plan or its parent states a dropped-decimal reading may be to be believed. */
const NEAR = 5;

/**
 * 985 → 98.5, 9950 → 99.50: the figure with the decimal point the typist dropped, if it fits;
 * null when none fits or the reading ends in zeros only (150 is not a dropped 15.0: no one
 * writes 15.0%). Full-width digits (９８５) are read as the figure they are.
 */
export function droppedDecimalPoint(valueText: string): string | null {
  const digits = toHalfwidthFigures(valueText);
  if (!/^\d{3,}$/.test(digits) || /^0+$/.test(digits.slice(2))) return null;
  const candidate = `${digits.slice(0, 2)}.${digits.slice(2)}`;
  return Number(candidate) <= 100 ? candidate : null;
}

/**
 * Whether a dropped-decimal reading of a rate is one to suggest: near the parent's figure for the
 * indicator when the parent states one, else near another figure the plan gives it, else only
 * for a rate that may be small (a 合格率 of 10.5% is no reading of 105%).
 */
function plausibleReading(target: PlanTarget, typo: number, parentValue: number | null, planFigures: () => ReadonlyMap<string, number[]>, synonyms: IndicatorSynonyms): boolean {
  if (parentValue !== null) return Math.abs(parentValue - typo) <= NEAR;
  const figures = planFigures().get(synonyms.keyOf(target.indicator));
  if (figures && figures.length > 0) return figures.some((figure) => Math.abs(figure - typo) <= NEAR);
  return !HIGH_RATE.test(target.indicator);
}

/** The parent's figure in % for the indicator, and the words naming it (`，纲要为98%以上`). */
function parentFigure(target: PlanTarget, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms): { value: number; hint: string } | null {
  const found = parentTargetOf(target.indicator, parents, synonyms);
  if (!found || found.target.value === null || !/^[%％]$/.test(found.target.unit ?? "")) return null;
  return { value: found.target.value, hint: `，${shortTitle(found.parent)}为${formatParentFigure(found.target)}` };
}

interface Problem {
  message: string;
  /** The value with the point put back, offered (never applied in bulk): only the typist knows. */
  suggestion: Fix | null;
}

function problemOf(target: PlanTarget, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms, planFigures: () => ReadonlyMap<string, number[]>): Problem | null {
  if (target.kind !== "level" || target.value === null) return null;
  const percent = target.unit === "%" || target.unit === "％";
  const highest = Math.max(target.value, target.upper ?? target.value);
  if (percent && highest > 100 && (SHARE.test(target.indicator) || SATISFACTION.test(target.indicator))) {
    const typo = droppedDecimalPoint(target.valueText);
    const parent = typo ? parentFigure(target, parents, synonyms) : null;
    const plausible = typo !== null && plausibleReading(target, Number(typo), parent?.value ?? null, planFigures, synonyms);
    const hint = plausible ? `，疑为“${typo}%”漏了小数点${parent && Math.abs(parent.value - Number(typo)) <= 1 ? parent.hint : ""}` : "";
    const written = target.valueText;
    // The point in the figure's own width: ９８５ becomes ９８．５, 985 98.5; nothing else changes.
    const point = written.charCodeAt(2) >= 0xff10 ? "．" : ".";
    const suggestion = plausible && target.valueSpan ? spanFix(`改为“${written.slice(0, 2)}${point}${written.slice(2)}”`, target.valueSpan.start + 2, target.valueSpan.start + 2, point) : null;
    return { message: `${quoted(target.indicator)}是比率，不能超过100%，此处为${highest}%${hint}`, suggestion };
  }
  if (target.unit === "分" && SATISFACTION.test(target.indicator) && highest > 100) {
    return { message: `${quoted(target.indicator)}按百分制计，不能超过100分，此处为${highest}分`, suggestion: null };
  }
  if (target.unit === "" && SHARE.test(target.indicator) && target.value > 1 && highest <= 100) {
    return { message: `${quoted(target.indicator)}是比率，数值“${target.valueText}”后缺少“%”`, suggestion: null };
  }
  return null;
}

/** The figures in % the plan gives each indicator (by synonym key) that a rate can have. */
function percentFigures(targets: readonly PlanTarget[], synonyms: IndicatorSynonyms): Map<string, number[]> {
  const figures = new Map<string, number[]>();
  for (const target of targets) {
    if (target.kind !== "level" || target.value === null || target.value > 100 || (target.unit !== "%" && target.unit !== "％")) continue;
    const key = synonyms.keyOf(target.indicator);
    const list = figures.get(key);
    if (list) list.push(target.value);
    else figures.set(key, [target.value]);
  }
  return figures;
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
        "合格率、覆盖率、比重等比率不能超过100%，百分制的满意度不能超过100分；这类数值多半是漏了小数点（“985%”应为“98.5%”）或漏了“%”（“合格率达到98”）。本规则报告达到、不低于等水平目标中的这类数值，并在能看出时指出疑似的原数，在编辑器中作为可选的修改建议（不自动修复）：漏小数点的读法只在说得通时给出——上位文件有该指标的，与上位数值相差不超过5个百分点；否则与本方案中同一指标的其他数值相差不超过5个百分点；都没有的，合格率、满意度等通常很高的比率不给（“合格率达到105%”不会是10.5%），覆盖率、比重等可以很小的比率照常给出（“占比达到105%”疑为10.5%）；“150%”不读作“15.0%”。增幅（“增长150%”）可以超过100%，不在此列。无法自动修复：哪一个才是原意只有起草人知道。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到985%，公共服务质量满意度达到850分。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，全市食品抽检合格率达到98.5%，公共服务质量满意度达到85分。\n",
    },
  },
  check({ plan, parents, config, report }) {
    const synonyms = synonymsFor(config);
    const { targets } = extractTargets(plan);
    // Read only when a rate above 100% asks: nearly every plan has none.
    let figures: Map<string, number[]> | null = null;
    const planFigures = () => (figures ??= percentFigures(targets, synonyms));
    // Made at the first problem found (rarely): the plan's misread numbers.
    let misread: SpanCover | null = null;
    for (const target of targets) {
      const problem = problemOf(target, parents, synonyms, planFigures);
      if (!problem || !target.valueSpan) continue;
      // `9O%`, `9B%`: a figure text recognition misread is read as its digits before the letter
      // (9); text/ocr-digit reports the misreading and its fix writes the figure (90). One defect, one finding.
      if ((misread ??= new SpanCover(misreadNumbersOf(plan))).covers(target.valueSpan.start)) continue;
      const finding = { start: target.valueSpan.start, end: target.end, message: problem.message };
      report(problem.suggestion ? { ...finding, suggestions: [problem.suggestion] } : finding);
    }
  },
};
