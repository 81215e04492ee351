import { inferredBecause } from "../../core/parents/types.js";
import { parentFigureLead, rowParentWording } from "../../core/targets/compare.js";
import { extractTargets } from "../../core/targets/extract.js";
import { formatPath, shownValue, writtenFigure } from "../../core/targets/format.js";
import { KIND_LABELS, targetRowOf } from "../../core/targets/table.js";
import type { PlanTarget } from "../../core/targets/types.js";
import type { HoverProvider } from "./hover.js";

/** The target under the cursor: the innermost (latest-starting) one whose span holds it. */
export function targetAt(targets: readonly PlanTarget[], offset: number): PlanTarget | null {
  let found: PlanTarget | null = null;
  for (const target of targets) {
    if (target.start > offset) break;
    if (offset < target.end && (!found || target.start >= found.start)) found = target;
  }
  return found;
}

/**
 * Hover on a target: its parts as the checker read them, and the parent's figure with the
 * comparison (`纲要（2025年）：达到94%；本方案：94%以上，不低于纲要`).
 */
export const targetHover: HoverProvider = ({ analysis, mapper, document }, offset, _params, session) => {
  const target = targetAt(extractTargets(analysis.plan).targets, offset);
  if (!target) return null;
  const row = targetRowOf(target, analysis.parents, session.configFor(document.uri), analysis.plan);
  // The parts the target table, the targets JSON and the CSV show, read off the same row: a count's
  // comparator without the verb its name carries (服务企业 | 不少于, never 服务不少于; table.ts).
  const lines = [`**${row.indicator || "（未写指标）"}**　${KIND_LABELS[row.kind]}目标${row.aspirational ? "（力争）" : ""}${row.cumulative ? "（累计）" : ""}`, ""];
  const parts = [
    row.kind === "direction" ? `方向：${row.comparator}` : `比较词：${row.comparator || "—"}`,
    row.kind === "direction" ? null : `数值：${target.blank ? "空缺" : target.placeholder ? `占位符“${target.valueText}”` : (shownValue(target.valueText) || "—") + (row.upper !== null ? `—${row.upper}` : "")}`,
    row.unit ? `单位：${row.unit}` : null,
    row.qualifier ? `限定：${row.qualifier}` : null,
    `目标年份：${row.horizon === null ? "未写明" : `${row.horizon}年${target.horizonSource === "period" ? "（取实施期末年）" : ""}`}`,
    row.baseYear !== null ? `基年：${row.baseYear}年` : null,
    row.baseValue !== null ? `起点：${row.baseValue}${row.baseUnit}` : null,
    `位置：${formatPath(row.path)}${row.inGoals ? "（主要目标）" : ""}`,
  ];
  lines.push(parts.filter(Boolean).join("　"), "");
  if (row.parent) {
    // Named once, as the targets messages name it: the reason names the parent, the words follow (parentWording).
    lines.push(`${parentFigureLead(row.parent)}：${row.parent.comparator}${row.parent.figure}；本方案：${writtenFigure(target)}，${row.reasonAfterFigure}`, "", rowParentWording(row.parent));
    if (row.parent.inferred) lines.push("", `上位文件为推断：方案没有引用其标题，${inferredBecause(row.parent.through)}对应。`);
  } else {
    lines.push(analysis.parents.length > 0 ? `上位文件中没有对应指标（${analysis.parents.map((p) => `《${p.parent.title}》`).join("、")}）` : "本方案没有上位文件可比较");
  }
  return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(target) };
};

