import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument, ResponsibilityClause, TableRow } from "../model/types.js";

/**
 * The clauses that assign tasks, as the unit matrix and the unit reports read them: the plan's
 * clauses and, in their places, the 分工表 rows under a cell merged over rows, which read their
 * units through the row above that wrote them (model/mergedUnitRows.ts, ResponsibilityTable
 * `merged`). The rules that judge names read `plan.clauses` alone: a merged cell's names are
 * written once, and judged once, in the cell that writes them.
 */
export function assigningClauses(plan: PlanDocument): readonly ResponsibilityClause[] {
  let merged = 0;
  for (const table of plan.tables) merged += table.merged.length;
  if (merged === 0) return plan.clauses;
  return perPlan.of(plan, withMergedRows);
}

const perPlan = new PlanMemo<ResponsibilityClause[]>();

/**
 * The plan's clauses, each row's that reads a merged cell's units in its place (the row's own
 * names with those), and the merged rows that write none, in document order.
 */
function withMergedRows(plan: PlanDocument): ResponsibilityClause[] {
  const readings = new Map<TableRow, ResponsibilityClause>();
  for (const table of plan.tables) for (const clause of table.merged) readings.set(clause.tableRow!, clause);
  // A row with names of its own has its clause in the plan's: its reading is put in its place.
  const own = new Set<TableRow>();
  for (const clause of plan.clauses) if (clause.tableRow !== null && readings.has(clause.tableRow)) own.add(clause.tableRow);
  const rows = [...readings.values()].filter((clause) => !own.has(clause.tableRow!)).sort((a, b) => a.start - b.start);
  const all: ResponsibilityClause[] = [];
  let next = 0;
  for (const clause of plan.clauses) {
    while (next < rows.length && rows[next]!.start < clause.start) all.push(rows[next++]!);
    all.push(clause.tableRow !== null && own.has(clause.tableRow) ? readings.get(clause.tableRow)! : clause);
  }
  while (next < rows.length) all.push(rows[next++]!);
  return all;
}
