import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { bracketedParts, leadingLevelWord, normalizeUnitName } from "./names.js";
import type { ResolvedUnit, UnitRegistry } from "./registry.js";

/**
 * The second names a plan gives its bodies: where a clause writes one body with its two names
 * (一个机构两块牌子, 市市场监管局（市知识产权局）), the plan says that the name in brackets is that
 * body's too. The report keys the writing by its outer name (units/report.ts), so a reader who
 * asks for the second name (the 知识产权局's staff ask for 市知识产权局) and a clause that writes
 * it alone mean the same body. Only in that plan: in a city where the 知识产权局 is a body of its
 * own, no clause writes it in another's brackets.
 */
export function secondNameWritings(plan: PlanDocument): ReadonlyMap<string, string> {
  return secondNamesOf.of(plan, readSecondNames);
}

/** A plan's clauses never change: its pairs are read once (per plan, whatever registry asks). */
const secondNamesOf = new PlanMemo<ReadonlyMap<string, string>>();

/** Each second name in brackets, as written, to the first writing that gives it (its whole name). */
function readSecondNames(plan: PlanDocument): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      // Most names have no bracket at all: one scan before normalising.
      if (!CLOSING_BRACKET.test(unit.text)) continue;
      const whole = normalizeUnitName(unit.text);
      const parts = bracketedParts(whole);
      if (parts !== null && !found.has(parts.inner)) found.set(parts.inner, whole);
    }
  }
  return found;
}

/** The closing brackets normalizeUnitName reads as （）'s. */
const CLOSING_BRACKET = /[）)〕］\]﹞]/;

/**
 * The unit a body's second name in brackets is when written alone: 市知识产权局 of
 * 市市场监管局（市知识产权局）, and of 市市场监督管理局（知识产权局）, whose second name leaves out the
 * level word the first already says (read with it, and a party body's 委, as
 * `UnitRegistry.isSecondName` reads it). Null for a name without brackets, and where the brackets
 * hold no name the registry lists (各县（市、区）, a typo): no unit is known to be meant.
 */
export function secondNameUnit(name: string, registry: UnitRegistry): ResolvedUnit | null {
  // Most names have no bracket at all: one scan before normalising.
  if (!CLOSING_BRACKET.test(name)) return null;
  const parts = bracketedParts(normalizeUnitName(name));
  if (parts === null) return null;
  const alone = registry.resolve(parts.inner);
  if (alone !== null || leadingLevelWord(parts.inner) !== null) return alone;
  const word = leadingLevelWord(parts.outer);
  if (word === null) return null;
  return (parts.outer.startsWith(`${word}委`) ? registry.resolve(`${word}委${parts.inner}`) : null) ?? registry.resolve(word + parts.inner);
}

/**
 * The unit key each second name of the plan stands for: the key of the whole writing, where the
 * registry reads the writing as one body with two names (`UnitRegistry.isKnown`: its outer name
 * listed, the bracketed one a second name of it — not 各县（市、区）, nor a typo in the brackets)
 * and the second name alone is keyed as another unit.
 */
export function secondNameKeys(plan: PlanDocument, registry: UnitRegistry, keyOf: (name: string) => string): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const [inner, whole] of secondNameWritings(plan)) {
    if (!registry.isKnown(whole)) continue;
    const own = keyOf(inner);
    const body = keyOf(whole);
    if (own !== body && !keys.has(own)) keys.set(own, body);
  }
  return keys;
}

/**
 * The name a body is listed under where the writing picked for it (units/writings.ts
 * preferredWriting) is its second name alone: the first name of the plan's writing that gives
 * both (区知识产权局 written twice and 区市场监管局（知识产权局） once is the 区市场监管局, as a
 * reviewer looks it up); any other writing as it is.
 */
export function listedUnderFirstName(picked: string, writings: Iterable<string>): string {
  const alone = normalizeUnitName(picked);
  for (const writing of writings) {
    const parts = CLOSING_BRACKET.test(writing) ? bracketedParts(normalizeUnitName(writing)) : null;
    if (parts === null) continue;
    const word = leadingLevelWord(parts.inner) === null ? leadingLevelWord(parts.outer) : null;
    if (alone === parts.inner || (word !== null && alone === word + parts.inner)) return parts.outer;
  }
  return picked;
}
