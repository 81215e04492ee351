import table from "./retired-names.json";
import { LEVEL_WORDS, normalizeUnitName } from "./names.js";
import { cityOfDistrict } from "./districts.js";
import { PLACE_SLOT, type ResolvedUnit, type UnitRegistry } from "./registry.js";

/**
 * Names of bodies abolished in the 2018 机构改革 (and 2023's 银保监), with the bodies that took
 * over their duties (`retired-names.json`, after ../shared/data/provincial-and-units.md): a plan
 * that still names 市质监局 means today's 市市场监管局, not the registry name that happens to
 * look most alike. The reform did not name the successor alike everywhere: a 经信委 became the
 * 工业和信息化 department in most places and the 经济和信息化 one in others (浙江省经济和信息化厅,
 * 成都市经济和信息化局), a 旅发委 one of several 文化…旅游 bureaus. Each is current where it was
 * made; which one a plan means only the place can say, so every one is a successor and the
 * caller picks among them (`pick`).
 */
interface RetiredEntry {
  retired: string[];
  /** The bodies that took the duties over, in different places: each one's short and full forms, tried in order (a full retired name has a full successor). */
  successors: string[][];
  reform: string;
  /**
   * An office closed rather than renamed (the 人民银行's 县（市）支行, 2023): the names of the body
   * it belonged to, one of which the name opens with, its place between (人民银行 + 于都县 + 支行;
   * another bank's 支行 is no such office). Its duties went up to the office of the level above,
   * so its successor is a pattern (人民银行××市分行) whose `××` only that level's place fills.
   */
  closedOf?: string[];
  /**
   * The names of the body a retired form is written after, its place between (人民银行 + 赣州市 +
   * 中心支行): a successor named after its place (`××` in it) is this body's office there.
   */
  of?: string[];
}

/**
 * A retired bureau's forms with the district 分局 it kept (工商局 → 工商分局, 环保局 → 环保分局,
 * 国税局 → 国税分局): before the reform the 工商, 国税, 地税 and other offices below a city were
 * the city bureau's branches, and plans still write 区工商分局. The branch went where its bureau
 * went, to the district's office of the successor (区市场监管局; units/ownBranches.ts makes it the
 * district's 分局 where the plan names that as its own). Only a renamed bureau's: an office named
 * after its place, or one closed, has its own forms.
 */
function withBranchForms(retired: readonly string[], renamed: boolean): string[] {
  if (!renamed) return [...retired];
  const branches = retired.filter((form) => form.endsWith("局") && !form.endsWith("分局")).map((form) => `${form.slice(0, -1)}分局`);
  return [...retired, ...branches.filter((form) => !retired.includes(form))];
}

/** Every retired form with its successors, longest first so 质量技术监督局 wins over 质监局. */
const FORMS = (table as RetiredEntry[])
  .flatMap((entry) => {
    // Read once here, not per form on every name asked (a clause of thousands of names asks per name).
    const placed = entry.successors.some((forms) => forms.some((successor) => successor.includes(PLACE_SLOT)));
    const closedOf = entry.closedOf ?? null;
    return withBranchForms(entry.retired, !placed && closedOf === null && entry.of === undefined).map((retired) => ({
      retired,
      successors: entry.successors,
      reform: entry.reform,
      closedOf,
      of: entry.of ?? [""],
      placed,
    }));
  })
  .sort((a, b) => b.retired.length - a.retired.length);

/**
 * Any retired form, anywhere in a name: every reading below needs one (an office's name ends in
 * it, a renamed body's holds it), so a name without one is answered at once, not form by form.
 */
