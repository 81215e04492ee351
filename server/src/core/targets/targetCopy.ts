import type { NumberedItem, Span, Target } from "../model/types.js";
import type { PlanTarget } from "./types.js";

/**
 * A copy of a target read in another text or at another place (extract.ts's joined paragraphs,
 * lineTargets.ts's kept lines), at `start`–`end`, its spans placed by `place`, of the given path,
 * item and model target; its whole is the caller's to set (null here). Every field written out,
 * in PlanTarget's order: one shape for every target the rules read.
 */
export function placedCopy(target: PlanTarget, start: number, end: number, place: (span: Span) => Span, path: string[], item: NumberedItem | null, source: Target | null): PlanTarget {
  return {
    start,
    end,
    kind: target.kind,
    indicator: target.indicator,
    indicatorSpan: target.indicatorSpan && place(target.indicatorSpan),
    comparator: target.comparator,
    value: target.value,
    valueText: target.valueText,
    valueSpan: target.valueSpan && place(target.valueSpan),
    upper: target.upper,
    unit: target.unit,
    qualifier: target.qualifier,
    sense: target.sense,
    aspirational: target.aspirational,
    cumulative: target.cumulative,
    blank: target.blank,
    placeholder: target.placeholder,
    unpaired: target.unpaired,
    binding: target.binding,
    horizon: target.horizon,
    horizonSource: target.horizonSource,
    horizonSpan: target.horizonSpan && place(target.horizonSpan),
    baseYear: target.baseYear,
    baseValue: target.baseValue,
    baseUnit: target.baseUnit,
    estimate: target.estimate,
    path,
    item,
    inGoals: target.inGoals,
    baseline: target.baseline,
    source,
    whole: null,
  };
}
