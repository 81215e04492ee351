import { parentTargetOf } from "../../targets/compare.js";
import { extractTargets } from "../../targets/extract.js";
import { spanOfTarget } from "../../targets/increments.js";
import { boundQualifier, startsFromEstimate, writtenFigure } from "../../targets/format.js";
import { betterWayOfTarget } from "../../targets/polarity.js";
import { groupRestatements, restatementPlace } from "../../targets/restatements.js";
import { normalizeIndicator, synonymsFor } from "../../targets/synonyms.js";
import { onScaleOf } from "../../targets/measureUnits.js";
import type { PlanTarget, TargetSense } from "../../targets/types.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * Which way the indicator is better: the parent's word where a parent states it (through the
 * synonym table), else the target's own (targets/polarity.ts `betterWayOfTarget`).
 */
function betterWay(target: PlanTarget, parentHigher: boolean | null): TargetSense {
  if (parentHigher !== null) return parentHigher ? "up" : "down";
  return betterWayOfTarget(target);
}

/**
 * A plan's goal for an indicator below the figure it states the indicator already has (食品抽检
 * 合格率2023年为98.1%，到2025年达到98%; a table's 2022年基数 98.1 beside its 2025年目标 98): the
 * goal is met by doing worse than today, which is no goal. The base is what the extraction reads
 * as the figure a target starts from (targets/extract.ts `baseValue`: 由92%提高到95%, a clause or
 * a bracket naming a past year's figure, an indicator table's base column); for a goal with none,
 * the last figure the plan reports for the indicator before it (its 发展基础: 2025年，…达到98.7%).
 */
export const weakerThanBaseline: Rule = {
  meta: {
    id: "targets/weaker-than-baseline",
    family: "targets",
    severity: "warning",
    description: "目标低于方案自己给出的基期（现状）数值",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "方案写出了指标的基期（现状）数值，目标却比它还差，等于不用努力、甚至退步也能完成：“食品抽检合格率2023年为98.1%，到2025年达到98%”，或指标表“2022年基数”98.1、“2025年目标”98。本规则比较每个目标与它自己的基期数值（“由92%提高到95%”，目标前一分句或目标后括号中的“2023年为98.1%”，指标表的基数、现状值列；基数列空白而有“2023年预计”等预计列的，以预计数值为基期数值，说明中称“预计数值”）；目标本身没有基期数值的，与方案报告的同一指标（经指标同义词表）在它之前最近的现状数值比较（“发展基础”等部分或以已过年份开头的句子，如“2025年，全市食品抽检合格率达到98.7%”之后的“到2030年，食品抽检合格率稳定在98.5%以上”）：合格率、指数等越高越好的，目标低于基期数值时报告；能耗、排放等越低越好的，目标高于基期数值时报告。哪个方向更好，按上位文件对同一指标（经指标同义词表）的要求，没有的按目标自己的写法（“降低到”“压缩至”“缩短到”“控制在……以内”为越低越好，“提高到”“以上”为越高越好），只写“达到”或指标表只写数值的按指标名称（能耗、水耗、用水量、排放、事故、投诉、不合格等，以及办事所用的时间：企业开办时间、检验检测周期、审批时限、办理用时、审批天数、平均办理天数，为越低越好；服务时间、培训时长、空气质量优良天数等不在此列；其余为越高越好）。指标表中以变化命名的一行（“万元GDP能耗下降率”“增加值增长率”，目标写作“13.5”“≥13.5”）是下降、增长的幅度，基数列是基期的变化幅度，不是指标的起点，不比较；以新增量命名或写明每年数量的目标（“标准化良好行为企业新增数”“每年不少于50家”）是一段时间新增的数量，不是指标达到的水平，也不与基期数值比较；单位不同（或一方没有单位）的不比较；基期年份不早于目标年份的不比较；方案自述的现状数据不是目标，不比较；主要指标表“属性”列为“约束性”、目标写作下限（“≥98”“98%以上”“不低于98%”；越低越好的写作上限“≤1”）的，是方案必须守住的底线，而非要努力达到的水平，底线低于现状是常见写法，不报告（“预期性”指标，以及约束性指标写作单一数值“98”的，仍照常比较）。同一目标在主要目标段落和其下的指标表中写了两处（指标、年份、数值相同，基期数值也相同）的，只在第一处报告一次，并在说明中指出另一处（“二、（一）的指标表再次写明同一目标”）；数值或基期数值不同的，各自报告。无法自动修复：是目标写低了还是基期数值写错了，要由起草人核对。",
      incorrect: "示例市质量强市建设实施方案（2024—2025年）\n一、总体要求\n（一）主要目标\n全市食品抽检合格率2023年为98.1%，到2025年达到98%。\n",
      correct: "示例市质量强市建设实施方案（2024—2025年）\n一、总体要求\n（一）主要目标\n全市食品抽检合格率2023年为98.1%，到2025年达到98.5%以上。\n",
    },
  },
  check({ plan, parents, config, report }) {
    let synonyms: ReturnType<typeof synonymsFor> | null = null;
    const targets = extractTargets(plan).targets;
    let reported: ReportedFigures | null = null;
    const weaker: WeakerTarget[] = [];
    for (const target of targets) {
      // What the period or a year adds (标准化良好行为企业新增数 | 120 | 50, 每年…不少于) is no level: its base is another span's figure.
      if (target.kind !== "level" || target.value === null || target.baseline || target.blank || target.placeholder || spanOfTarget(target) !== "level") continue;
      let baseValue = target.baseValue;
      let baseUnit = target.baseUnit;
      let baseWording: string;
      if (baseValue !== null) {
        if (target.baseYear !== null && target.horizon !== null && target.baseYear >= target.horizon) continue;
        // A table's base column left blank beside its 2023年预计 column: the estimate is what the goal starts from.
        baseWording = `${startsFromEstimate(target) ? "预计" : "基期"}数值${target.baseYear !== null ? `${target.baseYear}年的` : ""}${baseValue}${baseUnit}`;
      } else {
        // No base of its own: the figure the plan reports the indicator has reached (its 发展基础,
        // 2025年，…达到98.7%), the last one before the goal.
        synonyms ??= synonymsFor(config);
        reported ??= reportedFigures(targets, synonyms);
        const figure = reported.before(synonyms.keyOf(target.indicator), target.start);
        if (figure === null) continue;
        baseValue = figure.value!;
        baseUnit = figure.unit;
        baseWording = `现状数值${baseValue}${baseUnit}`;
      }
      // A base written on another scale (2025年为1.2万件, 到2028年达到11500件) is the same quantity: compared in the goal's unit.
      if (normalizeIndicator(target.unit) !== normalizeIndicator(baseUnit)) {
        const scaled = onScaleOf(baseValue, baseUnit, target.unit);
        if (scaled === null) continue;
        baseValue = scaled;
        baseUnit = target.unit;
      }
      synonyms ??= synonymsFor(config);
      const parentHigher = parents.length > 0 ? (parentTargetOf(target.indicator, parents, synonyms)?.target.higherIsBetter ?? null) : null;
      const way = betterWay(target, parentHigher);
      const value = way === "up" ? target.value : Math.max(target.value, target.upper ?? target.value);
      if (way === "up" ? value >= baseValue : value <= baseValue) continue;
      // A 约束性 row's floor (≥98 beside a base of 98.2): the line the plan may never fall below,
      // set under today's level by design — not a goal met by doing worse. A 预期性 row, or a
      // figure to reach (98), is still a goal and still held to its base.
      if (target.binding && boundsTheBetterWay(target, way)) continue;
      weaker.push({ target, baseValue, baseUnit, baseWording, way });
    }
    // The goals' paragraph and the indicator table under it stating one figure against one base
    // are one target: one finding, at its first statement, naming the other places.
    const sameBase = (a: WeakerTarget, b: WeakerTarget) => a.baseValue === b.baseValue && normalizeIndicator(a.baseUnit) === normalizeIndicator(b.baseUnit) && a.way === b.way;
    for (const { first, others } of groupRestatements(weaker, sameBase)) {
      const { target, baseWording, way } = first;
      const also = others.length === 0 ? "" : `；${others.map((other) => restatementPlace(plan, other.target)).join("、")}再次写明同一目标，不重复报告`;
      report({
        start: target.valueSpan?.start ?? target.start,
        end: target.end,
        message: `${quoted(target.indicator)}的目标“${writtenFigure(target)}”${way === "up" ? "低" : "高"}于方案自己给出的${baseWording}（该指标越${way === "up" ? "高" : "低"}越好）：请核对目标或${target.baseValue === null ? "现状" : startsFromEstimate(target) ? "预计" : "基期"}数值${also}`,
      });
    }
  },
};

