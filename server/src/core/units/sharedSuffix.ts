import { isCollectiveName, leadingLevelWord, normalizeUnitName } from "./names.js";
import type { ClauseSegment, UnitName } from "../model/types.js";
import type { UnitRegistry } from "./registry.js";
import { sharedLevelWordName } from "./sharedLevelWord.js";
import { isPrefectureCity } from "./prefectures.js";
import { isListedDistrict } from "./districts.js";
import { isZoneKind } from "./zones.js";

/**
 * A list of names that writes their common ending once, after the last: `柯桥区、诸暨市、嵊州市
 * 人民政府` is 柯桥区人民政府, 诸暨市人民政府 and 嵊州市人民政府 (and `高新区、经开区管委会` two
 * 管委会; Nanjing's `江北新区、各区党委和政府` 江北新区党委和政府 beside the collective
 * 各区党委和政府); Chengdu's `住建局、水利、交通局` writes 水利局's 局 once, with 交通局. The
 * grammar reads each part as a name, the bare places and stems no registry lists; the unit each
 * stands for is the part with the ending of the name that closes the run. units/unknown judges
 * that name, the counts count it, and a comma before a run of places sets the local
 * governments apart from the departments, as before a collective (units/separators.ts).
 */

/** A bare place: a few characters ending in a county's or a city's word (柯桥区, 诸暨市, 德清县, 高新区, 江北新区; 各区, a collective). */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,6}[区县市旗]$/;
/** A place's body with the ending a run of places shares: 嵊州市人民政府, 经开区管委会, 各区党委和政府. */
const PLACE_WITH_ENDING = /^[\u4e00-\u9fff]{1,6}[区县市旗](党委和人民政府|党委和政府|人民政府|政府|管委会)$/;
/**
 * A local government's or zone's own name, which a comma before it sets apart as a group. A
 * 管委会 governs its zone whatever the zone is called (经开区管委会, 水西科技园管委会, 景区管委会):
 * the zone's government, as 人民政府 is a county's. 管理委员会 written in full only after a zone's
 * or a park's word: 住房公积金管理委员会 and 城市管理委员会 are a city's bodies. A town's or a
 * street's (山下湖镇人民政府, 大唐街道办事处) is a county's plan's local government, set apart alike
 * (…，市农业农村局，山下湖镇人民政府负责落实).
 */
const LOCAL_GOVERNMENT = /(?:[区县市旗乡镇](?:党委和人民政府|党委和政府|人民政府|政府)|街道办事处|管委会|[区园]管理委员会)$/;

/**
 * The name the bare place at `index` stands for, with the ending of the name that closes its run
 * of bare places (`柯桥区` → 柯桥区人民政府 before `诸暨市、嵊州市人民政府`); null where the name is
 * no bare place or no such name closes its run.
 */
export function sharedSuffixName(units: readonly { text: string }[], index: number): string | null {
  // A kind under a 各 (湖北's 各市、州、直管市人民政府: every 直管市's) is no place of its own.
  if (isGovernmentKindUnderAll(units, index)) return null;
  return nameWithRunEnding(units, index, BARE_PLACE, PLACE_WITH_ENDING, "places") ?? placeWithRunLevel(units, index);
}

/**
 * A place written without its level word before places that share it with their ending: a
 * province's `广州、深圳市人民政府` (南昌、九江市人民政府) writes 市人民政府 once for both cities. A
 * place's name of two or three characters with no level word, no organ word and no level word
 * opening it (区发改 is a department's stem, sharedOrganName), a place the gazetteer lists, in a run of such places and bare
 * places that a place's body closes: the name with that body's level word and ending (a
 * prefecture's 恩施州 has its own: 恩施州人民政府).
 */
