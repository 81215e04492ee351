import type { PlanDocument } from "../model/types.js";
import type { ResolvedUnit, UnitRegistry } from "./registry.js";

/**
 * The registry entries a plan names in its clauses (its 分工表's rows among them), each by its
 * 市 entry's name: what tells, of the bodies a reform made differently in different places
 * (经信委 → 工信局 or 经信局), which one this place has.
 */
export function entriesInUse(plan: PlanDocument, registry: UnitRegistry): Set<string> {
  const used = new Set<string>();
  for (const clause of plan.clauses) for (const unit of clause.units) {
    const resolved = registry.resolve(unit.text);
    if (resolved) used.add(entryNameOf(resolved));
  }
  return used;
}

/** Of a retired name's successors, those the plan names elsewhere (none where it names none). */
export function successorsInUse(found: readonly ResolvedUnit[], used: ReadonlySet<string>): readonly ResolvedUnit[] {
  return found.filter((unit) => used.has(entryNameOf(unit)));
}

function entryNameOf(unit: ResolvedUnit): string {
  return (unit.entry.base ?? unit.entry).name;
}
