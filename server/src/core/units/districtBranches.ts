import districtOffices from "./district-offices.json";
import { cityOfDistrict, districtStemsOf, isListedDistrict, levelWordOfPlace } from "./districts.js";
import { isCityOfProvince } from "./prefectures.js";
import { leadingLevelWord } from "./names.js";
import { PLACE_LEVEL_WORDS } from "./placeNames.js";
import { PLACE_SLOT, type RegistryView, type ResolvedUnit, type UnitEntry } from "./registryEntries.js";

const BRANCH = "分局";
/**
 * What a city bureau's office in a district is called after the district's name: 分局 nearly
 * everywhere, 监管局 (market regulation) and 管理局 (ecology, planning, transport) in 深圳, whose
 * bureaus name their district offices so. Those two are read only after a district the districts
 * table lists (市林业局××保护区管理局 is an office of another kind).
 */
const BRANCH_ENDINGS = [BRANCH, "监管局", "管理局"];

/** The branch ending a name ends in (BRANCH_ENDINGS), or null. */
function branchEnding(text: string): string | null {
  for (const ending of BRANCH_ENDINGS) if (text.endsWith(ending)) return ending;
  return null;
}
const BUREAU = "局".charCodeAt(0);
/** The provinces whose cities name a bureau's district offices after the city and the district (成都市武侯生态环境局): district-offices.json. */
const CITY_BEFORE_DISTRICT_OFFICES: readonly string[] = districtOffices.cityBeforeDistrict;
const DISTRICT = "区".charCodeAt(0);

/**
 * The offices a city's bureaus keep in its districts (managed from above since the reforms),
 * which district plans assign tasks to, in the ways plans name them: after the bureau
 * (市市场监管局章贡分局, resolveBranch), with the district's bare name before the bureau's stem
 * (鼓楼公安分局, resolveBareDistrictBranch) or after it (公安大兴分局, resolveStemFirstBranch), after
 * the city and the district (成都市武侯生态环境局, resolveDistrictOffice). Each is the branch of that body at that place: one entry per body.
 */
export class DistrictBranches {
  /** Each body's entry for its district branches. */
  private readonly branches = new Map<UnitEntry, UnitEntry>();
  private readonly branchEntries = new Set<UnitEntry>();
  /** Each city bureau's district body named with 区 (resolveDistrictNamedBranch). */
  private readonly districtBodies = new Map<UnitEntry, UnitEntry>();

  constructor(private readonly registry: RegistryView) {}

  /**
   * The city bureau an entry of this reading is derived from: the bureau whose district 分局 it
   * is (区生态环境分局, 市生态环境局××分局 are 市生态环境局's); null for any other entry. What the
   * editor's hover names as the source of a name no list holds.
   */
  bureauOf(entry: UnitEntry): UnitEntry | null {
    for (const [bureau, body] of this.districtBodies) if (body === entry) return bureau;
    for (const [bureau, branch] of this.branches) if (branch === entry) return bureau;
    return null;
  }

  /** Whether an entry is a body's district branches' (branchOf). */
  isBranch(entry: UnitEntry): boolean {
    return this.branchEntries.has(entry);
  }

