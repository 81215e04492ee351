import type { PlanTarget } from "./types.js";

/** The figure as a reader writes it: `94%以上`, `90%—95%`, `81.5分`; the phrase of a direction. */
export function formatFigure(target: Pick<PlanTarget, "kind" | "comparator" | "value" | "valueText" | "upper" | "unit" | "qualifier" | "blank" | "placeholder">): string {
  if (target.kind === "direction") return target.comparator;
  if (target.blank) return "（空缺）";
  if (target.placeholder) return `${target.valueText}${target.unit}`;
  const value = target.valueText || String(target.value ?? "");
  const range = target.upper !== null ? `—${target.upper}` : "";
  // A percentage in words (百分之九十五) says its unit already.
  const unit = value.startsWith("百分之") ? "" : target.unit;
  return `${value}${range}${unit}${target.qualifier}`;
}

/** `一、（二）2.`: where a target is, as the plan numbers it; 正文 for text outside any item. */
export function formatPath(path: readonly string[]): string {
  return path.length > 0 ? path.join("") : "正文";
}
