import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { documentLevel, documentPlaces, zoneNameOfPlan } from "./documentLevel.js";
import { LEVEL_WORDS, leadingLevelWord, type UnitLevel } from "./names.js";
import { verticalBodyKey } from "./placeNames.js";
import type { ResolvedUnit, UnitRegistry } from "./registry.js";

/**
 * Which unit a name stands for in one plan. The registry reads a name written after its place as
 * the unit of its canonical name (赣州市市场监管局 is 市市场监管局), which is the plan's own unit
 * only where the place is the plan's: in 赣州's plan 章贡区住建局 and 南康区住建局 are two bodies,
 * neither of them the 区住建局 a district's plan means, and 南昌市市场监管局 is not 赣州's
 * 市市场监管局. So a place the canonical name drops stays part of the unit unless it is the plan's
 * place at that level (documentPlace); where the plan names none, a name of the plan's own level
 * is taken for the plan's, one of another level is not.
 *
 * A city bureau's 分局 in the plan's own district (市公安局鼓楼分局, 鼓楼公安分局 in 鼓楼区's plan) is
 * the body a district's plan names with 区 (区公安分局) where the registry lists that name: the
 * district keeps no bureau of its own beside the city's 分局, so the two names are one body; and
 * the district's own bureau where the registry lists no such 分局 (区市场监管局: districtBureauOf).
 * The city's bureau itself (市市场监管局) stays a unit apart from its 分局: a plan may list both. And
 * a county's plan names its county's company with the level word (县供电公司): the company at
 * the plan's place (国网于都县供电公司).
 */
export interface UnitIdentity {
  /** What tells units apart: the canonical name, and the place where it is not the plan's. */
  key: string;
  /** The unit's name to write: the canonical name, after its place where the place is kept (章贡区住建局). */
  name: string;
  /** The unit the name is read as: itself, or the district's body a city bureau's 分局 is (districtBodyOf). */
  unit: ResolvedUnit;
}

export function unitIdentities(plan: PlanDocument, registry: UnitRegistry): (unit: ResolvedUnit) => UnitIdentity {
  const byRegistry = identitiesOf.of(plan, () => new Map());
  let made = byRegistry.get(registry);
  if (!made) byRegistry.set(registry, (made = identities(plan, registry)));
  return made;
}

/** Two rules ask per name on every keystroke; a plan's places never change (per registry: it reads the 分局). */
const identitiesOf = new PlanMemo<Map<UnitRegistry, (unit: ResolvedUnit) => UnitIdentity>>();

/**
 * The identity of each unit, by what it reads of the plan: its places, its zone and its level,
 * read once here so that the function returned holds those and not the plan. Rules hand it to
 * shared code (units/unknown's rosterOf, listsUnit …), whose call sites keep a weak reference to
 * it; V8's minor GC treats such references as strong, so a function that reached the plan kept
 * each plan's whole model to the next full GC (ARCHITECTURE.md, "Garbage the scavenger keeps").
 */
function identities(plan: PlanDocument, registry: UnitRegistry): (unit: ResolvedUnit) => UnitIdentity {
  const places = documentPlaces(plan);
  const own = (word: string) => places.get(word) ?? null;
  const zone = zoneNameOfPlan(plan, registry);
  const ownZone = () => zone;
  const { level } = documentLevel(plan);
  const byUnit = new WeakMap<ResolvedUnit, UnitIdentity>();
  return (unit) => {
    let identity = byUnit.get(unit);
    if (identity === undefined) {
      const read = districtBodyOf(unit, registry, own, ownZone) ?? placedCompanyOf(unit, registry, own) ?? ownGovernmentOf(unit, registry, own) ?? unit;
      byUnit.set(unit, (identity = districtBureauOf(read, registry, own) ?? otherZoneBody(read, registry, ownZone) ?? zoneDepartment(read, registry, ownZone) ?? identityOf(read, own, level)));
    }
    return identity;
  };
}

/**
 * For a city bureau's 分局 in the plan's own district (of the city the plan names, if the name
 * says one), the district's body of that name with 区 (市公安局鼓楼分局 → 区公安分局) where the
 * registry lists it; null for any other unit, and where the plan names no district. A zone's plan
 * has the 分局 in its zone, named by the zone's short name (市市场监管局高新分局, …高新区分局 in
 * 南昌高新区's plan): its 区市场监管分局 too.
 */
function districtBodyOf(unit: ResolvedUnit, registry: UnitRegistry, own: (word: string) => string | null, ownZone: () => string | null): ResolvedUnit | null {
  const branch = registry.branchPlace(unit);
  if (branch === null) return null;
  const district = own("区");
  if (district === null ? !inOwnZone(branch.district, ownZone) : branch.district !== district && branch.district !== `${district}区`) return null;
  if (branch.city !== null && branch.city !== own("市")) return null;
  const body = unit.canonical.slice(0, unit.canonical.length - branch.district.length - BRANCH.length);
  const word = leadingLevelWord(body);
  if (word === null || LEVEL_WORDS.get(word) !== "市" || !body.endsWith("局")) return null;
  const named = registry.resolve(`区${body.slice(word.length, -1)}${BRANCH}`);
  return named !== null && named.place === null && named.entry.level === "县" ? named : null;
}

const BRANCH = "分局";

