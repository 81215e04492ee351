import type { ParentTarget } from "../parents/types.js";
import { FREQUENCY } from "./figureWords.js";
import type { PlanTarget } from "./types.js";

/**
 * Whether a figure says where its indicator stands or what is added to it. A level (达到200项,
 * 总数达到116个, 累计达到50家, 累计培育…300家: the total reached) and an increment (新增30个,
 * 新培育50家, 建设…5个, 累计新增30个: what the period adds, summed or not) measure two things: a
 * city that adds 30 where its parent counts 200 in all is neither behind nor ahead of it. What each
 * year adds (每年新增20项, 年均新增10个, 每年…不少于) is a third. A figure is compared only with one of
 * its own span (targets/compare.ts, and the plan's own bases: rules/targets/weaker-than-baseline).
 * Changes (下降13.5%, 年均增长8%) are compare.ts's, which weighs them against changes only.
 */
export type FigureSpan = "level" | "increment" | "yearly";

/** How a reason names each span's figure: 本方案的30个是新建（新增）的数量. */
export const SPAN_WORDS: Record<FigureSpan, string> = { level: "总量", increment: "新建（新增）的数量", yearly: "每年新增（完成）的数量" };

/** So much each year: how often, or 年均, before the verb or the comparator (每年新增, 年均新增, 每年不少于). */
const YEARLY = new RegExp(`^(?:${FREQUENCY}|年均|年(?=[\\u4e00-\\u9fff]))`);
/** Whether a count's verb or a comparator says so much each year (每年新增, 年均新增, 年服务): a yearly figure. */
export const saysEachYear = (comparator: string): boolean => YEARLY.test(comparator);
/** A verb that says the things are new (新增, 新建, 新培育, 新认定 …): 累计 before it sums additions, not what there is. */
export const NEW_THINGS = /^新/;
/** An indicator named as what is added (标准化良好行为企业新增数, 新增量, 增量): an increment whatever the comparator. */
const NAMED_INCREMENT = /(?:新增|增加|新建|新培育)(?:数量?|量|个数|家数|项数)$|^新增|增量$/;

/** The span of a plan's target (a change is none of these: `level`, which compare.ts sets apart first). */
export function spanOfTarget(target: Pick<PlanTarget, "kind" | "comparator" | "cumulative" | "indicator">): FigureSpan {
  if (target.kind === "delta" || target.kind === "direction") return "level";
  return spanOf(target.comparator, target.kind === "count", target.cumulative, target.indicator);
}

/**
 * The span of a parent's goal. A parent written as a plan keeps its counts as goals only where they
 * are totals (parents/fromPlan.ts): its comparator is the count's verb (新增 of 累计新增, 培育 of 累计培育);
 * the others, `added`, are what its period (or each year) adds.
 */
export function spanOfParent(goal: Pick<ParentTarget, "comparator" | "cumulative" | "indicator" | "change" | "added">): FigureSpan {
  if (goal.change === true) return "level";
  const comparator = goal.comparator ?? "";
  return spanOf(comparator, goal.added === true, goal.cumulative === true, goal.indicator);
}

function spanOf(comparator: string, count: boolean, cumulative: boolean, indicator: string): FigureSpan {
  if (saysEachYear(comparator)) return "yearly";
  if (NAMED_INCREMENT.test(indicator) || NEW_THINGS.test(comparator)) return "increment";
  // A count with no 累计 is what the period makes (建设…5个); with it, the total reached (累计培育…300家).
  return count && !cumulative ? "increment" : "level";
}

/**
 * An indicator named as a total (团体标准累计数, 省级质量标杆企业累计总数, 累计量): the total of what is
 * named before it — the text's 团体标准累计达到2500项 in a table's words. Returns the length of the
 * name without the total's words, or -1 for any other name.
 */
const NAMED_TOTAL = /累计(?:总?数量?|总量|量)$/;
export function totalNamedLength(indicator: string): number {
  const total = NAMED_TOTAL.exec(indicator);
  return total !== null && total.index > 0 ? total.index : -1;
}
