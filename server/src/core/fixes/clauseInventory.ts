import type { AnalysisOptions } from "../analyze.js";
import type { PlanDocument, ResponsibilityClause } from "../model/types.js";
import { normalizeUnitName } from "../units/names.js";
import { PLACE_SLOT, registryFor, type ResolvedUnit, type UnitRegistry } from "../units/registry.js";
import { documentLevel, placesOfPlan, registryOfPlan } from "../units/documentLevel.js";
import { isLeftoverOf } from "../units/leftovers.js";
import { successorOf } from "../units/retired.js";
import { type UnitIdentity, unitIdentities } from "../units/identity.js";
import { partitionPoint } from "../text/sorted.js";
import { inlineDebris, overlapsDebris } from "../text/inlineDebris.js";
import { secondNameUnit } from "../units/secondNames.js";
import { nameSplitBySpace } from "../units/separators.js";
import { splitRunTogether } from "../units/split.js";
import { continuesStatement } from "../units/labelLines.js";

/**
 * What a fix must never take away: the responsibility clauses and the units they name. Units are
 * counted once per clause as the unit rules tell them apart — the plan's registry (a county-level
 * city's reads 市 as a county's) and the unit's identity (units/identity.ts: 区公安分局 and
 * 市公安局鼓楼分局 are one body in 鼓楼区's plan, 章贡区住建局 and 南康区住建局 two) — so removing a
 * repeat units/duplicate finds or renaming one to its canonical name (units/alias) keeps the
 * count, while a clause that stops parsing as one, or a department that disappears from a list
 * (also from names written together), lowers it. Counted by registry name alone, a repeat the
 * rule found through a unit's identity was refused as a loss.
 */
export interface ClauseInventory {
  clauses: number;
  units: number;
}

export function clauseInventory(plan: PlanDocument, options: AnalysisOptions): ClauseInventory {
  return inventoryWith(plan, unitKeys(plan, options));
}

function inventoryWith(plan: PlanDocument, units: UnitKeys): ClauseInventory {
  let count = 0;
  // A task's 牵头单位 and 配合单位 lines are one statement (units/labelLines.ts): a unit written on
  // both is one, as units/duplicate reads it, and deleting its repeat keeps the count.
  let statement = new Set<string>();
  let previous: ResponsibilityClause | null = null;
  for (const clause of plan.clauses) {
    if (!continuesStatement(plan.text, previous, clause)) {
      count += statement.size;
      statement = new Set();
    }
    addUnitsOf(plan, clause, units, statement);
    previous = clause;
  }
  return { clauses: plan.clauses.length, units: count + statement.size };
}

/** How the unit rules read and tell apart the plan's names: its registry and the units' identities. */
interface UnitKeys {
  registry: UnitRegistry;
  identity: (unit: ResolvedUnit) => UnitIdentity;
}

function unitKeys(plan: PlanDocument, options: AnalysisOptions): UnitKeys {
  const registry = registryOfPlan(registryFor(options.config, options.registryEntries), plan);
  return { registry, identity: unitIdentities(plan, registry) };
}

/**
 * The inventory of a fix's result, where the text still holds what the model no longer reads: a
 * block pasted twice in a row is read once (model/repeatedPaste.ts), so a fix that makes two
 * blocks the same (a half-width colon in one copy's clause made full-width) left the second
 * copy's clauses out, and the whole pass was refused though no word was gone. The copy's clauses
 * are those of the block it repeats, and count again. Deleting the copy (structure/repeated-paste's
 * fix) loses nothing either: the text before the fix, read with its copy set apart, never counted it.
 */
export function clauseInventoryOfResult(plan: PlanDocument, options: AnalysisOptions): ClauseInventory {
  const units = unitKeys(plan, options);
  const inventory = inventoryWith(plan, units);
  if (plan.repeatedPastes.length === 0) return inventory;
  const clauses = [...plan.clauses].sort((a, b) => a.start - b.start);
  for (const paste of plan.repeatedPastes) {
    for (let i = partitionPoint(clauses.length, (k) => clauses[k]!.start < paste.of.start); i < clauses.length && clauses[i]!.end <= paste.of.end; i++) {
      inventory.clauses++;
      inventory.units += addUnitsOf(plan, clauses[i]!, units, new Set()).size;
    }
  }
  return inventory;
}

