import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { unitIdentities } from "./identity.js";
import type { UnitRegistry } from "./registry.js";
import type { Succession } from "./retired.js";

/**
 * The city bureaus whose office in the plan's own district or zone the plan names as its body
 * (区市场监管分局, or 市市场监管局高新分局 in 南昌高新区's plan, which identity.ts reads as it): by the
 * bureau's name (市市场监管局), the name the plan's district body has (区市场监管分局). Where a
 * district keeps the city's 分局 in place of a bureau of its own, a retired name's successor there
 * is that 分局: 区质监局 in such a plan is its 区市场监管分局, not a 区市场监管局 it does not have. Not
 * where the plan names the district's bureau as well (区市场监管局 beside 市市场监管局江宁分局).
 */
export function ownBranchesOf(plan: PlanDocument, registry: UnitRegistry): ReadonlyMap<string, string> {
  // A whole-plan scan units/unknown and the hover on a retired name both ask: once per plan.
  const byRegistry = branchesOfPlan.of(plan, () => new Map());
  let branches = byRegistry.get(registry);
  if (branches === undefined) byRegistry.set(registry, (branches = readOwnBranches(plan, registry)));
  return branches;
}

const branchesOfPlan = new PlanMemo<Map<UnitRegistry, ReadonlyMap<string, string>>>();

function readOwnBranches(plan: PlanDocument, registry: UnitRegistry): ReadonlyMap<string, string> {
  const identity = unitIdentities(plan, registry);
  const branches = new Map<string, string>();
  // The bureaus the plan names a district bureau of too (区市场监管局 of 市市场监管局): the district has its own.
  const ownBureaus = new Set<string>();
  for (const clause of plan.clauses) for (const unit of clause.units) {
    const resolved = registry.resolve(unit.text);
    if (resolved === null) continue;
    const read = identity(resolved).unit;
    if (read.place !== null) continue;
    if (read.entry.base !== null) ownBureaus.add(read.entry.base.name);
    const bureau = registry.branchBureau(read.entry);
    if (bureau !== null && read.entry.level === "县" && !branches.has(bureau.name)) branches.set(bureau.name, read.canonical);
  }
  for (const bureau of ownBureaus) branches.delete(bureau);
  return branches;
}

/**
 * A succession whose one successor is a bureau (区市场监管局) the plan names as the city's 分局 in
 * its district (ownBranchesOf): that 分局 instead. Any other succession as it is.
 */
export function ownBranchSuccession(succession: Succession | null, registry: UnitRegistry, branches: ReadonlyMap<string, string>): Succession | null {
  if (succession === null || succession.successors.length !== 1 || branches.size === 0) return succession;
  const successor = registry.resolve(succession.successors[0]!);
  const branch = successor === null || successor.place !== null ? undefined : branches.get((successor.entry.base ?? successor.entry).name);
  return branch === undefined || branch.charAt(0) !== successor!.canonical.charAt(0) ? succession : { ...succession, successors: [branch] };
}
