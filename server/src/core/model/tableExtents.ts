import { PlanMemo } from "./planMemo.js";
import type { PlanDocument, ResponsibilityTable, Span } from "./types.js";

/**
 * Where each 分工表 the model read stands in the text: from its header to the last row it read as
 * its own — a row read into a clause, a row whose units a merged cell gives it (`merged`), a row
 * left blank, a row whose cells did not line up (`unread`). A section row after the last row
 * heads no row of the table and is not in it. The one answer for every reader that asks whether a
 * line is inside a table: numbering/runs.ts (a table's section rows number apart) and the
 * editor's completion in a unit cell (lsp/features/completion.ts).
 */
export interface TableExtent extends Span {
  table: ResponsibilityTable;
}

/** The plan's tables' extents, in document order (as `plan.tables`): a binary search may read them (text/sorted.ts spanHolding). */
export function tableExtents(plan: PlanDocument): readonly TableExtent[] {
  return extentsMemo.of(plan, readExtents);
}

const extentsMemo = new PlanMemo<TableExtent[]>();

function readExtents(plan: PlanDocument): TableExtent[] {
  if (plan.tables.length === 0) return [];
  const ends = new Map<ResponsibilityTable, number>();
  for (const table of plan.tables) {
    let end = table.end;
    for (const clause of table.merged) if (clause.end > end) end = clause.end;
    for (const span of table.unread) if (span.end > end) end = span.end;
    for (const span of table.blank) if (span.end > end) end = span.end;
    ends.set(table, end);
  }
  // The rows that write their own units are the plan's clauses: one pass over them for every table.
  for (const clause of plan.clauses) {
    const row = clause.tableRow;
    if (row !== null && row.end > (ends.get(row.table) ?? row.end)) ends.set(row.table, row.end);
  }
  return plan.tables.map((table) => ({ start: table.start, end: ends.get(table)!, table }));
}
