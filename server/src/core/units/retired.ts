import table from "./retired-names.json";
import { LEVEL_WORDS, normalizeUnitName } from "./names.js";
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
}

/** Every retired form with its successors, longest first so 质量技术监督局 wins over 质监局. */
const FORMS = (table as RetiredEntry[])
  .flatMap((entry) => entry.retired.map((retired) => ({ retired, successors: entry.successors, reform: entry.reform, closedOf: entry.closedOf ?? null })))
  .sort((a, b) => b.retired.length - a.retired.length);

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
  for (const form of FORMS) {
    if (form.closedOf !== null) {
      const closed = closedOffice(text, form.retired, form.closedOf, form.successors[0]![0]!, form.reform, registry, placeOf);
      if (closed !== null) return closed;
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
      return { retired: form.retired, successors: (picked.length > 0 ? picked : found).map((unit) => unit.canonical), reform: form.reform, closed: null };
    }
    // Not where the successor has no office at the name's level (人民银行章贡区中心支行: the
    // 人民银行 has 分行 in provinces and cities only): the name would be made up.
    if (after === "" && PLACE_END.test(before) && !form.successors.some((forms) => absentAt(registry, before, forms, level)))
      return { retired: form.retired, successors: form.successors.map((forms) => before + forms[0]!), reform: form.reform, closed: null };
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
  const above = ABOVE_IN_NAME.exec(place)?.[1] ?? placeOf(word);
  const own = place.replace(/[区县旗市]$/, "");
  const successor = above === null || above === own ? null : into.replace(PLACE_SLOT, above);
  const successors = successor === null ? [] : [registry.resolve(successor)?.canonical ?? successor];
  return { retired, successors, reform, closed: { into, word } };
}

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
