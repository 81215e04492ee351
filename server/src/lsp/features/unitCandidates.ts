import type { PlanDocument } from "../../core/model/types.js";
import { documentLevel, levelAboveWord, placeOfUnits } from "../../core/units/documentLevel.js";
import { cityOfDistrict } from "../../core/units/districts.js";
import { isCollectiveName, LEVEL_WORDS, leadingLevelWord, normalizeUnitName, type UnitLevel } from "../../core/units/names.js";
import { pinyinMatchStart } from "../../core/units/pinyin.js";
import { PLACE_SLOT, type UnitEntry, type UnitRegistry } from "../../core/units/registry.js";
import { addPlanUnitCounts, UnitKeys, type UnitUsage } from "../unitUsage.js";
import { unitIdentities } from "../../core/units/identity.js";
import { isIssuersOwn, isOwnUnitsGroup, issuingDepartments, ownUnitKind, type OwnUnitKind } from "../../core/units/divisions.js";
import { groupTermsOf } from "../../core/units/groupTerms.js";

export interface UnitCandidate {
  /** The canonical name: an alias typed or matched resolves to it. */
  name: string;
  detail: string;
  /** The form the query matched: the name, one of its aliases or its full name. */
  form: string;
}

/** Enough for the whole built-in registry at two levels (a district's plan is offered the city's names too): the list is filtered here, so it is short once typing starts. */
const LIMIT = 400;

/**
 * The units to offer for what was typed, best first: the closer match first (see matchQuality:
 * `gaj` is 区公安局 before 区发展改革委, whose alias 区发改局 it matches only from its third
 * character; `sw` is 市税务局 before 市委办公室, whose 市 it spends its first letter on), the
 * plan's level before the level above, then the ones the plan itself uses most, then the ones
 * the workspace uses most, then registry order. How often a unit is used orders
 * equally good matches; it never lifts a worse match over a better one. Names already in the
 * clause are left out, whichever form they were written in. The registry is written at 市: a
 * plan of another level (units/documentLevel.ts) is offered its own level's names, derived from
 * the 市 entries (区市场监管局 in a district's plan, 县发展改革委 with its alias 县发改局 in a
 * county's, 省教育厅 in a province's; in a county-level city's, read with registryOfPlan, the
 * county's forms with 市: 市消防救援大队, 市发改局, and no body a county has none of), as the unit rules read them; a district's or county's plan the
 * city's names too, after its own at equal match (documentLevel.ts `levelAboveWord`: it names the
 * city's bureaus and their branches, which the unit rules know as well); an entry of a level below
 * the plan's (区公安分局 in a city's plan) is not offered. A vertically managed body named by its
 * place (UnitEntry `vertical`: 人民银行××市分行, ××海关) is offered at the plan's place of its
 * slot's level (a 章贡区 plan of 赣州: 人民银行赣州市分行), never at a level it has no office at.
 * The group terms come after the bodies: those the plan writes, then its level's usual ones
 * (units/groupTerms.ts), so `各县（市、区）` completes to 各县（市、区）人民政府 in a city's plan.
 */