/** `keys` with the distinct units a clause names, each under its identity's key. */
function addUnitsOf(plan: PlanDocument, clause: ResponsibilityClause, { registry, identity }: UnitKeys, keys: Set<string>): Set<string> {
  const debris = inlineDebris(plan);
  // The clause's known units with the forms they are written in, and the names no entry lists:
  // such a name is held against the whole clause once it is read (its unit may come after it).
  let known: Array<{ key: string; forms: readonly string[] }> | null = null;
  let unknown: string[] | null = null;
  for (const { units: names } of clause.segments) {
    for (let index = 0; index < names.length; index++) {
      // A name a copy's code runs through (市{ PAGE \* MERGEFORMAT }财政局 read as five) is no unit
      // the unit rules read (text/inlineDebris.ts): deleting the code, which makes it one, loses none.
      if (overlapsDebris(debris, names[index]!.start, names[index]!.end)) continue;
      // A registry name a space splits (市科 技局) is one unit: deleting the space keeps it.
      const joined = nameSplitBySpace(plan.text, names, index, registry);
      const text = joined ?? names[index]!.text;
      if (joined !== null) index++;
      // One body with two names (市委组织部（市委人才办）) is its first name's unit: a repeat of it removed keeps the count.
      const resolved = registry.resolveKnown(text);
      if (resolved) {
        const key = identity(resolved).key;
        keys.add(key);
        // Its second name is a unit written too: 市经信局市新经济委 written as 市经信局（市新经济委）
        // (units/run-together's suggestion) loses neither, deleting （市新经济委） loses one.
        const second = secondNameUnit(text, registry);
        if (second !== null) keys.add(identity(second).key);
        (known ??= []).push({ key, forms: [text, resolved.canonical, ...resolved.entry.aliases.filter((alias) => !alias.includes(PLACE_SLOT))] });
        continue;
      }
      // Names run together count as the units they are: 市工信局市财政局 → 市财政局 loses one.
      const parts = splitRunTogether(text, registry);
      if (parts === null) {
        (unknown ??= []).push(text);
        continue;
      }
      for (const part of parts) {
        const unit = registry.resolve(part);
        keys.add(unit ? identity(unit).key : normalizeUnitName(part));
      }
    }
  }
  if (unknown !== null) for (const name of unknown) keys.add(listedUnitOf(plan, name, known ?? [], registry, identity) ?? unknownKey(name, registry, identity));
  return keys;
}

/**
 * The key of the listed unit a name no entry lists stands for, as units/unknown reads it when it
 * offers to delete the name: what is left of a unit the clause lists (人社局 beside 市人社局,
 * units/leftovers.ts), or a retired name whose successor the clause lists (县质监局 beside
 * 县市场监管局). Counted apart, the deletion the rule offers was refused as a department lost.
 */
function listedUnitOf(
  plan: PlanDocument,
  name: string,
  known: ReadonlyArray<{ key: string; forms: readonly string[] }>,
  registry: UnitRegistry,
  identity: (unit: ResolvedUnit) => UnitIdentity,
): string | null {
  if (known.length === 0) return null;
  for (const unit of known) if (unit.forms.some((form) => form !== name && isLeftoverOf(name, form))) return unit.key;
  const succession = successorOf(name, registry, documentLevel(plan).word, undefined, placesOfPlan(plan));
  if (succession === null) return null;
  for (const successor of succession.successors) {
    const resolved = registry.resolve(successor);
    const key = resolved ? identity(resolved).key : null;
    if (key !== null && known.some((unit) => unit.key === key)) return key;
  }
  return null;
}

/** The key of a name no entry lists: its unit's where the registry reads it at all, else the name's own. */
function unknownKey(name: string, registry: UnitRegistry, identity: (unit: ResolvedUnit) => UnitIdentity): string {
  const unit = registry.resolve(name);
  return unit ? identity(unit).key : normalizeUnitName(name);
}

export function keepsEveryClause(before: ClauseInventory, after: ClauseInventory): boolean {
  return after.clauses >= before.clauses && after.units >= before.units;
}
