import { isCountyLevelCity, levelWordOfPlace } from "./districts.js";
import { collectivePairParts, leadingLevelWord, normalizeUnitName } from "./names.js";
import { isPrefectureCity } from "./prefectures.js";
import { PLACE_SLOT, type ResolvedUnit, SOURCES } from "./registryEntries.js";
import { isZoneName } from "./zones.js";
import type { UnitRegistry } from "./registry.js";

/**
 * Which group terms (统称) a body belongs to: a task given to 各镇人民政府 is 安亭镇's too, one
 * given to 区直各部门 every district department's, and one given to 各有关部门 every department
 * the task concerns. The report lists the group terms apart (units/report.ts); a department's
 * own task list (units/unitTasks.ts) adds their tasks, marked with the group, where the body is
 * of the kind the group names — a 镇 is not a 街道, a district's department not a town, a
 * county's government not a 镇 of it. A group whose members no text can tell (…领导小组成员单位,
 * …牵头部门, 区属国有企业) reaches no one.
 */

/**
 * How a group reaches a body: `member`, it names every body of the body's kind (各镇人民政府,
 * 县直各部门); `concerned`, the bodies the task concerns (各有关部门, 区直各有关单位, 相关区（市）县),
 * the body among them only if the task is about its work.
 */
export type GroupReach = "member" | "concerned";

/** What kind of body a unit is, in the words group terms use. */
export type BodyKind =
  /** A town's government or a street's office: its kind's word (镇, 乡, 街道). */
  | { kind: "town"; word: string }
  /**
   * A county's, a district's or a city's government (县, 区, 旗; a city's 市, or where the tables
   * say which it is, 设区市 for a prefecture's, 南昌市人民政府, and 县级市 for a county-level city's, 瑞金市人民政府).
   */
  | { kind: "county"; word: string }
  /**
   * A department or another body of a level, its level word (区 of 区财政局); `vertical`, a body run
   * from above (区税务局, 赣州海关: registryEntries.ts), which is none of its level's own departments;
   * `name`, the registry's name without a place (区住建局 of 章贡区住建局), `placed` where the name has one
   * that is not the plan's own (units/identity.ts), a department of a place of its level (章贡区住建局),
   * which 各区住建局 reaches in a city's plan and no group of the plan's own level's bodies does.
   */
  | { kind: "department"; word: string; vertical: boolean; name: string; placed: boolean }
  /**
   * A city bureau's 分局 in a district or a zone (市市场监管局章贡分局): `bureau`, the bureau whose
   * branch it is; `standsFor`, the district's bureau it stands in for where its place is a county's
   * kind (章贡 a 区: 区市场监管局, which 各县（市、区）市场监管局 reaches), null in a zone (经开区, which
   * no group of the counties' kinds names: drafters list it apart, 各县（市、区）、经开区).
   */
  | { kind: "branch"; bureau: string; standsFor: Extract<BodyKind, { kind: "department" }> | null };

/** A government's name a registry pattern reads (××镇人民政府, ××街道办事处, ××区人民政府 …), the kind's word before its ending. */
const GOVERNMENT = /(街道|镇|乡|县|区|市|旗)(?:人民政府|政府|办事处)$/;
const TOWN_WORDS: ReadonlySet<string> = new Set(["镇", "乡", "街道"]);

/** A city's kind by its place: a listed prefecture (南昌) 设区市, a listed county-level city (瑞金) 县级市, else 市. */
function cityKind(place: string): string {
  return isPrefectureCity(place) ? PREFECTURE_CITY : isCountyLevelCity(place) ? COUNTY_CITY : "市";
}
const PREFECTURE_CITY = "设区市";
const COUNTY_CITY = "县级市";

/**
 * Whether a group's kinds take in a body's: 市 in a group is any city, 设区市 a prefecture and 县级市
 * a county-level city (listedKinds), and a city the tables do not place (市) is either.
 */