export function rankUnitCandidates(
  query: string,
  registry: UnitRegistry,
  usage: ReadonlyMap<string, UnitUsage>,
  /** The unit a name stands for in this plan, as `usage` is keyed (unitUsage.ts UnitKeys). */
  keyOf: (name: string) => string,
  namesInClause: readonly string[],
  plan: PlanDocument,
): UnitCandidate[] {
  const taken = new Set(namesInClause.map(keyOf));
  const identity = unitIdentities(plan, registry);
  const { level, word } = documentLevel(plan);
  const above = levelAboveWord(plan, level);
  // The place that fills a full name's `××` is the one at the name's level: 章贡 for 区市场监管局's
  // 章贡区市场监督管理局, 赣州 for the city's 市市场监管局 offered to the same district's plan.
  const places = new Map<string, string | null>();
  const placeAt = (levelWord: string) => {
    if (!places.has(levelWord)) places.set(levelWord, placeOfUnits(plan, registry, levelWord));
    return places.get(levelWord)!;
  };
  // The plan's own use of each unit orders its level's names, and the level above's, before the
  // workspace's: a county's draft beside its city's plan names the few city bodies it works
  // with (市生态环境局于都分局, 市公安局), not those the city's plan names most.
  // Counted once per plan version (unitUsage.ts addPlanUnitCounts), not on every completion.
  const inPlan = addPlanUnitCounts({ plan, registry }, keyOf, new Map());
  const ranked: Array<{ candidate: UnitCandidate; own: number; used: number; quality: number; tier: number; order: number }> = [];
  // The units offered, by key: a name the plan reads without an entry listing it is offered once.
  const considered = new Set<string>();
  const consider = (name: string, forms: readonly string[], entry: UnitEntry | null, order: number, tier: number, place: string | null, note: string | null = null) => {
    const key = keyOf(name);
    considered.add(key);
    if (taken.has(key)) return;
    let best: { quality: number; form: string } | null = null;
    for (const form of forms) {
      const quality = matchQuality(query, form);
      if (quality >= 0 && (!best || quality < best.quality)) best = { quality, form };
    }
    if (!best) return;
    const used = usage.get(key);
    const details = [
      best.form !== name ? `别称：${best.form}` : null,
      // A lead only where a plan states one: no count of leads where none is stated.
      used ? `${used.tasks} 项任务${used.leads > 0 ? `，牵头 ${used.leads} 项` : ""}` : null,
      entry?.fullName ? entry.fullName.replace(PLACE_SLOT, place ?? PLACE_SLOT) : null,
      note,
    ].filter(Boolean);
    ranked.push({ candidate: { name, detail: details.join(" · "), form: best.form }, own: inPlan.get(key)?.tasks ?? 0, used: used?.tasks ?? 0, quality: best.quality, tier, order });
  };
  // A name offered once, whichever way it comes (a vertical body at the plan's place, or used).
  const offered = new Set<string>();
  const offer = (entry: UnitEntry | null, order: number, tier: number) => {
    if (entry === null || (entry.level !== null && LEVEL_RANK[entry.level] > LEVEL_RANK[level])) return;
    if (namesOtherCountyLevel(entry, word)) return;
    if (entry.pattern) {
      if (entry.vertical) offerAtPlace(entry, order, tier);
      return;
    }
    const fullName = entry.fullName && !entry.fullName.includes(PLACE_SLOT) ? [entry.fullName] : [];
    consider(entry.name, [entry.name, ...entry.aliases, ...fullName], entry, order, tier, placeAt(leadingLevelWord(entry.name) ?? word));
  };
  // A vertically managed body (人民银行××市分行, ××海关) named at the plan's place of its slot's
  // level: a 章贡区 plan of 赣州 is offered 人民银行赣州市分行 and 赣州海关; where the plan names
  // no such place, nothing (the workspace's own names come below).
  const offerAtPlace = (entry: UnitEntry, order: number, tier: number) => {
    const place = placeAt(slotLevelWord(entry));
    if (place === null) return;
    const name = entry.name.replace(PLACE_SLOT, place);
    if (offered.has(name) || registry.resolve(name)?.canonical !== name) return;
    offered.add(name);
    consider(name, [name, ...entry.aliases.map((alias) => alias.replace(PLACE_SLOT, place))], entry, order, tier, place);
  };
  registry.entries.forEach((listed, order) => {
    const own = registry.entryAtLevel(listed, word);
    offer(own, order, 0);
    // The level above, after the plan's own: a name the same at both (赣州海关) once.
    if (above !== null) {
      const higher = registry.entryAtLevel(listed, above);
      if (higher !== own) offer(higher, order, 1);
    }
  });
  // Units known by a place-name pattern (赣州海关, 人民银行赣州市分行) are offered once the workspace
  // uses them, with their own place in the full name, and only where the plan is of that place
  // (or says none): a district of 赣州 names 人民银行赣州市分行, never 抚州's.
  // The institutes a 市场监管局 runs, read by their function (units/institutes.ts): their short names at the plan's level.
  for (const institute of registry.institutesAt(word)) offer(institute, registry.entries.length, 0);
  // A key names the unit's place where the name does not say it whole (市生态环境局于都分局@赣州: the
  // city whose bureau keeps the branch, unitUsage.ts UnitKeys): the name is read without it, and a
  // branch of another city's bureau is not this plan's to name. Read with the place, no key of a
  // branch resolved, and a county's plan lost its city's branches once the workspace named the city.
  for (const key of usage.keys()) {
    const name = UnitKeys.nameOf(key);
    const resolved = registry.resolve(name);
    if (!resolved?.entry.pattern || resolved.canonical !== name || resolved.place === null) continue;
    const own = placeAt(slotLevelWord(resolved.entry));
    if ((own !== null && !resolved.place.startsWith(own)) || offered.has(name)) continue;
    // The bureau's city: the plan's, else the one the districts table puts the branch's place in (于都 → 赣州).
    const keyPlace = UnitKeys.placeOf(key);
    const city = keyPlace === null ? null : (placeAt(leadingLevelWord(name) ?? word) ?? cityOfDistrict(resolved.place));
    if (city !== null && city !== keyPlace) continue;
    offered.add(name);
    consider(name, [name], resolved.entry, registry.entries.length, 0, resolved.place);
  }
  // A body the plan names that the registry reads with no entry to list it — the city bureau's 分局
  // in the plan's district or zone, its body (区市场监管分局; identity.ts), a merged county bureau
  // (县卫体局): the plan's own unit, offered as the registry's are, under the name it reads as.
  // A zone's department named after its zone (赣州经开区经发局: units/zoneDepartments.ts) is offered
  // where the plan names it, as its zone is where the workspace does: under the name it reads as,
  // though of the 区 level, as the plan of the city that set the zone up tasks it.
  for (const clause of plan.clauses) for (const unit of clause.units) {
    const written = registry.resolve(unit.text);
    const read = written === null ? null : identity(written).unit;
    if (read === null || read.entry.pattern) continue;
    if (read.place !== null && registry.isZoneDepartment(read)) {
      const name = identity(read).name;
      if (!considered.has(keyOf(name))) consider(name, [name, normalizeUnitName(unit.text)], read.entry, registry.entries.length, 0, null);
      continue;
    }
    // Not a body of a level below the plan's (市发展改革委 in a province's plan: units/level's finding).
    if (read.place !== null || (read.entry.level !== null && LEVEL_RANK[read.entry.level] > LEVEL_RANK[level])) continue;
    if (considered.has(keyOf(read.canonical))) continue;
    consider(read.canonical, [read.canonical, ...read.entry.aliases], read.entry, registry.entries.length, 0, null);
  }
  // The group terms the plan writes (各街道办事处, 省直有关部门, 各设区市人民政府): no registry lists
  // them, yet a plan gives one task after another to the same few.
  for (const clause of plan.clauses) for (const unit of clause.units) {
    const group = normalizeUnitName(unit.text);
    // The name being typed is in the model as a unit once its clause reads as one: no completion of itself.
    if (!isCollectiveName(group) || group === query || considered.has(keyOf(group))) continue;
    consider(group, [group], null, registry.entries.length, 0, null);
  }
  // And those a plan of its level writes (各县（市、区）人民政府, 市直有关部门 in a city's), where the
  // plan has none of them yet: after the plan's own at equal match.
  for (const group of groupTermsOf({ level, word })) {
    if (!considered.has(keyOf(group))) consider(group, [group], null, registry.entries.length + 1, 0, null, "本级方案常用的统称");
  }
  ranked.sort((a, b) => a.quality - b.quality || a.tier - b.tier || b.own - a.own || b.used - a.used || a.order - b.order);
  return ranked.slice(0, LIMIT).map((entry) => entry.candidate);
}