const ANY_RETIRED = new RegExp(FORMS.map((form) => form.retired.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "u");

export interface Succession {
  /** The retired part of the name as written (质监局). */
  retired: string;
  /**
   * The successors' canonical registry names (市市场监管局): the ones `pick` keeps of the bodies
   * the registry knows (市工信局, 市经信局), in the table's order.
   */
  successors: readonly string[];
  reform: string;
  /**
   * For an office that was closed (RetiredEntry `closedOf`): the successor as a pattern
   * (人民银行××市分行) and the level word of the place its `××` stands for (市). `successors` then
   * holds that place's office, or nothing where the place is not known: a place is never made up.
   */
  closed: { into: string; word: string } | null;
  /**
   * For a successor named after its place (国家金融监督管理总局××监管分局) where neither the name nor
   * the plan says the place (市银保监分局 in a plan without one): the successor as a pattern and the
   * level word of the place its `××` stands for; `successors` is then empty. Null otherwise.
   */
  unplaced: { into: string; word: string } | null;
}

/**
 * The place of the plan at the level of a word (市: 赣州 for a plan of 赣州市章贡区), or null
 * where the plan names none: asked only of a closed office's name.
 */
export type PlaceOfPlan = (word: string) => string | null;

const NO_PLACE: PlaceOfPlan = () => null;

/**
 * The current unit a retired name stands for: the retired part replaced (赣州市质监局 →
 * 赣州市市场监管局 → 市市场监管局, 区卫计委 → 区卫健委), named at the level the name is written
 * at (省经信委 → 省工信厅: a province's department is a 厅, see otherLevels.ts; 章贡区
 * 食药监局 → 区市场监管局), and at the plan's level (`word`) for a name written with no place
 * (质监局 → 市市场监管局 in a 市 plan, 区市场监管局 in a 区 one). Where the reform made different
 * bodies in different places, `pick` keeps the place's (the ones the plan uses, the workspace's
 * own: units/unknown), by default all the registry knows. Where the registry has no such body (a
 * workspace that leaves the built-in list out), the successor is the same place's
 * (章贡区市场监管局): still the name to write, never the registry name that merely looks alike.
 * Null for any other name, and for a name that only contains a retired word (市人大农委 is the
 * people's congress's committee).
 */
export function successorOf(
  name: string,
  registry: UnitRegistry,
  word = "市",
  pick: (found: readonly ResolvedUnit[]) => readonly ResolvedUnit[] = ALL,
  placeOf: PlaceOfPlan = NO_PLACE,
): Succession | null {
  const text = normalizeUnitName(name);
  if (!ANY_RETIRED.test(text)) return null;
  for (const form of FORMS) {
    if (form.closedOf !== null) {
      const closed = closedOffice(text, form.retired, form.closedOf, form.successors[0]![0]!, form.reform, registry, placeOf);
      if (closed !== null) return closed;
      continue;
    }
    // A body named after its place (the 金融监管 offices, the 人民银行's 分行) is the place's, the
    // name's or, where the name writes a level word for it (市银保监分局), the plan's: never the
    // body a level word would name (市金融监管局 is the city's own, not the vertical office).
    if (form.placed) {
      const placedAt = placedSuccession(text, form, registry, word, placeOf);
      if (placedAt !== null) return placedAt;
      continue;
    }
    const at = text.indexOf(form.retired);
    if (at < 0) continue;
    const before = text.slice(0, at);
    const after = text.slice(at + form.retired.length);
    // Only a name with nothing before the retired part gets the plan's level word: the
    // replaced text cannot tell (市场监管局 starts with 市 itself).
    const level = before === "" ? word : trailingLevelWord(before);
    const found: ResolvedUnit[] = [];
    for (const forms of form.successors) {
      const unit = successorUnit(registry, before, forms, after, level);
      if (unit !== null && !found.some((other) => other.canonical === unit.canonical)) found.push(unit);
    }
    if (found.length > 0) {
      const picked = found.length > 1 ? pick(found) : found;
      return { retired: form.retired, successors: (picked.length > 0 ? picked : found).map((unit) => unit.canonical), reform: form.reform, closed: null, unplaced: null };
    }
    // Not where the successor has no office at the name's level (人民银行章贡区中心支行: the
    // 人民银行 has 分行 in provinces and cities only): the name would be made up.
    if (after === "" && PLACE_END.test(before) && !form.successors.some((forms) => absentAt(registry, before, forms, level)))
      return { retired: form.retired, successors: form.successors.map((forms) => before + forms[0]!), reform: form.reform, closed: null, unplaced: null };
  }
  return null;
}

/**
 * A closed office's name (人民银行于都县支行: a body of `bodies`, a place, the `retired` form) with
 * the office that took its duties over: `into` at the place of the level above, the one the name
 * says (人民银行抚州市南城县支行 → 抚州), else the plan's (`placeOf`: a 章贡区 plan of 赣州 → 人民银行
 * 赣州市分行). Not the office's own place: in a plan of 瑞金市, a county-level city, 人民银行瑞金市支行's
 * 分行 is the prefecture's, which the plan does not name. Null for any other name.
 */
function closedOffice(text: string, retired: string, bodies: readonly string[], into: string, reform: string, registry: UnitRegistry, placeOf: PlaceOfPlan): Succession | null {
  if (!text.endsWith(retired)) return null;
  const body = bodies.find((candidate) => text.startsWith(candidate));
  if (body === undefined) return null;
  const place = text.slice(body.length, text.length - retired.length);
  if (!OFFICE_PLACE.test(place)) return null;
  const word = into.charAt(into.indexOf(PLACE_SLOT) + PLACE_SLOT.length);
  const own = place.replace(/[区县旗市]$/, "");
  // A county-level city's plan reads its 市 as its own place (documentLevel.ts): its office (人行诸暨市支行
  // in 诸暨市's plan) went up to the city the districts table lists it under (绍兴), not to itself.
  const read = ABOVE_IN_NAME.exec(place)?.[1] ?? placeOf(word);
  const above = read === own ? cityOfDistrict(place) : read;
  const successor = above === null || above === own ? null : into.replace(PLACE_SLOT, above);
  const successors = successor === null ? [] : [registry.resolve(successor)?.canonical ?? successor];
  return { retired, successors, reform, closed: { into, word }, unplaced: null };
}

/**
 * A retired name whose successors are named after their place (`××`): the body's name (`of`), a
 * place, the retired form, and nothing after (人行九江中支, 赣州银保监分局, 市银保监分局, 人民银行).
 * The place is the name's (九江, 赣州市, 江西), or, where the name writes a level word or nothing
 * for it, the plan's at that level (`placeOf`); where the successor's slot is of a level above the
 * name's place (人民银行××市分行 for 于都县, 章贡区), the city's — the one the name says
 * (抚州市南城县), else the plan's. The successors are the patterns so filled that the registry
 * knows, in the table's order: a city's 赣州 makes a 监管分局, a province's 江西 a 监管局. Where
 * no place is known, the successor of the name's level is named as a pattern (`unplaced`): a place
 * is never made up. Null for any other name.
 */
function placedSuccession(text: string, form: { retired: string; successors: string[][]; reform: string; of: string[] }, registry: UnitRegistry, planWord: string, placeOf: PlaceOfPlan): Succession | null {
  if (!text.endsWith(form.retired)) return null;
  const body = form.of.find((candidate) => text.startsWith(candidate));
  if (body === undefined) return null;
  const place = text.slice(body.length, text.length - form.retired.length);
  if (place !== "" && !LEVEL_WORDS.has(place) && !OFFICE_PLACE.test(place)) return null;
  const patterns = form.successors.flatMap((forms) => forms.filter((successor) => successor.includes(PLACE_SLOT)));
  // The body whose duties moved: the whole name where a level word stands for its place (市人民银行).
  const shown = place === "" || LEVEL_WORDS.has(place) ? text : form.retired;
  let unplaced: { into: string; word: string } | null = null;
  for (const written of patterns) {
    // The level word the pattern writes after its place (人民银行××市分行: 市), if any.
    const slotAt = written.indexOf(PLACE_SLOT) + PLACE_SLOT.length;
    const slotWord = LEVEL_WORDS.has(written.charAt(slotAt)) ? written.charAt(slotAt) : null;
    const word = place === "" ? (slotWord ?? planWord) : LEVEL_WORDS.has(place) ? place : null;
    // A level word above the slot's names that level's office (省人民银行: 人民银行××省分行).
    const pattern = word !== null && slotWord !== null && word !== slotWord && isBelow(slotWord, word) ? written.slice(0, slotAt) + word + written.slice(slotAt + 1) : written;
    let named: string | null;
    if (word !== null) {
      // The plan's place at the level the office serves (县人民银行: the city's 分行), one office of that level.
      const asked = slotWord !== null && isBelow(word, slotWord) ? slotWord : word;
      const entry = registry.patternEntry(written);
      if (entry === null || (slotWord === null && entry.level !== LEVEL_WORDS.get(asked))) continue;
      named = placeOf(asked);
      if (named === null) {
        unplaced ??= { into: pattern === written ? entry.name : entry.name.replace(`${PLACE_SLOT}${slotWord}`, `${PLACE_SLOT}${word}`), word: asked };
        continue;
      }
    } else if (slotWord !== null && LEVEL_WORDS.has(place.slice(-1)) && isBelow(place.slice(-1), slotWord)) {
      // A county's or a district's place: its city's office (the name's city, else the plan's), never its own.
      named = ABOVE_IN_NAME.exec(place)?.[1] ?? placeOf(slotWord);
      if (named === null || named === place.slice(0, -1)) continue;
    } else named = slotWord !== null && place.endsWith(slotWord) ? place.slice(0, -slotWord.length) : place;
    // The first the registry knows, in the table's order: 赣州 makes a 监管分局, 江西 a 监管局.
    const unit = registry.resolve(pattern.replace(PLACE_SLOT, named));
    if (unit !== null) return { retired: shown, successors: [unit.canonical], reform: form.reform, closed: null, unplaced: null };
    // The plan's place has no such office (市人民银行 in a county-level city's plan: the bank's 分行
    // is its prefecture's, which the plan does not name): the office is named as a pattern.
    const entry = word === null || slotWord === null ? null : registry.patternEntry(written);
    if (entry !== null) unplaced ??= { into: entry.name, word: slotWord! };
  }
  return unplaced === null ? null : { retired: shown, successors: [], reform: form.reform, closed: null, unplaced };
}

/** Whether a level word names a level below another's (县 below 市, 市 below 省). */
function isBelow(word: string, than: string): boolean {
  return LEVEL_RANK[LEVEL_WORDS.get(word)!] > LEVEL_RANK[LEVEL_WORDS.get(than)!];
}

const LEVEL_RANK: Record<string, number> = { 国家: 0, 省: 1, 市: 2, 县: 3 };

/** The place of a closed office: a county's name, with or without its level word (于都县, 于都), or a city's and a county's (抚州市南城县). */
const OFFICE_PLACE = /^[\u4e00-\u9fff]{2,12}$/;
/** A city's name before a county's in an office's place (抚州 of 抚州市南城县). */
const ABOVE_IN_NAME = /^([\u4e00-\u9fff]{2,4}?)市[\u4e00-\u9fff]{2,}[区县旗市]$/;

const ALL = (found: readonly ResolvedUnit[]): readonly ResolvedUnit[] => found;

/**
 * The registry's unit for one successor body: its forms in place of the retired part, or the
 * 市 entry's unit at the name's level; at a province's level also with 厅 for 局 (a province's
 * department, 省经济和信息化厅, where a workspace lists it without the 市 entry it derives from).
 */
function successorUnit(registry: UnitRegistry, before: string, forms: readonly string[], after: string, level: string | null): ResolvedUnit | null {
  for (const successor of forms) {
    const resolved = registry.resolve(before + successor + after) ?? (level === null ? null : successorAtLevel(registry, `市${successor}${after}`, level));
    if (resolved) return resolved;
  }
  if (level !== null && LEVEL_WORDS.get(level) === "省") {
    for (const successor of forms) {
      const resolved = successor.endsWith("局") ? registry.resolve(`${before}${successor.slice(0, -1)}厅${after}`) : null;
      if (resolved) return resolved;
    }
  }
  return null;
}

/**
 * Whether the successor body has no office at the level of `word` (registry.ts UnitEntry
 * `levels`): asked of its name at 市, the same place's (人民银行章贡区 + 分行 → 人民银行章贡市分行).
 */
function absentAt(registry: UnitRegistry, before: string, forms: readonly string[], word: string | null): boolean {
  const level = word === null ? undefined : LEVEL_WORDS.get(word);
  if (level === undefined || !before.endsWith(word!)) return false;
  const atCity = before.slice(0, before.length - word!.length) + "市";
  return forms.some((successor) => {
    const unit = registry.resolve(atCity + successor) ?? registry.resolve(`市${successor}`);
    const levels = unit === null ? null : (unit.entry.base ?? unit.entry).levels;
    return levels !== null && !levels.includes(level);
  });
}

/** The level word a name's part before the retired words ends with (省 of 江西省, 区 of 章贡区), or null. */
function trailingLevelWord(before: string): string | null {
  if (before.endsWith("自治区")) return "自治区";
  const last = before.charAt(before.length - 1);
  // 州, 盟 and 旗 end places' names too: 赣州 is a city written without its 市, not a 州 of 赣.
  if (NAME_ENDS.has(last) && before.length <= 2) return null;
  return LEVEL_WORDS.has(last) ? last : null;
}

const NAME_ENDS = new Set(["州", "盟", "旗"]);

function successorAtLevel(registry: UnitRegistry, cityName: string, word: string) {
  const city = registry.resolve(cityName);
  return city === null ? null : registry.atLevel(city, word);
}

/** A place name's last character: 省, 市, 区, 县, 州, 旗, 盟. */
const PLACE_END = /[省市区县州旗盟]$/;

/**
 * The year of the earliest reform the table knows: the registry lists the bodies after it, so a
 * plan dated before it named bodies the registry does not describe.
 */
export const REGISTRY_SINCE = Math.min(...(table as RetiredEntry[]).map((entry) => Number(entry.reform)));
