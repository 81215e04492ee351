import { sameFigure } from "./format.js";
import { normalizeIndicator, orderlessName } from "./synonyms.js";
import type { IndicatorTables } from "./tables.js";
import type { PlanTarget } from "./types.js";

/**
 * A 主要指标 table restating a goal the text strives for. A table has no room for 力争: its
 * `食品抽检合格率 | % | 98.2 | 98.5` under goals that say `力争实现食品抽检合格率达到98.5%以上` is
 * that aim in a cell, not a commitment of its own. Read as a commitment it is a second target: the
 * rules judged the aim twice (targets/weaker-than-parent reported the text and the row), and
 * held a task's floor (`…达到98%以上`, the 确保 of 确保98%、力争98.5%) to the aim as if the plan had
 * committed to both (targets/inconsistent). A row takes the aim of a text statement of the same
 * indicator, kind, unit and year with the same figure — unless the text also commits to that
 * figure, which the row then restates as it is.
 */
export function takeAimsOfTableRows(targets: readonly PlanTarget[], tables: IndicatorTables | null): void {
  if (tables === null) return;
  const rowStarts = new Set<number>();
  for (const row of tables.rows.values()) rowStarts.add(row.indicator.start);
  // Nearly every plan's text strives for few figures: the statements by key, aims and commitments.
  const aims = new Map<string, PlanTarget[]>();
  const commitments = new Map<string, PlanTarget[]>();
  for (const target of targets) {
    if (target.value === null || rowStarts.has(target.start) || target.baseline) continue;
    const statements = target.aspirational ? aims : commitments;
    const key = keyOf(target);
    const list = statements.get(key);
    if (list) list.push(target);
    else statements.set(key, [target]);
  }
  if (aims.size === 0) return;
  for (const row of targets) {
    if (row.aspirational || row.value === null || !rowStarts.has(row.start)) continue;
    const key = keyOf(row);
    const aim = aims.get(key)?.some((statement) => sameFigure(statement, row));
    if (aim && !commitments.get(key)?.some((statement) => sameFigure(statement, row))) row.aspirational = true;
  }
}

/** What a row and a statement of one target share: indicator, kind, unit and year. */
const keyOf = (target: PlanTarget) => [orderlessName(target.indicator), target.kind, normalizeIndicator(target.unit), target.horizon ?? ""].join("\u0000");