const PLACE_STEM = /^(?![省市区县旗州])[\u4e00-\u9fff]{2,3}$/;
const LEVEL_OR_ORGAN_END = /[区县市旗盟局委厅办府]$/;
/** A prefecture written with its own level word (恩施州, 湘西州): its name takes the ending alone. 广州, 福州 are cities' names. */
const PREFECTURE = /^[\u4e00-\u9fff]{2}州$/;
/** Only a place the gazetteer lists (prefectures.json, districts.json): 财政、广州市人民政府 lists a department's stem, no 财政市. */
const isPlaceStem = (text: string): boolean => PLACE_STEM.test(text) && !LEVEL_OR_ORGAN_END.test(text) && (PREFECTURE.test(text) || isPrefectureCity(text) || isListedDistrict(text));

function placeWithRunLevel(units: readonly { text: string }[], index: number): string | null {
  const name = units[index]!.text;
  if (!isPlaceStem(name) || units.length > SHORT_LIST) return null;
  const closer = closerAfter(units, index, (text) => PLACE_WITH_ENDING.test(text), (text) => isPlaceStem(text) || BARE_PLACE.test(text));
  if (closer < 0) return null;
  const closing = units[closer]!.text;
  const ending = PLACE_WITH_ENDING.exec(closing)![1]!;
  return PREFECTURE.test(name) ? name + ending : name + closing.charAt(closing.length - ending.length - 1) + ending;
}

/**
 * The name at `index` with the ending the name closing its run writes once for the run (group 1
 * of `closing`): a bare place before `诸暨市、嵊州市人民政府`, a level before `省驻市单位`. Null
 * where the name is no `bare` one or no such name closes its run. A long list's runs are found
 * once and kept under `kind`.
 */
function nameWithRunEnding(units: readonly { text: string }[], index: number, bare: RegExp, closing: RegExp, kind: "places" | "stationed"): string | null {
  const name = units[index]!.text;
  if (!bare.test(name)) return null;
  const closes = (text: string) => closing.test(text);
  const continues = (text: string) => bare.test(text);
  const closer = isShortList(units) ? closerAfter(units, index, closes, continues) : ((runsOf(units)[kind] ??= closersOf(units, closes, continues))[index] ?? -1);
  return closer < 0 ? null : name + closing.exec(units[closer]!.text)![1]!;
}

/**
 * A list short enough to walk from a name to its run's end, or back to its 各, for every name:
 * what real clauses are. A longer one (a pasted clause of thousands of names) is read once, its
 * runs kept per list (ListRuns), so that asking about every name stays linear; short lists, most
 * of a large plan's, keep nothing.
 */
const SHORT_LIST = 32;

function isShortList(units: readonly unknown[]): boolean {
  return units.length <= SHORT_LIST;
}

/** The index of the first name after `index` that `closes` its run, every name between `continues` it; -1 where none does. */
function closerAfter(units: readonly { text: string }[], index: number, closes: (text: string) => boolean, continues: (text: string) => boolean): number {
  for (let next = index + 1; next < units.length; next++) {
    const text = units[next]!.text;
    if (closes(text)) return next;
    if (!continues(text)) return -1;
  }
  return -1;
}

/** The runs of a long list's names, read once per list (isShortList). */
interface ListRuns {
  /** Runs of bare places (sharedSuffixName). */
  places?: Int32Array;
  /** Runs of department stems (sharedOrganName), read against this registry. */
  stems?: { registry: UnitRegistry; closers: Int32Array };
  /** Runs of kinds under a 各 (allHeadOf). */
  all?: AllRuns;
  /** Runs of the levels bodies are stationed from (sharedStationedName). */
  stationed?: Int32Array;
}

const listRuns = new WeakMap<readonly { text: string }[], ListRuns>();

function runsOf(units: readonly { text: string }[]): ListRuns {
  let runs = listRuns.get(units);
  if (runs === undefined) listRuns.set(units, (runs = {}));
  return runs;
}

/** For each name, `closerAfter` it, in one pass back over the list. */
function closersOf(units: readonly { text: string }[], closes: (text: string) => boolean, continues: (text: string) => boolean): Int32Array {
  const closers = new Int32Array(units.length).fill(-1);
  for (let at = units.length - 2; at >= 0; at--) {
    const next = units[at + 1]!.text;
    closers[at] = closes(next) ? at + 1 : continues(next) ? closers[at + 1]! : -1;
  }
  return closers;
}