/**
 * The level word of the place a pattern entry's `××` holds: the word after the slot
 * (人民银行××市分行, ××区人民政府), else the entry's level's (××海关, a city's; 国家金融监督管理总局××监管局, a
 * province's).
 */
function slotLevelWord(entry: UnitEntry): string {
  const after = entry.name.charAt(entry.name.indexOf(PLACE_SLOT) + PLACE_SLOT.length);
  if (LEVEL_WORDS.has(after)) return after;
  return entry.level === "省" ? "省" : entry.level === "县" ? "县" : "市";
}

/**
 * A county-level entry written with the other county-level word than the plan's: a county has no
 * 区公安分局 (its police is the 县公安局), a district no 县公路分局. Such entries are listed as
 * written (no 市 entry derives them), so the level's rank alone lets them through.
 */
function namesOtherCountyLevel(entry: UnitEntry, word: string): boolean {
  if (entry.level !== "县") return false;
  const written = leadingLevelWord(entry.name);
  return (written === "区" || written === "县") && written !== word;
}

/** Levels from the top: a plan is offered its own level's units and those above it, never those below. */
const LEVEL_RANK: Record<UnitLevel, number> = { 国家: 0, 省: 1, 市: 2, 县: 3 };

/**
 * How well a typed query matches a name, 0 best, -1 not at all: 0 where it matches from the
 * name's own words (just after its level word: 公安局 of 区公安局, or from the start of a name
 * with none), 1 from the start through the level word (`sgaj`, 区市场), 2 anywhere later.
 */
