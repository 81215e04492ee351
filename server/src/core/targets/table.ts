import type { PlanConfig } from "../config/schema.js";
import type { PlanDocument, Span } from "../model/types.js";
import type { ResolvedParent } from "../parents/types.js";
import { compareWithParents, formatParentFigure, isChangeGoal, reasonAfterWrittenFigure, type ParentStatus, type Verdict } from "./compare.js";
import { extractTargets } from "./extract.js";
import { formatFigure } from "./format.js";
import { comparatorBesideName } from "./indicatorName.js";
import { changeBaseOf, jurisdictionOf, planStartOf, wholeOf } from "./plan.js";
import { synonymsFor } from "./synonyms.js";
import type { PlanTarget, TargetEstimate, TargetKind } from "./types.js";

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
  /**
   * The figure left out (`新增认证企业 家`) or held by a placeholder (`达到XX%`): blank whatever the
   * parent, which targets/blank reports; a direction states no figure and is none.
   */
  blank: boolean;
  aspirational: boolean;
  /** 累计: a total over the years (`累计培育…20家`), compared only with a cumulative figure. */
  cumulative: boolean;
  horizon: number | null;
  /** What a change or a figure starts from: `比2020年降低18%` (2020), `由92%提高到95%` (92, "%"). */
  baseYear: number | null;
  baseValue: number | null;
  baseUnit: string;
  /** A table row's estimate of the year not over (2023年预计), beside its base; null elsewhere. */
  estimate: TargetEstimate | null;
  inGoals: boolean;
  /** The parent's figure for the indicator; `horizon` is the year it is set for (the plan's is `horizon` above). */
  /**
   * `inferred`: the plan cites no title of it, the parent was inferred from its preamble or through
   * the cited document named in `through` (parents/resolve.ts).
   */
  parent: { document: string; inferred: boolean; through: string | null; comparator: string; value: number | null; unit: string; qualifier: string; figure: string; change: boolean; wording: string; horizon: number } | null;
  verdict: Verdict;
  /** Why the verdict: for `no-parent`, no parent document, no such indicator, or not comparable. */
  parentStatus: ParentStatus;
  /** The comparison in words (`不低于纲要`), and `note` after it. */
  reason: string;
  /** `reason` for a text that has just named the target's figure as written (compare.ts reasonAfterWrittenFigure: the hover's 本方案：40000人，按4万人比较，…). */
  reasonAfterFigure: string;
  /**
   * Figures written with the target that it does not take (PlanTarget.unpaired), else "": with a
   * value, the further figures of its one indicator (合格率不低于98%、99%: `99%`); with none, the
   * whole list of a 分别 whose indicators and figures are not one for one (`91%、97%`) — the one
   * row whose value is null and that is no blank.
   */
  unpaired: string;
  /**
   * What the reading left of the figures written (`同一指标另写有“99%”，按第一个数值读取` for
   * 合格率不低于98%、99%; `指标与数值个数不一致（91%、97%），无法逐一对应` for A、B、C分别达到91%、97%),
   * shown whether or not there is a parent; else "".
   */
  note: string;
  span: Span;
}