/**
 * A level bodies are stationed from, written alone before the group that names them (中央 of
 * 中央、省驻市单位; 中直 of 广东's 中直、省直驻南海各有关单位, the bodies directly under the centre).
 */
const STATIONED_FROM = /^(?:中央|国家|省|自治区|市|中直|省直)$/;
/** The bodies stationed in a place from a level: 省驻市单位, 中央驻区各单位, 省直驻佛山单位 (units/groupReach.ts reads them). */
const STATIONED_BODIES = /^(?:中央|国家|省|自治区|市|中直|省直)(驻[\u4e00-\u9fff]{0,3}?(?:各|有关|相关)*(?:单位|部门|机构))$/;

/**
 * The group a level written alone stands for, before the group of bodies stationed in the place
 * that writes their common part once: `中央、省驻市单位` is 中央驻市单位 and 省驻市单位. Null for any other name.
 */
function sharedStationedName(units: readonly { text: string }[], index: number): string | null {
  return nameWithRunEnding(units, index, STATIONED_FROM, STATIONED_BODIES, "stationed");
}

/** A department's stem: a few characters with no organ word of its own (水利, 住建, 市公安). */
const STEM = /^[\u4e00-\u9fff]{2,6}$/;
/** The organ word a run of stems shares with the department closing it (交通局's 局). */
const ORGAN_WORD = /[局委厅办]$/;

/**
 * The department the stem at `index` stands for, with the organ word of the department that
 * closes its run of stems (`水利` → 水利局 before `交通局`), where the two make a department the
 * registry knows, as written or at the closing name's level (or the city's, at which the
 * registry speaks for every level): 金融机构 before 市金融监管局 is no 金融机构局. Null for any other name.
 */
function sharedOrganName(units: readonly { text: string }[], index: number, registry: UnitRegistry): string | null {
  const name = units[index]!.text;
  if (!isStem(name, registry)) return null;
  const closes = (text: string) => ORGAN_WORD.test(text);
  const continues = (text: string) => isStem(text, registry);
  let closer: number;
  if (isShortList(units)) closer = closerAfter(units, index, closes, continues);
  else {
    const runs = runsOf(units);
    if (runs.stems?.registry !== registry) runs.stems = { registry, closers: closersOf(units, closes, continues) };
    closer = runs.stems.closers[index]!;
  }
  if (closer < 0) return null;
  const text = units[closer]!.text;
  const meant = name + text.charAt(text.length - 1);
  if (registry.resolve(meant) !== null) return meant;
  return leadingLevelWord(name) === null && registry.resolve((leadingLevelWord(text) ?? "市") + meant) !== null ? meant : null;
}

function isStem(name: string, registry: UnitRegistry): boolean {
  return STEM.test(name) && !ORGAN_WORD.test(name) && !BARE_PLACE.test(name) && !isCollectiveName(name) && registry.resolve(name) === null;
}

/**
 * The unit the name at `index` stands for: its shared-ending name (a run of places' or of
 * department stems'), its name with the level word its list writes once (sharedLevelWord.ts),
 * or the name as written. Asked of every name by the hot unit rules: a
 * name that ends in an organ word (most) is answered by two tests, and the registry remembers
 * each look-up by name.
 */
export function unitNameMeant(units: readonly { text: string }[], index: number, registry: UnitRegistry): string {
  return sharedSuffixName(units, index) ?? sharedStationedName(units, index) ?? sharedAllName(units, index, registry) ?? sharedOrganName(units, index, registry) ?? sharedLevelWordName(units, index, registry) ?? units[index]!.text;
}

/**
 * unitNameMeant for the name at `index` of a clause's segment `at`, across a comma a 各 reaches
 * over (coveredByAllInClause): 开发区管委会 of `各县（市、区）人民政府，开发区管委会负责落实` is
 * 各开发区管委会, as after a 、. The report, the matrix and the table's check key names by it alike.
 */