function reachesKind(kinds: ReadonlySet<string>, word: string): boolean {
  if (kinds.has(word)) return true;
  if (word === PREFECTURE_CITY || word === COUNTY_CITY) return kinds.has("市");
  return word === "市" && (kinds.has(PREFECTURE_CITY) || kinds.has(COUNTY_CITY));
}

/**
 * The kind of a body the registry knows: null for a company or a body named by its place
 * (国网××供电公司, a zone), which no group term of a level names; a vertical body named by its place
 * (赣州海关) is a vertical department of no level's word, which only the groups of every level's
 * bodies concerned (各有关部门) or of the bodies stationed in a place (中央驻市单位) reach.
 */
export function bodyKind(unit: ResolvedUnit, placed = unit.place !== null): BodyKind | null {
  if (unit.entry.pattern) {
    // A body run from above is no government, whatever its name ends in (南昌海关驻高新区办事处).
    const government = unit.place === null || unit.entry.vertical ? null : GOVERNMENT.exec(unit.canonical);
    if (government !== null) return { kind: TOWN_WORDS.has(government[1]!) ? "town" : "county", word: government[1] === "市" ? cityKind(unit.place!) : government[1]! };
    return unit.entry.vertical && !COMPANY.test(unit.canonical) ? { kind: "department", word: "", vertical: true, name: unit.canonical, placed: true } : null;
  }
  if (unit.entry.source === SOURCES.company) return null;
  // A government named by its level word alone (市人民政府, 县政府: the plan's own) is no department
  // of its level, and no place's government a group of places names.
  const word = leadingLevelWord(unit.canonical);
  if (word !== null && unit.canonical === `${word}人民政府`) return null;
  // A zone named by its government's level word (县经济开发区管委会, 市高新区, 攸县's 县高新区) is a
  // zone as ××开发区 is, placed or not: its committee is no department of its level (县直有关部门
  // names none).
  if (word !== null && isZoneName(PLACE_SLOT + unit.canonical.slice(word.length))) return null;
  return word === null ? null : { kind: "department", word, vertical: unit.entry.vertical, name: unit.canonical, placed };
}

/**
 * The kind of a city bureau's district 分局 (districtBranches.ts), or null for any other unit: what
 * bodyKind cannot tell from the name alone, since a branch is one of the bureau's, at its place.
 */
export function branchBodyKind(unit: ResolvedUnit, registry: Pick<UnitRegistry, "resolve" | "branchBureau" | "branchPlace">): BodyKind | null {
  const bureau = registry.branchBureau(unit.entry);
  const place = bureau === null ? null : registry.branchPlace(unit);
  if (bureau === null || place === null) return null;
  const bureauWord = leadingLevelWord(bureau.name);
  const word = placeWord(place.district);
  const counterpart = word === null || bureauWord === null ? null : registry.resolve(word + bureau.name.slice(bureauWord.length));
  const standsFor = counterpart === null ? null : { kind: "department" as const, word: word!, vertical: false, name: counterpart.canonical, placed: true };
  return { kind: "branch", bureau: bureau.name, standsFor };
}

/** The level word of a branch's place, written bare (章贡) or with it (章贡区), from the districts table; null for a zone. */
function placeWord(place: string): string | null {
  const bare = levelWordOfPlace(place);
  if (bare !== null) return bare;
  const own = place.charAt(place.length - 1);
  return COUNTY_KINDS.has(own) && levelWordOfPlace(place.slice(0, -1)) === own ? own : null;
}
const COUNTY_KINDS: ReadonlySet<string> = new Set(["区", "县", "市", "旗"]);

/**
 * A group of a bureau's branches: 各分局, 各市场监管分局 (the bureau's stem before 分局), as its notice
 * and its plan address them, 局属各分局 and 市局各分局 the bureau naming itself first. Group: the stem.
 */
const BRANCHES = /^(?:[省市区县]?局(?:属|直属)?)?各([\u4e00-\u9fff]{0,10})分局$/;

