import { toHalfwidthFigures } from "../model/numerals.js";
import type { PlanTarget } from "./types.js";

const WORDS_WITH_UNIT = /^百分之|[成番]$|成[一二三四五六七八九]$/;
const IN_WORDS = /[零〇一二两三四五六七八九十百]/;

/** The figure as a reader writes it: `94%以上`, `90%—95%`, `81.5分`; the phrase of a direction. */
export function formatFigure(target: Pick<PlanTarget, "kind" | "comparator" | "value" | "valueText" | "upper" | "unit" | "qualifier" | "blank" | "placeholder">): string {
  if (target.kind === "direction") return target.comparator;
  if (target.blank) return "（空缺）";
  // A placeholder keeps what it is written with: 9X%以上 and 95%～XX%以上 are a floor still to be filled in.
  if (target.placeholder) return `${target.valueText}${target.unit}${target.qualifier}`;
  const range = target.upper !== null ? `—${target.upper}` : "";
  // A range's upper end is a number: a lower end written in words (五至八家) in figures too, so the
  // range reads in one form (5—8家, not 五—8家).
  const value = range && IN_WORDS.test(target.valueText) ? String(target.value ?? "") : shownValue(target.valueText) || String(target.value ?? "");
  // A percentage in words (百分之九十五, 九成, 九成八, 翻一番's 一番) says its unit already.
  const unit = WORDS_WITH_UNIT.test(value) ? "" : target.unit;
  return `${value}${range}${unit}${target.qualifier}`;
}

/**
 * A figure's digits as the views show them: a PDF's or a web page's full-width digits and point
 * (`９８．５`) in half-width, as the unit after them is shown (`％` is `%`), so that a figure never
 * reads `９８%`; words (九十五, 九成) and everything else as written. text/full-width-alnum
 * reports the digits in the text.
 */
export function shownValue(valueText: string): string {
  // The grammar reads a point `．` only among full-width digits (Number): model/numerals.ts's reading of such a figure is this one.
  return toHalfwidthFigures(valueText);
}

/**
 * The figure as the plan wrote it, for a message's prose: formatFigure after the bound its
 * comparator sets (a goals table's `≥98`, `不低于95%`), which formatFigure leaves to the views'
 * 比较词 column, and a change's verb (`下降18%`). `98%` for a table's `≥98` (its unit in the 单位
 * column) would say a figure to reach where the plan set a floor.
 */
export function writtenFigure(target: Parameters<typeof formatFigure>[0]): string {
  const bound = target.kind !== "direction" && !target.blank && (AT_LEAST.has(target.comparator) || AT_MOST.has(target.comparator) || STRICT_SIGNS.has(target.comparator) || STRICT_WORDS.has(target.comparator));
  // A change says which way with its verb: `提高18%`, never a bare `18%`, which reads as a level.
  const change = target.kind === "delta" && !target.blank && !target.placeholder;
  return bound || change ? target.comparator + formatFigure(target) : formatFigure(target);
}

/** A table cell's bound sign (≥20, ≤12, ＞98): a table's shorthand for the text's 以上 and 以下, which no sentence writes. */
export function isBoundSign(comparator: string): boolean {
  return BOUND_SIGNS.has(comparator);
}
const BOUND_SIGNS = new Set(["≥", "⩾", ">", "＞", "≤", "⩽", "<", "＜"]);

/** Signs that bound a figure strictly (＞98): written as the plan has them. */
const STRICT_SIGNS = new Set([">", "＞", "<", "＜"]);
/**
 * Words that bound a figure strictly (低于7%, 高于93%, 超过85): the bound is the figure's sense —
 * a bare `7%` in a message reads as a figure to reach where the plan set a ceiling.
 */
const STRICT_WORDS = new Set(["高于", "低于", "超过", "优于", "好于", "大于", "小于", "多于", "少于"]);

/** `一、（二）2.`: where a target is, as the plan numbers it; 正文 for text outside any item. */
export function formatPath(path: readonly string[]): string {
  return path.length > 0 ? path.join("") : "正文";
}

/** Comparators that bound a figure as 以上 or 以下 do: 不低于95% and ≥95 say 95%以上. */
const AT_LEAST = new Set(["不低于", "不少于", "至少", "≥", "⩾", "达到或超过", "达到或高于", "达或超过", "持平或高于", "达到或优于"]);
const AT_MOST = new Set(["不高于", "不超过", "不多于", "≤", "⩽"]);

