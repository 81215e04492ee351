import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument, ResponsibilityClause, UnitName } from "../model/types.js";
// A committee (南充高新区管委会, ××管理委员会): the body that runs a zone, as a zone's plan names its issuer.
import { ZONE_ISSUER } from "../model/zoneTitle.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { unitIdentities, type UnitIdentity } from "./identity.js";
import { levelKindsOf, normalizeUnitName } from "./names.js";
import { coveredByAllInClause } from "./sharedSuffix.js";
import type { ResolvedUnit, UnitForm, UnitRegistry } from "./registry.js";

/**
 * How often a plan writes one writing of a unit, what form of the unit's names it is (null: not a
 * registry name), and whether it is a city bureau's district 分局 by its own name (branchName).
 */
export interface Writing {
  count: number;
  form: UnitForm | null;
  branch: boolean;
}

export type WritingReason = "规范名称" | "全称" | "本文多用的写法" | "分局的正式名称" | "管委会的名称";


/**
 * Whether a writing names a committee the canonical name leaves out (南充高新区管委会 of the entry
 * 南充高新区): the committee is the responsible unit, the zone a place, so no writing of it is
 * ever unified to the zone's (units/alias, either mode).
 */
export function losesCommittee(text: string, canonical: string): boolean {
  return ZONE_ISSUER.test(text) && !ZONE_ISSUER.test(canonical);
}

/**
 * Whether a name is a city bureau's district 分局 written as the 分局 is named: the bureau, the
 * district and 分局 (市公安局青山湖分局, 南昌市自然资源和规划局青山湖分局), or the city and the
 * district before the bureau where the province names its offices so (成都市武侯生态环境局) — not a
 * short form (区公安分局, the registry's name for it in a district's plan; 青山湖公安分局, what people
 * call it).
 */
export function isBranchName(text: string, resolved: ResolvedUnit, registry: UnitRegistry): boolean {
  const place = registry.branchPlace(resolved);
  if (place === null) return false;
  if (resolved.form === "fullName") return true;
  const { canonical } = resolved;
  return normalizeUnitName(text).endsWith(`局${canonical.slice(canonical.lastIndexOf(place.district))}`);
}

/**
 * The writing a unit the plan writes several ways goes under, among those the plan uses: the
 * name of the city bureau's 分局 the unit is (市公安局青山湖分局 beside 区公安分局 in 青山湖区's plan:
 * the district keeps no police bureau of its own, the 分局's name is the body's, and a fix never
 * moves a name away from it), else its canonical name, else its full name (中国人民银行抚州市分行
 * is as right as the canonical 人民银行抚州市分行, and must not become a third form), else the
 * plan's most frequent writing of the registry's (the first written on a tie; among 分局 names
 * too), else its most frequent. units/alias
 * unifies to it; the unit report lists the unit under it.
 */
export function preferredWriting(canonical: string, writings: ReadonlyMap<string, Writing>): { name: string; why: WritingReason } {
  let branch: string | null = null;
  for (const [text, writing] of writings) {
    if (writing.branch && (branch === null || writing.count > writings.get(branch)!.count)) branch = text;
  }
  if (branch !== null) return { name: branch, why: "分局的正式名称" };
  const committee = committeeWriting(canonical, writings);
  if (committee !== null) return { name: committee, why: "管委会的名称" };
  const normalized = normalizeUnitName(canonical);
  let full: string | null = null;
  let most: string | null = null;
  for (const [text, writing] of writings) {
    if (normalizeUnitName(text) === normalized) return { name: canonical, why: "规范名称" };
    if (full === null && writing.form === "fullName") full = text;
    if (most === null || outranks(writing, writings.get(most)!)) most = text;
  }
  if (full !== null) return { name: full, why: "全称" };
  return { name: most ?? canonical, why: "本文多用的写法" };
}

/**
 * Whether a writing goes before another as the plan's most used: a name of the registry's before
 * one it does not list (a name retired in 2018 that the plan writes first or most, 市工信委 beside
 * 市工业和信息化局, never names the unit), then the more frequent.
 */