/** `plan` is the document the target is of: its level of government decides whether a sum is compared. */
export function targetRowOf(target: PlanTarget, parents: readonly ResolvedParent[], config: PlanConfig | undefined, plan: PlanDocument): TargetTableRow {
  const level = jurisdictionOf(plan);
  const comparison = compareWithParents(target, parents, synonymsFor(config), level, planStartOf(plan), level === null ? null : wholeOf(plan, level), changeBaseOf(plan));
  const parentTarget = comparison.parentTarget;
  // A target read from the first of several figures of its one indicator: the others are shown, so that a reviewer sees what the reading left.
  const note = !target.unpaired ? "" : target.value !== null ? `同一指标另写有“${target.unpaired}”，按第一个数值读取` : `指标与数值个数不一致（${target.unpaired}），无法逐一对应`;
  // A parent's comparison of an unpaired list says so itself (compare.ts): the note is not said twice.
  const told = target.value === null && comparison.reason.includes(`（${target.unpaired}）`);
  const withNote = (reason: string) => (note && !told ? (reason ? `${reason}；${note}` : note) : reason);
  return {
    path: target.path,
    indicator: target.indicator,
    kind: target.kind,
    comparator: comparatorBesideName(target),
    value: target.value,
    upper: target.upper,
    unit: target.unit,
    qualifier: target.qualifier,
    figure: formatFigure(target),
    blank: target.blank || target.placeholder,
    aspirational: target.aspirational,
    cumulative: target.cumulative,
    horizon: target.horizon,
    baseYear: target.baseYear,
    baseValue: target.baseValue,
    baseUnit: target.baseUnit,
    estimate: target.estimate,
    inGoals: target.inGoals,
    parent:
      comparison.parent && parentTarget
        ? {
            document: comparison.parent.title,
            inferred: parents.some((entry) => entry.parent === comparison.parent && entry.via === "inferred"),
            through: parents.find((entry) => entry.parent === comparison.parent && entry.via === "inferred")?.through ?? null,
            comparator: parentTarget.quantified ? (parentTarget.comparator ?? "") : "",
            value: parentTarget.value,
            unit: parentTarget.unit ?? "",
            qualifier: parentTarget.qualifier ?? "",
            figure: formatParentFigure(parentTarget),
            // A change's figure is read with its verb (下降13.5%), a level's alone: the table's column shows it so.
            change: isChangeGoal(parentTarget),
            wording: parentTarget.wording,
            horizon: parentTarget.horizon,
          }
        : null,
    verdict: comparison.verdict,
    parentStatus: comparison.status,
    reason: withNote(comparison.reason),
    reasonAfterFigure: withNote(reasonAfterWrittenFigure(comparison)),
    unpaired: target.unpaired,
    note,
    span: { start: target.start, end: target.end },
  };
}


/** Every target of the plan with its parent's figure and the verdict, in document order (figures it only reports are not targets). */
export function targetTableRows(plan: PlanDocument, parents: readonly ResolvedParent[], config: PlanConfig | undefined): TargetTableRow[] {
  const rows: TargetTableRow[] = [];
  for (const target of extractTargets(plan).targets) if (!target.baseline) rows.push(targetRowOf(target, parents, config, plan));
  return rows;
}

/** The verdict in Chinese, for the tables people read. */
export const VERDICT_LABELS: Record<Verdict, string> = { stricter: "高于上位", meets: "符合上位", weaker: "低于上位", "no-parent": "无上位指标" };

/** Why a row has no verdict, in Chinese: no parent document is not the parent lacking the indicator. */
const NO_VERDICT_LABELS: Record<ParentStatus, string> = {
  compared: VERDICT_LABELS["no-parent"],
  "no-document": "无上位文件",
  "no-indicator": VERDICT_LABELS["no-parent"],
  "not-comparable": "无法比较",
  baseline: "现状数据",
};

/**
 * A blank target's standing, whatever the parent: where the parent sets a figure its verdict is
 * `weaker` (it commits to nothing, targets/compare.ts), and where there is none it has no verdict;
 * but a reviewer counting the targets below the parent's, or the plan's open figures, looks for
 * figures, and targets/blank reports the blank: the tables say it apart, as the row's （空缺） does.
 * A direction (不断提高) against a parent's figure is no blank: it is below the parent's.
 */
export const BLANK_LABEL = "数值空缺";

/** A row's standing in Chinese: its verdict, or why it has none. */
export function verdictLabel(row: Pick<TargetTableRow, "verdict" | "parentStatus" | "blank">): string {
  if (row.blank) return BLANK_LABEL;
  return row.verdict === "no-parent" ? NO_VERDICT_LABELS[row.parentStatus] : VERDICT_LABELS[row.verdict];
}

/** Every label `verdictLabel` gives a table row, in the order a tally lists them. */
export const ROW_LABELS: readonly string[] = [
  VERDICT_LABELS.stricter,
  VERDICT_LABELS.meets,
  VERDICT_LABELS.weaker,
  BLANK_LABEL,
  NO_VERDICT_LABELS["not-comparable"],
  NO_VERDICT_LABELS["no-indicator"],
  NO_VERDICT_LABELS["no-document"],
];

export const KIND_LABELS: Record<TargetKind, string> = { level: "水平", delta: "增减", count: "数量", direction: "方向" };