/** How a group reaches a bureau's branch: as one of the bureau's branches, or as the district bureau it stands in for. */
function reachesBranch(group: string, body: Extract<BodyKind, { kind: "branch" }>, registry: Pick<UnitRegistry, "resolve"> | null): GroupReach | null {
  const branches = BRANCHES.exec(group);
  if (branches !== null) {
    const word = leadingLevelWord(body.bureau);
    return branches[1] === "" || (word !== null && body.bureau.startsWith(branches[1]!, word.length)) ? "member" : null;
  }
  return body.standsFor === null ? null : groupReach(group, body.standsFor, registry);
}

/** A company's name (国网赣州供电公司, 中国电信赣州分公司): run from above too, but no government body. */
const COMPANY = /公司|集团|银行$/;

/** A court's or a procuratorate's name (市中级人民法院, 区人民检察院). */
const JUDICIAL = /(?:法院|检察院)$/;

/** A Party body's name after its level word: the committee's (委宣传部, 委网信办, 委党校), its discipline commission, its organs' working committee. */
const PARTY_BODY = /^(?:委(?!员)|纪委|直机关工委|直属机关工委)/;

/** Whether a body is the Party's (省委宣传部, 市纪委监委, 区直机关工委), by its name after the level word. */
function isPartyBody(name: string): boolean {
  const word = leadingLevelWord(name);
  return word !== null && name.startsWith(word) && PARTY_BODY.test(name.slice(word.length));
}

/** A people's congress's or a CPPCC's office, or a people's organisation (总工会, 团省委, 妇联 …): no government department, nor the Party's. */
const NEITHER_PARTY_NOR_GOVERNMENT = /人大|政协|^团.{1,3}委$|总工会|妇联|残联|科协|工商联|侨联|文联|社科联|红十字会|关工委/;

/** What a group term opens with to say all, or those concerned. */
const ALL = /^(?:各|有关|相关)+/;
const CONCERNED = /有关|相关/;
/**
 * A level's bodies: 区直各有关单位, 县直各部门, 市各委办局, 区属各单位, 区级各部门和单位, 区有关部门, 各有关部门;
 * a zone's 管委会各部门, its 管委会's bodies, which are of the 区 level (zones.ts).
 */
const LEVEL_BODIES = /^(省|自治区|市|州|盟|区|县|旗)?(直|级|属|委|政府|管委会)?(?:各|有关|相关)*(部门|单位|委办局|部门和单位|单位和部门|部门（单位）|单位（部门）|机关)$/;
/**
 * The bodies stationed in a place or run from above: 中央驻市单位, 省驻区单位, 驻区各单位, 驻赣州市单位,
 * 各垂直管理部门, 市垂直管理单位 — a vertical body's groups, as 区直各部门 is a district department's. The
 * place is a short name or a level's word: 中央驻吉新闻单位 is the news outlets, another group.
 */
const STATIONED = /^(?:中央|国家|省|中央和省|中直|省直)?驻(?:[\u4e00-\u9fff]{0,2}[省市州区县]?)(?:各|有关|相关)*(?:单位|部门|机构)$|^(?:省|自治区|市|州|盟|区|县|旗)?(?:各|有关|相关)*(?:垂直|垂管)(?:管理)?(?:各|有关|相关)*(?:单位|部门|机构)$/;
/**
 * A kind's word of places, 镇街 and 乡镇 holding two (镇街道 is 镇 and 街道); 设区市 and 地级市, a
 * province's word for its cities (各设区市人民政府 of a 江西 plan), a prefecture.
 */
const KIND_WORD = /街道|镇街(?!道)|乡镇|设区市|地级市|乡|镇|街|县|区|市|旗/y;
const KIND_ENDING = /(?:党委和人民政府|党委和政府|人民政府|政府|办事处)/g;

