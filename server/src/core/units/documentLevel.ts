import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { placeTitleOf, ZONE_ISSUER, zoneOfTitle } from "../model/zoneTitle.js";
import committeeBureaus from "./committee-bureaus.json";
import provinceBodies from "./province-bodies.json";
import { cityOfDistrict, isCountyLevelCity, isListedDistrict, municipalityOfDistrict } from "./districts.js";
import { AUTONOMOUS_PREFECTURE, PEOPLES_AND_AUTONOMY } from "./autonomousPlaces.js";
import { isOneCharacterCounty } from "./placeNames.js";
import { isPrefectureCity } from "./prefectures.js";
import { LEVEL_WORDS, leadingLevelWord, levelOfBarePlace, levelOfName, type UnitLevel } from "./names.js";
import type { BureauCommittees } from "./otherLevels.js";
import type { ProvinceName, UnitRegistry } from "./registry.js";

const LEVELS: readonly UnitLevel[] = ["国家", "省", "市", "县"];
/** The word a level's names start with when the plan's own names do not say (a plan declaring 层级: 县 with no 县 name yet). */
const WORD_OF_LEVEL: Record<UnitLevel, string> = { 国家: "市", 省: "省", 市: "市", 县: "县" };

export interface DocumentLevel {
  /** The administrative level of the plan's responsible units. */
  level: UnitLevel;
  /** The word its units' names start with at that level (区 in a district's plan, 省, 市 …). */
  word: string;
}

/**
 * The level of a plan's responsible units: the front matter's 层级 when it says one, else the
 * level most of its unit names carry (`省发改委` … in a provincial plan), else 市, the level
 * the built-in registry is written at; with the level word most of its names of that level
 * start with (a district's plan writes 区, a county's 县 or 旗), which a name written with no
 * level word (住建局) is missing. A county-level city's plan writes 市 as a prefecture's does, but
 * its 市 is a county's level (countyLevelCity): 县, with the word 市.
 */
export function documentLevel(plan: PlanDocument): DocumentLevel {
  let found = levelOfPlan.get(plan);
  if (found === undefined) levelOfPlan.set(plan, (found = levelOf(plan)));
  return found;
}

/**
 * The registry a plan's names are read with: a county-level city's reads 市 as a county's level
 * (otherLevels.ts); every other plan the registry as it is. Rules, the report and the
 * editor's unit features all ask here, so they read a name alike.
 */
export function registryOfPlan(registry: UnitRegistry, plan: PlanDocument): UnitRegistry {
  const { level, word } = documentLevel(plan);
  const national = ofMunicipality(plan) ? registry.ofMunicipality() : registry;
  const province = provinceOfOwnNames(plan);
  const base = province === null ? national : national.ofProvince(province, (provinceBodies as ProvinceBodies)[province]!.renamed);
  if (level === "县" && LEVEL_WORDS.get(word) === "市") return base.countyLevelCity();
  const committees = level === "市" ? committeesAsBureausOf(plan) : null;
  const read = committees !== null ? base.committeesAsBureaus(committees) : base;
  return isZonePlan(plan, read) ? read.ofZone() : read;
}

/**
 * Whether a plan is a 直辖市's or one of its districts' (上海市人民政府, 上海市浦东新区人民政府, a
 * title that opens with 北京市…): its issuer, title or cited documents name the city; or, where
 * they name no city (a district's plan rarely repeats it), its preamble cites the city's own
 * document (《上海市质量强市建设实施方案》) or it names a district only a 直辖市 has (嘉定区).
 * Such a city keeps committees where others have bureaus (registry.ts ofMunicipality). Asked
 * per keystroke: remembered per plan.
 */
function ofMunicipality(plan: PlanDocument): boolean {
  let found = municipalityOfPlan.get(plan);
  if (found === undefined) {
    const city = documentPlace(plan, "市");
    municipalityOfPlan.set(plan, (found = city !== null ? MUNICIPALITIES.has(city) : citesMunicipality(plan) || municipalityOfOwnDistrict(plan)));
  }
  return found;
}

/** Whether a district's or county's plan is of a place only a 直辖市 has (嘉定区, 巫山县: districts.ts municipalityOfDistrict). */
function municipalityOfOwnDistrict(plan: PlanDocument): boolean {
  for (const word of ["区", "县"]) {
    const place = documentPlace(plan, word);
    if (place !== null && (municipalityOfDistrict(place + word) ?? municipalityOfDistrict(place)) !== null) return true;
  }
  return false;
}

