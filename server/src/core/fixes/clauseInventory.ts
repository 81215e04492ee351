import type { AnalysisOptions } from "../analyze.js";
import type { PlanDocument } from "../model/types.js";
import { normalizeUnitName } from "../units/names.js";
import { registryFor } from "../units/registry.js";
import { nameSplitBySpace } from "../units/separators.js";
import { splitRunTogether } from "../units/split.js";

/**
 * What a fix must never take away: the responsibility clauses and the units they name. Units are
 * counted once per clause under their registry name, so removing a repeated unit
 * (units/duplicate) or renaming one to its canonical name (units/alias) keeps the count, while
 * a clause that stops parsing as one, or a department that disappears from a list (also from
 * names written together), lowers it.
 */
export interface ClauseInventory {
  clauses: number;
  units: number;
}

export function clauseInventory(plan: PlanDocument, options: AnalysisOptions): ClauseInventory {
  const registry = registryFor(options.config, options.registryEntries);
  let units = 0;
  for (const clause of plan.clauses) {
    const keys = new Set<string>();
    for (const { units: names } of clause.segments) {
      for (let index = 0; index < names.length; index++) {
        // A registry name a space splits (市科 技局) is one unit: deleting the space keeps it.
        const joined = nameSplitBySpace(plan.text, names, index, registry);
        const text = joined ?? names[index]!.text;
        if (joined !== null) index++;
        // One body with two names (市委组织部（市委人才办）) is its first name's unit: a repeat of it removed keeps the count.
        const resolved = registry.resolveKnown(text);
        if (resolved) keys.add(resolved.canonical);
        // Names run together count as the units they are: 市工信局市财政局 → 市财政局 loses one.
        else for (const part of splitRunTogether(text, registry) ?? [text]) keys.add(registry.resolve(part)?.canonical ?? normalizeUnitName(part));
      }
    }
    units += keys.size;
  }
  return { clauses: plan.clauses.length, units };
}

export function keepsEveryClause(before: ClauseInventory, after: ClauseInventory): boolean {
  return after.clauses >= before.clauses && after.units >= before.units;
}
