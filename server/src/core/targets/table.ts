import type { PlanConfig } from "../config/schema.js";
import type { PlanDocument, Span } from "../model/types.js";
import type { ResolvedParent } from "../parents/types.js";
import { compareWithParents, formatParentFigure, type Verdict } from "./compare.js";
import { extractTargets } from "./extract.js";
import { formatFigure } from "./format.js";
import { synonymsFor } from "./synonyms.js";
import type { PlanTarget, TargetKind } from "./types.js";

/** One row of the target table: the CLI's `plancheck targets`, the editor's 目标指标表, the hover. */
export interface TargetTableRow {
  path: string[];
  indicator: string;
  kind: TargetKind;
  comparator: string;
  /** null for a blank or placeholder target, and for a direction. */
  value: number | null;
  upper: number | null;
  unit: string;
  qualifier: string;
  /** The figure as a reader writes it (`94%以上`, `不断提高`, `（空缺）`). */
  figure: string;
  aspirational: boolean;
  horizon: number | null;
  inGoals: boolean;
  /** The parent's figure for the indicator; `horizon` is the year it is set for (the plan's is `horizon` above). */
  parent: { document: string; comparator: string; value: number | null; unit: string; qualifier: string; figure: string; wording: string; horizon: number } | null;
  verdict: Verdict;
  /** The comparison in words (`不低于纲要`). */
  reason: string;
  span: Span;
}

export function targetRowOf(target: PlanTarget, parents: readonly ResolvedParent[], config: PlanConfig | undefined): TargetTableRow {
  const comparison = compareWithParents(target, parents, synonymsFor(config));
  const parentTarget = comparison.parentTarget;
  return {
    path: target.path,
    indicator: target.indicator,
    kind: target.kind,
    comparator: target.comparator,
    value: target.value,
    upper: target.upper,
    unit: target.unit,
    qualifier: target.qualifier,
    figure: formatFigure(target),
    aspirational: target.aspirational,
    horizon: target.horizon,
    inGoals: target.inGoals,
    parent:
      comparison.parent && parentTarget
        ? {
            document: comparison.parent.title,
            comparator: parentTarget.quantified ? (parentTarget.comparator ?? "") : "",
            value: parentTarget.value,
            unit: parentTarget.unit ?? "",
            qualifier: parentTarget.qualifier ?? "",
            figure: formatParentFigure(parentTarget),
            wording: parentTarget.wording,
            horizon: parentTarget.horizon,
          }
        : null,
    verdict: comparison.verdict,
    reason: comparison.reason,
    span: { start: target.start, end: target.end },
  };
}

/** Every target of the plan with its parent's figure and the verdict, in document order (figures it only reports are not targets). */
export function targetTableRows(plan: PlanDocument, parents: readonly ResolvedParent[], config: PlanConfig | undefined): TargetTableRow[] {
  const rows: TargetTableRow[] = [];
  for (const target of extractTargets(plan).targets) if (!target.baseline) rows.push(targetRowOf(target, parents, config));
  return rows;
}

/** The verdict in Chinese, for the tables people read. */
export const VERDICT_LABELS: Record<Verdict, string> = { stricter: "高于上位", meets: "符合上位", weaker: "低于上位", "no-parent": "无上位指标" };

export const KIND_LABELS: Record<TargetKind, string> = { level: "水平", delta: "增减", count: "数量", direction: "方向" };
