import { canonicalUnit } from "./measureUnits.js";
import type { PlanTarget, TargetSense } from "./types.js";

/**
 * A rate and its negation measure one thing from its two ends: of the samples a check takes, the
 * share that passes and the share that fails add up to all of them, so 食品抽检不合格率控制在2%以内
 * is 食品抽检合格率98%以上 said the other way. A plan that sets its goal on the failing share (as a
 * regulator's statistics report it) is held to the parent's goal on the passing share, and a
 * plan's passing share to a parent's failing one: compare.ts compares the complement where the
 * parent states the indicator only the other way, and targets/parent-not-localised counts either
 * end as taking the parent's indicator up. Only shares that split a whole in two: 合格/不合格,
 * 达标/不达标, 符合/不符合 — not 满意率 (基本满意 lies between), nor a 不合格发现率 (the share of
 * checks that find anything, another measure).
 */
const NEGATED = /不(合格|达标|符合)率$/;
const AFFIRMED = /(?<!不)(合格|达标|符合)率$/;

/** The indicator named from its other end (食品抽检不合格率 ↔ 食品抽检合格率), or null for a name that is no such share. */
export function complementName(indicator: string): string | null {
  const negated = NEGATED.exec(indicator);
  if (negated) return `${indicator.slice(0, negated.index)}${negated[1]}率`;
  const affirmed = AFFIRMED.exec(indicator);
  return affirmed ? `${indicator.slice(0, affirmed.index)}不${affirmed[1]}率` : null;
}

/** Each bound's word for the other end: a ceiling on the failing share is a floor on the passing one. */
const OTHER_BOUND: Readonly<Record<string, string>> = {
  不低于: "不高于", 不高于: "不低于", 不少于: "不多于", 不多于: "不少于", 不超过: "不低于",
  低于: "高于", 高于: "低于", 小于: "大于", 大于: "小于", 超过: "低于",
  "≥": "≤", "≤": "≥", "⩾": "⩽", "⩽": "⩾", ">": "<", "<": ">", "＞": "＜", "＜": "＞",
  // A level a fall reaches (降至2%) or a ceiling (控制在2%以内) is a level the other end reaches.
  降至: "达到", 降到: "达到", 降低到: "达到", 降低至: "达到", 下降到: "达到", 下降至: "达到", 控制在: "达到",
};
const OTHER_QUALIFIER: Readonly<Record<string, string>> = { 以上: "以下", 以下: "以上", 以内: "以上", 及以上: "及以下", 及以下: "及以上" };
const OTHER_SENSE: Readonly<Record<TargetSense, TargetSense>> = { up: "down", down: "up", keep: "keep" };

/** A change's verb at its comparator's end, and the other way's (下降 ↔ 提高). */
const FALL = /(?:下降|降低|减少)$/;
const RISE = /(?:提高|提升|增长|增加|上升)$/;

/**
 * A change in percentage points (不合格率下降1个百分点) is the same change of the other end the other
 * way (合格率提高1个百分点); a change in percent of itself (下降10%) is none of the other end's.
 */
function pointsFromOtherEnd(target: PlanTarget, indicator: string): PlanTarget | null {
  if (!/百分点$/.test(target.unit)) return null;
  const comparator = FALL.test(target.comparator) ? target.comparator.replace(FALL, "提高") : RISE.test(target.comparator) ? target.comparator.replace(RISE, "下降") : null;
  return comparator === null ? null : { ...target, indicator, comparator, sense: OTHER_SENSE[target.sense] };
}

/** A figure of 100 less another, without the binary fraction's noise (100 - 98.3 is 1.7). */
const rest = (figure: number) => Math.round((100 - figure) * 1e6) / 1e6;

/**
 * The target stated from the indicator's other end (不合格率2%以内 → 合格率98%以上: a range's ends
 * swapped, its bound and sense turned), or null where the figure is not a level in percent of a
 * share that splits in two.
 */
export function complementTarget(target: PlanTarget): PlanTarget | null {
  if (target.value === null || target.blank || target.placeholder) return null;
  const indicator = complementName(target.indicator);
  if (indicator === null) return null;
  if (target.kind === "delta") return pointsFromOtherEnd(target, indicator);
  if (target.kind !== "level" || canonicalUnit(target.unit) !== "%" || target.value > 100 || (target.upper !== null && target.upper > 100)) return null;
  const value = rest(target.upper ?? target.value);
  return {
    ...target,
    indicator,
    comparator: OTHER_BOUND[target.comparator] ?? target.comparator,
    value,
    valueText: String(value),
    upper: target.upper === null ? null : rest(target.value),
    unit: "%",
    qualifier: OTHER_QUALIFIER[target.qualifier] ?? target.qualifier,
    sense: OTHER_SENSE[target.sense],
  };
}

/**
 * The other end's name where the target is a change in percent of its own figure (不合格率下降10%:
 * a tenth of what fails, whatever that was), which says nothing of the other end's change without
 * the base: compare.ts says so where a parent states only that end, rather than that it states
 * nothing. Null for any other target.
 */
export function unconvertibleChange(target: PlanTarget): string | null {
  if (target.kind !== "delta" || target.value === null || /百分点$/.test(target.unit)) return null;
  return complementName(target.indicator);
}

/**
 * What a change in percent of one end (不合格率下降10%) does say of the other: which way it moves
 * (合格率提高), a direction with no figure — what a parent's direction (不断提高) is weighed against.
 * Null where `unconvertibleChange` is.
 */
export function directionFromOtherEnd(target: PlanTarget): PlanTarget | null {
  const indicator = unconvertibleChange(target);
  if (indicator === null || target.sense === "keep") return null;
  const sense = OTHER_SENSE[target.sense];
  return { ...target, indicator, kind: "direction", comparator: sense === "up" ? "提高" : "下降", value: null, valueText: "", upper: null, unit: "", qualifier: "", sense };
}