/**
 * In a district's plan, the city bureau's 分局 the registry reads from the bureau (区市场监管分局, and
 * so 市市场监管局鼓楼分局: districtBranches.ts resolveDistrictNamedBranch) is the district's own bureau
 * of that name (区市场监管局) where the registry lists one. After the reforms a district has, per
 * slot, either its own bureau or the city's 分局 in its place, never both (which one varies from city
 * to city), and its plans write 区…局 for either: one unit, named as the bureau. Its `unit` stays
 * the 分局 (ownBranches.ts reads a retired name's successor from it: the name the plan writes). A
 * 区…分局 the registry lists itself (区公安分局: the city keeps the police in every district) has no
 * bureau beside it. Null for any other unit, and outside a district's plan (a zone's bodies are the
 * zone's).
 */
function districtBureauOf(unit: ResolvedUnit, registry: UnitRegistry, own: (word: string) => string | null): UnitIdentity | null {
  const { canonical } = unit;
  if (unit.place !== null || unit.entry.level !== "县" || !canonical.startsWith("区") || !canonical.endsWith(BRANCH) || registry.branchBureau(unit.entry) === null) return null;
  if (own("区") === null) return null;
  const bureau = registry.resolve(`${canonical.slice(0, -BRANCH.length)}局`);
  if (bureau === null || bureau.place !== null || bureau.entry.level !== "县" || !bureau.canonical.startsWith("区")) return null;
  return { key: bureau.canonical, name: bureau.canonical, unit };
}

/** Whether a 分局's place is the plan's own zone by its short name, with or without 区 (高新 of 南昌高新区), of two characters at least. */
function inOwnZone(place: string, ownZone: () => string | null): boolean {
  const stem = place.endsWith("区") ? place.slice(0, -1) : place;
  const zone = stem.length >= 2 ? ownZone() : null;
  return zone !== null && zone.endsWith(`${stem}区`);
}

/**
 * For a government named after its place (赣州市人民政府, a pattern's), the government the plan
 * names with its level word alone (市人民政府) where the place is the plan's at that level: in
 * 赣州's plan the two are one body. Null for any other unit, another place's government (南昌市人民政府
 * in 赣州's plan) and where the plan names no place.
 */
function ownGovernmentOf(unit: ResolvedUnit, registry: UnitRegistry, own: (word: string) => string | null): ResolvedUnit | null {
  const { place, canonical } = unit;
  if (!unit.entry.pattern || unit.entry.vertical || place === null || !canonical.startsWith(place)) return null;
  const bare = canonical.slice(place.length);
  const word = leadingLevelWord(bare);
  if (word === null || (bare !== `${word}人民政府` && bare !== `${word}政府`) || own(word) !== place) return null;
  const government = registry.resolve(bare);
  return government !== null && government.place === null && !government.entry.pattern ? government : null;
}

/**
 * For a company named after its place written with the level word where the place goes
 * (县供电公司: placeNames.ts companyWrittenWithLevel), the company at the plan's place of that
 * level (国网于都县供电公司 in 于都县's plan); null for any other unit, and where the plan names no place.
 */
function placedCompanyOf(unit: ResolvedUnit, registry: UnitRegistry, own: (word: string) => string | null): ResolvedUnit | null {
  if (!unit.entry.pattern || !unit.entry.vertical || unit.place !== null) return null;
  const word = leadingLevelWord(unit.canonical);
  const place = word === null ? null : own(word);
  if (place === null) return null;
  const placed = registry.resolve(`${place}${unit.canonical}`);
  return placed !== null && placed.entry === unit.entry ? placed : null;
}

/**
 * In a zone's plan, a 区 body written after another zone's name (江北新区财政局 in 南京高新区's plan):
 * that zone's body, kept apart from the plan's own 区财政局. A zone's plan names no 区 place, so
 * identityOf would take any place of the 区 level for the plan's; only the plan's own zone is.
 * Null for any other unit, and in any other plan.
 */
function otherZoneBody(unit: ResolvedUnit, registry: UnitRegistry, ownZone: () => string | null): UnitIdentity | null {
  const { canonical, place } = unit;
  if (place === null || !canonical.startsWith("区") || canonical.includes(place)) return null;
  const planZone = ownZone();
  if (planZone === null) return null;
  const zone = registry.namesZone(`${place}区`) ? registry.resolve(`${place}区`)!.canonical : null;
  // The zone named with or without its city (江北新区 in 南京江北新区's plan) is the plan's.
  if (zone === null || planZone.endsWith(zone) || zone.endsWith(planZone)) return null;
  const name = place + canonical;
  return { key: name, name, unit };
}

/**
 * Outside a zone's plan, a zone's department named after its zone (赣州经开区经发局, 于都工业园区经发局:
 * zoneDepartments.ts): that zone's, whatever the plan's level. A county's plan names no 区 place, so
 * identityOf would take it for the plan's own 区 body, and two zones' departments for one.
 */
function zoneDepartment(unit: ResolvedUnit, registry: UnitRegistry, ownZone: () => string | null): UnitIdentity | null {
  if (unit.place === null || !registry.isZoneDepartment(unit) || ownZone() !== null) return null;
  const name = unit.place + unit.canonical;
  return { key: name, name, unit };
}

function identityOf(unit: ResolvedUnit, own: (word: string) => string | null, level: UnitLevel): UnitIdentity {
  const { canonical, place } = unit;
  // A vertical body's county written bare or with its word is one place (placeNames.ts verticalBodyKey).
  if (place !== null && unit.entry.pattern && unit.entry.vertical) return { key: verticalBodyKey(unit.entry, place), name: canonical, unit };
  if (place === null || canonical.includes(place)) return { key: canonical, name: canonical, unit };
  const word = leadingLevelWord(canonical);
  if (word !== null) {
    const planPlace = own(word);
    if (planPlace === place || (planPlace === null && LEVEL_WORDS.get(word) === level)) return { key: canonical, name: canonical, unit };
  }
  const name = place + canonical;
  return { key: name, name, unit };
}