/** Whether a district's or county's plan (documentPlace at 区, 县) cites before its first item a document opening with a 直辖市's name (《上海市…》). */
function citesMunicipality(plan: PlanDocument): boolean {
  if (documentPlace(plan, "区") === null && documentPlace(plan, "县") === null) return false;
  const firstItem = plan.items[0]?.start ?? plan.text.length;
  for (const citation of plan.citations) {
    if (citation.start >= firstItem) break;
    const opening = cityOfTitle(citation.title);
    if (opening !== null && opening.word === "市" && MUNICIPALITIES.has(opening.place)) return true;
  }
  return false;
}

const MUNICIPALITIES: ReadonlySet<string> = new Set(["北京", "上海", "天津", "重庆"]);
const municipalityOfPlan = new PlanMemo<boolean>();

/** committee-bureaus.json: per province its prefectures and, per level, the committees they name as bureaus. */
type CommitteeBureaus = Record<string, { cities: string[]; levels: Record<string, BureauCommittees> }>;
const COMMITTEE_BUREAUS = Object.fromEntries(Object.entries(committeeBureaus).filter(([province]) => province !== "_")) as CommitteeBureaus;

/**
 * The committees a prefecture's plan names as bureaus (committee-bureaus.json: every one in 广东,
 * 市发展和改革局, 市卫生健康局; the health committee in 贵州, 州卫生健康局), or null where its
 * province names them as committees: its province as its issuer, title or cited documents name it,
 * else the province the table lists its city (or 州) in. Asked per keystroke: remembered per plan.
 */
function committeesAsBureausOf(plan: PlanDocument): BureauCommittees | null {
  let found = bureausOfPlan.get(plan);
  if (found === undefined) {
    const province = documentPlace(plan, "省") ?? provinceOfCity(documentPlace(plan, "市") ?? documentPlace(plan, "州"));
    const committees = province !== null && Object.hasOwn(COMMITTEE_BUREAUS, province) ? COMMITTEE_BUREAUS[province]!.levels["市"] : undefined;
    bureausOfPlan.set(plan, (found = committees ?? null));
  }
  return found;
}

const bureausOfPlan = new PlanMemo<BureauCommittees | null>();

type ProvinceBodies = Record<string, { cities: string[]; renamed: ProvinceName[] }>;

/**
 * The province of a plan whose bodies province-bodies.json names its own way (湖北's
 * 水利和湖泊局), else null: its province as its issuer, title or cited documents name it (a county's
 * plan citing 《湖北省质量强省建设实施方案》 or 《襄阳市…》), else the province the table lists its
 * city (or its prefecture, 恩施州) in, or for a county's plan naming no city the prefecture its
 * clauses name (prefectureNamedInClauses). Asked per keystroke: remembered per plan.
 */
function provinceOfOwnNames(plan: PlanDocument): string | null {
  let found = ownNamesOfPlan.get(plan);
  if (found === undefined) {
    const table = provinceBodies as ProvinceBodies;
    const named = documentPlace(plan, "省") ?? citedProvince(plan, table);
    const city = documentPlace(plan, "市") ?? documentPlace(plan, "州");
    const province = named !== null ? named : cityProvince(table, city ?? prefectureNamedInClauses(plan));
    ownNamesOfPlan.set(plan, (found = province !== null && Object.hasOwn(table, province) ? province : null));
  }
  return found;
}

const ownNamesOfPlan = new PlanMemo<string | null>();

/**
 * A province of the table whose document a citation before the first item names by its opening
 * place: the province's (《湖北省质量强省建设实施方案》) or one of its cities' (a county's plan
 * implementing 《襄阳市质量强市建设实施方案》).
 */
function citedProvince(plan: PlanDocument, table: ProvinceBodies): string | null {
  const firstItem = plan.items[0]?.start ?? plan.text.length;
  for (const citation of plan.citations) {
    if (citation.start >= firstItem) break;
    const city = cityOfTitle(citation.title)?.place;
    for (const [province, { cities }] of Object.entries(table)) {
      if (citation.title.startsWith(`${province}省`) || (city !== undefined && cities.includes(city))) return province;
    }
  }
  return null;
}


/**
 * The prefecture a county's plan names in its clauses, where its issuer and title name no city:
 * a county names its city's bodies beside its own (襄阳市生态环境局谷城分局, the city's 分局
 * since the reforms; 中国人民银行襄阳市分行; 国家金融监督管理总局襄阳监管分局). A listed
 * prefecture (prefectures.json), the one named most often; null for a plan of another level, or
 * one that names none. Read from clauses: the units context holds it (planContext.ts).
 */
