import type { PlanConfig } from "../config/schema.js";
import builtinEntries from "./builtin-registry.json";
import municipalityBodies from "./municipality-bodies.json";
import { TextMemo } from "../text/textMemo.js";
import { nearestUnitNames } from "./nearest.js";
import { WRITTEN_IN_FULL } from "./writtenInFull.js";
import { BODY_NAME_END, bracketedParts, LEVEL_WORDS, leadingLevelWord, type UnitLevel, normalizeUnitName } from "./names.js";
import { formsOf, PLACE_SLOT, placed, toEntry, SOURCES, type PatternForm, type RegistryView, type ResolvedUnit, type UnitEntry, type UnitEntryInput, type UnitForm } from "./registryEntries.js";
import { type BureauCommittees, bureauFormsOf, countyFormsOf, OtherLevels } from "./otherLevels.js";
import { resolveCustomsOffice } from "./customsOffices.js";
import { companyWrittenWithLevel, hasPlaceForm, isOneCharacterCounty, matchPattern } from "./placeNames.js";
import { isListedPlace } from "./listedPlaces.js";
import { isZoneKind, Zones, zoneBodyEntries } from "./zones.js";
import { ZoneDepartments } from "./zoneDepartments.js";
import { DistrictBranches } from "./districtBranches.js";
import { MergedBureaus } from "./mergedBureaus.js";
import { MergedCentres } from "./mergedCentres.js";
import { culturePartsOf } from "./cultureBureaus.js";
import { Enterprises, LocalCompanies } from "./localCompanies.js";
import { KindNamedZones } from "./kindNamedZones.js";
import { TownOffices } from "./townOffices.js";
import { Institutes } from "./institutes.js";
import { FieldInstitutions } from "./fieldInstitutions.js";

export { PLACE_SLOT } from "./registryEntries.js";
export type { RegistryOrigin, ResolvedUnit, UnitEntry, UnitEntryInput, UnitForm } from "./registryEntries.js";

/**
 * The responsible-unit registry: canonical names with their aliases, full names and levels,
 * merged from the built-in city-level list, the configuration's `units.registry` and the
 * registry files the shells read. Every look-up is a Map hit; only names the maps do not know
 * are tried against the derived names of other levels and the place-name patterns (`××海关`),
 * then the readers of names no entry lists, in turn (`resolveSlow`): zones (zones.ts), names
 * written after their place, district branches (districtBranches.ts), merged county bureaus
 * (mergedBureaus.ts), local companies (localCompanies.ts), parks named by their industry after a
 * level word (kindNamedZones.ts), institutes (institutes.ts) and, in a
 * zone's plan, the zone's bodies.
 *
 * Other levels (otherLevels.ts). An entry of level 市 names a department that every level of government has:
 * the 区, 县, 旗, 州, 盟, 省 and 自治区 bodies are named by putting that level's word in place of
 * the 市 (市财政局 → 区财政局, ××市财政局 → ××县财政局, 团市委 → 团区委; a drive named after the
 * level with it: 市质量强市办 → 县质量强县办), with one difference
 * the reform of 2018 made general: a government department (组成部门, the entry's
 * `constituent`) is a 厅 in a province (省教育厅, 省住房城乡建设厅), and its 委 may be a 局 in a
 * county (县发改局, 县卫生健康局). A level's names are derived the first time a name with its
 * word is looked up, and each is then a Map hit like any other.
 *
 * A county-level city's plan (units/documentLevel.ts) writes its county-level bodies with 市
 * (市发改局, as 县发改局): its registry (`countyLevelCity()`) reads each 市 entry with the forms it
 * has at 县 besides its own, and the bureaus a county merges (mergedBureaus.ts) with 市 as well. A
 * prefecture's plan keeps the registry as it is: 市发改局 is no prefecture's name.
 */

const NONE_USED: ReadonlySet<string> = new Set();
/** The longest name read by parts (resolveSlow): a place of a dozen characters and a body's full name of some twenty, twice over. */
const LONGEST_DERIVED_NAME = 64;
/** A name of Chinese characters only: no bracket, mark or placeholder inside it. */
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
/** A name with one bracketed list inside it, before its last word (resolveWithPartsListed). */
const PARTS_LISTED = /^([^（）]+)（([^（）]+)）(管委会|管理委员会|人民政府|政府|党工委|办事处)$/;
/** An area a body's name may list as its parts: a zone, a park, a county, a town, a street. */
const AREA_PART = /^[\u4e00-\u9fff]{0,10}(?:区|园|县|市|镇|乡|街道|新城)$/;

/**
 * The committees of a 直辖市 (municipality-bodies.json), entries of level 市 like the built-in
 * list's, and the bodies its districts have at a rank a county elsewhere has not (区消防救援支队,
 * 区交警支队: a 直辖市 is a province's rank, its fire service a 总队, a district's fire service and
 * traffic police a 支队), of the level they give.
 */