/** Whether the target is written as a bound on the better side (≥98, 98%以上, 不低于; ≤1 where lower is better), not a figure to reach. */
function boundsTheBetterWay(target: PlanTarget, way: TargetSense): boolean {
  const bound = target.qualifier === "以上" || target.qualifier === "及以上" ? "以上" : target.qualifier === "以下" || target.qualifier === "以内" ? "以下" : boundQualifier(target.comparator);
  return bound === (way === "up" ? "以上" : "以下");
}

/** A target below its base, with the base it is below and which way the indicator is better. */
interface WeakerTarget {
  target: PlanTarget;
  baseValue: number;
  baseUnit: string;
  baseWording: string;
  way: TargetSense;
}

interface ReportedFigures {
  /** The last figure reported for the indicator (by key) before `at`, or null. */
  before(key: string, at: number): PlanTarget | null;
}

/**
 * The levels a plan reports its indicators at (targets/pastStatements.ts: its 发展基础, sentences
 * opening on a past year), by indicator key, in document order. A figure to a range (93%—95%) or
 * blank says no one level.
 */
function reportedFigures(targets: readonly PlanTarget[], synonyms: ReturnType<typeof synonymsFor>): ReportedFigures {
  const byKey = new Map<string, PlanTarget[]>();
  for (const target of targets) {
    if (!target.baseline || target.kind !== "level" || target.value === null || target.upper !== null || target.blank || target.placeholder || spanOfTarget(target) !== "level") continue;
    const key = synonyms.keyOf(target.indicator);
    const list = byKey.get(key);
    if (list) list.push(target);
    else byKey.set(key, [target]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.start - b.start);
  return {
    before(key, at) {
      let found: PlanTarget | null = null;
      for (const figure of byKey.get(key) ?? []) {
        if (figure.start >= at) break;
        found = figure;
      }
      return found;
    },
  };
}