function matchQuality(query: string, name: string): number {
  if (query === "") return 0;
  const start = matchStart(query, name);
  if (start < 0) return -1;
  // After the level word, wherever it stands (团市委's is its second character).
  const word = leadingLevelWord(name);
  const own = word === null ? 0 : name.indexOf(word) + word.length;
  return start === own ? 0 : start === 0 ? 1 : 2;
}

/** Where a typed query matches a name: by characters, pinyin or both; -1 when it does not. */
function matchStart(query: string, name: string): number {
  if (query === "") return 0;
  if (!/[a-z]/i.test(query)) return name.indexOf(query);
  return pinyinMatchStart(query, name);
}

/**
 * In a department's own plan (units/divisions.ts), its own units it already assigns tasks to,
 * best match first, then the most used: its divisions (计量科, 质量发展处), its system's bureaus by
 * place (章贡分局, 于都县局) and its bodies by function (执法稽查局, 12315指挥中心) — the names the
 * unit rules read as the issuer's own (isIssuersOwn). No registry lists them, yet a drafting team
 * writes the same few again and again. Names already in the clause are left out; a group of them
 * (局机关各科室, 直属单位) is a group term, offered among those.
 */
export function rankDivisionCandidates(query: string, plan: PlanDocument, registry: UnitRegistry, namesInClause: readonly string[]): UnitCandidate[] {
  const departments = issuingDepartments(plan, registry);
  if (departments === null) return [];
  const { word } = documentLevel(plan);
  const taken = new Set(namesInClause);
  const tasks = new Map<string, number>();
  for (const clause of plan.clauses) for (const unit of clause.units) {
    if (taken.has(unit.text) || isCollectiveName(unit.text) || isOwnUnitsGroup(unit.text)) continue;
    const count = tasks.get(unit.text);
    if (count !== undefined) tasks.set(unit.text, count + 1);
    else if (isIssuersOwn(unit.text, registry, departments, word)) tasks.set(unit.text, 1);
  }
  return [...tasks]
    .map(([name, count]) => ({ name, count, quality: matchQuality(query, name) }))
    .filter((own) => own.quality >= 0)
    .sort((a, b) => a.quality - b.quality || b.count - a.count)
    .map(({ name, count }) => ({ name, detail: `${OWN_UNIT_DETAIL[ownUnitKind(name, registry, departments)]} · 本文 ${count} 处`, form: name }));
}

/** What a unit of the issuer's own is to it, in the words its staff use (groups are not offered here). */
const OWN_UNIT_DETAIL: Record<OwnUnitKind, string> = {
  division: "本部门内设机构",
  branch: "本部门分局",
  countyBureau: "本系统县级局",
  body: "本部门所属单位",
  group: "本部门单位统称",
};

/** What the units offered for a name depend on besides the name typed. */
export interface CandidateScope {
  /** The plan's registry, as its rules read it (documentLevel.ts registryOfPlan). */
  registry: UnitRegistry;
  usage: ReadonlyMap<string, UnitUsage>;
  keyOf: (name: string) => string;
  /** The other names of the clause, which are not offered again. */
  namesInClause: readonly string[];
  plan: PlanDocument;
}

/** The completion's names for `query`: a department's own units (divisions, 分局, bodies) first in its own plan, then the registry's. */
export function completionCandidates(query: string, scope: CandidateScope): UnitCandidate[] {
  const { registry, usage, keyOf, namesInClause, plan } = scope;
  const own = rankDivisionCandidates(query, plan, registry, namesInClause);
  const ownNames = new Set(own.map((candidate) => candidate.name));
  return [...own, ...rankUnitCandidates(query, registry, usage, keyOf, namesInClause, plan).filter((candidate) => !ownNames.has(candidate.name))];
}

/** How many names a hover over an unfinished name lists: the first few of the completion's. */
const UNFINISHED_LIMIT = 5;

/**
 * What an unfinished name may become (`市市场监` while it is typed, `市发改` of 市发改委): the
 * completion's candidates for it as typed, in the completion's order, those a form of which
 * begins with all of it and goes on. A name no registry knows that begins a known name is a
 * name not yet written out, not a unit missing from the registry: the hover says what it may
 * be, never that verdict. Empty where it begins no name.
 */
export function unfinishedNameCandidates(written: string, scope: CandidateScope): UnitCandidate[] {
  if (written === "") return [];
  return completionCandidates(written, scope)
    .filter((candidate) => candidate.form.length > written.length && candidate.form.startsWith(written))
    .slice(0, UNFINISHED_LIMIT);
}
