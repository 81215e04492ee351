import type { PlanDocument } from "../model/types.js";
import { documentLevel, documentPlace } from "./documentLevel.js";
import { LEVEL_WORDS, leadingLevelWord } from "./names.js";
import type { ResolvedUnit } from "./registry.js";

/**
 * Which unit a name stands for in one plan. The registry reads a name written after its place as
 * the unit of its canonical name (赣州市市场监管局 is 市市场监管局), which is the plan's own unit
 * only where the place is the plan's: in 赣州's plan 章贡区住建局 and 南康区住建局 are two bodies,
 * neither of them the 区住建局 a district's plan means, and 南昌市市场监管局 is not 赣州's
 * 市市场监管局. So a place the canonical name drops stays part of the unit unless it is the plan's
 * place at that level (documentPlace); where the plan names none, a name of the plan's own level
 * is taken for the plan's, one of another level is not.
 */
export interface UnitIdentity {
  /** What tells units apart: the canonical name, and the place where it is not the plan's. */
  key: string;
  /** The unit's name to write: the canonical name, after its place where the place is kept (章贡区住建局). */
  name: string;
}

export function unitIdentities(plan: PlanDocument): (unit: ResolvedUnit) => UnitIdentity {
  let made = identitiesOf.get(plan);
  if (!made) identitiesOf.set(plan, (made = identities(plan)));
  return made;
}

/** Two rules ask per name on every keystroke; a plan's places never change. */
const identitiesOf = new WeakMap<PlanDocument, (unit: ResolvedUnit) => UnitIdentity>();

function identities(plan: PlanDocument): (unit: ResolvedUnit) => UnitIdentity {
  const places = new Map<string, string | null>();
  const own = (word: string) => {
    if (!places.has(word)) places.set(word, documentPlace(plan, word));
    return places.get(word)!;
  };
  const byUnit = new WeakMap<ResolvedUnit, UnitIdentity>();
  return (unit) => {
    let identity = byUnit.get(unit);
    if (identity === undefined) byUnit.set(unit, (identity = identityOf(unit, own, plan)));
    return identity;
  };
}

function identityOf(unit: ResolvedUnit, own: (word: string) => string | null, plan: PlanDocument): UnitIdentity {
  const { canonical, place } = unit;
  if (place === null || canonical.includes(place)) return { key: canonical, name: canonical };
  const word = leadingLevelWord(canonical);
  if (word !== null) {
    const planPlace = own(word);
    if (planPlace === place || (planPlace === null && LEVEL_WORDS.get(word) === documentLevel(plan).level)) return { key: canonical, name: canonical };
  }
  const name = place + canonical;
  return { key: name, name };
}