/**
 * How the group term reaches a body of the given kind, or null where it does not: the group as the
 * report keys it (各街道办事处 of 各镇人民政府、街道办事处).
 */
export function groupReach(group: string, body: BodyKind, registry: Pick<UnitRegistry, "resolve"> | null = null): GroupReach | null {
  const name = normalizeUnitName(group);
  // Two groups in one term (市直有关部门和各县（市、区）): the body is in it where it is in either,
  // as one of all where one side names all of its kind.
  const pair = collectivePairParts(name);
  if (pair !== null) {
    const reaches = pair.map((part) => groupReach(part, body, registry));
    return reaches.includes("member") ? "member" : reaches.includes("concerned") ? "concerned" : null;
  }
  if (body.kind === "branch") return reachesBranch(name, body, registry);
  const how: GroupReach = CONCERNED.test(name) ? "concerned" : "member";
  if (STATIONED.test(name)) return body.kind === "department" && body.vertical ? how : null;
  const level = LEVEL_BODIES.exec(name);
  if (level !== null) {
    // A level's departments (部门) or every body of it (单位); with no level word, of any level; a
    // 管委会's, of the zone's (区).
    const word = level[1] ?? (level[2] === "管委会" ? "区" : undefined);
    if (body.kind === "department") {
      // A department of another place (井冈山市市场监管局 in 吉安's plan) is none of the plan's level's: 市直各有关单位 is 吉安's.
      if (body.placed) return null;
      // A vertical body is none of the level's own (区直各部门, 区级各单位), though a task may concern it (区有关部门).
      if (body.vertical && (how === "member" || level[2] === "直" || level[2] === "属")) return null;
      // A court or a procuratorate is a judicial organ, none of a level's 部门 (市直各部门, 市各委办局), though one of its 单位 and 机关.
      if (JUDICIAL.test(body.name) && !/单位|机关/.test(level[3]!)) return null;
      // The Party committee's bodies (省委各部门) are the Party's, the government's (省政府各部门) the
      // government's: 省委宣传部 is none of 省政府各部门, 省市场监管局 none of 省委各部门, and a people's
      // congress, a CPPCC or a people's organisation (省总工会, 团省委) neither. 省直各部门 is all of them.
      if (level[2] === "委" && !isPartyBody(body.name)) return null;
      if ((level[2] === "政府" || level[2] === "管委会") && (isPartyBody(body.name) || NEITHER_PARTY_NOR_GOVERNMENT.test(body.name))) return null;
      return word === undefined || word === body.word ? how : null;
    }
    // A town or a county is a 单位 the task may concern, never a 部门, nor of a level's 直属 bodies.
    return word === undefined && level[3] !== "部门" && level[3] !== "委办局" && level[3] !== "机关" && /^(?:各|有关|相关)/.test(name) ? "concerned" : null;
  }
  if (!ALL.test(name)) return null;
  if (body.kind === "department") return body.placed && registry !== null && namesPlacesDepartment(name.replace(ALL, ""), body, registry) ? how : null;
  const kinds = listedKinds(name.replace(ALL, "").replace(KIND_ENDING, ""));
  return kinds !== null && reachesKind(kinds, body.word) ? how : null;
}

/**
 * The governments of every place of some kinds, as a group term names them with or without their
 * organ's word: 各街道办事处 and 各街道, 各镇人民政府 and 各镇, 各县（市、区）人民政府 and 各县（市、区）
 * are one group, which a task list counts once — a 街道 is governed by its 办事处, a county by its
 * government; and so are the same kinds listed in another way (各乡镇人民政府 and 各乡（镇）人民政府,
 * 各县（市、区） and 各县市区). The key is the term's 各 and the kinds it names, or null for any other
 * name. 党委和人民政府 (the committee too) and 各有关/相关 (those concerned, not all) stay groups of their own.
 */