function municipalityBodyEntries(): UnitEntry[] {
  return (municipalityBodies as UnitEntryInput[]).map((input) => toEntry({ ...input, level: input.level ?? "市" }, true, SOURCES.municipality));
}

/** A province's own name of a body the built-in list names otherwise (province-bodies.json). */
export interface ProvinceName {
  /** The built-in entry's name (市水利局). */
  replaces: string;
  name: string;
  aliases: readonly string[];
  fullName?: string;
}

export class UnitRegistry implements RegistryView {
  /** Exact forms, each with its answer made once (resolve is asked per name per rule per keystroke). */
  private readonly byForm = new Map<string, ResolvedUnit>();
  private readonly patterns: PatternForm[] = [];
  /** Names not among the exact forms, remembered with their answer: the splitter asks about the same substrings often. */
  private readonly slowAnswers = new TextMemo<ResolvedUnit | null>(50_000);
  private readonly listed: UnitEntry[] = [];
  /** The entries not yet indexed: indexing the built-in list took some 7 ms of a fresh process. */
  private pending: readonly UnitEntry[] | null;
  /** The readers resolveSlow asks in turn, each keeping the entries it has made. */
  private readonly levels: OtherLevels;
  private readonly zones: Zones;
  private readonly zoneDepartments: ZoneDepartments;
  private readonly branches: DistrictBranches;
  private readonly merged: MergedBureaus;
  private readonly mergedCentres: MergedCentres;
  private readonly companies: LocalCompanies;
  private readonly kindNamedZones: KindNamedZones;
  private readonly enterprises: Enterprises;
  private readonly townOffices: TownOffices;
  private readonly institutes: Institutes;
  private readonly fieldInstitutions: FieldInstitutions;
  /**
   * The kinds of bodies the patterns name with a place in front only (街道办事处 of ××街道办事处):
   * namesKind is asked of nearly every name a clause lists (units/sharedSuffix.ts isKind), and a
   * scan of every pattern per name was a tenth of units/unknown. Made on first use, after the
   * entries are indexed (the patterns change only then).
   */
  private kindsOfPatterns: ReadonlySet<string> | null = null;
  /** The names' writings without 和 (resolveAndWrittenOrNot), made on first use. */
  private withoutAnd: Map<string, string | null> | null = null;
  /** The culture bureaus by their parts (resolveCultureBureau), made on first use. */
  private culture: Map<string, string> | null = null;
  /** Each 和 of those names with the characters either side (发展和改革: 展和改). */
  private andJoins: Set<string> | null = null;
  private countyCity: UnitRegistry | null = null;
  private zonePlan: UnitRegistry | null = null;
  /** The registries of prefectures that name committees as bureaus (committeesAsBureaus), by the committees. */
  private bureauCities: Map<string, UnitRegistry> | null = null;
  private municipalPlan: UnitRegistry | null = null;
  /** The registries of provinces that name some bodies their own way (ofProvince), made once each. */
  private provincial: Map<string, UnitRegistry> | null = null;

  constructor(
    private readonly source: readonly UnitEntry[],
    /** Whether 市 names a county's level here: the registry of a county-level city's plan. */
    private readonly cityOfCountyLevel = false,
    /** Whether this is a zone plan's registry (ofZone). */
    private readonly zoneBodies = false,
    /** The committees the city names as bureaus (committeesAsBureaus), or null. */
    private readonly bureausForCommittees: BureauCommittees | null = null,
    /** Whether a 直辖市's committees are among the entries (ofMunicipality). */
    private readonly municipal = false,
  ) {
    // Indexed on first use: a plan that names no unit (and a run that checks only such plans)
    // never needs the index, and a one-file CLI run is mostly start-up.
    this.pending = source;
    this.levels = new OtherLevels(this.listed, this.byForm, bureausForCommittees);
    this.zones = new Zones(this, this.patterns, zoneBodies);
    this.zoneDepartments = new ZoneDepartments(this.zones, this, () => this.ofZone());
    this.branches = new DistrictBranches(this);
    this.merged = new MergedBureaus(this.listed, cityOfCountyLevel, (name) => this.resolve(name));
    this.mergedCentres = new MergedCentres((name) => this.resolve(name));
    this.companies = new LocalCompanies(this);
    this.kindNamedZones = new KindNamedZones(this);
    this.enterprises = new Enterprises(this);
    this.institutes = new Institutes(cityOfCountyLevel);
    this.fieldInstitutions = new FieldInstitutions(this, cityOfCountyLevel);
    this.townOffices = new TownOffices();
  }

