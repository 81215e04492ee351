import type { PlanDocument } from "../model/types.js";
import { registryOfPlan } from "./documentLevel.js";
import type { UnitMatrixRow } from "./matrix.js";
import { normalizeUnitName } from "./names.js";
import type { UnitRegistry } from "./registry.js";
import type { TaskRole, UnitReport, UnitTally } from "./report.js";

/**
 * One department's task list (`plancheck units --unit 市科技局`): what a department asks of a
 * plan first — which tasks are its own, in what role, and with whom. The department is named as
 * its staff write it; any writing the plan's registry reads as the same body finds it
 * (市科技局, 市科学技术局), as the report's per-unit summary counts it.
 */
export interface UnitTaskList {
  /** The name as the reader gave it. */
  asked: string;
  /** The unit's summary in the report; null when the plan gives it no task. */
  tally: UnitTally | null;
  tasks: UnitTask[];
}

export interface UnitTask extends TaskRole {
  /** The other units of the task's clauses, as written. */
  partners: string[];
}

export function unitTaskList(plan: PlanDocument, report: UnitReport, given: UnitRegistry, asked: string): UnitTaskList {
  const sameUnit = sameUnitAs(plan, given, asked);
  const tally = report.units.find((candidate) => [candidate.unit, ...candidate.writings].some(sameUnit)) ?? report.groups.find((group) => group.writings.some(sameUnit)) ?? null;
  if (tally === null) return { asked, tally: null, tasks: [] };
  const rowsByPath = new Map<string, UnitMatrixRow[]>();
  for (const row of report.rows) {
    const key = row.path.join("\u0000");
    rowsByPath.set(key, [...(rowsByPath.get(key) ?? []), row]);
  }
  const own = new Set(tally.writings);
  const tasks = tally.tasks.map((task) => {
    const partners = new Set<string>();
    for (const row of rowsByPath.get(task.path.join("\u0000")) ?? []) for (const unit of row.units) if (!own.has(unit) && !sameUnit(unit)) partners.add(unit);
    return { ...task, partners: [...partners] };
  });
  return { asked, tally, tasks };
}

/** What the asked unit does in a row that names it, and with whom; null for a row that does not name it (the rows `--unit` and the editor's task list keep). */
export function roleInRow(plan: PlanDocument, given: UnitRegistry, asked: string): (row: UnitMatrixRow) => { role: TaskRole["role"]; partners: string[] } | null {
  const sameUnit = sameUnitAs(plan, given, asked);
  return (row) => {
    if (!row.units.some(sameUnit)) return null;
    const role = row.leads.some(sameUnit) ? "lead" : row.supporting.some(sameUnit) ? "support" : "responsible";
    return { role, partners: row.units.filter((unit) => !sameUnit(unit)) };
  };
}

/** A test of a written name: is it the asked unit, as written or as the plan's registry reads both? */
function sameUnitAs(plan: PlanDocument, given: UnitRegistry, asked: string): (name: string) => boolean {
  const registry = registryOfPlan(given, plan);
  const askedName = normalizeUnitName(asked.trim());
  const askedCanonical = registry.resolve(askedName)?.canonical ?? null;
  return (name) => {
    const written = normalizeUnitName(name);
    if (written === askedName) return true;
    return askedCanonical !== null && registry.resolve(written)?.canonical === askedCanonical;
  };
}
