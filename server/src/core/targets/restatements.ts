import type { PlanDocument } from "../model/types.js";
import { indicatorTables } from "./extract.js";
import { formatPath, sameFigure } from "./format.js";
import { normalizeIndicator, orderlessName } from "./synonyms.js";
import type { PlanTarget } from "./types.js";

/**
 * One target stated twice: the goals' paragraph and the 主要指标 table under it (or a 专栏's
 * figures restating the goals) give one indicator the same figure for the same year. A rule that
 * judges a target (targets/weaker-than-parent) judges the target once, at its first statement,
 * and names the other places there: two findings of one defect read as two defects, and the
 * drafter who fixes one is left with the other flagged unchanged. Two statements that differ
 * (94% and 93%, 确保 and 力争, a total and a yearly figure) are two targets, each judged.
 */

/** What two statements of one target share: the indicator, its kind, unit and year, commitment or aim, total or not. */
function keyOf(target: PlanTarget): string {
  return [orderlessName(target.indicator), target.kind, normalizeIndicator(target.unit), target.horizon ?? "", target.aspirational ? "力争" : "", target.cumulative ? "累计" : ""].join("\u0000");
}

export interface Restated<T extends { target: PlanTarget }> {
  /** The first statement, with what is said of it. */
  first: T;
  /** The later statements of the same target, in document order. */
  others: T[];
}

/**
 * The entries (one per statement, in document order) grouped by target: each group's first
 * statement with the later ones that restate it. Entries that say different things of their
 * targets (`sameVerdict` false) stay apart: the later one is judged on its own.
 */
export function groupRestatements<T extends { target: PlanTarget }>(entries: readonly T[], sameVerdict: (a: T, b: T) => boolean): Array<Restated<T>> {
  const groups: Array<Restated<T>> = [];
  // Nearly every plan states each indicator once: the map only holds those met.
  const byKey = new Map<string, Array<Restated<T>>>();
  for (const entry of entries) {
    const key = keyOf(entry.target);
    const candidates = byKey.get(key);
    const group = candidates?.find((candidate) => sameFigure(candidate.first.target, entry.target) && sameVerdict(candidate.first, entry));
    if (group) {
      group.others.push(entry);
      continue;
    }
    const created = { first: entry, others: [] };
    groups.push(created);
    if (candidates) candidates.push(created);
    else byKey.set(key, [created]);
  }
  return groups;
}

/**
 * Where a restatement stands, as a message names it: its item's path, and 指标表 for a row of an
 * indicator table (its path is the goals heading's, as the paragraph's is).
 */
export function restatementPlace(plan: PlanDocument, target: PlanTarget): string {
  const path = formatPath(target.path);
  if (!inIndicatorTable(plan, target)) return path;
  return target.path.length > 0 ? `${path}的指标表` : "指标表";
}

function inIndicatorTable(plan: PlanDocument, target: PlanTarget): boolean {
  const tables = indicatorTables(plan);
  if (tables !== null) for (const row of tables.rows.values()) if (row.indicator.start === target.start) return true;
  return false;
}