  /**
   * The entries a development zone's plan reads its names with: the bodies a zone's 管委会 sets up
   * (zones.ts `zoneBodyEntries`), which no government has, before the others (a user's entry of
   * the same name still replaces one). Made once.
   */
  ofZone(): UnitRegistry {
    if (this.zoneBodies) return this;
    return (this.zonePlan ??= new UnitRegistry([...zoneBodyEntries(), ...this.source], this.cityOfCountyLevel, true, this.bureausForCommittees, this.municipal));
  }

  /**
   * The entries a 直辖市's plan, or one of its districts', reads its names with: the committees
   * those cities keep where others have bureaus (municipality-bodies.json: 市商务委, 市交通委, 市教委;
   * at 区, Pudong's 区科经委 and 区建交委), before the others, as ofZone's. Made once.
   */
  ofMunicipality(): UnitRegistry {
    if (this.municipal) return this;
    return (this.municipalPlan ??= new UnitRegistry([...municipalityBodyEntries(), ...this.source], this.cityOfCountyLevel, this.zoneBodies, this.bureausForCommittees, true));
  }

  /**
   * The same entries with a province's own names of some bodies (province-bodies.json: 湖北's cities
   * and counties name their 水利 bureau 水利和湖泊局), made once per province: the province's name is
   * the entry's, the national list's name and aliases its aliases. Only that province's plans read
   * them: as an alias every plan read, 水利和湖泊局 took the shortening 水利 from 市水务局, the body
   * Chengdu has. A user's entry of the same name still replaces the built-in one.
   */
  ofProvince(province: string, renamed: readonly ProvinceName[]): UnitRegistry {
    this.provincial ??= new Map();
    let registry = this.provincial.get(province);
    if (!registry) {
      const source = this.source.map((entry) => {
        const local = entry.builtin ? renamed.find((name) => name.replaces === entry.name) : undefined;
        if (!local) return entry;
        const aliases = [...local.aliases, entry.name, ...entry.aliases].filter((alias, index, all) => alias !== local.name && all.indexOf(alias) === index);
        return { ...entry, name: local.name, aliases, fullName: local.fullName ?? entry.fullName };
      });
      registry = new UnitRegistry(source, this.cityOfCountyLevel, this.zoneBodies, this.bureausForCommittees, this.municipal);
      this.provincial.set(province, registry);
    }
    return registry;
  }

  /** Whether a name is a development zone's, or its 管委会's (赣州经济技术开发区管理委员会, 赣州高新区). */
  namesZone(name: string): boolean {
    return this.zones.namesZone(name);
  }

  /**
   * Whether a unit is a zone's department named after its zone (赣州经开区经发局, 高新区经济发展局:
   * zoneDepartments.ts, and in a zone's plan zones.ts): a body of the 区 level whose place is a zone.
   */
  isZoneDepartment(unit: ResolvedUnit): boolean {
    return unit.place !== null && unit.entry.level === "县" && !unit.entry.pattern && this.zones.zoneNamed(`${unit.place}区`) !== null;
  }

  /**
   * The same entries read as a prefecture names them where its committees are bureaus
   * (committee-bureaus.json: 广东's 市发展和改革局, 市卫生健康局; 贵州's 州卫生健康局; documentLevel.ts registryOfPlan), made once per list of committees.
   */
  committeesAsBureaus(committees: BureauCommittees): UnitRegistry {
    if (this.bureausForCommittees !== null || this.cityOfCountyLevel) return this;
    this.bureauCities ??= new Map();
    const key = committees === "all" ? "" : committees.join("\u0001");
    let registry = this.bureauCities.get(key);
    if (!registry) this.bureauCities.set(key, (registry = new UnitRegistry(this.source, false, this.zoneBodies, committees, this.municipal)));
    return registry;
  }

  /** The same entries read as a county-level city's plan names them (see "Other levels"), made once. */
  countyLevelCity(): UnitRegistry {
    if (this.cityOfCountyLevel) return this;
    return (this.countyCity ??= new UnitRegistry(this.source, true, false, null, this.municipal));
  }

  /** The entries, a later one that shares a name with an earlier one having replaced it. */
  get entries(): readonly UnitEntry[] {
    return this.indexed().listed;
  }

