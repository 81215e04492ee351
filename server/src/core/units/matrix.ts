import type { NumberedItem, PlanDocument, ResponsibilityClause, Span } from "../model/types.js";
import { tasksOfClause } from "./sharedClause.js";

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
 * group of tasks gives a row to each task of the group (units/sharedClause.ts `tasksOfClause`).
 * Pure: the CLI and the server format them.
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
    const tasks = tasksOfClause(plan, clause);
    if (tasks.length === 0) rows.push(rowOf(clause, null));
    for (const task of tasks) rows.push(rowOf(clause, task));
  }
  return rows;
}

/** How many tasks list a unit, and how many of them it leads. */
export interface UnitTaskCount {
  tasks: number;
  leads: number;
}

/**
 * How many tasks of a plan list each unit and lead it, added into `counts` (so a workspace or a
 * run over many plans adds up), by the key `keyOf` gives a written name (the registry's canonical
 * name in the editor, the name as written in `plancheck units`). A task counts once per unit
 * however many of its clauses name it; a group's clause counts for every task of the group
 * (units/sharedClause.ts); a clause outside any item counts as a task of its own.
 */
export function addUnitTaskCounts(plan: PlanDocument, keyOf: (name: string) => string, counts: Map<string, UnitTaskCount>): Map<string, UnitTaskCount> {
  const listed = new Map<object, Set<string>>();
  const led = new Map<object, Set<string>>();
  const add = (owners: Map<object, Set<string>>, owner: object, key: string) => {
    const keys = owners.get(owner);
    if (keys) keys.add(key);
    else owners.set(owner, new Set([key]));
  };
  for (const clause of plan.clauses) {
    const tasks = tasksOfClause(plan, clause);
    const lead = leadOf(clause);
    for (const owner of tasks.length > 0 ? tasks : [clause]) {
      for (const unit of clause.units) add(listed, owner, keyOf(unit.text));
      if (lead !== null) add(led, owner, keyOf(lead));
    }
  }
  for (const [owner, keys] of listed) {
    for (const key of keys) {
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { tasks: 0, leads: 0 }));
      count.tasks++;
      if (led.get(owner)?.has(key)) count.leads++;
    }
  }
  return counts;
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