export function unitNameMeantInClause(segments: readonly ClauseSegment[], at: number, index: number, registry: UnitRegistry): string {
  const units = segments[at]!.units;
  const alone = unitNameMeant(units, index, registry);
  if (alone !== units[index]!.text) return alone;
  const reach = reachOfAll(segments, at, registry);
  return reach.offset > 0 ? unitNameMeant(reach.units, reach.offset + index, registry) : alone;
}

/** Whether the name at `index` is a level standing for its stationed bodies (中央, 中直 of 中央、省驻区单位): a group, as the name closing its run. */
export function isStationedGroupAt(units: readonly { text: string }[], index: number): boolean {
  return sharedStationedName(units, index) !== null;
}

/** Whether the name at `index` is a local government's (or a zone's), named in full or through its run's ending. */
export function isLocalGovernmentAt(units: readonly { text: string }[], index: number): boolean {
  return LOCAL_GOVERNMENT.test(units[index]!.text) || sharedSuffixName(units, index) !== null;
}

/**
 * A local government named by its place (大唐街道办事处, 章贡区人民政府), not a kind alone
 * (乡镇人民政府, 街道办事处): a name a group may end on before a comma, as one may start after it.
 */
export function isNamedLocalGovernmentAt(units: readonly { text: string }[], index: number): boolean {
  return isLocalGovernmentAt(units, index) && !isGovernmentKind(units[index]!.text);
}

/** What a list of kinds of bodies starts with to say all of them (各乡镇人民政府, 有关县区, 相关部门). */
const ALL_OF_KIND = /^(各|有关|相关)/;

/**
 * Whether the name at `index` is a kind of body a 各 before it covers: in `各乡镇人民政府、街道办事处`
 * the 各 says every 乡镇人民政府 and every 街道办事处, as in `各区住建局、财政局` every 区财政局. The
 * run back to the name with 各 (有关, 相关) holds only kinds of bodies: a place's body with no place
 * (isKind: the registry's kinds, or local governments' kinds: 区人民政府 after 各县), or a department with no
 * level word whose name with the 各 name's level word is registered (财政局 after 各区住建局). A
 * kind named alone (街道办事处) or after a particular unit says not which, and stays unknown.
 */
export function coveredByAll(units: readonly { text: string }[], index: number, registry: UnitRegistry): boolean {
  return allHeadOf(units, index, registry) >= 0;
}

/**
 * coveredByAll for the name at `index` of a clause's segment `at`, across a comma that ends the
 * segment before: in `市市场监管局牵头，各县（市、区）人民政府，开发区管委会负责落实` the role words
 * part the clause there, but the zones' kind with no place after the governments under 各 is every
 * zone's committee as after a 、 — plans set the local governments' groups apart from the rest by
 * commas (separators.ts), and a city's plan that wrote one zone would name it (赣州经开区管委会).
 * Only where the segment begins with a zone's kind and writes no label of its own
 * (〔牵头单位：各县（市、区）人民政府；责任单位：开发区管委会〕 is a list of its own).
 */
export function coveredByAllInClause(segments: readonly ClauseSegment[], at: number, index: number, registry: UnitRegistry): boolean {
  const units = segments[at]!.units;
  // Asked of every name by the unit rules: the segment alone first, as most names are answered.
  if (coveredByAll(units, index, registry)) return true;
  const reach = reachOfAll(segments, at, registry);
  return reach.offset > 0 && coveredByAll(reach.units, reach.offset + index, registry);
}

/**
 * The names a 各 before segment `at` may reach into it over (coveredByAllInClause), and where the
 * segment's own begin among them: the segment alone, or the segment before and it where the
 * segment begins with a zone's kind under no label of its own and a 各 of the segment before
 * covers it.
 */
function reachOfAll(segments: readonly ClauseSegment[], at: number, registry: UnitRegistry): { units: readonly UnitName[]; offset: number } {
  const units = segments[at]!.units;
  const before = at > 0 ? segments[at - 1]! : null;
  if (before === null || before.units.length === 0 || units.length === 0 || segments[at]!.labelSpan !== null || !isZoneKind(normalizeUnitName(units[0]!.text))) return { units, offset: 0 };
  const joined = [...before.units, ...units];
  return coveredByAll(joined, before.units.length, registry) ? { units: joined, offset: before.units.length } : { units, offset: 0 };
}