  private indexed(): this {
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      for (const entry of pending) this.add(entry);
    }
    return this;
  }

  /** A later entry that shares a name with an earlier one replaces it: the user's word wins over the built-in list. */
  private add(entry: UnitEntry): void {
    const forms = formsOf(entry).map(([text, form]) => [normalizeUnitName(text), form] as const);
    for (const [text] of forms) {
      // Only a name with the slot can be a pattern's: the built-in list is read at every start, and
      // comparing each of its names with every pattern was most of building it.
      const previous = this.byForm.get(text)?.entry ?? (text.includes(PLACE_SLOT) ? this.patterns.find((p) => p.prefix + PLACE_SLOT + p.suffix === text)?.entry : undefined);
      if (previous) this.remove(previous);
    }
    this.listed.push(entry);
    // A county-level city's 市 entry has its county forms as well (市发改局 of 市发展改革委).
    if (this.cityOfCountyLevel) forms.push(...countyFormsOf(entry));
    else if (this.bureausForCommittees !== null) forms.push(...bureauFormsOf(entry, this.bureausForCommittees));
    for (const [text, form] of forms) {
      const slot = text.indexOf(PLACE_SLOT);
      if (slot >= 0) this.patterns.push({ prefix: text.slice(0, slot), suffix: text.slice(slot + PLACE_SLOT.length), entry, form });
      else if (!this.byForm.has(text)) this.byForm.set(text, { entry, canonical: entry.name, form, place: null });
    }
  }

  private remove(entry: UnitEntry): void {
    this.listed.splice(this.listed.indexOf(entry), 1);
    for (const [text, value] of [...this.byForm]) if (value.entry === entry) this.byForm.delete(text);
    for (let i = this.patterns.length - 1; i >= 0; i--) if (this.patterns[i]!.entry === entry) this.patterns.splice(i, 1);
  }

  /** The unit a name stands for, or null when the registry does not know it. */
  resolve(name: string): ResolvedUnit | null {
    const text = normalizeUnitName(name);
    const exact = this.indexed().byForm.get(text);
    if (exact) return exact;
    // Names no entry lists are read by parts (a place before a name, a name inside another),
    // each read resolving the rest again: a "name" thousands of characters long, a clause's
    // names run together without a separator, would recurse once per name in it. No unit's
    // name comes near the bound; units/run-together splits such a run into the names it holds.
    if (text.length > LONGEST_DERIVED_NAME) return null;
    const remembered = this.slowAnswers.lookup(text);
    return remembered !== undefined ? remembered : this.slowAnswers.remember(text, (copy) => this.resolveSlow(copy));
  }

  /**
   * A name of another level, or one a pattern matches. A derived name needs its level's word,
   * so deriving the words the name holds first makes the answer the same whichever names were
   * asked about before: exact names of every level win over patterns, as at 市.
   */
  private resolveSlow(text: string): ResolvedUnit | null {
    this.levels.deriveWordsOf(text);
    return (
      this.levels.forms.get(text) ??
      // Before the patterns: 县经济开发区 is the county's 经济开发区, not the 开发区 of a place 县经济.
      this.zones.resolveZone(text) ??
      // Before the patterns too: 攸县高新区 is 攸县's 县高新区, not the 新区 of a place 攸县高.
      this.zones.resolvePlacedZone(text) ??
      // Before the patterns too: 经开区综保区 is the 综保区 in the 经开区, not a 区综合保税区 of a place 经开.
      this.zones.resolveZoneInZone(text) ??
      // Before the names written after a place: 高新区经发局 is the zone's 区经发局, not a place 高新's.
      this.zones.resolveByZoneWord(text) ??
      this.zones.resolveWorkingCommittee(text) ??
      matchPattern(text, this.patterns, this) ??
      matchPattern(text, this.levels.patterns, this) ??
      this.resolveWrittenInFull(text) ??
      this.resolveAndWrittenOrNot(text) ??
      this.resolveCultureBureau(text) ??
      this.resolveWithPlace(text) ??
      this.branches.resolveBranch(text) ??
      this.branches.resolveDistrictOffice(text) ??
      this.branches.resolveBareDistrictBranch(text) ??
      this.branches.resolveDistrictNamedBranch(text) ??
      this.branches.resolveStemFirstBranch(text) ??
      this.merged.resolve(text) ??
      this.mergedCentres.resolve(text) ??
      this.companies.resolve(text) ??
      this.kindNamedZones.resolve(text) ??
      companyWrittenWithLevel(text, this.patterns, this.cityOfCountyLevel) ??
      resolveCustomsOffice(text, this) ??
      this.institutes.resolve(text) ??
      this.fieldInstitutions.resolve(text) ??
      this.zones.resolveInZone(text) ??
      this.zones.resolveBare(text) ??
      this.resolveWithPartsListed(text) ??
      // After every reading of a place's body (赣州经开区财政局 is already the 区财政局 of 赣州经开)
      // and of a zone's parts (开发区（投资区、高新区）管委会 is the 开发区's 管委会).
      this.zoneDepartments.resolve(text) ??
      this.enterprises.resolve(text) ??
      // Last: a town's office is read only where no reading of a department, a zone's body or an
      // enterprise took the name.
      this.townOffices.resolve(text)
    );
  }

  /**
   * The governing body of an area whose name lists the areas it takes in, in brackets before the
   * body's word (管委会, 人民政府 …): 开发区（投资区、高新区、台商投资区）管委会 is the 开发区管委会 of a
   * zone of several parks, as 各开发区（园区）管委会 names the 管委会 of every zone or park. The body
   * the name is without the brackets, where each part in them is an area (…区, …园, …县, …镇,
   * …街道) and that name is known; a bracket after the name is a second name (isKnown), never read here.
   */
  private resolveWithPartsListed(text: string): ResolvedUnit | null {
    const match = PARTS_LISTED.exec(text);
    if (match === null || !match[2]!.split("、").every((part) => AREA_PART.test(part))) return null;
    const unit = this.resolve(match[1]! + match[3]!);
    return unit === null ? null : { entry: unit.entry, canonical: unit.canonical, form: "alias", place: unit.place };
  }

  /** The institutes at the level of a word, by their short names (市计量所, 市特检院 …), for completion. */
  institutesAt(word: string): UnitEntry[] {
    return this.institutes.at(word);
  }

  /**
   * For a district 分局 of a city's bureau (districtBranches.ts), the district as the name writes it
   * (章贡 of 市市场监管局章贡分局) and the city the name puts before the bureau, if any (南昌 of
   * 南昌市生态环境局章贡分局); null for any other unit.
   */
  branchPlace(unit: ResolvedUnit): { district: string; city: string | null } | null {
    return this.branches.branchPlace(unit);
  }

  /** For a district 分局 of a city's bureau (区生态环境分局, 市生态环境局章贡分局), the bureau's entry; else null. */
  branchBureau(entry: UnitEntry): UnitEntry | null {
    return this.branches.bureauOf(entry);
  }

  /**
   * A name the registry lists with its level word, written after its place: 赣州市市场监管局 is
   * 市市场监管局 of 赣州, 章贡区住建局 区住建局 of 章贡, 江西省税务局 省税务局 of 江西 — as the full
   * names' patterns read 赣州市市场监督管理局. The place ends before a level word, and what follows
   * is a name of its own without a place; the place is checked as a pattern's is (isPlace), so
   * two names run together (市工信局市财政局) are never read as one.
   */
  private resolveWithPlace(text: string): ResolvedUnit | null {
    for (let at = 1; at < text.length - 2 && at <= 8; at++) {
      const word = leadingLevelWord(text.slice(at));
      if (word === null) continue;
      // A place of one character is a county's, before its 县 (涉县市场监管局).
      if (at === 1 && (word !== "县" || !isOneCharacterCounty(text.slice(0, 1)))) continue;
      const unit = this.resolve(text.slice(at));
      // A district 分局's own place is its district: the city before it is the bureau's (赣州市生态环境局章贡分局).
      if (unit === null || (unit.place !== null && !this.branches.isBranch(unit.entry)) || (at > 1 && !this.isPlace(text.slice(0, at)))) continue;
      return { entry: unit.entry, canonical: unit.canonical, form: "fullName", place: text.slice(0, at) };
    }
    return null;
  }

  /**
   * A name that writes out a word the registry's names shorten (市文化广播电视和旅游局 is
   * 市文化广电和旅游局, an alias of 市文广旅局): the unit of the shortened name, as an alias where
   * that is the canonical name.
   */
  private resolveWrittenInFull(text: string): ResolvedUnit | null {
    for (const [full, short] of WRITTEN_IN_FULL) {
      if (!text.includes(full)) continue;
      const unit = this.resolve(text.replaceAll(full, short));
      if (unit !== null) return unit.form === "canonical" ? { entry: unit.entry, canonical: unit.canonical, form: "alias", place: unit.place } : unit;
    }
    return null;
  }

  /**
   * A culture bureau named by its parts in another order than the registry's (市文旅广体局 is
   * 市文广旅体局, cultureBureaus.ts): the unit of the registered order at the name's level, as an alias.
   */
  private resolveCultureBureau(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word) || !text.endsWith("局")) return null;
    const rest = text.slice(word.length, -1);
    const parts = culturePartsOf(rest);
    const registered = parts === null ? undefined : this.cultureBureaus().get(parts);
    if (registered === undefined || registered === rest) return null;
    const unit = this.resolve(`${word}${registered}局`);
    return unit === null || unit.form !== "canonical" ? unit : { entry: unit.entry, canonical: unit.canonical, form: "alias", place: unit.place };
  }

  /** The registry's culture bureaus at 市, by their parts (cultureBureaus.ts): the name's middle. */
  private cultureBureaus(): Map<string, string> {
    if (this.culture !== null) return this.culture;
    const culture = new Map<string, string>();
    for (const entry of this.listed) {
      if (!entry.name.startsWith("市") || !entry.name.endsWith("局")) continue;
      const rest = entry.name.slice(1, -1);
      const parts = culturePartsOf(rest);
      if (parts !== null && !culture.has(parts)) culture.set(parts, rest);
    }
    return (this.culture = culture);
  }

  /**
   * A name that writes a 和 between two of its words where the registry's name has none, or none
   * where it has one (市政务服务数据管理局, 广东's, for 市政务服务和数据管理局; 区住房城乡建设局 for
   * 区住房和城乡建设局): bodies' names are written both ways, as the registry's aliases of many show
   * (市人社局: 市人力资源社会保障局, 市人力资源和社会保障局). The unit of the registered writing
   * with the name's level word, as an alias; not where two bodies' names would read alike so.
   */
  private resolveAndWrittenOrNot(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    const rest = text.slice(word.length);
    const registered = this.formsWithoutAnd().get(rest.replaceAll("和", ""));
    if (registered === undefined || registered === null || registered === rest || !this.joinsAsRegistered(rest)) return null;
    const unit = this.resolve(word + registered);
    return unit === null || unit.form !== "canonical" ? unit : { entry: unit.entry, canonical: unit.canonical, form: "alias", place: unit.place };
  }

  /**
   * Whether each 和 of a name stands between two words some registered name joins with 和 (发展和改革,
   * 住房和城乡建设), told by the characters either side: 市市场监督和管理局 puts one where no name does.
   */
  private joinsAsRegistered(rest: string): boolean {
    this.formsWithoutAnd();
    for (let at = rest.indexOf("和"); at >= 0; at = rest.indexOf("和", at + 1)) {
      if (!this.andJoins!.has(rest.slice(Math.max(0, at - 1), at + 2))) return false;
    }
    return true;
  }

  /** The registry's names with a level word, without it, by their writing with no 和 (null where two bodies' read alike). */
  private formsWithoutAnd(): Map<string, string | null> {
    if (this.withoutAnd !== null) return this.withoutAnd;
    const forms = new Map<string, string | null>();
    const entries = new Map<string, UnitEntry>();
    const joins = (this.andJoins = new Set<string>());
    for (const [text, { entry }] of this.indexed().byForm) {
      const word = leadingLevelWord(text);
      if (word === null || !text.startsWith(word)) continue;
      const rest = text.slice(word.length);
      for (let at = rest.indexOf("和"); at >= 0; at = rest.indexOf("和", at + 1)) joins.add(rest.slice(Math.max(0, at - 1), at + 2));
      const key = rest.replaceAll("和", "");
      const known = entries.get(key);
      if (known === undefined) {
        entries.set(key, entry);
        forms.set(key, rest);
      } else if (known !== entry) forms.set(key, null);
    }
    return (this.withoutAnd = forms);
  }

  /**
   * The same unit at the level of `word` (市工信局 at 省 is 省工信厅), for naming a successor or a
   * suggestion at the plan's level; the unit itself when its name is the same at every level
   * (赣州海关), null when it has no name at that level.
   */
  atLevel(unit: ResolvedUnit, word: string): ResolvedUnit | null {
    const entry = unit.entry.base ?? unit.entry;
    if (!LEVEL_WORDS.has(word)) return unit;
    if (entry.level !== "市") {
      // Not derived: the unit is at the level only when its name says none or that one.
      const own = leadingLevelWord(unit.canonical);
      return own === null || own === word ? unit : null;
    }
    this.indexed();
    const target: UnitEntry | undefined = word === "市" ? entry : this.levels.entryAt(entry, word);
    // A 市 entry whose name has no 市 to put another level's word in (赣州海关, 国家统计局赣州调查队,
    // a workspace's 国网赣州供电公司) is named so at every level, as entryAtLevel has it: a 区
    // plan names the same body.
    if (target === undefined) return entry.name.includes("市") ? null : unit;
    return target === unit.entry ? unit : { entry: target, canonical: placed(target.name, unit.place), form: unit.form, place: unit.place };
  }

  /**
   * A 市 entry's entry at the level of `word` (市财政局's at 区 is 区财政局's, at 省 省财政厅's),
   * for offering a plan the names of its own level; any other entry, or at 市, the entry itself,
   * as is an entry whose name has no level word (赣州海关 is named so at every level). Null when
   * the unit has no name at that level.
   */
  entryAtLevel(entry: UnitEntry, word: string): UnitEntry | null {
    // A county-level city's 市 is a county's level: its bodies are named as a county's with 市
    // (市消防救援大队, 市发改局), and it has none a county has not (市邮政管理局).
    if (this.cityOfCountyLevel && word === "市" && entry.level === "市") return this.levels.atCountyLevelCity(entry);
    if (entry.level !== "市" || word === "市" || !LEVEL_WORDS.has(word)) return entry;
    this.indexed();
    return this.levels.entryAt(entry, word) ?? (entry.name.includes("市") ? null : entry);
  }

  /**
   * Whether the text that fills a `××` slot can be a place name: a few Chinese characters, no
   * institution word, and no part of it a name the registry knows (exactly or by a pattern).
   * Without the last two, two departments written together would be taken for one full name
   * and a fix would silently delete the first (`市工信局市财政局` → `市财政局`).
   */
  isPlace(place: string): boolean {
    if (!hasPlaceForm(place)) return false;
    for (let start = 0; start < place.length; start++) {
      for (let end = start + 2; end <= place.length; end++) {
        // Shorter than the place, so the recursion through resolve ends; answers are remembered.
        // A zone named alone (新区, 经开区) is part of a place's name (蓉江新区), as it is of a zone's.
        // A place the gazetteers list is a place inside a longer one (景德镇 of 景德镇陶瓷, no 景德's 镇).
        if (end - start < place.length ? this.namesUnitInPlace(place.slice(start, end)) : this.byForm.has(place)) return false;
      }
    }
    return true;
  }

  /** Whether a part of a place is a unit's name, not a place the gazetteers list (listedPlaces.ts). */
  private namesUnitInPlace(part: string): boolean {
    return !isListedPlace(part) && this.namesUnit(part);
  }

  /** Whether a part of a place is a unit's name, not a zone's named by itself (zones.ts). */
  namesUnit(text: string): boolean {
    const unit = this.resolve(text);
    return unit !== null && !this.zones.isBareZone(unit.entry);
  }

  /**
   * True when a name is known: listed, or one body with two names (一个机构两块牌子:
   * `市委组织部（市委人才办）`, `市发展改革委（市能源局）`) whose first name is listed and whose
   * second is a second name of it (isSecondName).
   */
  isKnown(name: string): boolean {
    if (this.resolve(name)) return true;
    const parts = bracketedParts(normalizeUnitName(name));
    return parts !== null && this.resolve(parts.outer) !== null && this.isSecondName(parts.outer, parts.inner);
  }

  /**
   * The unit of a known name (isKnown): its own, or, for one body with two names
   * (市委组织部（市委人才办）), its first name's. Null for a name that is not known.
   */
  resolveKnown(name: string): ResolvedUnit | null {
    const unit = this.resolve(name);
    if (unit !== null || !this.isKnown(name)) return unit;
    return this.resolve(bracketedParts(normalizeUnitName(name))!.outer);
  }

  /**
   * Whether the name in brackets after a listed one can be the same body's second name: listed,
   * or a body's name of the same level (its level word, an institution word at its end) that is
   * no near miss of a listed name. A body bears the second name of an office it houses (市能源局
   * in the 发展改革委, 市知识产权局 in the 市场监管局), which no registry lists every one of;
   * `市市场监管局（市知识产杈局）` is a typo all the same.
   */
  isSecondName(outer: string, inner: string): boolean {
    const word = leadingLevelWord(inner);
    // The second name written without the level word the first already says (广东's
    // 市市场监督管理局（知识产权局）, 区委组织部（人才办）): it is the first name's level's, read
    // with its word (and the 委 of a party body) as it would be written alone. Only a name of
    // words: 【县】知识产权局 is a template's place still in brackets (units/unknown says so).
    const outerWord = word === null && HAN_ONLY.test(inner) && this.resolve(inner) === null ? leadingLevelWord(outer) : null;
    if (outerWord !== null) {
      const party = outer.startsWith(`${outerWord}委`) ? [`${outerWord}委${inner}`] : [];
      return [...party, outerWord + inner].some((named) => this.isSecondName(outer, named));
    }
    // A body of another level is no second name of this one (市工信局（省能源局）).
    if (this.resolve(inner) !== null) return word === null || leadingLevelWord(outer) === null || word === leadingLevelWord(outer);
    return word !== null && word === leadingLevelWord(outer) && inner.length > word.length + 1 && BODY_NAME_END.test(inner) && nearestUnitNames(inner, this, NONE_USED, 1).length === 0;
  }

  /**
   * Whether a name is a kind of body the registry knows only with a place in front (街道办事处 of
   * ××街道办事处, 镇人民政府 of ××镇人民政府), or a general word for zones no entry names
   * (功能园区管委会, zones.ts `isZoneKind`): which one it is, only a place, or a 各 before it, says.
   */
  namesKind(name: string): boolean {
    const text = normalizeUnitName(name);
    if (isZoneKind(text)) return true;
    const kinds = (this.kindsOfPatterns ??= new Set(this.indexed().patterns.flatMap((pattern) => (pattern.prefix === "" ? [pattern.suffix] : []))));
    return kinds.has(text);
  }

  /**
   * A vertically managed body named by its place, written with a level word where the place goes
   * (市海关, 市供电公司, 市调查队 for ××海关, ××供电公司, ××调查队): the entry, whose name with the
   * place filled in is the one meant. Only the levels the entry's offices are named at (a city's:
   * 县海关 names no customs; the survey teams' `levels`, a county's too: 县调查队). Null for any other name.
   */
  verticalWrittenWithLevel(name: string): UnitEntry | null {
    const text = normalizeUnitName(name);
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    const rest = text.slice(word.length);
    for (const pattern of this.indexed().patterns) {
      const { entry } = pattern;
      // A body with offices at the levels it lists (国家统计局××调查队: a city's and a county's) at each of them.
      const level = LEVEL_WORDS.get(word)!;
      if (pattern.prefix === "" && pattern.suffix === rest && entry.vertical && rest.length >= 2 && (entry.level === level || (entry.levels?.includes(level) ?? false))) return entry;
    }
    return null;
  }

  /** The entry one of whose names is the pattern `form` (××金融监管分局), or null. */
  patternEntry(form: string): UnitEntry | null {
    const at = form.indexOf(PLACE_SLOT);
    if (at < 0) return null;
    const prefix = form.slice(0, at);
    const suffix = form.slice(at + PLACE_SLOT.length);
    return this.indexed().patterns.find((pattern) => pattern.prefix === prefix && pattern.suffix === suffix)?.entry ?? null;
  }

  /**
   * A 市 entry's name written with the word of a level the body has no office at (区邮政管理局:
   * the 邮政管理局 is kept in provinces and cities only, `levels`): the unit of the city's name,
   * whose office serves the place. Null for any other name.
   */
  atLevelWithoutOffice(name: string): ResolvedUnit | null {
    const text = normalizeUnitName(name);
    const word = leadingLevelWord(text);
    const level = word === null ? undefined : LEVEL_WORDS.get(word);
    if (word === null || level === undefined || level === "市" || !text.startsWith(word)) return null;
    const city = this.resolve(`市${text.slice(word.length)}`);
    const levels = city?.entry.levels ?? null;
    return city !== null && city.place === null && levels !== null && !levels.includes(level) ? city : null;
  }

  /** True when an exact (non-pattern) form: used to split names run together. */
  hasExactForm(text: string): boolean {
    return this.indexed().byForm.has(text);
  }

  /** Every concrete written form with its entry, for completion and nearest-name suggestions. */
  *concreteForms(): Iterable<{ text: string; entry: UnitEntry; form: UnitForm }> {
    for (const [text, value] of this.indexed().byForm) yield { text, entry: value.entry, form: value.form };
  }

  /**
   * Whether the registry speaks for a document of this level: an entry of that level or of none
   * (a user entry without a level speaks for every level), or a 市 entry, whose names the other
   * local levels derive. The ministries of a national plan are not derived: checked against the
   * built-in list alone, every name of it would be reported, which says nothing about the plan.
   */
  coversLevel(level: UnitLevel): boolean {
    return this.entries.some((entry) => entry.level === null || entry.level === level || (entry.level === "市" && level !== "国家"));
  }
}