export function prefectureNamedInClauses(plan: PlanDocument): string | null {
  return prefectureNamedOf.of(plan, readPrefectureNamed);
}

function readPrefectureNamed(plan: PlanDocument): string | null {
  if (documentLevel(plan).level !== "县") return null;
  const counts = new Map<string, number>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const place = PREFECTURE_IN_NAME.exec(unit.text)?.[1];
      if (place !== undefined && isPrefectureCity(place)) counts.set(place, (counts.get(place) ?? 0) + 1);
    }
  }
  let found: string | null = null;
  for (const [place, count] of counts) if (found === null || count > counts.get(found)!) found = place;
  return found;
}

const prefectureNamedOf = new PlanMemo<string | null>();
/** A city's place opening a name, after a vertical system's name: 襄阳市…, 恩施州…, 国家金融监督管理总局襄阳监管分局, 中国人民银行襄阳市分行. */
const PREFECTURE_IN_NAME = /^(?:国家金融监督管理总局|国家税务总局|中国人民银行|人民银行|国家统计局)?([\u4e00-\u9fff]{2,3}?)(?:市(?!场)|州|监管)/;

function cityProvince(table: ProvinceBodies, city: string | null): string | null {
  if (city === null) return null;
  for (const [province, { cities }] of Object.entries(table)) if (cities.includes(city)) return province;
  return null;
}

function provinceOfCity(city: string | null): string | null {
  if (city === null) return null;
  for (const [province, { cities }] of Object.entries(COMMITTEE_BUREAUS)) if (cities.includes(city)) return province;
  return null;
}

/**
 * Whether a plan is a development zone's (赣州经济技术开发区, 江北新区): its issuer is the zone's
 * 管委会 or its title opens with the zone's name, as the registry reads a zone's (××经开区,
 * ××高新技术产业开发区 …). Its units are the bodies the 管委会 sets up (registry.ofZone).
 */
function isZonePlan(plan: PlanDocument, registry: UnitRegistry): boolean {
  return zoneNameOfPlan(plan, registry) !== null;
}

/**
 * The zone a zone's plan is (the registry's canonical name: 南京高新区 of 南京高新技术产业开发区),
 * read from its issuer, else its title; null for any other plan. Its own zone is the only one
 * whose name before a 区 body makes the body the plan's (units/identity.ts).
 */
export function zoneNameOfPlan(plan: PlanDocument, registry: UnitRegistry): string | null {
  const { issuer } = plan.metadata;
  const title = placeTitleOf(plan);
  const issuers = issuer?.trim().split(/\s+/) ?? [];
  // The last of joint issuers (中共赣州经开区工委 赣州经济技术开发区管理委员会) is the 管委会.
  const last = issuers[issuers.length - 1]?.replace(PARTY_WORKING_COMMITTEE, "");
  if (last && ZONE_ISSUER.test(last) && registry.namesZone(last)) return registry.resolve(last)!.canonical;
  // A zone has no 人民政府: a plan a government issues is a district's or a county's, whatever
  // its name ends in (上海市浦东新区人民政府, 天津市滨海新区人民政府办公室).
  if (issuers.some(isGovernmentIssuer)) return null;
  const zone = zoneOfTitle(title);
  if (zone === null || isDistrictNewArea(zone)) return null;
  return registry.namesZone(zone) ? registry.resolve(zone)!.canonical : null;
}

/** A government or its office, or a party committee of a place (no zone's 管委会 or 党工委). */
const GOVERNMENT_ISSUER = /(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|[区县市旗]委|[区县市旗]委办公室|[区县市旗]委员会)$/;

function isGovernmentIssuer(issuer: string): boolean {
  return GOVERNMENT_ISSUER.test(issuer) && !ZONE_ISSUER.test(issuer);
}

/**
 * Whether a place chain names a district called 新区 (上海市浦东新区, 天津市滨海新区) rather than
 * a zone. How a title writes it cannot tell them apart (南京市江北新区 and 重庆市两江新区 are
 * 管委会 zones written the same way), so the chain must name one of the 新区 that are county-level
 * divisions with a 人民政府 of their own (ADMINISTRATIVE_NEW_DISTRICT); a plan whose issuer is a
 * government is a district's whatever its 新区 (zoneNameOfPlan). The other zone words (开发区,
 * 高新区, 园区 …) name no district, whatever comes before them.
 */
function isDistrictNewArea(chain: string): boolean {
  return ADMINISTRATIVE_NEW_DISTRICT.test(chain);
}