/** The index of the name with 各 (有关, 相关) whose run of kinds holds the name at `index` (coveredByAll), or -1. */
function allHeadOf(units: readonly { text: string }[], index: number, registry: UnitRegistry): number {
  // Most names are a department with its level word, which no 各 covers (isKindAfter): asked of
  // every name by the unit rules, they are answered without a look at their list.
  const name = units[index]!.text;
  if (leadingLevelWord(name) !== null && !isKind(name, registry) && !(index > 0 && isKindsWritten(units[index - 1]!.text))) return -1;
  if (!isShortList(units)) return allRunsOf(units, registry).headOf[index]!;
  let start = index - 1;
  while (start >= 0 && !ALL_OF_KIND.test(units[start]!.text)) start--;
  if (start < 0) return -1;
  const all = units[start]!.text;
  for (let at = start + 1; at <= index; at++) if (!isKindAfter(units[at]!.text, all, registry, units[at - 1]!.text)) return -1;
  return start;
}

/**
 * The runs of kinds under a 各 in one long list, read in one pass (ListRuns): `headOf[i]`, the 各 name
 * whose run holds name i (the nearest 各 name before it, every name between them a kind after
 * it), or -1; `endOf`, where the run of a 各 name ends, asked of a head only, so found on first asking.
 */
interface AllRuns {
  registry: UnitRegistry;
  headOf: Int32Array;
  endOf: Map<number, number>;
}

function allRunsOf(units: readonly { text: string }[], registry: UnitRegistry): AllRuns {
  const runs = runsOf(units);
  if (runs.all?.registry === registry) return runs.all;
  const headOf = new Int32Array(units.length).fill(-1);
  let head = -1;
  for (let at = 0; at < units.length; at++) {
    const name = units[at]!.text;
    if (head >= 0 && isKindAfter(name, units[head]!.text, registry, units[at - 1]!.text)) headOf[at] = head;
    else head = -1;
    if (ALL_OF_KIND.test(name)) head = at;
  }
  return (runs.all = { registry, headOf, endOf: new Map() });
}

/** The last name of the run of kinds after the 各 name at `start` (the name itself where none follows). */
function allRunEnd(units: readonly { text: string }[], start: number, registry: UnitRegistry): number {
  const runs = isShortList(units) ? null : allRunsOf(units, registry);
  let end = runs?.endOf.get(start);
  if (end === undefined) {
    const head = units[start]!.text;
    for (end = start; end + 1 < units.length && isKindAfter(units[end + 1]!.text, head, registry, units[end]!.text); ) end++;
    runs?.endOf.set(start, end);
  }
  return end;
}

/** Whether a name is a kind of body, its level word, if it lacks one, that of the name with 各 (`all`); `previous` the name before it. */
function isKindAfter(name: string, all: string, registry: UnitRegistry, previous: string): boolean {
  if (isKind(name, registry)) return true;
  const head = all.replace(ALL_OF_KIND, "");
  // The kinds' department ends their run: right after a kind (各市、州市场监管局), never after
  // another department (县商务局 of 各县、区市场监管局、县商务局 is the county's own).
  if (isKindsWritten(previous) && kindsDepartmentWord(name, head, registry) !== null) return true;
  // Only after a department (各区住建局、财政局): after governments (各县（市、区）人民政府、开发区管委会)
  // a body named alone is one body, not every county's.
  if (leadingLevelWord(name) !== null || isKind(head, registry)) return false;
  const word = leadingLevelWord(head);
  const unit = word === null ? null : registry.resolve(word + name);
  return unit !== null && !unit.entry.pattern;
}

