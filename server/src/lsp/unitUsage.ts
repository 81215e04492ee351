import type { PlanDocument, ResponsibilityClause, UnitName } from "../core/model/types.js";
import { addUnitTaskCounts, type UnitTaskCount } from "../core/units/matrix.js";
import { normalizeUnitName } from "../core/units/names.js";
import type { UnitRegistry } from "../core/units/registry.js";
import type { IndexedPlan } from "./workspaceIndex.js";

/**
 * Which unit a written name stands for, across plans: the canonical name when the registry knows
 * it (so 市发改委 and 市发展改革委 are one unit), else the name itself (so a unit nobody has
 * registered yet, say 市工信委, can still be found and renamed).
 */
export function unitKey(name: string, registry: UnitRegistry): string {
  return registry.resolve(name)?.canonical ?? normalizeUnitName(name);
}

export interface UnitOccurrence {
  plan: IndexedPlan;
  clause: ResponsibilityClause;
  unit: UnitName;
  key: string;
}

/** Every unit name of a plan, in document order, with the unit it stands for. */
export function occurrencesIn(plan: IndexedPlan): UnitOccurrence[] {
  return plan.plan.clauses.flatMap((clause) => clause.units.map((unit) => ({ plan, clause, unit, key: unitKey(unit.text, plan.registry) })));
}

/**
 * A name still to be filled in: `××局`, `市XX局`, `××市市场监管局`, `待定`, `（　）`, `TBD` — the
 * placeholders of plan-markup.md, and a draft's 待定/某某 written as a unit. Never a unit to
 * register or look up: the editor offers to fill it, not to keep it.
 */
export function isPlaceholderUnitName(name: string): boolean {
  return PLACEHOLDER_IN_NAME.test(name);
}

const PLACEHOLDER_IN_NAME = /[×＊*＿_XＸ]|xx|ｘｘ|某某|待定|待补|待明确|待确定|TBD|[（(][\s\u3000]*[）)]/;

/** The unit name under the cursor (its end counts, as a cursor right after a name is on it). */
export function unitAt(plan: PlanDocument, offset: number): { clause: ResponsibilityClause; unit: UnitName } | null {
  for (const clause of plan.clauses) {
    if (offset < clause.start || offset > clause.end) continue;
    const unit = clause.units.find((u) => offset >= u.start && offset <= u.end);
    if (unit) return { clause, unit };
  }
  return null;
}

/** Tasks (a clause outside any item counts on its own) that list a unit, and the ones it leads. */
export type UnitUsage = UnitTaskCount;

/**
 * How the workspace's plans use each unit, by the unit it stands for: the core's count of tasks
 * per unit (units/matrix.ts, which knows a group's clause is every grouped task's), added up over
 * the plans. Linear in the number of names in the workspace.
 */
export function usageByUnit(plans: readonly IndexedPlan[]): Map<string, UnitUsage> {
  const usage = new Map<string, UnitUsage>();
  for (const plan of plans) addUnitTaskCounts(plan.plan, (name) => unitKey(name, plan.registry), usage);
  return usage;
}