/**
 * The 新区 that are districts: 上海's 浦东新区 and 天津's 滨海新区 are county-level divisions with a
 * people's government (the other national-level 新区 are run by a 管委会, as zones are). 滨海新区
 * with its city: other cities have zones of that name.
 */
const ADMINISTRATIVE_NEW_DISTRICT = /浦东新区|天津市?滨海新区/;

/** A 党工委 written before the 管委会 in one name (××经开区党工委管委会). */
const PARTY_WORKING_COMMITTEE = /^.*党工委/;

/** Several rules and the completion ask on every keystroke; a plan's answer never changes. */
const levelOfPlan = new PlanMemo<DocumentLevel>();

function levelOf(plan: PlanDocument): DocumentLevel {
  const declared = plan.metadata.level;
  const fromFrontMatter = declared ? LEVELS.find((level) => declared.startsWith(level)) : undefined;
  const levels = new Map<UnitLevel, number>();
  const words = new Map<string, number>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const level = levelOfName(unit.text);
      if (level === null) continue;
      levels.set(level, (levels.get(level) ?? 0) + 1);
      const word = leadingLevelWord(unit.text);
      if (word !== null) words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  // A plan whose names say no level yet (one being drafted: its first clause still empty) is of
  // the place its issuer or title names (某某县质量强县建设实施方案), not the registry's 市.
  const named = fromFrontMatter || levels.size > 0 ? null : levelOfPlace(plan);
  if (named !== null) return named;
  let level: UnitLevel = fromFrontMatter ?? "市";
  if (!fromFrontMatter) for (const [candidate, count] of levels) if (count > (levels.get(level) ?? 0)) level = candidate;
  const word = mostUsedWord(words, level);
  if (!fromFrontMatter && word === "市" && countyLevelCity(plan)) return { level: "县", word };
  return { level, word };
}

/**
 * The level of the place a plan's issuer or title names, where it is not the registry's 市: a
 * district's, county's or banner's (区, 县, 旗: the lowest level named is the plan's, as
 * 赣州市南康区 is 南康's), or a province's (江西省, 广西壮族自治区). Null for a city's, and for a title
 * that names no place (质量强县建设实施方案: documentPlace reads no slogan as a place). A title's
 * words before 区 or 县 are a place only where something else says so — 赣州市推动苏区振兴… is a
 * city's: the district is listed, the issuer names it, or the slogan repeats its word (某某县质量强县…).
 */
function levelOfPlace(plan: PlanDocument): DocumentLevel | null {
  const title = placeTitleOf(plan) ?? "";
  const issuer = plan.metadata.issuer ?? "";
  for (const word of ["区", "县", "旗"]) {
    // A zone's title (赣州经开区) names no district: documentPlace leaves it out, and its plan stays a city's.
    const place = documentPlace(plan, word);
    if (place === null) continue;
    if (isListedDistrict(place) || isListedDistrict(place + word) || issuer.includes(place + word) || title.includes(`强${word}`) || namesAutonomousCounty(issuer, place, word) || namesAutonomousCounty(title, place, word)) return { level: "县", word };
  }
  for (const word of ["自治区", "省"]) {
    const place = documentPlace(plan, word);
    if (place !== null && levelOfBarePlace(place) === "省") return { level: "省", word };
  }
  return null;
}

/**
 * Whether `source` names `place` as an autonomous county or banner in full (长阳土家族自治县,
 * 五峰土家族自治县, 鄂伦春自治旗): the shape says the level, as a listed district's name does, and
 * no list holds every such county (documentPlace reads its place by the same shape,
 * autonomousPlaces.ts). An autonomous prefecture's (自治州) is a city's level, and no 区 is autonomous.
 */
function namesAutonomousCounty(source: string, place: string, word: string): boolean {
  if (word === "区" || !source.includes(AUTONOMY + word)) return false;
  return new RegExp(`${place}${PEOPLES_AND_AUTONOMY}${word}`).test(source);
}

/**
 * Whether a plan whose names say 市 is a county-level city's (怀仁市, 瑞金市): the word alone cannot
 * tell, what the text says around it can. Its notice is sent to the 乡镇 and 街道 (各乡镇（街道）
 * 人民政府（办事处）), the level right below a county, where a prefecture's goes to its 县（市、区）;
 * its city is a county-level city of a prefecture districts.json lists; or its preamble implements
 * the plan of another city, the prefecture it is under. A plan a zone's 管委会 issues is none.
 */