export function placesGovernmentsGroup(group: string): string | null {
  const name = normalizeUnitName(group);
  const all = ALL.exec(name);
  if (all === null) return null;
  const kinds = listedKinds(name.slice(all[0].length).replace(GOVERNMENT_WORD, ""));
  return kinds === null ? null : all[0] + [...kinds].sort().join("、");
}

/** A government's word after its places' kinds (人民政府, 政府, 办事处); not 党委和人民政府, a wider group. */
const GOVERNMENT_WORD = /(?<!党委和)(?:人民政府|政府|办事处)$/;

/**
 * Whether a group's words after its 各 name one department of every place of some kinds, the body's
 * among them: 区住建局 of 各区住建局, 市场监管局 of 各县（市、区）市场监管局, as the registry reads the
 * department with the body's level word (住房和城乡建设局 is 住建局). The kinds are the words before
 * the department's, tried at each split: 县市场监管局 is 县's 市场监管局, not 县市's 场监管局.
 */
function namesPlacesDepartment(words: string, body: Extract<BodyKind, { kind: "department" }>, registry: Pick<UnitRegistry, "resolve">): boolean {
  for (let at = 1; at < words.length - 1 && at <= MAX_KINDS_LENGTH; at++) {
    const kinds = listedKinds(words.slice(0, at));
    if (kinds === null || !reachesKind(kinds, body.word)) continue;
    const department = words.slice(at);
    if (leadingLevelWord(department) === null && registry.resolve(body.word + department)?.canonical === body.name) return true;
  }
  return false;
}

/** The longest run of kinds' words before a department's name (县（市、区）, 乡镇（街道）). */
const MAX_KINDS_LENGTH = 12;

/** A group's kinds: those before a bracket, the members it lists, and any after it (县（市、区）, 区（市）县, 镇（街道、园区）). */
const LISTING = /^([^（）]+)(?:（([^（）]+)）([^（）]*))?$/;

/**
 * The kinds of places a group names: its kinds outside the bracket, each a run of kinds' words
 * (乡镇, 县), and those of the members its bracket lists; a member no place's kind (园区 of
 * 镇（街道、园区）, 场 of 乡镇（场）) reaches none of them but keeps the others'. Null where the
 * words outside the bracket are anything else (镇属企业, 镇（街道）工业园区: a body of each).
 */
function listedKinds(text: string): Set<string> | null {
  const listing = LISTING.exec(text);
  if (listing === null) return null;
  const kinds = placeKinds((listing[1]! + (listing[3] ?? "")).replace(/、/g, ""));
  if (kinds === null) return null;
  // A 市 listed among a county's kinds (县（市、区）, 区（市）县) is a county-level city, no prefecture.
  const ofCounties = kinds.has("县") || kinds.has("区") || kinds.has("旗");
  for (const member of listing[2]?.split("、") ?? []) for (const kind of placeKinds(member) ?? []) kinds.add(kind === "市" && ofCounties ? COUNTY_CITY : kind);
  return kinds;
}

/**
 * The kinds of places a run of kinds' words names (县市区, 镇街道, 乡镇), or null where it holds
 * anything else: a 市 after a county's kind (县市区) a county-level city, 设区市 and 地级市 a
 * prefecture; a 市 first (市县, 各市) any city.
 */
function placeKinds(words: string): Set<string> | null {
  if (words === "") return null;
  const kinds = new Set<string>();
  KIND_WORD.lastIndex = 0;
  while (KIND_WORD.lastIndex < words.length) {
    const match = KIND_WORD.exec(words);
    if (match === null) return null;
    const word = match[0];
    if (word === "镇街") kinds.add("镇").add("街道");
    else if (word === "乡镇") kinds.add("乡").add("镇");
    else if (word === "设区市" || word === "地级市") kinds.add(PREFECTURE_CITY);
    else if (word === "市" && (kinds.has("县") || kinds.has("区") || kinds.has("旗"))) kinds.add(COUNTY_CITY);
    else kinds.add(word === "街" ? "街道" : word);
  }
  return kinds;
}
