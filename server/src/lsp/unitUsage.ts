import type { PlanDocument, ResponsibilityClause, UnitName } from "../core/model/types.js";
import { leadOf } from "../core/units/matrix.js";
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

/** The unit name under the cursor (its end counts, as a cursor right after a name is on it). */
export function unitAt(plan: PlanDocument, offset: number): { clause: ResponsibilityClause; unit: UnitName } | null {
  for (const clause of plan.clauses) {
    if (offset < clause.start || offset > clause.end) continue;
    const unit = clause.units.find((u) => offset >= u.start && offset <= u.end);
    if (unit) return { clause, unit };
  }
  return null;
}

export interface UnitUsage {
  /** Tasks (items; clauses outside an item count on their own) that list the unit. */
  items: number;
  /** Of those, the ones it leads: named by 牵头单位, or listed first. */
  leads: number;
}

/** How the workspace's plans use each unit. Linear in the number of names in the workspace. */
export function usageByUnit(plans: readonly IndexedPlan[]): Map<string, UnitUsage> {
  const usage = new Map<string, UnitUsage>();
  for (const plan of plans) {
    const listed = new Map<object, Set<string>>();
    const led = new Map<object, Set<string>>();
    for (const clause of plan.plan.clauses) {
      const owner: object = clause.item ?? clause;
      const keys = listed.get(owner) ?? new Set();
      for (const unit of clause.units) keys.add(unitKey(unit.text, plan.registry));
      listed.set(owner, keys);
      const lead = leadOf(clause);
      if (lead) led.set(owner, (led.get(owner) ?? new Set()).add(unitKey(lead, plan.registry)));
    }
    for (const [owner, keys] of listed) {
      for (const key of keys) {
        const counts = usage.get(key) ?? { items: 0, leads: 0 };
        counts.items++;
        if (led.get(owner)?.has(key)) counts.leads++;
        usage.set(key, counts);
      }
    }
  }
  return usage;
}
