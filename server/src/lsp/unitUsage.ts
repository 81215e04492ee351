import type { PlanDocument, ResponsibilityClause, UnitName } from "../core/model/types.js";
import { openClausesOf } from "../core/model/openClauses.js";
import { PlanMemo } from "../core/model/planMemo.js";
import { documentLevel, placeOfUnits, registryOfPlan } from "../core/units/documentLevel.js";
import { unitIdentities } from "../core/units/identity.js";
import { addUnitTaskCounts, type UnitTaskCount } from "../core/units/matrix.js";
import { leadingLevelWord, levelOfName, normalizeUnitName } from "../core/units/names.js";
import type { UnitRegistry } from "../core/units/registry.js";
import type { IndexedPlan } from "./workspaceIndex.js";

/** What a key is computed from: a plan and the registry of its configuration. */
export type KeyedPlan = Pick<IndexedPlan, "plan" | "registry">;

/**
 * Which unit a written name stands for, across the workspace's plans: the registry's canonical
 * name (so 市发改委 and 市发展改革委 are one unit; a name nobody registered, say 市工信委, stands
 * for itself, so it can still be found and renamed) at the place the plan is for. 赣州's 市工信局
 * and 抚州's are two bodies with one name: the place of a plan at the level of the name (市 for
 * 市工信局, 区 for 区住建局, the plan's own level for a name written with none) is the one its
 * issuer or title names (units/documentLevel.ts placeOfUnits: a zone's plan's 区 is the zone); a plan that names none is taken
 * to be of the place the workspace's other plans name at that level when they all name one (a
 * city's draft without its issuer line beside the city's other plans), else its place is
 * unknown, and its units are one with those of the other plans whose place is unknown. National
 * bodies (国家…) and units named with their place (赣州海关) need no place; a name written after
 * a place that is not the plan's (章贡区住建局 in 赣州's plan) is at that place (core/units/identity.ts).
 */
export class UnitKeys {
  private readonly places = new Map<PlanDocument, Map<string, string | null>>();
  private readonly words = new Map<PlanDocument, string>();
  private readonly shared = new Map<string, string | null>();

  constructor(private readonly plans: readonly KeyedPlan[]) {}

  keyOf(plan: KeyedPlan, name: string): string {
    // Read as the plan's rules read it (a county-level city's 市发改局 is its 市发展改革委).
    const registry = registryOfPlan(plan.registry, plan.plan);
    const written = registry.resolve(name);
    // A city bureau's 分局 in the plan's own district is the district's body (identity.ts: 区公安分局).
    const resolved = written === null ? null : unitIdentities(plan.plan, registry)(written).unit;
    const canonical = resolved?.canonical ?? normalizeUnitName(name);
    // A name that says its whole place (赣州海关, 人民银行赣州市分行) needs none; one that starts
    // with a level word (市市场监管局章贡分局: the 章贡 branch of which city's bureau?) does.
    if ((resolved?.entry.pattern && leadingLevelWord(canonical) === null) || levelOfName(canonical) === "国家") return canonical;
    // A place the canonical name drops that is not the plan's (identity.ts: 章贡区住建局 in 赣州's
    // plan) is the unit's own: 南康区住建局 is another unit, and 章贡's plan's 区住建局 this one.
    if (resolved !== null && resolved.place !== null && unitIdentities(plan.plan, registry)(resolved).key !== canonical) return `${canonical}@${resolved.place}`;
    const word = leadingLevelWord(canonical) ?? this.levelWord(plan.plan);
    const place = this.placeOf(plan, word) ?? this.sharedPlace(word);
    return place === null ? canonical : `${canonical}@${place}`;
  }

  /** Whether two keys name units of one name at different places (赣州's 市工信局 and 抚州's). */
  static sameName(a: string, b: string): boolean {
    return UnitKeys.nameOf(a) === UnitKeys.nameOf(b);
  }

  /** The name a key is of, without its place (市工信局 of 市工信局@赣州). */
  static nameOf(key: string): string {
    const at = key.indexOf("@");
    return at < 0 ? key : key.slice(0, at);
  }

  /** The place a key puts its name at (赣州 of 市工信局@赣州), or null for a name that needs none. */
  static placeOf(key: string): string | null {
    const at = key.indexOf("@");
    return at < 0 ? null : key.slice(at + 1);
  }

  private placeOf(keyed: KeyedPlan, word: string): string | null {
    const plan = keyed.plan;
    let byWord = this.places.get(plan);
    if (!byWord) this.places.set(plan, (byWord = new Map()));
    // A zone's plan counts its 区 bodies at the zone (documentLevel.ts placeOfUnits).
    if (!byWord.has(word)) byWord.set(word, placeOfUnits(plan, registryOfPlan(keyed.registry, plan), word));
    return byWord.get(word)!;
  }

  private levelWord(plan: PlanDocument): string {
    let word = this.words.get(plan);
    if (word === undefined) this.words.set(plan, (word = documentLevel(plan).word));
    return word;
  }