function outranks(writing: Writing, other: Writing): boolean {
  if ((writing.form === null) !== (other.form === null)) return other.form === null;
  return writing.count > other.count;
}

/**
 * Where the plan writes a zone's committee (南充高新区管委会) and the canonical name is the zone's
 * (南充高新区) beside the zone's, the writing the unit goes under: its committee's full name, else
 * the committee's writing the plan uses most; null where it writes the committee only, or none.
 */
function committeeWriting(canonical: string, writings: ReadonlyMap<string, Writing>): string | null {
  let chosen: string | null = null;
  let full: string | null = null;
  let zone = false;
  for (const [text, writing] of writings) {
    if (!losesCommittee(text, canonical)) {
      zone = true;
      continue;
    }
    if (full === null && writing.form === "fullName") full = text;
    if (chosen === null || writing.count > writings.get(chosen)!.count) chosen = text;
  }
  // Only the committee's writings: the usual choice among them.
  return zone ? (full ?? chosen) : null;
}

/** A name of a clause as the writings are counted: its unit, that unit's identity in the plan, the writing a reader sees. */
export interface WrittenName {
  resolved: ResolvedUnit;
  identity: UnitIdentity;
  seen: string;
  /** A city bureau's district 分局 by its own name (isBranchName). */
  branch: boolean;
}

/**
 * Each known name of the clauses with what it reads as, and per unit (identity key) each writing
 * the plan uses with its count and form, in the order first written. A unit listed again in the
 * same clause, under any writing, is units/duplicate's: its fix deletes the repeat, so the repeat
 * is neither an occurrence nor one of the plan's writings (市发展改革委、…、市发改委 is one defect).
 * A writing is what the reader sees: `市发<U+200B>改委` is `市发改委`, not a second writing.
 */
function writingsOfClauses<Name extends WrittenName>(
  clauses: readonly ResponsibilityClause[],
  read: (text: string) => Name | null,
  registry: UnitRegistry,
): { occurrences: UnitName[]; writings: Map<string, Map<string, Writing>> } {
  // The names alone: an occurrence's reading is `read(unit.text)`, which `read` answers from its
  // memo (an object pairing each name with its reading was 40 bytes per name of the plan).
  const occurrences: UnitName[] = [];
  const writings = new Map<string, Map<string, Writing>>();
  // Each unit's occurrence in the clause (its index in occurrences).
  const inClause = new Map<string, number>();
  const count = (key: string, name: Name, by: number) => {
    let used = writings.get(key);
    if (!used) writings.set(key, (used = new Map()));
    const writing = used.get(name.seen);
    if (writing) writing.count += by;
    else used.set(name.seen, { count: by, form: name.resolved.form, branch: name.branch });
    if (used.get(name.seen)!.count === 0) used.delete(name.seen);
  };
  for (const clause of clauses) {
    inClause.clear();
    for (let at = 0; at < clause.segments.length; at++) for (let index = 0; index < clause.segments[at]!.units.length; index++) {
      const unit = clause.segments[at]!.units[index]!;
      // 开发区管委会 of 各县（市、区）人民政府、开发区管委会 is every zone's, a group as the name with
      // 各 is: no writing of the one zone the name alone is (units/sharedSuffix.ts coveredByAllInClause).
      if (coveredByAllInClause(clause.segments, at, index, registry)) continue;
      const name = read(unit.text);
      if (name === null) continue;
      const { key } = name.identity;
      const first = inClause.get(key);
      if (first !== undefined) {
        // units/duplicate deletes the short writing before a 分局's own name (区市场监管局、
        // 市市场监管局章贡分局), not the 分局's: that one is the occurrence and the writing.
        const kept = read(occurrences[first]!.text)!;
        if (name.branch && !kept.branch) {
          count(key, kept, -1);
          count(key, name, 1);
          occurrences[first] = unit;
        }
        continue;
      }
      inClause.set(key, occurrences.length);
      occurrences.push(unit);
      count(key, name, 1);
    }
  }
  return { occurrences, writings };
}