function countyLevelCity(plan: PlanDocument): boolean {
  // A zone's 管委会 sends its notice to its streets too (各街道办事处，管委会各部门): no city's.
  if (plan.metadata.issuer?.trim().split(/\s+/).some((issuer) => ZONE_ISSUER.test(issuer))) return false;
  const before = plan.text.slice(0, plan.items[0]?.start ?? plan.text.length);
  if (PREFECTURE_ADDRESSEES.test(before)) return false;
  if (COUNTY_ADDRESSEES.test(before)) return true;
  const own = documentPlace(plan, "市");
  if (own === null) return false;
  if (isCountyLevelCity(own)) return true;
  const firstItem = plan.items[0]?.start ?? plan.text.length;
  return plan.citations.some((citation) => {
    if (citation.start >= firstItem) return false;
    const cited = cityOfTitle(citation.title);
    return cited !== null && cited.word === "市" && cited.place !== own && !cited.place.endsWith("强");
  });
}

/** Those a county's notice is sent to: its towns and streets (各乡镇, 各乡（镇）, 各镇（街道）, 各街道). */
const COUNTY_ADDRESSEES = /各(?:乡镇|乡[（(]镇[)）]|镇[（(]乡|镇|乡(?!村)|街道)/;
/** Those a prefecture's is sent to: its counties and districts (各县（市、区）, 各区县, 各县市区). */
const PREFECTURE_ADDRESSEES = /各(?:县[（(]市|区[（(]县|县市区|县区|区县|县（区）|区、县)/;
/**
 * The city a document's title opens with, and its level word: 赣州市深化质量强市建设实施方案,
 * 中共襄阳市委…, 恩施州…; null where it opens otherwise (a province first, a slogan). What a
 * county's plan implements says its city (citedProvince), a 直辖市's district's its city
 * (citesMunicipality), and a county-level city's the prefecture it is under (countyLevelCity).
 */
function cityOfTitle(title: string): { place: string; word: "市" | "州" } | null {
  const match = CITY_OF_TITLE.exec(title);
  return match === null ? null : { place: match[1]!, word: match[2] as "市" | "州" };
}

const CITY_OF_TITLE = /^(?:中共)?([\u4e00-\u9fff]{2,4}?)(市(?!场)|州)/;

/** The level word of `level` the plan's names start with most often, or the level's usual word. */
function mostUsedWord(words: ReadonlyMap<string, number>, level: UnitLevel): string {
  let word = WORD_OF_LEVEL[level];
  for (const [candidate, count] of words) if (LEVEL_WORDS.get(candidate) === level && count > (words.get(word) ?? 0)) word = candidate;
  return word;
}

/**
 * The word of the prefecture a county-level plan (区, 县, 旗) is under, whose bodies such a plan
 * names besides its own: the branches the city's bureaus keep in its districts (市生态环境局××分局,
 * 市公安局××分局, 市自然资源局××分局: bodies managed from above since the reforms), and the city's
 * departments it works with. 州 or 盟 where the plan's names say so, else 市. Null for a plan of
 * any other level: a city's plan names the province's bodies rarely, and a province's the
 * ministries, which the registry does not list.
 */
export function levelAboveWord(plan: PlanDocument, level: UnitLevel): string | null {
  if (level !== "县") return null;
  const words = new Map<string, number>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const word = leadingLevelWord(unit.text);
      if (word !== null && LEVEL_WORDS.get(word) === "市") words.set(word, (words.get(word) ?? 0) + 1);
    }
  }
  return mostUsedWord(words, "市");
}

/**
 * The place a plan is for at the level of `word`, from its issuer or title (赣州市人民政府 → 赣州;
 * 扬州市江都区人民政府 → 江都 for 区), to fill the `××` of a registry entry's full name
 * (××市市场监督管理局 → 赣州市市场监督管理局); null when neither says. A title that opens with the
 * genre's slogan (质量强市建设实施方案, 制造强省…) names no place: no place name ends in 强.
 */
export function documentPlace(plan: PlanDocument, word = "市"): string | null {
  const places = documentPlaces(plan);
  return places.has(word) ? places.get(word)! : readDocumentPlace(plan, word);
}

function readDocumentPlace(plan: PlanDocument, word: string): string | null {
  const title = placeTitleOf(plan);
  for (const source of [plan.metadata.issuer, title]) {
    const county = word === "县" && source ? oneCharacterCountyOf(source) : null;
    if (county !== null) return county;
    const match = source ? patternOf(placePatterns, word, source).exec(source) : null;
    // 南京高新区, 江北新区: a zone's word before 区 names a zone, no district (placeOfUnits); a
    // 新区 a government issues for, or written after its city, is a district (上海市浦东新区).
    if (match && !match[1]!.endsWith("强") && !(word === "区" && ZONE_BEFORE_DISTRICT.test(match[1]!) && !newDistrictOf(source!, match[0])) && !isPlaceAbove(match[1]!, word)) return match[1]!;
  }
  return citedIssuerPlace(plan, word);
}

/**
 * The city a plan is for, by name (赣州): its issuer's or title's, else the one city whose
 * district its issuer or title names (章贡区 → 赣州), to check the places its units name against.
 */
export function documentCity(plan: PlanDocument): string | null {
  const city = documentPlace(plan, "市");
  if (city !== null) return city;
  for (const word of ["区", "县"]) {
    const district = documentPlace(plan, word);
    const found = district === null ? null : (cityOfDistrict(district + word) ?? cityOfDistrict(district));
    if (found !== null) return found;
  }
  return null;
}

/** Whether a source whose place ends in 新区 (matched: up to its 区) names a district, not a zone. */
function newDistrictOf(source: string, matched: string): boolean {
  if (!matched.endsWith("新区")) return false;
  return isDistrictNewArea(matched) || source.trim().split(/\s+/).some(isGovernmentIssuer);
}

/**
 * Whether a place read before a county's word (县, 区, 旗) is a place of a level above with its own
 * word (赣州市 of 赣州市县域质量提升行动方案, 赣州市区域品牌…): the word then opens a common noun
 * (县域, 区域, 县区), and the plan is the city's about its counties, no county's. A district or county
 * named after a 市 or 州 has one character before it (沙市区, 新市区, 通州区), never two.
 */
function isPlaceAbove(place: string, word: string): boolean {
  return COUNTY_WORDS.has(word) && ABOVE_WORD_END.test(place);
}

const COUNTY_WORDS = new Set(["县", "区", "旗"]);
const ABOVE_WORD_END = /^[\u4e00-\u9fff]{2,}[省市州盟]$/;

/** What a zone's name ends in before its 区 (高新区, 新区, 开发区, 经开区, 园区 …). */
const ZONE_BEFORE_DISTRICT = /(?:高新|新|开发|经开|园|保税|综保|度假)$/;

/**
 * The place that fills the ×× of a name at the level of `word` (××区财政局) as the editor shows
 * and counts a plan's units: in a zone's plan the 区 is the zone, by the registry's name of it
 * (zoneNameOfPlan: 南京高新区 however the title writes it), so its 区财政局 is 南京高新区财政局 and
 * its 区经发局 is not a 区经发局 of another zone's plan; else documentPlace. The rules read a
 * zone's own bodies by the zone itself (units/identity.ts), not through a place.
 */
export function placeOfUnits(plan: PlanDocument, registry: UnitRegistry, word: string): string | null {
  if (word === "区") {
    const zone = zoneNameOfPlan(plan, registry);
    if (zone !== null && zone.endsWith("区")) return zone.slice(0, -1);
  }
  return documentPlace(plan, word) ?? (word === "市" ? cityOfZonePlan(plan, registry) : null);
}

/**
 * The city of a zone's plan that names none but the zone's (南昌 of 南昌高新区): the place in the
 * zone's name where it is a listed prefecture city, whose bureaus (市市场监管局) the zone's plan
 * names beside its own; null for a zone named after a county or not named after a place.
 */
function cityOfZonePlan(plan: PlanDocument, registry: UnitRegistry): string | null {
  const zone = zoneNameOfPlan(plan, registry);
  const place = zone === null ? null : (registry.resolve(zone)?.place ?? null);
  return place !== null && isPrefectureCity(place) ? place : null;
}

/**
 * The plan's place at each level word, as its issuer, title or cited documents name it
 * (documentPlace), read once per plan: the identity of its units (units/identity.ts), the
 * places its names are completed with (placesOfPlan) and the level readers above all ask on
 * every keystroke, and the functions the first two return must hold the places and not the plan
 * ("Garbage the scavenger keeps").
 */
export function documentPlaces(plan: PlanDocument): ReadonlyMap<string, string | null> {
  return documentPlacesOf.of(plan, readDocumentPlaces);
}

function readDocumentPlaces(plan: PlanDocument): ReadonlyMap<string, string | null> {
  const places = new Map<string, string | null>();
  for (const word of LEVEL_WORDS.keys()) places.set(word, readDocumentPlace(plan, word));
  return places;
}

const documentPlacesOf = new PlanMemo<ReadonlyMap<string, string | null>>();

/**
 * The plan's place at the level of a word: the city whose office took over a closed one's duties
 * (units/retired.ts: 人民银行××县支行 → the city's 分行); a county's or a district's plan that
 * names no city is of the city its place is listed under (documentCity).
 * A province's plan has its own place only (省银保监局 → its 监管局): it has many cities, and which
 * one a name of it means only the name can say.
 */
export function placesOfPlan(plan: PlanDocument): (word: string) => string | null {
  return placesOfPlanOf.of(plan, readPlacesOfPlan);
}

function readPlacesOfPlan(plan: PlanDocument): (word: string) => string | null {
  const { level } = documentLevel(plan);
  if (level !== "市" && level !== "县" && level !== "省") return NO_PLACE;
  const places = new Map(documentPlaces(plan));
  for (const word of LEVEL_WORDS.keys()) {
    // A province's plan names its own place only: its 市 bodies are of many cities.
    if (level === "省" && LEVEL_WORDS.get(word) !== "省") places.set(word, null);
    // A county's plan that names only its county (信丰县…) is of the city the county is under,
    // as the districts table or the city's bodies it names (襄阳市生态环境局谷城分局) say.
    else if (word === "市" && level === "县") places.set(word, documentCity(plan) ?? prefectureNamedInClauses(plan));
  }
  return (word) => places.get(word) ?? null;
}

const placesOfPlanOf = new PlanMemo<(word: string) => string | null>();
const NO_PLACE = (): string | null => null;

/**
 * The place of the level of `word` that issued the documents a plan says it implements, when
 * they name one: a city's plan names its province only there (为贯彻落实《中共江西省委 江西省人民政府
 * 关于深化质量强省建设的实施意见》), and its 省市场监管局 is that province's — 江西's, not 江苏's
 * beside it in the workspace. Read from the citations before the first item (the preamble's) and
 * the front matter's 上位文件; null when they name none, or several. A county's plan may name its
 * city only by the city's own plan it implements (为贯彻落实《菏泽市深入推进质量强市建设实施方案》):
 * a title opening with a listed prefecture city's name (prefectures.json) is that city's too.
 */
function citedIssuerPlace(plan: PlanDocument, word: string): string | null {
  const firstItem = plan.items[0]?.start ?? plan.text.length;
  const titles = plan.citations.filter((citation) => citation.start < firstItem).map((citation) => citation.title);
  let place: string | null = null;
  const named = (found: string): boolean => {
    if (place !== null && place !== found) return false;
    place = found;
    return true;
  };
  for (const title of [...titles, ...plan.metadata.parents]) {
    for (const match of title.matchAll(patternOf(issuerPatterns, word, title))) {
      const issuer = placeOfIssuer(match[1]!, word);
      if (issuer !== null && !named(issuer)) return null;
    }
    // 曹县人民政府: a county of one character has none before its 县 for issuerPatterns to take.
    if (word === "县") for (const match of title.matchAll(ONE_CHARACTER_COUNTY_ISSUER)) if (isOneCharacterCounty(match[1]!) && !named(match[1]!)) return null;
    const city = word === "市" ? CITY_TITLE.exec(title) : null;
    if (city !== null && isPrefectureCity(city[1]!) && !named(city[1]!)) return null;
  }
  return place;
}

/**
 * The place an issuer issuerPatterns read names at the level of `word`, or null: 中共 is no place's;
 * a county of one character (中共曹县县委, 中共曹县委) is read there as 曹县 or 曹, and is 曹 — as
 * its plan's title says it (oneCharacterCountyOf), so that the plan's 县发改局 is its 曹县发改局;
 * a county's name is read without the places above it (江西省赣州市兴国).
 */
function placeOfIssuer(written: string, word: string): string | null {
  // 山东省菏泽市单县人民政府: the places above a county's are no part of its name.
  const issuer = COUNTY_WORDS.has(word) ? written.replace(/^中共/, "").replace(written.includes(AUTONOMY) ? AUTONOMOUS_PLACES_ABOVE : PLACES_ABOVE, "") : written.replace(/^中共/, "");
  if (word === "县") {
    if (issuer.length === 1) return isOneCharacterCounty(issuer) ? issuer : null;
    if (issuer.length === 2 && issuer.endsWith("县") && isOneCharacterCounty(issuer.charAt(0))) return issuer.charAt(0);
  }
  return issuer.length >= 2 ? issuer : null;
}

/**
 * The word every autonomous area's full name holds (黔东南苗族侗族自治州): the patterns below come in
 * two, without and with the areas' peoples, and a text without it is read by the first — the
 * peoples' alternatives inside a lazy pattern were tried at every character of every title and
 * issuer (0.6 % of an analysis), and none can match where the word is not.
 */
const AUTONOMY = "自治";

/** Per level word, a pattern without the autonomous areas' names and one with them (AUTONOMY). */
interface PatternsPerWord {
  plain: ReadonlyMap<string, RegExp>;
  autonomous: ReadonlyMap<string, RegExp>;
}

function patternsPerWord(make: (word: string, autonomous: boolean) => RegExp): PatternsPerWord {
  const words = [...LEVEL_WORDS.keys()];
  return { plain: new Map(words.map((word) => [word, make(word, false)])), autonomous: new Map(words.map((word) => [word, make(word, true)])) };
}

/** The pattern for `word` (市's where the word has none) that `source` is read by. */
function patternOf(patterns: PatternsPerWord, word: string, source: string): RegExp {
  const map = source.includes(AUTONOMY) ? patterns.autonomous : patterns.plain;
  return map.get(word) ?? map.get("市")!;
}

/** The province and city before a county's name (江西省赣州市 of 江西省赣州市兴国县人民政府). */
const PLACES_ABOVE = /^(?:[\u4e00-\u9fff]{2,6}?[省市州盟])+(?=[\u4e00-\u9fff])/;
/** The same, with an autonomous prefecture's full name among them (恩施土家族苗族自治州 of 恩施土家族苗族自治州宣恩县). */
const AUTONOMOUS_PLACES_ABOVE = new RegExp(`^(?:[\u4e00-\u9fff]{2,6}?[省市州盟]|${AUTONOMOUS_PREFECTURE})+(?=[\u4e00-\u9fff])`);

/** A county of one character issuing (曹县人民政府, 山东省菏泽市曹县县委), not after another Chinese character of its name. */
const ONE_CHARACTER_COUNTY_ISSUER = /(?<![\u4e00-\u9fff])(?:中共)?(?:[\u4e00-\u9fff]{2,6}?[省市州盟])??([\u4e00-\u9fff])县(?:县委|委(?!员)|人民政府|政府|人大|政协|党委)/gu;

/** A title opening with a city's name and its 市 (菏泽市深入推进质量强市建设实施方案): the name. */
const CITY_TITLE = /^([\u4e00-\u9fff]{2,4}?)市/;

/** Per level word: a place, its level word and an issuing body (江西省委, 江西省人民政府, 赣州市人民政府办公室). */
const issuerPatterns = patternsPerWord(
  (word, autonomous) => new RegExp(`([\u4e00-\u9fff]{2,8}?)${autonomous ? autonomyBefore(word) : ""}${word}(?:委(?!员)|人民政府|政府|人大|政协|办公厅|党委)`, "gu"),
);

/**
 * A county named by one character (曹县, 沛县, 单县) where an issuer or a title opens with it, after
 * the places above it (山东省菏泽市曹县): placePatterns wants two characters, and so read
 * 中共曹县县委 as a place 曹县 and 菏泽市曹县 as 菏泽市曹, and 曹县's plan as of no county — its
 * 曹县人民政府 not its own 县人民政府. A character that only points at a county (全县, 各县) is none.
 */
function oneCharacterCountyOf(source: string): string | null {
  const place = ONE_CHARACTER_COUNTY_PLACE.exec(source)?.[1];
  return place !== undefined && isOneCharacterCounty(place) ? place : null;
}

const ONE_CHARACTER_COUNTY_PLACE = /^(?:中共)?(?:[\u4e00-\u9fff]{2,6}?[省市州盟])??([\u4e00-\u9fff])县/;

/**
 * Per level word: the place before it, after the places of the levels above (江西省赣州市, 扬州市江都区,
 * 恩施土家族苗族自治州宣恩县); an autonomous area's place before its peoples (黔东南 of
 * 黔东南苗族侗族自治州, 北川 of 北川羌族自治县), as its short form writes it (黔东南州).
 */
const placePatterns = patternsPerWord(
  (word, autonomous) => new RegExp(`^(?:中共)?(?:[\u4e00-\u9fff]{2,6}?[省市州盟]${autonomous ? `|${AUTONOMOUS_PREFECTURE}` : ""})??([\u4e00-\u9fff]{2,4}?)${autonomous ? autonomyBefore(word) : ""}${word}`),
);

/** The peoples and 自治 an autonomous area of the level of `word` writes before it (州, 县, 旗), optional; none before another word. */
function autonomyBefore(word: string): string {
  // Asked while the module's patterns are built: no table defined below it.
  return word === "州" || word === "县" || word === "旗" ? `(?:${PEOPLES_AND_AUTONOMY})?` : "";
}