  /** The one place the workspace's plans name at a level word, or null when they name none or several. */
  private sharedPlace(word: string): string | null {
    if (!this.shared.has(word)) {
      const named = new Set(this.plans.map((p) => this.placeOf(p, word)).filter((place): place is string => place !== null));
      this.shared.set(word, named.size === 1 ? [...named][0]! : null);
    }
    return this.shared.get(word)!;
  }
}

export interface UnitOccurrence {
  plan: IndexedPlan;
  clause: ResponsibilityClause;
  unit: UnitName;
  key: string;
}

/**
 * Every unit name of a plan, in document order, with the unit it stands for: a clause still being
 * typed (openClauses.ts, no closing bracket yet) too, whose names the editor reads as units
 * (`unitAt`): a rename or a list of references from one of them must take it in, or the name the
 * cursor is on would be the one left behind.
 */
export function occurrencesIn(plan: IndexedPlan, keys: UnitKeys): UnitOccurrence[] {
  return clausesWithOpen(plan.plan).flatMap((clause) => clause.units.map((unit) => ({ plan, clause, unit, key: keys.keyOf(plan, unit.text) })));
}

/** The plan's clauses and the ones it leaves open, in document order. */
export function clausesWithOpen(plan: PlanDocument): readonly ResponsibilityClause[] {
  const open = openClausesOf(plan);
  return open.length === 0 ? plan.clauses : [...plan.clauses, ...open].sort((a, b) => a.start - b.start);
}

/** The unit name under the cursor (its end counts, as a cursor right after a name is on it). */
export function unitAt(plan: PlanDocument, offset: number): { clause: ResponsibilityClause; unit: UnitName } | null {
  return unitIn(plan.clauses, offset) ?? unitIn(openClausesOf(plan), offset);
}

/** The name at `offset` of one of `clauses`; a clause being typed, with no closing bracket yet (openClauses.ts), is one too. */
function unitIn(clauses: readonly ResponsibilityClause[], offset: number): { clause: ResponsibilityClause; unit: UnitName } | null {
  for (const clause of clauses) {
    if (offset < clause.start || offset > clause.end) continue;
    const unit = clause.units.find((u) => offset >= u.start && offset <= u.end);
    if (unit) return { clause, unit };
  }
  return null;
}

/** Tasks (a clause outside any item counts on its own) that list a unit, and the ones it leads. */
export type UnitUsage = UnitTaskCount;

/**
 * How the workspace's plans use each unit, by the unit it stands for (UnitKeys): the core's
 * count of tasks per unit (units/matrix.ts, which knows a group's clause is every grouped
 * task's), added up over the plans. Linear in the number of names in the workspace.
 */
export function usageByUnit(plans: readonly IndexedPlan[], keys: UnitKeys): Map<string, UnitUsage> {
  const usage = new Map<string, UnitUsage>();
  for (const plan of plans) addPlanUnitCounts(plan, (name) => keys.keyOf(plan, name), usage);
  return usage;
}

/** One plan's task counts by unit, each under a name the plan writes for it, and the registry they were read with. */
interface PlanUnitCounts {
  registry: UnitRegistry;
  units: Array<{ name: string; count: UnitTaskCount }>;
}

const planUnitCounts = new PlanMemo<PlanUnitCounts>();

/**
 * A plan's task counts by unit (the core's addUnitTaskCounts) added into `counts` by `keyOf`.
 * Completion asks for them on every keystroke in a clause, for the plan and each plan of the
 * workspace: they are counted once per plan version and registry and kept on the plan (PlanMemo).
 * They are counted by the plan's own keys (a UnitKeys of the plan alone), each unit kept with a
 * name the plan writes for it, and that name read through the caller's keys: within one plan the
 * workspace's keys and the plan's own part the names alike (a place is added per level word, the
 * same for every name of the plan), so the counts are those keyOf would have given.
 */
export function addPlanUnitCounts(keyed: KeyedPlan, keyOf: (name: string) => string, counts: Map<string, UnitTaskCount>): Map<string, UnitTaskCount> {
  let counted = planUnitCounts.get(keyed.plan);
  if (counted === undefined || counted.registry !== keyed.registry) counted = planUnitCounts.set(keyed.plan, countPlanUnits(keyed));
  for (const { name, count } of counted.units) {
    const key = keyOf(name);
    const sum = counts.get(key);
    if (sum === undefined) counts.set(key, { ...count });
    else {
      sum.tasks += count.tasks;
      sum.leads += count.leads;
      sum.supports += count.supports;
    }
  }
  return counts;
}

function countPlanUnits(keyed: KeyedPlan): PlanUnitCounts {
  const own = new UnitKeys([keyed]);
  const nameOfKey = new Map<string, string>();
  const keyOf = (name: string) => {
    const key = own.keyOf(keyed, name);
    if (!nameOfKey.has(key)) nameOfKey.set(key, name);
    return key;
  };
  const counts = addUnitTaskCounts(keyed.plan, keyOf, keyed.registry, new Map());
  return { registry: keyed.registry, units: [...counts].map(([key, count]) => ({ name: nameOfKey.get(key)!, count })) };
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