/**
 * The identity of a name of a group written with its level's kinds (县（市）政府, names.ts
 * `levelKindsOf`): a unit of its own, every body of the kinds, kept apart from the one body the
 * registry reads the name as (县人民政府) and named with its kinds (县（市）人民政府), so that
 * units/alias never unifies a group with one body nor writes it without its kinds.
 */
function groupIdentity(identity: UnitIdentity, text: string): UnitIdentity {
  const kinds = levelKindsOf(text);
  if (kinds === null) return identity;
  const word = kinds.charAt(0);
  const name = identity.name.startsWith(word) ? kinds + identity.name.slice(word.length) : identity.name;
  return { key: `${kinds}|${identity.key}`, name, unit: identity.unit };
}

/**
 * A plan's names and writings as units/alias and units/unknown read them, made once per plan and
 * registry. A unit is its identity (identity.ts): 章贡区住建局 is no writing of the 区住建局 of
 * 南康区住建局. Made once
 * per plan: both rules ask on every keystroke, and the plan writes the same names many times.
 */
export interface PlanWritings {
  /** A name's unit, that unit's identity and the writing a reader sees; null for a name the registry does not know. */
  read(text: string): WrittenName | null;
  /** Each name the registry knows, once per unit and clause (its reading is `read(unit.text)`). */
  occurrences: readonly UnitName[];
  writings: ReadonlyMap<string, ReadonlyMap<string, Writing>>;
  /**
   * The plan's own writing of each unit it writes (identity key → writing), as units/alias would
   * unify it: a plan that writes 省工业和信息化厅 wants a slip of it corrected to 省工业和信息化厅,
   * not to the registry's 省工信厅, a second writing units/alias would then report; and a plan that
   * writes 省工信厅 wants 省工信厅, not the writing nearest the slip (units/nearest.ts).
   */
  own: ReadonlyMap<string, string>;
}

export function planWritings(plan: PlanDocument, units: UnitRegistry): PlanWritings {
  const byRegistry = made.of(plan, () => new Map());
  let found = byRegistry.get(units);
  if (!found) byRegistry.set(units, (found = new WritingsOfPlan(plan, units)));
  return found;
}

const made = new PlanMemo<Map<UnitRegistry, PlanWritings>>();

/**
 * A class, not an object literal with a getter: V8 keeps a literal's getter in the literal's
 * hidden class, which lives in the old generation until a full GC, so every plan's getter — and
 * the whole plan its closure reached — outlived each minor GC (ARCHITECTURE.md, "Garbage the
 * scavenger keeps"). A class's getter is one function on its prototype.
 */
class WritingsOfPlan implements PlanWritings {
  readonly read: (text: string) => WrittenName | null;
  readonly occurrences: readonly UnitName[];
  readonly writings: ReadonlyMap<string, ReadonlyMap<string, Writing>>;
  private ownWritings: Map<string, string> | null = null;

  constructor(plan: PlanDocument, units: UnitRegistry) {
    const identity = unitIdentities(plan, units);
    const names = new Map<string, WrittenName | null>();
    this.read = (text) => {
      let known = names.get(text);
      if (known === undefined) {
        const resolved = units.resolve(text);
        known = resolved ? { resolved, identity: groupIdentity(identity(resolved), text), seen: withoutFormatCharacters(text), branch: isBranchName(text, resolved, units) } : null;
        names.set(text, known);
      }
      return known;
    };
    ({ occurrences: this.occurrences, writings: this.writings } = writingsOfClauses(plan.clauses, this.read, units));
  }

  get own(): ReadonlyMap<string, string> {
    if (this.ownWritings === null) {
      const own = (this.ownWritings = new Map());
      const judged = new Set<string>();
      for (const unit of this.occurrences) {
        const { key, name: named } = this.read(unit.text)!.identity;
        if (judged.has(key)) continue;
        judged.add(key);
        own.set(key, preferredWriting(named, this.writings.get(key)!).name);
      }
    }
    return this.ownWritings;
  }
}