/**
 * A local government written as a kind, with no place, as after a 各: 县, 区人民政府, 乡镇人民政府,
 * 县（市、区）人民政府, 镇街 — every county's, district's, town's … (各县、区人民政府, 各县（市、区）、
 * 乡镇人民政府), as 乡, 镇人民政府 and 街道 are the registry's kinds (××乡人民政府, ××街道办事处); and a
 * province's prefectures of every kind (湖北's 各市、州人民政府, 内蒙古's 各盟市), and a country's provinces of
 * every kind (各省、自治区、直辖市人民政府: every 自治区's and 直辖市's government, no 自治区 of its own).
 * One or more kinds' words, run together or listed in brackets (乡镇, 县（市、区）), with a
 * government's ending where each is a government (not 街道's: a street has an office, 办事处).
 */
const BARE_KINDS = /^(?:乡|镇|街道|街|县|区|市|旗|州|盟|直管市|直管县|省|自治区|直辖市|自治州)+$/;
const GOVERNMENT_KINDS = /^(?:[乡镇县区市旗州盟省]|直管市|直管县|自治区|直辖市|自治州)+(?:人民政府|政府|党委和人民政府|党委和政府)$/;
const STREET_OFFICE = /^(?:街道|街)办事处$/;
const LISTING_MARKS = /[（）、]/g;
/** The ending a list of kinds writes once after the last (sharedEnding). */
const KIND_ENDING = /(?:党委和人民政府|党委和政府|人民政府|政府|办事处)$/;

/**
 * A name a kinds' department may follow (kindsDepartmentWord): kinds of places alone, with or
 * without the 各 (各市, 州, 各市（州）), as the name before it is written. Asked of the name
 * before a department with its level word, by code points of a short name: no copy.
 */
const KINDS_UNDER_ALL_WRITTEN = /^(?:各|有关|相关)?(?:乡|镇|街道|街|县|区|市|旗|州|盟|[（）、])+$/;
/** The longest such name read: 各市（州、县、区）and some; a department's name is longer. */
const MAX_KINDS_WRITTEN = 10;

function isKindsWritten(text: string): boolean {
  return text.length <= MAX_KINDS_WRITTEN && KINDS_UNDER_ALL_WRITTEN.test(text);
}

/**
 * The level word of a department the kinds before it under one 各 share, written once after the
 * last kind with that kind's word (各市、州市场监管局: every 市's and every 州's 市场监管局, as 湖南,
 * 湖北, 四川 … write their cities and 自治州; 各县、区市场监管局; 各市、州、县市场监管局), or null:
 * `name` a department the registry knows at its level word's level, `kinds` (the head's words
 * after its 各, or a kind of the run) kinds of places alone. Not after a 市 or 省 word: 各县、
 * 市市场监管局 may as well list the counties and the city's own bureau.
 */
function kindsDepartmentWord(name: string, kinds: string, registry: UnitRegistry): string | null {
  const word = leadingLevelWord(name);
  if (word === null || word === "市" || word === "省" || word === "自治区" || !BARE_KINDS.test(word)) return null;
  if (!BARE_KINDS.test(kinds.replace(LISTING_MARKS, "")) || isCollectiveName(name)) return null;
  const unit = registry.resolve(name);
  return unit !== null && !unit.entry.pattern ? word : null;
}

/** The farthest a kind of government is looked for its 各 (isGovernmentKindUnderAll): real lists hold a few kinds under one. */
const KINDS_UNDER_ALL = 8;

/**
 * Whether the name at `index` is a kind of local government a 各 a few names before it covers
 * (乡镇人民政府 of 各县（市、区）、乡镇人民政府): a group, as the name with the 各 is, which a comma
 * after it sets apart from the departments (units/separators.ts). Read without the registry: the
 * kinds of governments and streets, not the registry's other kinds.
 */
export function isGovernmentKindUnderAll(units: readonly { text: string }[], index: number): boolean {
  if (!isGovernmentKind(units[index]!.text)) return false;
  for (let at = index - 1; at >= 0 && at >= index - KINDS_UNDER_ALL; at--) {
    const name = units[at]!.text;
    if (ALL_OF_KIND.test(name)) return true;
    if (!isGovernmentKind(name)) return false;
  }
  return false;
}