const BUILTIN: readonly UnitEntryInput[] = builtinEntries as UnitEntryInput[];

/** Built-in entries first, then the configuration's inline ones, then those of the registry files. */
export function buildRegistry(config: PlanConfig | undefined, fileEntries: readonly UnitEntryInput[] = []): UnitRegistry {
  const entries: UnitEntry[] = [];
  if (config?.units?.useBuiltin !== false) for (const input of BUILTIN) entries.push(toEntry(input, true));
  (config?.units?.registry ?? []).forEach((input, index) => entries.push(toEntry({ ...input, origin: { file: null, path: ["units", "registry", index] } }, false)));
  for (const input of fileEntries) entries.push(toEntry(input, false));
  return new UnitRegistry(entries);
}

const NO_CONFIG = {};
const NO_FILES: readonly UnitEntryInput[] = [];
const memo = new WeakMap<object, WeakMap<object, UnitRegistry>>();

/**
 * The registry for a configuration and the entries of its registry files, built once per pair of
 * objects: the shells keep both while nothing changes, so analysing on every keystroke does not
 * rebuild it.
 */
export function registryFor(config: PlanConfig | undefined, fileEntries: readonly UnitEntryInput[] | undefined): UnitRegistry {
  const configKey = config ?? NO_CONFIG;
  const filesKey = fileEntries ?? NO_FILES;
  let byFiles = memo.get(configKey);
  if (!byFiles) memo.set(configKey, (byFiles = new WeakMap()));
  let registry = byFiles.get(filesKey);
  if (!registry) byFiles.set(filesKey, (registry = buildRegistry(config, fileEntries)));
  return registry;
}
