import type { NumberedItem, PlanDocument, ResponsibilityClause, Span } from "../model/types.js";
import { tasksSharing } from "./sharedClause.js";

/**
 * One row of the unit × task matrix: a responsibility clause with the task it belongs to. The
 * coordinating office reads the plan this way — which department does what, and who leads.
 */
export interface UnitMatrixRow {
  /** Markers from the top of the outline to the task: ["二、", "（一）", "1."]. */
  path: string[];
  heading: string;
  /** The clause's first label (责任单位, 牵头单位 …); "" in the provincial form. */
  label: string;
  /** Every name in document order, as written, without a trailing 等. */
  units: string[];
  /** The 牵头单位 when a segment says so, else the first-listed unit (which leads by convention). */
  lead: string | null;
  span: Span;
}

/**
 * The rows of one plan, one per clause and task, in document order: a clause written after a
 * group of tasks (units/sharedClause.ts) gives a row to each task of the group. Pure: the CLI
 * and the server format them.
 */
export function unitMatrixRows(plan: PlanDocument): UnitMatrixRow[] {
  const rows: UnitMatrixRow[] = [];
  const rowOf = (clause: ResponsibilityClause, item: NumberedItem | null): UnitMatrixRow => ({
    path: item ? pathOf(item) : [],
    heading: item?.heading.text ?? "",
    label: clause.segments[0]?.label ?? "",
    units: clause.units.map((unit) => unit.text),
    lead: leadOf(clause),
    span: { start: clause.start, end: clause.end },
  });
  for (const clause of plan.clauses) {
    for (const task of tasksSharing(plan, clause)) rows.push(rowOf(clause, task));
    rows.push(rowOf(clause, clause.item));
  }
  return rows;
}

export function pathOf(item: NumberedItem): string[] {
  const path: string[] = [];
  for (let node: NumberedItem | null = item; node; node = node.parent) path.unshift(node.marker.text);
  return path;
}

/** 排在第一位的为牵头单位 — unless a 牵头单位 segment names the lead explicitly. */
export function leadOf(clause: ResponsibilityClause): string | null {
  const leading = clause.segments.find((segment) => segment.label === "牵头单位" && segment.units.length > 0);
  return (leading ?? clause).units[0]?.text ?? null;
}