/**
 * Whether the name after `index` is a kind of local government or zone (街道办事处, 开发区管委会,
 * 功能园区管委会) that the 各 of the name at `index` reaches — a group with 各 (有关, 相关) or a kind
 * under one — across a conjunction as across a 、: 各区（县、市）政府及功能园区管委会按职责分工负责
 * is one group, the role word all of theirs (units/separators.ts `setsGroupApart`). Read without
 * the registry, as the separators are.
 */
export function continuesKindsUnderAll(units: readonly { text: string }[], index: number): boolean {
  const next = units[index + 1]?.text;
  if (next === undefined || !(isGovernmentKind(next) || isZoneKind(normalizeUnitName(next)))) return false;
  const name = units[index]!.text;
  return (ALL_OF_KIND.test(name) && isCollectiveName(name)) || isGovernmentKindUnderAll(units, index);
}

function isGovernmentKind(name: string): boolean {
  const words = normalizeUnitName(name).replace(LISTING_MARKS, "");
  return BARE_KINDS.test(words) || GOVERNMENT_KINDS.test(words) || STREET_OFFICE.test(words);
}

function isKind(name: string, registry: UnitRegistry): boolean {
  const words = normalizeUnitName(name).replace(LISTING_MARKS, "");
  return BARE_KINDS.test(words) || GOVERNMENT_KINDS.test(words) || STREET_OFFICE.test(words) || registry.namesKind(name);
}

/**
 * The body a name of a list under one 各 stands for, where the list writes the 各 once, before the
 * first, and the kinds' common ending once, after the last: `各乡、镇人民政府` is 各乡人民政府 and
 * 各镇人民政府, `各街道、镇` 各街道 and 各镇, `各县、区人民政府` 各县人民政府 and 各区人民政府, and
 * `各区住建局、财政局` 各区住建局 and 各区财政局. The 各 (有关, 相关) is every member's, with its level
 * word for a department that lacks one; the ending is a bare kind's where the kind with it is a
 * kind too (乡 with 镇人民政府's 人民政府; not 乡镇 with 街道办事处's 办事处: no 乡镇 has one). Each is a
 * collective, as the report's table of them and units/unknown read it; null where the name is
 * what it says.
 */
function sharedAllName(units: readonly { text: string }[], index: number, registry: UnitRegistry): string | null {
  const name = units[index]!.text;
  const lead = ALL_OF_KIND.exec(name);
  const start = lead !== null ? index : allHeadOf(units, index, registry);
  if (start < 0) return null;
  const head = units[start]!.text;
  const all = ALL_OF_KIND.exec(head)![0];
  const end = allRunEnd(units, start, registry);
  if (end === start) return null;
  const member = lead !== null ? name.slice(all.length) : name;
  const ending = index === end ? "" : sharedEnding(units[end]!.text, member, registry);
  // A department's name after 各区住建局 takes its level word (财政局 → 各区财政局); a kind has none to take.
  // A kinds' department (州市场监管局 of 各市、州市场监管局) has its own.
  const word = lead !== null || isKind(member, registry) || kindsDepartmentWord(member, head.slice(all.length), registry) !== null ? "" : (leadingLevelWord(head.slice(all.length)) ?? "");
  const meant = all + word + member + ending;
  return meant === name ? null : meant;
}

/**
 * The ending the name closing a run of kinds writes once for a bare kind before it: 人民政府 of
 * 镇人民政府 for 乡, where 乡人民政府 is a kind; "" where the kind with it is none (乡镇 and 办事处).
 */
function sharedEnding(closing: string, member: string, registry: UnitRegistry): string {
  // The department a run of bare kinds closes on (市 and 州 of 各市、州、县市场监管局: 市场监管局).
  if (BARE_KINDS.test(member.replace(LISTING_MARKS, ""))) {
    const word = kindsDepartmentWord(closing, member, registry);
    if (word !== null) return closing.slice(word.length);
  }
  const ending = KIND_ENDING.exec(closing)?.[0];
  if (ending === undefined || KIND_ENDING.test(member) || !isKind(member, registry)) return "";
  return isKind(closing.slice(0, -ending.length), registry) && isKind(member + ending, registry) ? ending : "";
}