  /**
   * A district's 分局 of a body the registry lists, named with the district: 市市场监管局章贡分局,
   * 市公安局经开区分局, 市自然资源局南康分局. The body is a name of its own, without a place, that
   * ends in 局; the place is checked as a pattern's is (isPlace). Its unit is the branch of that
   * body at that place. 深圳's bureaus call the same offices 监管局 and 管理局
   * (市市场监管局南山监管局, 市生态环境局南山管理局, BRANCH_ENDINGS): one unit with the 分局.
   */
  resolveBranch(text: string): ResolvedUnit | null {
    const ending = branchEnding(text);
    if (ending === null) return null;
    const end = text.length - ending.length;
    for (let at = end - 2; at >= 3; at--) {
      if (text.charCodeAt(at - 1) !== BUREAU) continue;
      const body = this.registry.resolve(text.slice(0, at));
      const place = text.slice(at, end);
      if (body === null || body.place !== null || !body.canonical.endsWith("局") || !this.registry.isPlace(place)) continue;
      if (ending !== BRANCH && !isListedDistrict(place)) continue;
      return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${place}${ending}`, form: body.form, place };
    }
    return null;
  }

  /**
   * A city bureau's district 分局 named, as people call it, with the district's bare name before
   * the bureau's stem: 鼓楼公安分局 is 市公安局鼓楼分局 (南京's, whose districts keep no 公安局 of
   * their own). Only a stem the districts table lists as a 区's and never a county's: a county
   * has its own bureau (县公安局), and a name the table does not hold is left unknown.
   */
  resolveBareDistrictBranch(text: string): ResolvedUnit | null {
    if (!text.endsWith(BRANCH)) return null;
    const end = text.length - BRANCH.length;
    for (let at = 2; at <= 4 && at < end - 1; at++) {
      const place = text.slice(0, at);
      if (levelWordOfPlace(place) !== "区") continue;
      const body = this.registry.resolve(`市${text.slice(at, end)}局`);
      if (body === null || body.place !== null || body.entry.level !== "市" || !body.canonical.endsWith("局")) continue;
      return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${place}${BRANCH}`, form: "alias", place };
    }
    return null;
  }

  /**
   * A city bureau's district 分局 named with the bureau's stem first and the district's name after
   * it, the level word and the bureau's 局 left out: 公安大兴分局 is 市公安局大兴分局, as 北京's
   * districts name the city's 公安 branches (北京市公安局大兴分局). The stem with 市 and 局 is a
   * bureau the registry lists at 市 (a name of its own, without a place); the rest a place (isPlace),
   * checked as resolveBranch checks it, so that a misspelt stem finds no bureau and stays unknown.
   */
  resolveStemFirstBranch(text: string): ResolvedUnit | null {
    if (!text.endsWith(BRANCH) || leadingLevelWord(text) !== null) return null;
    const end = text.length - BRANCH.length;
    for (let at = 2; at <= end - 2; at++) {
      // The stem without its 局: 市场监管局章贡分局 is a branch with the bureau's level word lost,
      // which units/unknown reports, not this way of naming it.
      const stem = text.slice(0, at);
      const body = stem.endsWith("局") ? null : this.registry.resolve(`市${stem}局`);
      const place = text.slice(at, end);
      if (body === null || body.place !== null || body.entry.level !== "市" || !body.canonical.endsWith("局") || !this.registry.isPlace(place)) continue;
      return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${place}${BRANCH}`, form: "alias", place };
    }
    return null;
  }

  /**
   * A city bureau's 分局 in the plan's own district, named as the district's plan names its
   * bodies, with 区 (区生态环境分局, 区自然资源分局, 区税务分局 for 市生态环境局××分局 …): the
   * district keeps the city's 分局 in place of a bureau of its own, as the registry's 区公安分局
   * says of the 公安. Read for any bureau the registry lists at 市 (市X局, a name of its own
   * without a place) that has an office at a county's level; only with 区 — a county keeps its own
   * bureau (县生态环境局), so 县X分局 says nothing of the kind. Its unit is the district's body of
   * that name (level 县, one entry per bureau), which identity.ts reads as one with the city's
   * 分局 named after the district (市生态环境局鼓楼分局 in 鼓楼区's plan).
   */
  resolveDistrictNamedBranch(text: string): ResolvedUnit | null {
    if (text.charCodeAt(0) !== DISTRICT || text.length < 5 || !text.endsWith(BRANCH)) return null;
    const stem = text.slice(1, text.length - BRANCH.length);
    if (stem.endsWith("分")) return null;
    const body = this.registry.resolve(`市${stem}局`);
    if (body === null || body.place !== null || body.entry.level !== "市" || body.entry.pattern || !body.canonical.startsWith("市") || !body.canonical.endsWith("局")) return null;
    if (body.entry.levels !== null && !body.entry.levels.includes("县")) return null;
    const entry = this.districtBodyOf(body.entry, body.canonical);
    return { entry, canonical: entry.name, form: body.form === "canonical" ? "canonical" : "alias", place: null };
  }

  /**
   * A city bureau's office in a district named after the city and the district, the way Sichuan's
   * cities name them since the vertical reform (成都市武侯生态环境局, 成都市双流生态环境局): the
   * branch resolveBranch reads as 市生态环境局武侯分局. The city is written with 市, the district by
   * its stem, and the bureau without a level word is a name of its own with 市; only where the
   * districts table lists the district as the city's (districts.ts), so no other name reads so.
   * The district's own plan leaves the city out (武侯生态环境局 in 武侯区's): read so where the
   * district is one listed city's only and the city of a province whose offices are named this way
   * (district-offices.json: 四川's);
   * elsewhere a district's bare name before a bureau (南康市场监管局) is the district's own bureau
   * with its 区 left out, which units/unknown asks to restore.
   */
  resolveDistrictOffice(text: string): ResolvedUnit | null {
    if (!text.endsWith("局")) return null;
    for (let at = 2; at <= 4 && at < text.length - 2; at++) {
      const stem = text.slice(0, at);
      const city = cityOfDistrict(stem);
      if (city === null || !CITY_BEFORE_DISTRICT_OFFICES.some((province) => isCityOfProvince(city, province))) continue;
      const office = this.districtOffice(text.slice(at), stem);
      if (office !== null) return { entry: office.entry, canonical: office.canonical, form: "alias", place: city };
    }
    for (let at = 2; at <= 5 && at < text.length; at++) {
      if (text.charAt(at) !== "市") continue;
      const city = text.slice(0, at);
      const stems = districtStemsOf(city);
      for (const stem of stems) {
        if (!text.startsWith(stem, at + 1)) continue;
        const office = this.districtOffice(text.slice(at + 1 + stem.length), stem);
        if (office !== null) return { entry: office.entry, canonical: office.canonical, form: "fullName", place: city };
      }
    }
    return null;
  }

  /** The office of the bureau named by `rest` (生态环境局) in the listed district `stem` (武侯), or null. */
  private districtOffice(rest: string, stem: string): { entry: UnitEntry; canonical: string } | null {
    // A district written in full (武侯区生态环境局) is the district's own bureau (resolveWithPlace).
    if (PLACE_LEVEL_WORDS.has(stem.charAt(stem.length - 1))) return null;
    const body = this.registry.resolve(`市${rest}`);
    if (body === null || body.place !== null || !body.canonical.endsWith("局") || leadingLevelWord(body.canonical) !== "市") return null;
    return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${stem}${BRANCH}` };
  }

  /**
   * For a district 分局 of a city's bureau, the district as the name writes it (章贡 of
   * 市市场监管局章贡分局) and the city the name puts before the bureau, if any (南昌 of
   * 南昌市生态环境局章贡分局); null for any other unit.
   */
  branchPlace(unit: ResolvedUnit): { district: string; city: string | null } | null {
    if (!this.branchEntries.has(unit.entry)) return null;
    const bodyLength = unit.entry.name.length - PLACE_SLOT.length - BRANCH.length;
    const ending = branchEnding(unit.canonical) ?? BRANCH;
    const district = unit.canonical.slice(bodyLength, unit.canonical.length - ending.length);
    return { district, city: unit.place === district ? null : unit.place };
  }

  /** The district's body a city bureau's 分局 is, named with 区 (区生态环境分局), made once per bureau. */
  private districtBodyOf(entry: UnitEntry, canonical: string): UnitEntry {
    let body = this.districtBodies.get(entry);
    if (!body) {
      const named = (name: string) => `区${name.slice(1, name.length - 1)}${BRANCH}`;
      const aliases = [entry.name, ...entry.aliases].filter((alias) => alias.startsWith("市") && alias.endsWith("局") && alias !== canonical).map(named);
      body = { name: named(canonical), aliases, fullName: null, level: "县", builtin: entry.builtin, origin: null, pattern: false, constituent: false, levels: null, vertical: false, base: null, source: entry.source };
      this.districtBodies.set(entry, body);
    }
    return body;
  }

  /** The entry of a body's district branches, made once per body (`××` is the district). */
  private branchOf(entry: UnitEntry): UnitEntry {
    let branch = this.branches.get(entry);
    if (!branch) {
      const aliases = entry.aliases.filter((alias) => alias.endsWith("局")).map((alias) => `${alias}${PLACE_SLOT}${BRANCH}`);
      branch = { name: `${entry.name}${PLACE_SLOT}${BRANCH}`, aliases, fullName: null, level: "县", builtin: entry.builtin, origin: null, pattern: true, constituent: false, levels: null, vertical: false, base: null, source: entry.source };
      this.branches.set(entry, branch);
      this.branchEntries.add(branch);
    }
    return branch;
  }
}
