import { outsideDebris } from "../../text/inlineDebris.js";
import { PlanMemo } from "../../model/planMemo.js";
import { entriesInUse, successorsInUse } from "../../units/entriesInUse.js";
import { localGovernmentsOf } from "../../units/groupTerms.js";
import { isTownPlan } from "../../units/townLevel.js";
import { documentCity, documentLevel, placesOfPlan } from "../../units/documentLevel.js";
import { districtStemsOf, foreignDistrict, levelWordOfPlace, ownersOf } from "../../units/districts.js";
import { type UnitIdentity, unitIdentities } from "../../units/identity.js";
import { bracketedParts, isCollectiveName, isPlaceholderName, LEVEL_WORDS, leadingLevelWord, levelOfBarePlace, normalizeUnitName, withoutBracketedPlace } from "../../units/names.js";
import { PLACE_SLOT, type ResolvedUnit, type UnitRegistry } from "../../units/registry.js";
import { SOURCES } from "../../units/registryEntries.js";
import type { PlanDocument, ResponsibilityClause, UnitName } from "../../model/types.js";
import { type NearestNames, nearestUnitChoices, nearestUnitNames } from "../../units/nearest.js";
import { homophoneSlipsOf, isSameSoundSlip } from "../../units/homophoneSlips.js";
import { REGISTRY_SINCE, type Succession, successorOf } from "../../units/retired.js";
import { ownBranchesOf, ownBranchSuccession } from "../../units/ownBranches.js";
import { planYearOf } from "../../targets/plan.js";
import { unitsContextOf } from "../../units/planContext.js";
import { nameSplitBySpace, removalOfName, strayMarkInName } from "../../units/separators.js";
import { splitRunTogether } from "../../units/split.js";
import { southernGridBodyMeant } from "../../units/gridArea.js";
import { isLeftoverOf } from "../../units/leftovers.js";
import { addressedBodies } from "../../units/addressedBodies.js";
import { coveredByAllInClause, unitNameMeant } from "../../units/sharedSuffix.js";
import type { FindingReport, Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { VerdictPerName } from "../../units/verdicts.js";
import { planWritings } from "../../units/writings.js";
import { type ClauseJudgement, ClauseFindingsMemo } from "../../units/clauseMemo.js";
import { endsAsDepartment, type GroupDepartment, groupDepartment, inGroup, memberName } from "../../units/groupDepartments.js";
import { isDivisionName, isDivisionOfBody, isIssuersOwnBody, isNamedAfterIssuer, isOwnSystemName, isOwnUnitsGroup, issuingDepartments } from "../../units/divisions.js";

/**
 * Nearest names are searched for this many distinct unknown names per document at most: the
 * search compares a name with every registry name, and a pasted list of thousands of unregistered
 * names must not make typing slow. Real plans have a handful.
 */
const SUGGESTED_NAMES_LIMIT = 100;
const NONE: readonly string[] = [];
const NO_NAMES: NearestNames = { names: NONE, tied: 0 };
const NO_NAMES_USED: ReadonlySet<string> = new Set();

/**
 * What is said of one distinct unknown name: worked out once per analysis and shared by every
 * place the name is written (a large plan writes the same names thousands of times).
 */
interface Verdict {
  message: string;
  replacements: Array<{ name: string; description: string }>;
  /** The name is a retired one, the replacements its successors (units/retired.ts). */
  succession: Succession | null;
  /** The registry names the name is a near miss of, whichever names the plan uses (a leftover's unit is among them). */
  nearMissOf: readonly string[];
  /** Nearest names are searched for the name (it is no retired name and has its level word), within the limit. */
  searchable: boolean;
}

/**
 * Collectives that name places or sides but no body of them (各地, 各地区, 各级, 各方): every other
 * collective names a kind (各县（市、区）人民政府, 各乡镇（街道）, 市直有关部门), whose units the
 * report reaches (units/groupReach.ts); these reach none, so the task they share is nobody's.
 * Which bodies are meant only the drafter knows: no fix, an example at the plan's level.
 */
const UNNAMED_BODIES = /^各(?:地|地区|地方|级|方|方面)$/;

function unnamedBodiesMessage(name: string, word: string): string {
  return `“${name}”没有写明是哪些单位，应写明承担任务的政府或部门（如“${localGovernmentsOf(word)}”）`;
}

/**
 * A town's government named by its kind alone (镇政府, 乡人民政府, 乡镇人民政府): in a town's own plan
 * it is the plan's government (units/townLevel.ts isTownPlan); in any other, one town's that the
 * name does not say, no body the nearest-name search should turn into the plan's own 县政府.
 */
const TOWN_GOVERNMENT = /^(?:乡镇|镇|乡)(?:人民)?政府$/;

function townGovernmentVerdict(name: string): Verdict {
  const town = name.startsWith("乡镇") ? "乡镇" : name.charAt(0);
  const all = `各${name}`;
  return { message: `“${name}”未写明是哪个${town}的政府：应写明${town}的名称，或写作统称“${all}”`, replacements: [{ name: all, description: `改为“${all}”` }], succession: null, nearMissOf: NONE, searchable: false };
}

/** What is said of a name the list lacks, where nothing can be suggested for it. */
function unlistedMessage(name: string): string {
  return `“${name}”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）`;
}

/**
 * The unit of the clause whose leftover `unit` is, as written: a known unit of which it is a
 * piece, what a cut or a deletion left of one of its names (人社局 of 市人社局, the canonical name
 * of 市人力资源社会保障局; 市科技 of 市科技局; 市发改 of its 市发改委), or a slip of it, what only a
 * key struck wrong makes: one character left out (市市场监局 of 市市场监管局), one typed twice
 * (市住建建局), or, where the name is a near miss of it (the registry name nearest to it), one put
 * for another of the same sound (市住建居 of 市住建局). Its fix deletes the name, so only what is
 * certainly debris is one: a name with another word in it (市科技馆, 市商贸局, 市财政所 beside
 * 市科技局, 市商务局, 市财政局), or one that takes the listed name's characters here and there
 * (市社保局 beside 市人力资源社会保障局: the social insurance bureau), may be a body of its own the
 * registry does not list, and deleting a department the drafter wrote is the worst a fix can do.
 * A name only suggested because the plan uses it (水利 beside 市水务局, whose nearest name is
 * 市水利局) is no leftover of it. Null when none is.
 */
function leftoverOf(name: string, roster: ClauseRoster, nearMissOf: readonly string[]): string | null {
  for (const other of roster.known) {
    if (other.unit.text === name) continue;
    if (other.forms.some((form) => isLeftoverOf(name, form))) return other.unit.text;
    if (nearMissOf.includes(other.canonical) && other.forms.some((form) => isSameSoundSlip(name, form))) return other.unit.text;
  }
  return null;
}

/**
 * A clause's units the registry knows, each read once: its forms (as written, canonical, the
 * entry's aliases) and which unit it is. Every unknown name of the clause is held against them,
 * and a clause pasted with thousands of names must not resolve each of them again per name.
 */
interface ClauseRoster {
  known: ReadonlyArray<{ unit: UnitName; canonical: string; forms: readonly string[] }>;
  /** The units of the clause by identity key (identity.ts), in clause order. */
  byKey: ReadonlyMap<string, readonly UnitName[]>;
  /** The names of the clause no registry lists (groups: 各县（市、区）市场监管局), by their normal form. */
  unlisted: ReadonlyMap<string, readonly UnitName[]>;
}

function rosterOf(clause: ResponsibilityClause, units: UnitRegistry, identity: (unit: ResolvedUnit) => UnitIdentity): ClauseRoster {
  const known: Array<ClauseRoster["known"][number]> = [];
  const byKey = new Map<string, UnitName[]>();
  const seen = new Set<string>();
  const unlisted = new Map<string, UnitName[]>();
  for (const unit of clause.units) {
    const resolved = units.resolve(unit.text);
    if (resolved === null) {
      const name = normalizeUnitName(unit.text);
      unlisted.set(name, [...(unlisted.get(name) ?? []), unit]);
      continue;
    }
    const { key } = identity(resolved);
    const same = byKey.get(key);
    if (same) same.push(unit);
    else byKey.set(key, [unit]);
    // A name written twice is one more place to delete, not one more unit to compare with.
    if (seen.has(unit.text)) continue;
    seen.add(unit.text);
    known.push({ unit, canonical: resolved.canonical, forms: [unit.text, resolved.canonical, ...resolved.entry.aliases.filter((alias) => !alias.includes(PLACE_SLOT))] });
  }
  return { known, byKey, unlisted };
}

/** Whether a clause lists, besides `unit`, the unit `name` stands for (章贡区住建局 is not 南康区住建局: identity.ts). */
function listsUnit(roster: ClauseRoster, unit: UnitName, name: string, units: UnitRegistry, identity: (unit: ResolvedUnit) => UnitIdentity): boolean {
  const resolved = units.resolve(name);
  // A group is no registry's unit: listed where the clause writes it (各县（市、区）市场监管局 beside 各县（市、区）质监局).
  const listed = resolved === null ? roster.unlisted.get(normalizeUnitName(name)) : roster.byKey.get(identity(resolved).key);
  return listed !== undefined && listed.some((other) => other !== unit);
}

/** `name` with its bracketed second name replaced by each listed name it is a near miss of. */
function secondNamesMeant(name: string, units: UnitRegistry, used: ReadonlySet<string>, word: string): NearestNames {
  const parts = bracketedParts(normalizeUnitName(name));
  if (parts === null || units.resolve(parts.outer) === null) return NO_NAMES;
  const at = name.lastIndexOf(parts.inner);
  if (at < 0) return NO_NAMES;
  // A listed body of another level (市工信局（省能源局）) is no near miss of itself: nothing to suggest.
  if (units.resolve(parts.inner) !== null) return NO_NAMES;
  const innerWord = leadingLevelWord(parts.inner);
  const meant = nearestUnitChoices(parts.inner, units, used, 3, innerWord ?? word);
  // A second name written without its level word (市市场监管局（知识产杈局）) is corrected in that style.
  const written = (inner: string): string => (innerWord === null && inner.startsWith(word) ? inner.slice(word.length) : inner);
  return { names: meant.names.map((inner) => name.slice(0, at) + written(inner) + name.slice(at + parts.inner.length)), tied: meant.tied };
}

/**
 * A listed body with a listed body of another level in brackets (市工信局（省能源局）): no second
 * name of it (registry.ts isSecondName), a province's office written beside a city's.
 */
function secondNameOfAnotherLevel(name: string, units: UnitRegistry): Verdict | null {
  const parts = bracketedParts(normalizeUnitName(name));
  if (parts === null || units.resolve(parts.outer) === null || units.resolve(parts.inner) === null) return null;
  return {
    message: `“${name}”括号内的“${parts.inner}”与“${parts.outer}”不是同一层级的单位，不是它的另一块牌子，请核对是否应为两个单位`,
    replacements: [],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A verdict's message about the name meant, quoting the name as written first: `水利` of
 * `水利、交通局` is judged as 水利局, but the reader looks for what the text says.
 */
function writtenAsMeant(message: string, written: string, meant: string): string {
  const quoted = `“${meant}”`;
  return written === meant || !message.startsWith(quoted) ? message : `“${written}”（即${quoted}）${message.slice(quoted.length)}`;
}

/**
 * A city bureau's 分局 named after another city's district (市生态环境局东湖分局 in 赣州's plan:
 * 东湖区 is 南昌's): no such office exists. The city is the one the name puts before the
 * bureau, else the plan's; said only where the city's districts are known (districts.ts).
 */
function misplacedBranch(name: string, units: UnitRegistry, cityOfPlan: () => string | null): Verdict | null {
  const unit = units.resolve(name);
  const branch = unit === null ? null : units.branchPlace(unit);
  if (branch === null) return null;
  const city = branch.city ?? cityOfPlan();
  const foreign = city === null ? null : foreignDistrict(branch.district, city);
  if (foreign === null) return null;
  const owners = ownersOf(foreign);
  return {
    message: `“${name}”中的“${branch.district}”不是${city!.replace(/市$/, "")}市的区县（${foreign.district}属${owners}），没有这个分局，请核对分局所在的区县`,
    replacements: [],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A name written after its place with the place's level word left out (赣州税务局, 章贡市场监管局,
 * 江西发改委): the name with it put back, where the place's level is known — a province's name,
 * a place of the plan, a city or district of the districts table — and the name is then known.
 */
function withLevelWordRestored(name: string, units: UnitRegistry, levelWordOf: (place: string) => string | null): string | null {
  for (let at = 2; at <= 4 && at < name.length - 2; at++) {
    const word = levelWordOf(name.slice(0, at));
    if (word === null) continue;
    const restored = name.slice(0, at) + word + name.slice(at);
    if (units.resolve(restored)?.place === name.slice(0, at)) return restored;
  }
  return null;
}

/**
 * A known name whose place is the plan's own place, or one of its city's districts, with one
 * character put for another of the same sound (赣洲市市场监管局 in 赣州's plan, 章工区住建局 for
 * 章贡区): the registry takes any place, so the slip passes as another place's body. Only a slip
 * of the same sound: 杭州海关 in 赣州's plan is another place's, one character off all the same.
 */
function misspeltPlace(name: string, units: UnitRegistry, placeOf: (word: string) => string | null, cityOfPlan: () => string | null): Verdict | null {
  const unit = units.resolve(name);
  const place = unit?.place ?? null;
  if (place === null || name !== normalizeUnitName(name)) return null;
  const at = name.indexOf(place);
  if (at < 0) return null;
  const next = name.charAt(at + place.length);
  const word = LEVEL_WORDS.has(next) ? next : "市";
  const own = placeOf(word);
  const city = word === "市" ? null : cityOfPlan();
  const candidates = [...(own === null ? [] : [own]), ...(city === null ? [] : districtStemsOf(city))];
  if (candidates.includes(place)) return null;
  const meant = candidates.filter((candidate) => isSameSoundSlip(place, candidate));
  if (meant.length !== 1) return null;
  const replacement = name.slice(0, at) + meant[0]! + name.slice(at + place.length);
  return {
    message: `“${name}”中的地名“${place}”疑为“${meant[0]}”之误，是否应为“${replacement}”？`,
    replacements: [{ name: replacement, description: `改为“${replacement}”` }],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A vertically managed body written with a level word where its place goes (市海关, 市供电公司):
 * such bodies are named after their place, the plan's at that level (赣州海关 in 赣州's plan). The
 * place is not guessed where the plan names none.
 */
function verticalAtPlace(name: string, units: UnitRegistry, placeOf: (word: string) => string | null): Verdict | null {
  const entry = units.verticalWrittenWithLevel(name);
  if (entry === null) return null;
  const word = leadingLevelWord(name)!;
  const kind = normalizeUnitName(name).slice(word.length);
  const place = placeOf(word);
  const meant = place === null ? null : entry.name.replace(PLACE_SLOT, place);
  return {
    message:
      meant === null
        ? `“${name}”不在责任单位名录中：${kind}以所在地命名，应写明所在地（“${entry.name}”）`
        : `“${name}”不在责任单位名录中：${kind}以所在地命名，是否应为“${meant}”？`,
    replacements: meant === null ? [] : [{ name: meant, description: `改为“${meant}”` }],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A 国网 company named at a place 中国南方电网 serves (国网广东省电力公司, 国网佛山供电公司: units/gridArea.ts):
 * no such company exists; the southern grid's body there is meant (广东电网有限责任公司, 佛山供电局).
 */
function otherGridsBody(name: string): Verdict | null {
  const grid = southernGridBodyMeant(name);
  if (grid === null) return null;
  return {
    message: `“${name}”不是现有单位：${grid.province}由南方电网供电，国家电网在${grid.place}不设公司，是否应为“${grid.meant}”？`,
    replacements: [{ name: grid.meant, description: `改为“${grid.meant}”` }],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A body named at a level it has no office at (区邮政管理局: the registry's `levels`): the city's
 * office, which serves the place, is the one meant.
 */
function withoutOfficeAtLevel(name: string, units: UnitRegistry): Verdict | null {
  const city = units.atLevelWithoutOffice(name);
  if (city === null) return null;
  const kind = city.canonical.slice(1);
  const level = LEVEL_WORDS.get(leadingLevelWord(name)!) === "省" ? "省" : "区县";
  return {
    message: `“${name}”不在责任单位名录中：${kind}不设在${level}一级，是否应为“${city.canonical}”？`,
    replacements: [{ name: city.canonical, description: `改为“${city.canonical}”` }],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/**
 * A name whose place a template put in brackets (【县】市场监管局, （区）住建局), which is a known
 * name without them: the name the brackets were to be filled into. Null for any other name.
 */
function bracketedPlace(name: string, units: UnitRegistry): Verdict | null {
  const meant = withoutBracketedPlace(name);
  if (meant === null || !units.isKnown(meant.name)) return null;
  return {
    message: `“${name}”中的“${meant.place}”加了括号，疑为从模板照搬的待填地名标记，应写作“${meant.name}”`,
    replacements: [{ name: meant.name, description: `改为“${meant.name}”` }],
    succession: null,
    nearMissOf: NONE,
    searchable: false,
  };
}

/** What is said of a retired name whose successors, where it is written, are `successors`. */
function retiredMessage(name: string, succession: Succession, successors: readonly string[]): string {
  const quoted = successors.map((successor) => `“${successor}”`).join("或");
  const { closed, unplaced } = succession;
  if (unplaced !== null && successors.length === 0)
    return `“${name}”是${succession.reform}年机构改革前的旧称（“${succession.retired}”的职责已划入所在${unplaced.word}的“${unplaced.into}”），本方案未写明所在${unplaced.word}，应写作所在${unplaced.word}的名称`;
  if (closed !== null)
    return successors.length > 0
      ? `“${name}”所指的机构已在${succession.reform}年机构改革中撤销，职责上收至${quoted}，应写作${quoted}`
      : `“${name}”所指的机构已在${succession.reform}年机构改革中撤销，职责上收至所在${closed.word}的“${closed.into}”，本方案未写明所在${closed.word}，应写作所在${closed.word}的名称`;
  return successors.length === 1
    ? `“${name}”是${succession.reform}年机构改革前的旧称（“${succession.retired}”的职责已划入${quoted}），应写作现行名称${quoted}`
    : `“${name}”是${succession.reform}年机构改革前的旧称（“${succession.retired}”的职责各地分别划入${quoted}），应写作本地的现行名称`;
}

/**
 * A responsible unit the registry does not know: a typo, a truncated name (`住建局`), a former
 * name, or a unit the workspace has not registered yet. The suggestions are the nearest
 * registry names; the editor adds "add to the workspace registry" (it knows where that file is).
 */
export const unknownUnit: Rule = {
  meta: {
    id: "units/unknown",
    family: "units",
    severity: "warning",
    description: "责任单位不在单位名录中",
    fixable: false,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale: [
        "责任单位应当是真实、现行的机构名称。本规则把每个责任单位与单位名录比对：名录由内置的市级部门名录、`.plancheck.json` 的 `units.registry` 和 `units.registryFiles` 合并而成，规范名称、别称和全称都算已知。",
        "不在名录中的名称多是笔误、漏字（如“住建局”漏了“市”）或机构改革前的旧称。机构改革前的旧称（质监局、工商局、食药监局→市场监管局，卫计委→卫健委，经信委→工信局或经信局，工信委→工信局，安监局→应急管理局，环保局→生态环境局，文广局、文广新局→文广旅局、文旅局等，国税局、地税局→税务局，消防支队、消防大队（公安消防）→消防救援支队、消防救援大队，银保监分局、银保监局→国家金融监督管理总局在当地的监管分局、监管局（垂直管理，不是市政府的“市金融监管局”），乡村振兴局→农业农村局（2024 年地方机构改革），人民银行××市中心支行（人行××中支）和习称的“市人民银行”→人民银行××市分行等）按内置的旧称对照表给出现行名称；以地名命名的现行机构，名称中写了地名的按该地名给出，以“市”“省”等层级字代替地名的（“市银保监分局”“市人民银行”）按方案所在市、省给出（赣州市方案中为“国家金融监督管理总局赣州监管分局”“人民银行赣州市分行”），方案未写明时只说明应写所在地的名称；2023 年撤销的人民银行县（市）支行（“人民银行××县支行”“中国人民银行××县支行”“人行××支行”），职责上收至所在市的分行，给出名称中或方案写明的所在市的分行（赣州市章贡区的方案中为“人民银行赣州市分行”），方案未写明所在市时只说明应写所在市的分行，不替起草人填写地名（写作“区工商局”等其他地方的旧称，给出同一地方的现行名称“区市场监管局”；旧机构在区县的分局“区工商分局”“区国税分局”同样按其局的现行名称给出“区市场监管局”“区税务局”，方案把该局在本区的分局写作本区单位的，给出该分局），不再给出字形相近的名称。改革后各地名称不同的（经信委在多数地方改为工信局、厅，在浙江、四川、成都等地改为经信局、厅；旅发委改为文旅局、文广旅局或文广新旅局），给出本方案已使用的那一个，其次是工作区名录登记的那一个，都没有时列出各个现行名称供选择，不替起草人选定别处的名称；其他名称由编辑器提供按字形和拼音最接近的名录名称作为修改建议，并可把该名称加入工作区名录。",
        "修改建议只给出足够接近、可能就是原意的名录名称：去掉开头的层级字（市、区、省……）和末尾的机构字（局、委、厅、办……）后，两个名称相差的字数不超过较长者字数的三分之一（至少可差一个字，同音字算半个），且至少留有一个相同或同音的字，除层级字外至少有一个字相同（“市水局”不会被建议为“市委办公室”，“市监局”也不会只因“监”“建”同音而被建议为“市建委”）；写在地名之后、漏了地名层级字的名称（“赣州税务局”“章贡市场监管局”“江西发改委”），地名的层级可知（省名、本方案的地名、内置区县表中的市和区县）时，建议补上层级字（“赣州市税务局”）；名称是名录名称的简称（保留原名称的第一个字和末尾的机构字，其余的字按原顺序出现在原名称中，如“市生态局”之于“市生态环境局”）时，先给出它可能代表的名录名称，不再给出只是字形相近的名称；只差层级的机构字（“省教育局”之于“省教育厅”）的仍排在最前；核心只有两个字、换了其中一个字又换了机构类别（“市科枝局”之于“市科协”，“局”之于“办”“协”）的名称帮助不大，不给出。同样接近的几个名称（“市水局”之于“市水利局”和“市水务局”）都列在消息中、都作为修改建议，由起草人选择，不自动应用其中任何一个；各地设置不同、一地只有其一的部门（水利局或水务局，城管局、城管委或城管执法局，自然资源局或规划和自然资源局，文广新旅局、文广旅局或文旅局，林业局、园林局或公园城市局），最接近的名称是其中一个而本方案已使用同一位置的另一个时，建议本方案使用的那一个（成都市方案已写“市水务局”，“水利”建议为“市水务局”而不是本地没有的“市水利局”）；本方案已使用的单位可再多差一个字，但仍须有一半相同。建议的单位本方案别处已写过、且不是按名录中的名称写的，建议写作本方案的写法，与 `units/alias` 统一写法的取舍相同（方案写了“省工业和信息化厅”，“省工业和信息厅”建议为“省工业和信息化厅”而不是名录中的“省工信厅”；写了“市发改委”的，“市发展和改革委员”建议为“市发改委”），以免改正后同一单位又有两种写法。本方案没有写过该单位的，建议写作该单位各名称中与原名称最接近的一个，即起草人要写的那个（“省人力资源社会保险厅”建议为“省人力资源社会保障厅”而不是名录中的简称“省人社厅”，“市人力社宝局”建议为“市人力社保局”；简称写错的仍建议简称）。名录按名称格式识别的单位（如开发区的部门“赣州经开区经济发展局”）不在上述按字形查找的范围内，写错其中一个同音字（“赣州经开区经济发展居”）而本方案别处写对了的（六个字以上、只差一个读音相同的字），建议改为别处写的名称。没有这样的名称时，消息只说明名称不在名录中，以及可以在 `.plancheck.json` 的 `units.registry` 中加入。名称确是同一处已列出单位的残留时建议删除：是该单位某个名称中连续的一段（截断或删改留下的，如“人社局”之于“市人社局”，“市科技”之于“市科技局”），或只是按错了键（漏了一个字，如“市市场监局”；一个字打了两遍，如“市住建建局”；最接近的名录名称就是该单位时，一个字换成同音字，如“市住建居”之于“市住建局”）；与已列出的单位只差一两个字、换了别的词的名称（“市科技馆”“市商贸局”“市财政所”之于“市科技局”“市商务局”“市财政局”），以及从已列出单位的名称中隔字取字的简称（“市社保局”之于“市人力资源社会保障局”：社会保险经办机构），可能是名录未收的另一个单位，删除起草人写下的单位是修复最不该做的事，只说明不在名录中，不建议删除；建议的名称已在同一处列出时，也建议删除而不是改成重复的名称。",
        "“各区（市）县”“市有关部门”“……成员单位”“区属国有企业”“中央驻赣单位”“市各委办局”“区级各部门和单位”等统称不是具体单位，不作检查，以“各”“有关”“相关”开头的一串名称中后面的同类名称也是（“各乡镇人民政府、街道办事处”中的“街道办事处”）；只说地方或方面、没有说是哪类机构的“各地”“各地区”“各级”“各方”列为责任单位时，任务落不到任何单位，予以报告，并按方案的层级举例应写的统称（县级方案为“各乡镇人民政府”，市级为“各县（市、区）人民政府”），不自动修改；不写乡镇名称的“镇政府”“乡人民政府”“乡镇人民政府”在乡镇自己的方案（发文机关或标题以乡镇开头）中是本级政府，不报告，在其他方案中未写明是哪个乡镇，予以报告，建议写作统称（“各镇政府”）；“××海关”“人民银行××市分行”等垂直管理单位，“国网兴国县供电公司”“中国电信××分公司”等以地名命名的企业和“市城投集团”等以层级字命名的国有企业，“××市人民政府”“××区人民政府”、“××经济技术开发区管委会”“××旅游度假区管委会”“××试验区管委会”“××风景名胜区管委会”等按名称格式识别；印发通知的主送机关中写明的单位（南昌市通知主送的“湾里管理局”，“上饶经济技术开发区、上饶高铁经济试验区、三清山风景名胜区管委会”中的各个管委会）是发文机关行文的对象、本地的单位，分工中写到的不报告（与名录中某个名称只差一两个字的仍报告，以免把主送机关中的笔误当作单位）；市场监管部门所属、按职能命名的检验检测机构（计量、产品质量检验、标准化、特种设备检验、食品检验和纤维检验机构：“市计量所”“市计量测试研究院”“市质检院”“市产品质量监督检验所”“市特检院”“市特种设备检验检测研究院”）按层级字、职能和“研究院”“所”“院”“中心”识别，同一职能的不同写法是同一单位。垂直管理单位以所在地命名，写作“市海关”“市供电公司”“市调查队”的，建议改为本方案所在市的名称（赣州市方案中为“赣州海关”“国网赣州供电公司”），方案未写明所在市时只说明应写明所在地；只设在省、市两级的单位写成区县级的（“区邮政管理局”），建议改为市级的名称（“市邮政管理局”）。部门自己的方案（发文机关是名录中的部门而不是人民政府，如市场监管局印发的工作要点）把任务分给本部门的科室、处室、股室（“责任科室：计量科”“配合处室：质量发展处、局办公室”），这些内设机构不在名录中，不作检查；几个部门联合印发的方案同样是部门的方案，以联合发文部门名称开头的科室（“市市场监管局质量发展科”）同样不作检查；这类方案以地名称呼的本系统分局和县级局（“章贡分局”“经开区分局”“南康区局”“于都县局”）同样是本部门系统内的机构，不作检查（未写层级字的部门名称如“工信局”仍报告）；部门以自己的口吻写的“市局办公室”、通知中的“直属单位”，以及按职能称呼、不带层级字、以局、支队、大队、中心、所、院、站结尾的本部门机构（“执法稽查局”“质量发展局”“稽查支队”“信息中心”）同样不作检查，但名录加上方案层级字能读出的（“工信局”）、机构改革前的旧称（“质监局”）和名录中某个名称的笔误（“市场监督局”）仍报告；政府的方案分工到部门，其中写内设机构的仍报告。从模板照搬、地名加了括号的名称（“【县】市场监管局”“〔区〕住建局”），去掉括号后是名录中的名称时，建议去掉括号。一个机构两块牌子写作“市发展改革委（市能源局）”时，括号外的名称在名录中、括号内是同级的机构名称且不是名录中某个名称的笔误，即视为已知；括号内的名称是笔误时（“市市场监管局（市知识产杈局）”），建议改正括号内的名称。括号内是名录中另一层级的单位时（“市工信局（省能源局）”），说明两者不是同一机构，不给出修改建议。",
        "市直部门设在区县的分局（“市生态环境局章贡分局”）按“局”名加地名加“分局”识别；方案所在的市（发文机关或标题中的市，或区县方案所在区县所属的市；名称中写明的市优先）在内置的区县表中时，分局的地名是别的市的区县而不是本市的区县的（赣州市方案中的“市生态环境局东湖分局”，东湖区属南昌市），报告没有这个分局；开发区、城区等不在区县表中的地名（“经开区分局”“城东分局”），以及区县表未收录的市，不作判断。名录按格式识别的名称中的地名与本方案的地名（或本市区县表中的区县）只差一个同音字的（赣州市方案中的“赣洲市市场监管局”“章工区住建局”），报告地名疑为笔误并建议改正；读音不同的别处地名（“杭州海关”）不报告。",
        "开发区、新区所设的机构以开发区名称加机构名称称呼（“赣州经开区经济发展局”“蓉江新区社会事业局”“高新区管委会经济发展局”），开发区是名录识别的、机构是管委会自设或区县也设的部门，或以“局”“办”“中心”“委员会”“部”等结尾且不是名录名称笔误的机构名称时，是该开发区的单位，不报告；开发区名称或机构用字写错的（“赣州经开去经济发展局”“赣州经开区经济发展居”）照旧报告。",
        "内置名录是市级的，区、县、旗、州、盟和省、自治区的同一部门按层级推得：把“市”换成该级的字（区市场监管局、县卫健委、州发展改革委），省级政府组成部门称“厅”（省教育厅、省住房城乡建设厅），县级的“委”亦可称“局”（县发改局、县卫生健康局），县级按名录部门的先后以简称命名的合并部门（县卫体局、县教科体局、县科工信局）也是已知单位；县级市的方案（主送乡镇、街道，或是区县表中的县级市，或贯彻上级市的文件）中“市”是县级，“市发改局”“市卫体局”同样已知。名录中的旧称对照和修改建议也按单位所在的层级给出（区质监局→区市场监管局，省经信委→省工信厅；未写层级的“住建局”在区级方案中建议“区住建局”）。省级方案常在一处分工中只在第一个部门前写层级字（“自治区住房城乡建设厅、交通运输厅、水利厅”），其后未写层级字的即该级部门，不报告，责任分工表也按该级部门统计；市、县方案这样写的，须至少有两个部门省略了层级字（“市发展改革委、工信局、科技局”）。同一处分工中只省略了一个，或其他部门都写了层级字的（“市市场监管局、住建局、市商务局”），是漏写，仍报告并建议补上层级字。国家级方案只有在配置了相应层级的名录时才检查。",
        "名录记载的是 2018 年机构改革以后的机构。成文日期（或文号年份）早于 2018 年的方案使用的是当时的机构名称，不作检查；成文于某次改革之前的方案写该次改革撤销的名称（如 2020 年的方案写“银保监分局”）也不报告。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.推进质量基础设施建设。开展计量服务。〔责任单位：市市场监管局、住建局〕\n",
      correct: "一、主要任务\n1.推进质量基础设施建设。开展计量服务。〔责任单位：市市场监管局、市住建局、赣州海关、各县（市、区）人民政府〕\n",
    },
  },
  check({ plan, units, report: reportAll }) {
    // A field code or a tag among the names (市{ PAGE \* MERGEFORMAT }财政局) is its own rule's, no unit.
    const report = outsideDebris(plan, reportAll);
    // A plan that names no unit never needs the registry's index (built on first use).
    if (plan.clauses.length === 0) return;
    // What a clause's verdicts read of the rest of the plan (judgedFactsOf) and its places (its
    // issuer's, its title's, the documents its preamble cites and its front matter names): a
    // clause's findings are remembered while these stay the same.
    const facts = judgedFactsOf(plan, units);
    if (facts === null) return;
    const judge = judgeOfClauses(clauseJudge(plan, units, facts));
    // Judged afresh, each clause in document order: a plan too large to remember, or one whose
    // names exceed the search bound below.
    const judgeAll = (judged: (clause: ResponsibilityClause) => ClauseJudgement<string>) => {
      for (const clause of plan.clauses) for (const finding of judged(clause).findings) report(finding);
    };
    if (!CLAUSES.keeps(plan.clauses.length)) return judgeAll(judge);
    const pass = CLAUSES.begin(units, contextOf(plan, facts), plan.text);
    const judgements = plan.clauses.map((clause) => pass.of(clause, judge));
    // Nearest names are searched for the first SUGGESTED_NAMES_LIMIT names only, in document
    // order: a remembered clause's verdicts hold only while the plan has no more names than that.
    const searched = new Set<string>();
    for (const judgement of judgements) for (const name of judgement.notes) searched.add(name);
    // (A fresh judge: this one's verdicts were made in the memo's order, not the document's.)
    if (searched.size > SUGGESTED_NAMES_LIMIT) return judgeAll(judgeOfClauses(clauseJudge(plan, units, facts)));
    pass.commit();
    for (const judgement of judgements) for (const finding of judgement.findings) report(finding);
  },
};

const CLAUSES = new ClauseFindingsMemo<string>();

/**
 * What units/unknown says of one name of a clause (the editor's hover on a name the registry does
 * not know): the rule's finding on it, its message and suggestions, or null where the rule
 * reports none. The plan's facts are the rule's own (judgedFactsOf, one reading per plan).
 * Where the plan names few enough names that no search can pass the rule's bound
 * (SUGGESTED_NAMES_LIMIT), the name is judged alone; past it, which names are searched depends
 * on the order they are judged in, so the names before it are judged first, in document order as
 * the rule judges them, by one judge kept on the plan: a name past the bound gets no suggestion
 * in the hover, as in the diagnostic.
 */
export function unknownUnitFinding(plan: PlanDocument, units: UnitRegistry, clause: ResponsibilityClause, unit: UnitName): FindingReport | null {
  for (let at = 0; at < clause.segments.length; at++) {
    const index = clause.segments[at]!.units.indexOf(unit);
    if (index < 0) continue;
    const facts = judgedFactsOf(plan, units);
    if (facts === null) return null;
    if (!passesSearchBound(plan, units)) return clauseJudge(plan, units, facts)(clause)(at, index, []);
    return inDocumentOrder(plan, units, facts).findingOn(clause, at, index);
  }
  return null;
}

/**
 * A judge that has judged the plan's clauses in document order up to `judged` (exclusive): its
 * verdicts, and so which names its search bound reached, are the rule's where the rule judges
 * afresh in document order (always, for a plan past the bound).
 */
class DocumentOrderJudge {
  private judged = 0;

  constructor(
    private readonly clauses: readonly ResponsibilityClause[],
    private readonly judge: (clause: ResponsibilityClause) => NameJudge,
  ) {}

  findingOn(clause: ResponsibilityClause, at: number, index: number): FindingReport | null {
    // A clause the rule does not judge (a 分工表 row under a merged cell) is judged after them all.
    const position = this.clauses.indexOf(clause);
    const through = position < 0 ? this.clauses.length : position + 1;
    const notes: string[] = [];
    for (; this.judged < through; this.judged++) {
      const judged = this.clauses[this.judged]!;
      const judge = this.judge(judged);
      for (let segment = 0; segment < judged.segments.length; segment++) for (let name = 0; name < judged.segments[segment]!.units.length; name++) judge(segment, name, notes);
    }
    return this.judge(clause)(at, index, notes);
  }
}

/** The hover's document-order judge of a plan, per registry. */
const documentOrderJudges = new PlanMemo<Map<UnitRegistry, DocumentOrderJudge>>();

function inDocumentOrder(plan: PlanDocument, units: UnitRegistry, facts: JudgedFacts): DocumentOrderJudge {
  const byRegistry = documentOrderJudges.of(plan, () => new Map());
  let judge = byRegistry.get(units);
  if (judge === undefined) byRegistry.set(units, (judge = new DocumentOrderJudge(plan.clauses, clauseJudge(plan, units, facts))));
  return judge;
}

/**
 * Whether the plan names more distinct names (each as its list means it: unitNameMeant) than the
 * search bound: only then may a name's verdict depend on the names judged before it. Read up to
 * the bound's first excess.
 */
function passesSearchBound(plan: PlanDocument, units: UnitRegistry): boolean {
  const byRegistry = boundPassed.of(plan, () => new Map());
  let passed = byRegistry.get(units);
  if (passed === undefined) byRegistry.set(units, (passed = countPassesSearchBound(plan, units)));
  return passed;
}

/** passesSearchBound per plan and registry: asked on every hover. */
const boundPassed = new PlanMemo<Map<UnitRegistry, boolean>>();

function countPassesSearchBound(plan: PlanDocument, units: UnitRegistry): boolean {
  const names = new Set<string>();
  for (const clause of plan.clauses) {
    for (const segment of clause.segments) {
      for (let index = 0; index < segment.units.length; index++) {
        names.add(unitNameMeant(segment.units, index, units));
        if (names.size > SUGGESTED_NAMES_LIMIT) return true;
      }
    }
  }
  return false;
}

/**
 * What the rule's verdicts read of the rest of the plan: its year and level word, the units it
 * uses (by their 市 entry's name: the nearest names are searched among those), the city bureaus
 * whose 分局 it names as its district's body (a retired name's successor there) and its own
 * writing of each unit it writes (a slip's suggestion).
 */
interface JudgedFacts {
  year: number | null;
  word: string;
  used: ReadonlySet<string>;
  branches: ReadonlyMap<string, string>;
  writings: ReadonlyMap<string, string>;
}

/**
 * The plan's facts the verdicts read, or null where the rule judges no name: a plan from before
 * the reforms the registry knows (it named the bodies of its time), or of a level the registry
 * does not cover.
 */
function judgedFactsOf(plan: PlanDocument, units: UnitRegistry): JudgedFacts | null {
  // Whole-plan scans (the units in use, the 分局, the writings): read once per plan, for the rule
  // and every hover alike.
  const byRegistry = judgedFacts.of(plan, () => new Map());
  let facts = byRegistry.get(units);
  if (facts === undefined) byRegistry.set(units, (facts = readJudgedFacts(plan, units)));
  return facts;
}

/** The plan's JudgedFacts per registry (a plan is read with one; a test may read it with another). */
const judgedFacts = new PlanMemo<Map<UnitRegistry, JudgedFacts | null>>();

function readJudgedFacts(plan: PlanDocument, units: UnitRegistry): JudgedFacts | null {
  const year = planYearOf(plan);
  if (year !== null && year < REGISTRY_SINCE) return null;
  const { level, word } = documentLevel(plan);
  if (!units.coversLevel(level)) return null;
  return { year, word, used: entriesInUse(plan, units), branches: ownBranchesOf(plan, units), writings: planWritings(plan, units).own };
}

/** The finding on the name at `index` of a clause's segment `at`, noting in `notes` a name searched for nearest names. */
type NameJudge = (at: number, index: number, notes: string[]) => FindingReport | null;

/** A clause's findings and notes, each of its names judged in order. */
function judgeOfClauses(judgeOf: (clause: ResponsibilityClause) => NameJudge): (clause: ResponsibilityClause) => ClauseJudgement<string> {
  return (clause) => {
    const findings: FindingReport[] = [];
    const notes: string[] = [];
    const judge = judgeOf(clause);
    for (let at = 0; at < clause.segments.length; at++) {
      for (let index = 0; index < clause.segments[at]!.units.length; index++) {
        const finding = judge(at, index, notes);
        if (finding !== null) findings.push(finding);
      }
    }
    return { findings, notes };
  };
}

/**
 * The plan's unit context (units/planContext.ts), the units it uses, which the suggestions prefer,
 * the 分局 it names as its own bodies, and its own writings of units, which the suggestions are
 * written in.
 */
function contextOf(plan: PlanDocument, { used, branches, writings }: JudgedFacts): string {
  const own = [...writings].map(([key, writing]) => `${key}\u0003${writing}`).sort();
  return `${unitsContextOf(plan)}\u0002${[...used].sort().join("\u0001")}\u0002${[...branches.values()].sort().join("\u0001")}\u0002${own.join("\u0001")}`;
}

/**
 * The judge of a plan's clauses: each unknown name's findings, and the names it searched the
 * registry for nearest names (the notes). Verdicts are worked out once per distinct name.
 */
function clauseJudge(plan: PlanDocument, units: UnitRegistry, { used, year, word, branches, writings }: JudgedFacts): (clause: ResponsibilityClause) => NameJudge {
  // Its issuer and title, which say it, are in the units context (contextOf).
  const townPlan = isTownPlan(plan);
  // Where the reform made different bodies in different places (经信委 → 工信局 or 经信局), the
  // place's own: the one the plan uses, else the one the workspace registers; else all of them.
  const placeOwn = (found: readonly ResolvedUnit[]): readonly ResolvedUnit[] => {
    const inPlan = successorsInUse(found, used);
    return inPlan.length > 0 ? inPlan : found.filter((unit) => !(unit.entry.base ?? unit.entry).builtin);
  };
  // A closed office's successor is the plan's city's (人民银行××县支行 → 人民银行赣州市分行),
  // asked only of such a name.
  const placeOf = placesOfPlan(plan);
  const identity = unitIdentities(plan, units);
  // A name meant is offered as the plan writes its unit elsewhere (省工业和信息化厅, not the
  // registry's 省工信厅 for a slip of it): the fix then makes no second writing for units/alias.
  const asThePlanWrites = (near: NearestNames): NearestNames => {
    if (writings.size === 0) return near;
    const names = near.names.map((name) => {
      const resolved = units.resolve(name);
      return (resolved === null ? undefined : writings.get(identity(resolved).key)) ?? name;
    });
    return { names, tied: near.tied };
  };
  let suggested = 0;
  let city: string | null | undefined;
  const cityOfPlan = () => (city === undefined ? (city = documentCity(plan)) : city);
  // The level word of a place written without it: a province's, the plan's own places', the districts table's.
  const levelWordOf = (place: string): string | null => {
    if (levelOfBarePlace(place) === "省") return "省";
    for (const word of ["市", "区", "县"]) if (placeOf(word) === place) return word;
    return levelWordOfPlace(place);
  };
  // A department's own plan names its divisions (计量科, 质量发展处): the issuer's, not bodies.
  const departments = issuingDepartments(plan, units);
  // The bodies the notice's 主送机关 names, read on the first unknown name.
  let addressed: ReadonlySet<string> | null = null;
  // The known names the plan writes, read on the first name that needs them.
  let writtenKnown: string[] | null = null;
  const slipsOfWritten = (name: string): NearestNames => {
    writtenKnown ??= knownNamesWritten(plan, units);
    const names = homophoneSlipsOf(name, writtenKnown);
    return names.length > 0 ? { names, tied: names.length } : NO_NAMES;
  };
  // A group's department is judged as its member's name (县市场监官局), and said of the group as
  // written. Only a slip is reported: a department the registry does not list (县（市、区）融媒体中心)
  // is no finding in a group, which no registry lists either.
  const groupSlip = (name: string, group: GroupDepartment): Verdict | null => {
    const member = memberName(group);
    if (units.isKnown(member) || isCollectiveName(member) || suggested++ >= SUGGESTED_NAMES_LIMIT) return null;
    const near = asThePlanWrites(nearestUnitChoices(member, units, used, 3, group.word));
    const names = near.names.map((meant) => (endsAsDepartment(group, meant) ? inGroup(group, meant) : null)).filter((meant) => meant !== null);
    if (names.length === 0 || names.length !== near.names.length) return null;
    const named = names.slice(0, Math.max(1, near.tied)).map((meant) => `“${meant}”`).join("或");
    return {
      replacements: names.map((replacement) => ({ name: replacement, description: `改为“${replacement}”` })),
      message: `“${name}”中的“${group.department}”不是名录中的部门名称，是否应为${named}？`,
      succession: null,
      nearMissOf: NONE,
      searchable: true,
    };
  };
  // A group's department retired in the reform (各县（市、区）质监局) is as its member's name is
  // (县质监局): its successor, put back in the group as written (各县（市、区）市场监管局). Only a
  // successor every member has under one name: a closed or placed office is each place's own.
  const groupRetired = (name: string, group: GroupDepartment): Verdict | null => {
    const succession = successorOf(memberName(group), units, group.word, placeOwn, placeOf);
    if (succession === null || succession.closed !== null || succession.unplaced !== null || succession.successors.length === 0) return null;
    if (year !== null && year < Number(succession.reform)) return null;
    const names = succession.successors.map((successor) => inGroup(group, successor));
    if (names.some((meant) => meant === null)) return null;
    const successors = names as string[];
    return {
      replacements: successors.map((replacement) => ({ name: replacement, description: `改为“${replacement}”` })),
      message: retiredMessage(name, { ...succession, successors }, successors),
      succession: { ...succession, successors },
      nearMissOf: NONE,
      searchable: false,
    };
  };
  const verdicts = new VerdictPerName((name): Verdict | null => {
    // 各地 in a clause names every place but no body of them: whose task it is, nobody can tell.
    if (UNNAMED_BODIES.test(name)) return { message: unnamedBodiesMessage(name, word), replacements: [], succession: null, nearMissOf: NONE, searchable: false };
    if (TOWN_GOVERNMENT.test(name)) return townPlan ? null : townGovernmentVerdict(name);
    // 县（市、区）市场监官局: a group of no unit the registry lists, its department's name slipped.
    const group = groupDepartment(name);
    if (group !== null) return groupRetired(name, group) ?? groupSlip(name, group);
    // A blank still to fill (××, XX局, 待定) is units/blank's: no registry could know it.
    if (isCollectiveName(name) || isPlaceholderName(name)) return null;
    if (departments !== null && (isDivisionName(name) || isOwnSystemName(name) || isOwnUnitsGroup(name) || isDivisionOfBody(name, units, departments))) return null;
    // 国网广东省电力有限公司 has the 国网's form, and an enterprise's, but 广东 is the southern grid's.
    const grid = otherGridsBody(name);
    if (grid !== null) return grid;
    if (units.isKnown(name)) return misplacedBranch(name, units, cityOfPlan) ?? misspeltPlace(name, units, placeOf, cityOfPlan);
    // A body the notice is sent to (三清山风景名胜区管委会 in its 主送机关) is one the issuer addresses.
    if ((addressed ??= addressedBodies(plan, units)).has(normalizeUnitName(name))) return null;
    // Two names with a stray mark between them (市科技局.市财政局) are units/separator's.
    if (splitRunTogether(name, units) || strayMarkInName(name, units)) return null;
    // 【县】市场监管局: a template's brackets round the place, the name without them known;
    // 市工信局（省能源局）: a body of another level in brackets, no second name.
    const bracketed = bracketedPlace(name, units) ?? secondNameOfAnotherLevel(name, units);
    if (bracketed !== null) return bracketed;
    // 市海关 is no body's name: the customs of the plan's city is named after it (赣州海关).
    const vertical = verticalAtPlace(name, units, placeOf) ?? withoutOfficeAtLevel(name, units);
    if (vertical !== null) return vertical;
    // A name from before the 2018 reform means its successor: names that merely look alike
    // (市住建局 for 市质监局) would only mislead. Named at the level the name is written at, or
    // at the plan's for a name written with none (住建局 in a 区 plan is 区住建局).
    const at = leadingLevelWord(name) ?? word;
    const succession = ownBranchSuccession(successorOf(name, units, word, placeOwn, placeOf), units, branches);
    // Current when the plan was written (银保监分局 in a plan of 2020): nothing to say.
    if (succession !== null && year !== null && year < Number(succession.reform)) return null;
    // 赣州税务局 is 赣州市税务局 with its 市 left out, not a look-alike of another name.
    const restored = succession === null ? withLevelWordRestored(name, units, levelWordOf) : null;
    // A company named after its place is one with or without the place's 市 (宁波舟山港集团 is
    // 宁波市舟山港集团), as the vertical bodies are: its own name, nothing to put back.
    if (restored !== null && units.resolve(restored)?.entry.source === SOURCES.company) return null;
    // A body of the issuer's own named by its function (执法稽查局 in a 市场监管局's plan) or after
    // the issuer (省交通运输信息中心 in a 交通运输厅's): where nothing above read it and it is no near miss.
    if (departments !== null && succession === null && restored === null && (isIssuersOwnBody(name, units, word) || isNamedAfterIssuer(name, departments))) return null;
    const searchable = succession === null && restored === null;
    const searched = searchable && suggested++ < SUGGESTED_NAMES_LIMIT;
    const near = restored !== null ? { names: [restored], tied: 1 } : searched ? asThePlanWrites(nearestUnitChoices(name, units, used, 3, at)) : NO_NAMES;
    // A listed body with a second name that is a near miss (市市场监管局（市知识产杈局）): the
    // second name meant, in its place.
    const second = succession === null && near.names.length === 0 ? secondNamesMeant(name, units, used, word) : near;
    // A homophone slip of a name the plan writes elsewhere that the registry knows through a reader, not a listed form (a zone's department).
    const nearest = searched && second.names.length === 0 ? slipsOfWritten(name) : second;
    // A retired name's successor, too, as the plan writes it elsewhere (区卫计委 → 区卫生健康委, not the registry's 区卫健委).
    const successors = succession ? asThePlanWrites({ names: succession.successors, tied: succession.successors.length }).names : NO_NAMES.names;
    const names = succession ? successors : nearest.names;
    return {
      replacements: names.map((replacement) => ({ name: replacement, description: `改为“${replacement}”` })),
      message: succession
        ? retiredMessage(name, succession, successors)
        : nearest.names.length > 0
          ? // Names equally near are all named: which one is meant only the drafter knows.
            `“${name}”不在责任单位名录中，是否应为${nearest.names.slice(0, Math.max(1, nearest.tied)).map((meant) => `“${meant}”`).join("或")}？`
          : unlistedMessage(name),
      succession,
      nearMissOf: searched ? nearestUnitNames(name, units, NO_NAMES_USED, 3, at) : NONE,
      searchable,
    };
  });
  return (clause) => {
    let roster: ClauseRoster | null = null;
    // The leftover of a name depends on the name and the clause only: a name written many times is held against the clause once.
    const leftovers = new Map<string, string | null>();
    return (at, index, notes) => {
      const names = clause.segments[at]!.units;
      const unit = names[index]!;
      // 街道办事处 of 各乡镇人民政府、街道办事处 is every 街道办事处, a collective like the name before it.
      if (coveredByAllInClause(clause.segments, at, index, units)) return null;
      // 柯桥区 of 柯桥区、诸暨市、嵊州市人民政府 is 柯桥区人民政府: the name judged is the one meant.
      const meant = unitNameMeant(names, index, units);
      const verdict = verdicts.of(meant);
      if (verdict?.searchable) notes.push(meant);
      // Half of a registry name a space split (市科 技局) is units/separator's finding.
      if (verdict === null || nameSplitBySpace(plan.text, names, index - 1, units) !== null || nameSplitBySpace(plan.text, names, index, units) !== null) return null;
      // What is left of a unit the clause lists (人社局 beside 市人社局) is deleted, not replaced.
      const clauseRoster = (roster ??= rosterOf(clause, units, identity));
      let leftover = leftovers.get(unit.text);
      if (leftover === undefined) leftovers.set(unit.text, (leftover = leftoverOf(unit.text, clauseRoster, verdict.nearMissOf)));
      // A suggestion the clause already lists would list it twice (市质监局 beside 市市场监管局);
      // a retired name's successor listed is the place's, whichever the others are (市经信委 beside 市经信局).
      const isListed = ({ name }: { name: string }) => listsUnit(clauseRoster, unit, name, units, identity);
      const fresh = leftover === null ? verdict.replacements.filter((replacement) => !isListed(replacement)) : [];
      // A retired name's successor listed is the place's. Any other name whose suggestions the
      // clause all lists is no leftover of them (leftoverOf said so: neither a fragment nor a near
      // miss, only suggested because the plan uses them, 市场发展委 beside 市市场监管局): a name the
      // list lacks, with nothing to suggest.
      const listed = leftover !== null || verdict.succession === null ? null : (verdict.replacements.find(isListed)?.name ?? null);
      const unsuggested = leftover === null && verdict.succession === null && verdict.replacements.length > 0 && fresh.length === 0;
      // A group whose every suggestion the clause lists is left alone: no group is unlisted.
      if (unsuggested && groupDepartment(meant) !== null) return null;
      const removal = leftover !== null || listed !== null ? removalOfName(plan.text, names, index) : null;
      return {
        start: unit.start,
        end: unit.end,
        message:
          leftover !== null
            ? `“${unit.text}”不在责任单位名录中，本处已列出“${leftover}”，疑为重复的残留`
            : listed !== null
              ? `${retiredMessage(unit.text, verdict.succession!, [listed])}，本处已列出`
              : unsuggested
                ? unlistedMessage(unit.text)
                : writtenAsMeant(verdict.message, unit.text, meant),
        suggestions: removal ? [spanFix(`删除“${unit.text}”`, removal.start, removal.end, "", { start: unit.start, end: unit.end })] : fresh.map(({ name, description }) => spanFix(description, unit.start, unit.end, name)),
      };
    };
  };
}

/** The unit names the plan's clauses write that the registry knows, each once, in the plan's order. */
function knownNamesWritten(plan: PlanDocument, units: UnitRegistry): string[] {
  const names = new Set<string>();
  for (const clause of plan.clauses) for (const unit of clause.units) if (!names.has(unit.text) && units.isKnown(unit.text)) names.add(unit.text);
  return [...names];
}
