import { isCountyLevelCity, levelWordOfPlace } from "./districts.js";
import { isStateGridEntry, southernGridProvinceOf } from "./gridArea.js";
import { LEVEL_WORDS, leadingLevelWord, levelOfBarePlace, mayBeProvince, type UnitLevel } from "./names.js";
import { PLACE_SLOT, placed, type PatternForm, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";
import { isListedPlace } from "./listedPlaces.js";
import { isZoneEntry, mayNameZone } from "./zoneSlots.js";

/**
 * Names with a place in them: which text can fill an entry's `××` slot, and the pattern entries'
 * reading (赣州海关 of ××海关, 人民银行赣州市分行 of 人民银行××市分行).
 */

const PLACE = /^[\u3400-\u9fff]{2,8}$/;
/**
 * Words that name an institution, never a place: a `××` slot filled with one of them is another
 * department written in front (`市工信局市财政局` is 市工信局 and 市财政局, not the 财政局 of a
 * place called 市工信局; 广东电网佛山供电局 is 佛山's 供电局 of the 广东电网). A 会 at the end is a
 * society's only after the word that makes it one (协会, 商会, 工会, 学会, 联合会, 促进会, 研究会,
 * 基金会, 理事会, 委员会, 红十字会, 联谊会, 总会) or alone: 海会镇人民政府 is the government of the town
 * of 海会 (九江's 濂溪区), no body run into it.
 */
export const INSTITUTION_WORD = /[局委办厅署院]|政府|中心|海关|分行|支行|管委|电网|(?:^|[协商工学合进究金事员字谊总])会$|[社部队]$/;

/** A part of a place named by its direction (成都东部新区, 南部县): its 部 is no department's. */
const AREA_OF_PLACE = /^[\u3400-\u9fff]*[东西南北中]部$/;

/** The level words a place's name ends in that say its level (赣州市, 章贡区, 兴国县). */
export const PLACE_LEVEL_WORDS = new Set(["自治区", "省", "市", "区", "县"]);

/**
 * A company's name: a group's branch (国网××供电公司, 中国电信××分公司) or a local one (市城投集团);
 * and the 南方电网 companies' branches in 广东, 广西, 云南, 贵州 and 海南, which are 供电局 (广东电网
 * 有限责任公司佛山供电局, 英德供电局), at every level like the 国网's 供电公司; a place's own bank
 * (于都农商银行, 赣州农村商业银行) likewise.
 */
const COMPANY = /(?:公司|集团|供电局|银行|农商行)$/;

/** The words for all towns and streets (乡镇, 镇街, 乡镇街道): 乡镇街道 is no 街道 of a place called 乡镇. */
const TOWN_WORDS = /^[乡镇街道]+$/;

/**
 * 各 before a level word (各乡, 各县, 各街道): the start of a group term (各乡镇人民政府 is every
 * town's government), never a place's name, whatever the pattern after it would make of it.
 */
const GROUP_OF_LEVEL = /^各(?:省|市|州|盟|区|县|旗|乡|镇|街道|村|社区)/;

/**
 * The characters before 县 that point at a county rather than name one (本县, 该县, 全县, 各县,
 * 两县) or name a level (市县, 区县): never a county named by one character.
 */
const POINTS_AT_COUNTY = /[本该这此全各每我其某两一二三四五六七八九十几多诸外邻他省市区乡镇村州]/;

/**
 * Whether a character before 县 names a county: the counties named by one character (蠡县, 涉县,
 * 易县, 磁县, 滑县, 歙县) are places as the two-character ones are, but only with their 县 written,
 * which the caller sees.
 */
export function isOneCharacterCounty(place: string): boolean {
  return place.length === 1 && /[\u3400-\u9fff]/.test(place) && !POINTS_AT_COUNTY.test(place) && !INSTITUTION_WORD.test(place);
}

/**
 * A level word where a place's name starts, before anything but a direction (市国家 of
 * 市国家金融监管分局, 市统计 of 市统计调查队): the level word a drafter writes for the place, no
 * place. 市中区, 市北区 and 市南区 are districts' names.
 */
const LEVEL_WORD_FOR_PLACE = /^[省市区县](?![东西南北中])/;

/**
 * The words of an enterprise's name (江铜集团, 赣州银行, ××有限公司, 于都农商行): a place's name has
 * none. Pasted 责任单位 lists run an enterprise into the department after it (江铜集团市工信局): read
 * as a place, the enterprise became the 市工信局 of a city called 江铜集团, one invented unit where
 * the list names two. 国网 is the grid's own word (国网南京供电公司): a place before it (如国网南京 of
 * 如国网南京供电公司, the company's name after a word of prose) is none. The one list of them: no
 * industry or field of work holds one either (units/ownFields.ts: 区江铜集团产业园 is a company's park).
 */
export const ENTERPRISE_WORD = /公司|集团|银行|农商行|信用社|股份|有限|国网/;

/** Whether a text has a place's form: a few Chinese characters, no institution word nor an enterprise's (the registry checks its parts). */
export function hasPlaceForm(place: string): boolean {
  if (LEVEL_WORD_FOR_PLACE.test(place) || ENTERPRISE_WORD.test(place)) return false;
  // 中国 is the country, no local place: 中国电信分公司 names no branch (the groups' names start with it).
  // 自治 is the start of a level's name (自治区, 自治州, 自治县), no place: 自治区委组织部 is no 区委组织部 of a place 自治.
  // A place the gazetteers list keeps its name whatever word it holds (新会, 四会: no committee's 会).
  return PLACE.test(place) && place !== "中国" && place !== "自治" && (!INSTITUTION_WORD.test(place) || AREA_OF_PLACE.test(place) || isListedPlace(place)) && !TOWN_WORDS.test(place) && !GROUP_OF_LEVEL.test(place);
}

/** The first pattern a name fills with a place that fits it (isPlace, the entry's level), or null. */
export function matchPattern(text: string, patterns: readonly PatternForm[], registry: RegistryView): ResolvedUnit | null {
  for (const pattern of patterns) {
    if (text.length <= pattern.prefix.length + pattern.suffix.length) continue;
    if (!text.startsWith(pattern.prefix) || !text.endsWith(pattern.suffix)) continue;
    const place = text.slice(pattern.prefix.length, text.length - pattern.suffix.length);
    // A company is named after the place of whatever level it serves (国网兴国县供电公司).
    const level = COMPANY.test(pattern.entry.name) ? null : pattern.entry.level;
    // 蠡县人民政府: a place of one character only where 县 follows it.
    const isPlace = place.length === 1 ? pattern.suffix.startsWith("县") && isOneCharacterCounty(place) : registry.isPlace(place);
    if (!isPlace || !placeFitsLevel(place, level) || saysLevelTwice(pattern.entry.name, place) || noOfficeAtCounty(pattern.entry, place) || otherGridsArea(pattern.entry, place)) continue;
    // A zone is named after a place or an industry, never a company (京东方科技园: zoneSlots.ts).
    if (isZoneEntry(pattern.entry) && !mayNameZone(place, pattern.suffix)) continue;
    const named = placeOfVerticalBody(pattern.entry, place);
    if (named !== place) return { entry: pattern.entry, canonical: placed(pattern.entry.name, named), form: pattern.form === "canonical" ? "alias" : pattern.form, place: named };
    return { entry: pattern.entry, canonical: placed(pattern.entry.name, place), form: pattern.form, place };
  }
  return null;
}

/** Whether a 国网 body is named at a place the southern grid serves (国网广东省电力公司: gridArea.ts), where there is none. */
function otherGridsArea(entry: UnitEntry, place: string): boolean {
  return isStateGridEntry(entry.name) && southernGridProvinceOf(place) !== null;
}

/**
 * A company named after its place written with a county's level word where the place goes
 * (县供电公司, 区供电公司; 市供电公司 in a county-level city's registry): how county plans name the
 * company of their county (国网于都县供电公司), which units/identity.ts reads at the plan's place.
 * Not at a prefecture's level, whose plans name the company after the city (国网赣州供电公司):
 * there units/unknown asks for the place. The name itself is the unit's where the plan names no place.
 */
export function companyWrittenWithLevel(text: string, patterns: readonly PatternForm[], cityOfCountyLevel: boolean): ResolvedUnit | null {
  const word = leadingLevelWord(text);
  if (word === null || !text.startsWith(word) || !(LEVEL_WORDS.get(word) === "县" || (cityOfCountyLevel && word === "市"))) return null;
  const rest = text.slice(word.length);
  for (const pattern of patterns) {
    const { entry } = pattern;
    if (pattern.prefix === "" && pattern.suffix === rest && entry.vertical && COMPANY.test(entry.name)) return { entry, canonical: text, form: "alias", place: null };
  }
  return null;
}

/**
 * Whether a place can fill the slot of an entry of `level`: a place that says its own level
 * (赣州市) is one of that level. 赣州市金融监管局 is no 国家金融监督管理总局××监管局 (a province's,
 * 江西金融监管局) but the city's 市金融监管局, written after its place.
 */
function placeFitsLevel(place: string, level: UnitLevel | null): boolean {
  if (level === null) return true;
  const word = place.endsWith("自治区") ? "自治区" : place.charAt(place.length - 1);
  // Not 州, 盟 or 旗: names end in them whatever their level (贵州 a province, 通州 a district).
  const own = PLACE_LEVEL_WORDS.has(word) ? LEVEL_WORDS.get(word) : undefined;
  if (own !== undefined) return own === level;
  // A place without its level word: a province's name is a province's (人行江西分行 is the
  // 人民银行's 江西省分行, never a 市分行 of a city called 江西), and an office kept only in
  // provinces (国家金融监督管理总局××监管局) has no office at any other place (赣州金融监管局).
  if (levelOfBarePlace(place) === "省") return level === "省";
  return level !== "省" || mayBeProvince(place);
}

/**
 * Whether a body kept above the counties only (the 人民银行's 分行: `levels` without 县) is named
 * after a county-level city the districts table lists (人民银行瑞金市分行, 人行义乌分行): a
 * county-level city is a county, where the bank has had no office since 2023.
 */
function noOfficeAtCounty(entry: UnitEntry, place: string): boolean {
  if (entry.levels === null || entry.levels.includes("县")) return false;
  return isCountyLevelCity(place.endsWith("市") ? place.slice(0, -1) : place);
}

/**
 * The place a vertically managed body named after its place is named with: a prefecture's
 * without its 市 (赣州海关, 国网赣州供电公司, 国家统计局赣州调查队 — how these bodies name
 * themselves; 国网赣州市供电公司 and 赣州市海关 are the same bodies), so both writings are one
 * unit. A county's and a district's keep their word (国网兴国县供电公司), and so does a county-level
 * city the districts table lists (国网瑞金市供电公司); a name that puts a level word after its slot
 * (人民银行××市分行) is the pattern's own business.
 */
function placeOfVerticalBody(entry: UnitEntry, place: string): string {
  if (!entry.vertical || !place.endsWith("市") || place.length < 3) return place;
  if (LEVEL_WORDS.has(entry.name.charAt(entry.name.indexOf(PLACE_SLOT) + PLACE_SLOT.length))) return place;
  const bare = place.slice(0, -1);
  return isCountyLevelCity(bare) ? place : bare;
}

/**
 * Whether a place that ends in its level word would stand before the level word the name puts
 * after its slot: a short form without the word (人行××分行) took 江西市 for its place, and
 * the name would read 人民银行江西市市分行.
 */
function saysLevelTwice(name: string, place: string): boolean {
  const at = name.indexOf(PLACE_SLOT) + PLACE_SLOT.length;
  // 自治区 is a word of three characters: 人民银行××自治区分行 says its level after the slot as
  // 人民银行××市分行 does, and 江西省 is no place for it (人民银行江西省自治区分行).
  const saysAfterSlot = LEVEL_WORDS.has(name.charAt(at)) || name.startsWith(AUTONOMOUS_REGION, at);
  return saysAfterSlot && PLACE_LEVEL_WORDS.has(place.endsWith(AUTONOMOUS_REGION) ? AUTONOMOUS_REGION : place.charAt(place.length - 1));
}

const AUTONOMOUS_REGION = "自治区";

/**
 * The name that tells a vertically managed body apart where its place is written either way: a
 * county, a district or a county-level city the districts table lists, bare (国网于都供电公司) or
 * with its level word (国网于都县供电公司), is one place, so both writings are one unit. Only the
 * key: which writing a body uses is its own (国网于都县供电公司, but 国家金融监督管理总局兴国监管支局),
 * so the canonical name stays as written. A prefecture's bare name is placeOfVerticalBody's.
 */
export function verticalBodyKey(entry: UnitEntry, place: string): string {
  if (!entry.vertical || LEVEL_WORDS.has(entry.name.charAt(entry.name.indexOf(PLACE_SLOT) + PLACE_SLOT.length))) return placed(entry.name, place);
  const word = levelWordOfPlace(place);
  const full = word === "县" || word === "区" || (word === "市" && isCountyLevelCity(place)) ? place + word : place;
  return placed(entry.name, full);
}