/** The qualifier a comparator that bounds says (不低于, ≥: 以上; 不超过, ≤: 以下; a strict sign as its bound), else "". */
export function boundQualifier(comparator: string): "以上" | "以下" | "" {
  return AT_LEAST.has(comparator) || comparator === ">" || comparator === "＞" ? "以上" : AT_MOST.has(comparator) || comparator === "<" || comparator === "＜" ? "以下" : "";
}

/**
 * The figure with its bound however written (≥95 or >95 in a table, 95%以上 in the text): one key
 * for one commitment. A goals table's strict sign is the table's shorthand for the text's 以上/以下,
 * not a stricter goal: no drafter means ">95" to exclude the 95 that "95%以上" includes.
 */
export function boundFigure(target: Pick<PlanTarget, "kind" | "comparator" | "value" | "valueText" | "upper" | "unit" | "qualifier" | "blank" | "placeholder">): string {
  const qualifier = target.qualifier || boundQualifier(target.comparator);
  const range = target.upper !== null ? `—${target.upper}` : "";
  return `${target.value ?? ""}${range}${target.unit.replace("％", "%")}${qualifier}`;
}

/**
 * `达到95%`, or a table's bare `95` under 2025年目标: a figure to reach, with no 以上/以下 — its
 * sense ("up") is a default, not a bound.
 */
export function reachesOnly(target: Pick<PlanTarget, "comparator" | "qualifier">): boolean {
  return (target.comparator === "达到" || target.comparator === "达" || target.comparator === "") && target.qualifier === "";
}

/**
 * A ceiling on a change (增长控制在2%以内, 涨幅不超过3%, a table's ≤3 under 居民消费价格涨幅): it
 * caps the change and lets it happen, up to the figure — no commitment to the change, and no
 * change the wrong way written by mistake. The qualifier holds the bound however it was written
 * (modelTargets.ts changeOfRate, tableRows.ts), as a parent's does (`以内` on a goal of a .plan parent).
 */
export function isChangeCeiling(target: Pick<PlanTarget, "kind" | "qualifier">): boolean {
  return target.kind === "delta" && isCeiling(target.qualifier);
}

/** 以内, 以下: the qualifier of a ceiling. */
export function isCeiling(qualifier: string | null): boolean {
  return qualifier === "以内" || qualifier === "以下" || qualifier === "及以下";
}

/**
 * Whether two figures state one commitment: the same bound however written (≥95, 95%以上; ≤5,
 * 5个工作日以内), or
 * the same figure where one of them says no bound (a table's bare 93.5 under 2025年目标, its unit
 * in the 单位 column, is the 93.5%以上 the text bounds).
 */
export function sameCommitment(a: Parameters<typeof boundFigure>[0], b: Parameters<typeof boundFigure>[0]): boolean {
  if (commitmentKey(a) === commitmentKey(b)) return true;
  if (!reachesOnly(a) && !reachesOnly(b)) return false;
  const unbounded = (target: Parameters<typeof boundFigure>[0]) => boundFigure({ ...target, comparator: "", qualifier: "" });
  return unbounded(a) === unbounded(b);
}

/** Whether two statements state one figure (95%以上 in the text, ≥95 or a bare 95 in a table). */
export function sameFigure(a: PlanTarget, b: PlanTarget): boolean {
  return formatFigure(a) === formatFigure(b) || sameCommitment(a, b);
}

/**
 * boundFigure with one word for each bound: 以内, 以下 and 及以下 are one ceiling (a table's ≤5, the
 * text's 压缩至5个工作日以内), 及以上 and 以上 one floor.
 */
function commitmentKey(target: Parameters<typeof boundFigure>[0]): string {
  const qualifier = isCeiling(target.qualifier) ? "以下" : target.qualifier === "及以上" ? "以上" : target.qualifier;
  return boundFigure(qualifier === target.qualifier ? target : { ...target, qualifier });
}

/**
 * Whether what a target starts from is its table row's estimate (基期值 left blank beside 2023年预计
 * 85.5): the row has no base figure, and the estimate stands in for it (targets/tables.ts).
 */
export function startsFromEstimate(target: Pick<PlanTarget, "baseValue" | "baseYear" | "estimate">): boolean {
  return target.estimate !== null && target.baseValue === target.estimate.value && target.baseYear === target.estimate.year;
}
