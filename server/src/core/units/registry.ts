import type { PlanConfig } from "../config/schema.js";
import builtinEntries from "./builtin-registry.json";
import retiredTable from "./retired-names.json";
import instituteTable from "./institutes.json";
import zoneBodies from "./zone-bodies.json";
import { TextMemo } from "../text/textMemo.js";
import { nearestUnitNames } from "./nearest.js";
import { districtStemsOf, isCountyLevelCity, levelWordOfPlace } from "./districts.js";
import { bracketedParts, holdsProvinceName, LEVEL_WORDS, leadingLevelWord, levelOfBarePlace, mayBeProvince, type UnitLevel, normalizeUnitName } from "./names.js";

/**
 * The responsible-unit registry: canonical names with their aliases, full names and levels,
 * merged from the built-in city-level list, the configuration's `units.registry` and the
 * registry files the shells read. Every look-up is a Map hit; only names the maps do not know
 * are tried against the derived names of other levels and the place-name patterns (`××海关`).
 *
 * Other levels. An entry of level 市 names a department that every level of government has:
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
 * has at 县 besides its own, and the bureaus a county merges (resolveMerged) with 市 as well. A
 * prefecture's plan keeps the registry as it is: 市发改局 is no prefecture's name.
 */

/** Where a user's entry is written, so the server can edit it (rename, add a name). */
export interface RegistryOrigin {
  /** The registry file; null for the configuration file's own `units.registry`. */
  file: string | null;
  /** JSON path of the entry inside that file. */
  path: (string | number)[];
}

export interface UnitEntryInput {
  name: string;
  aliases?: string[];
  fullName?: string;
  level?: UnitLevel;
  constituent?: boolean;
  levels?: UnitLevel[];
  vertical?: boolean;
  origin?: RegistryOrigin;
}

export interface UnitEntry {
  name: string;
  aliases: string[];
  fullName: string | null;
  level: UnitLevel | null;
  builtin: boolean;
  origin: RegistryOrigin | null;
  /** True when the name holds `××`, a slot for a place name (`××海关` matches 赣州海关). */
  pattern: boolean;
  /** A government department (组成部门): a 厅 at the level of a province (see "Other levels"). */
  constituent: boolean;
  /**
   * For a 市 entry, the levels of government the body exists at, null for every level. A vertically
   * managed body need not have one at each: the 人民银行 keeps a 分行 in each province and city
   * (人民银行××省分行, 人民银行××市分行) and, since the reforms of 2023, nothing in a 区 or 县,
   * whose plans name the city's 分行. No name is derived at a level not listed.
   */
  levels: readonly UnitLevel[] | null;
  /**
   * A vertically managed body named by its place (××海关, 人民银行××市分行, 国家统计局××调查队):
   * one per place, so the editor offers it filled with the plan's own place.
   */
  vertical: boolean;
  /** For a name derived at another level (区财政局), the 市 entry it was derived from. */
  base: UnitEntry | null;
}

export type UnitForm = "canonical" | "alias" | "fullName";

/** Shared by every look-up of the name: readonly by type (not frozen: ARCHITECTURE.md, "Frozen arrays"). */
export interface ResolvedUnit {
  readonly entry: UnitEntry;
  /** The canonical name, with the place filled in for a pattern entry (人民银行赣州市分行). */
  readonly canonical: string;
  readonly form: UnitForm;
  /** The place that filled `××`, if any. */
  readonly place: string | null;
}

const BRANCH = "分局";
const BUREAU = "局".charCodeAt(0);

/** The slot for a place name in built-in and user entries. */
export const PLACE_SLOT = "××";
const PLACE = /^[\u3400-\u9fff]{2,8}$/;
/**
 * Words that name an institution, never a place: a `××` slot filled with one of them is another
 * department written in front (`市工信局市财政局` is 市工信局 and 市财政局, not the 财政局 of a
 * place called 市工信局).
 */
const INSTITUTION_WORD = /[局委办厅署院]|政府|中心|海关|分行|支行|管委|[会社部队]$/;

/** A part of a place named by its direction (成都东部新区, 南部县): its 部 is no department's. */
const AREA_OF_PLACE = /^[\u3400-\u9fff]*[东西南北中]部$/;

interface PatternForm {
  prefix: string;
  suffix: string;
  entry: UnitEntry;
  form: UnitForm;
}

export class UnitRegistry {
  /** Exact forms, each with its answer made once (resolve is asked per name per rule per keystroke). */
  private readonly byForm = new Map<string, ResolvedUnit>();
  private readonly patterns: PatternForm[] = [];
  /** The names of 市 entries at the other levels whose words have been asked about (see "Other levels"). */
  private readonly derivedForms = new Map<string, ResolvedUnit>();
  private readonly derivedPatterns: PatternForm[] = [];
  /** Each 市 entry's derived entry per level word. */
  private readonly derivedEntries = new Map<UnitEntry, Map<string, UnitEntry>>();
  private readonly derivedWords = new Set<string>();
  /** Names not among the exact forms, remembered with their answer: the splitter asks about the same substrings often. */
  private readonly slowAnswers = new TextMemo<ResolvedUnit | null>(50_000);
  private readonly listed: UnitEntry[] = [];
  /** Each body's entry for its district branches (resolveBranch). */
  private readonly branches = new Map<UnitEntry, UnitEntry>();
  private readonly branchEntries = new Set<UnitEntry>();
  /** Each zone's entry per level word, and "" for the zone named alone (resolveZone). */
  private readonly zones = new Map<UnitEntry, Map<string, UnitEntry>>();
  private readonly bareZones = new Set<UnitEntry>();
  /** The entries not yet indexed: indexing the built-in list took some 7 ms of a fresh process. */
  private pending: readonly UnitEntry[] | null;
  /** The merged bureaus asked about (resolveMerged), and the departments' stems they are read from. */
  private readonly merged = new Map<string, UnitEntry>();
  private stems: Map<string, number[]> | null = null;
  private parts: Map<number, readonly [string, string]> | null = null;
  /** The institutes asked about (resolveInstitute), by each writing and by the short name. */
  private readonly institutes = new Map<string, UnitEntry>();
  /** The companies named after their level (resolveCompany), one entry a name. */
  private readonly companies = new Map<string, UnitEntry>();
  private countyCity: UnitRegistry | null = null;
  private zonePlan: UnitRegistry | null = null;
  /** Whether this is a zone plan's registry (ofZone). */
  private zoneBodies = false;
  /** In a county-level city's registry, each 市 entry as the city names it (atCountyLevelCity). */
  private readonly countyCityEntries = new Map<UnitEntry, UnitEntry | null>();

  constructor(
    private readonly source: readonly UnitEntry[],
    /** Whether 市 names a county's level here: the registry of a county-level city's plan. */
    private readonly cityOfCountyLevel = false,
  ) {
    // Indexed on first use: a plan that names no unit (and a run that checks only such plans)
    // never needs the index, and a one-file CLI run is mostly start-up.
    this.pending = source;
  }

  /**
   * The entries a development zone's plan reads its names with: the bodies a zone's 管委会 sets up
   * (zone-bodies.json: 区经发局, 区社会事业局, 区党政办 …), which no government has, before the
   * others (a user's entry of the same name still replaces one). Made once.
   */
  ofZone(): UnitRegistry {
    if (this.zoneBodies) return this;
    if (this.zonePlan === null) {
      this.zonePlan = new UnitRegistry([...(zoneBodies as UnitEntryInput[]).map((input) => toEntry({ ...input, level: "县" }, true)), ...this.source], this.cityOfCountyLevel);
      this.zonePlan.zoneBodies = true;
    }
    return this.zonePlan;
  }

  /** Whether a name is a development zone's, or its 管委会's (赣州经济技术开发区管理委员会, 赣州高新区). */
  namesZone(name: string): boolean {
    const unit = this.resolve(name);
    return unit !== null && isZoneName(unit.entry.name);
  }

  /** The same entries read as a county-level city's plan names them (see "Other levels"), made once. */
  countyLevelCity(): UnitRegistry {
    if (this.cityOfCountyLevel) return this;
    return (this.countyCity ??= new UnitRegistry(this.source, true));
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
    const remembered = this.slowAnswers.lookup(text);
    return remembered !== undefined ? remembered : this.slowAnswers.remember(text, (copy) => this.resolveSlow(copy));
  }

  /**
   * A name of another level, or one a pattern matches. A derived name needs its level's word,
   * so deriving the words the name holds first makes the answer the same whichever names were
   * asked about before: exact names of every level win over patterns, as at 市.
   */
  private resolveSlow(text: string): ResolvedUnit | null {
    for (const word of LEVEL_WORDS.keys()) if (word !== "市" && !this.derivedWords.has(word) && text.includes(word)) this.deriveLevel(word);
    // A province's name without 省 (人行江西分行) is a place of the 省 names' patterns.
    if (!this.derivedWords.has("省") && holdsProvinceName(text)) this.deriveLevel("省");
    return (
      this.derivedForms.get(text) ??
      // Before the patterns: 县经济开发区 is the county's 经济开发区, not the 开发区 of a place 县经济.
      this.resolveZone(text) ??
      this.resolvePattern(text, this.patterns) ??
      this.resolvePattern(text, this.derivedPatterns) ??
      this.resolveWrittenInFull(text) ??
      this.resolveWithPlace(text) ??
      this.resolveBranch(text) ??
      this.resolveDistrictOffice(text) ??
      this.resolveBareDistrictBranch(text) ??
      this.resolveMerged(text) ??
      this.resolveCompany(text) ??
      this.resolveInstitute(text) ??
      this.resolveInZone(text)
    );
  }

  /**
   * In a zone's plan (ofZone), a body of the zone named after it rather than with 区: the zone's
   * word (新区经发局, 经开区财政局), its name (江北新区科技创新局) or its 管委会 (管委会经发局) in
   * front of the name without 区 — a body of the 区 level the zone's plan names. Longest front first.
   */
  private resolveInZone(text: string): ResolvedUnit | null {
    if (!this.zoneBodies) return null;
    for (let at = Math.min(text.length - 2, 14); at >= 2; at--) {
      const front = text.slice(0, at);
      if (!ZONE_FRONT.test(front) || !(ZONE_WORDS.test(front) || this.namesZone(front))) continue;
      const unit = this.resolve(`区${text.slice(at)}`);
      if (unit !== null && unit.place === null && unit.entry.level === "县") return { entry: unit.entry, canonical: unit.canonical, form: unit.form === "canonical" ? "alias" : unit.form, place: null };
    }
    return null;
  }

  /**
   * An institute a 市场监管局 runs, named by its function (institutes.json): the level word, a
   * stem of the function (计量, 计量测试, 特种设备检验检测, 特检) and an institute's word (研究院,
   * 所, 中心). A place has one of each, which its plans name in many ways (市计量所,
   * 市计量测试研究院): every writing of one function at one level is one unit, named by the data's
   * short name (市计量所). Not a stem the data does not hold (市财政研究院), nor another ending (市计量局).
   */
  /** The institutes (resolveInstitute) at the level of a word, by their short names (市计量所, 市特检院 …), for completion. */
  institutesAt(word: string): UnitEntry[] {
    if (!LEVEL_WORDS.has(word)) return [];
    return instituteShortNames().map((name) => this.resolveInstitute(word + name)!.entry);
  }

  private resolveInstitute(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    let entry = this.institutes.get(text);
    if (entry === undefined) {
      const kind = instituteOf(text.slice(word.length));
      if (kind === null) return null;
      const name = word + kind;
      entry = this.institutes.get(name);
      if (entry === undefined || entry.name !== name) {
        const level = this.cityOfCountyLevel && word === "市" ? "县" : LEVEL_WORDS.get(word)!;
        entry = { name, aliases: [], fullName: null, level, builtin: true, origin: null, pattern: false, constituent: false, levels: null, vertical: false, base: null };
        this.institutes.set(name, entry);
      }
      this.institutes.set(text, entry);
    }
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }

  /**
   * A bureau a county merged from several departments, named by their stems in the order the
   * government lists them (which the registry's order keeps): 县卫体局 (卫健 and 体育),
   * 县教科体局, 县科工信局, 县卫生健康和体育局. Each stem is a registered bureau's or committee's
   * name without its level word and ending (卫健, 卫生健康, 体育), or its first character; two at
   * least, of different departments. Counties merge, so only at the level of a county (区, 县, 旗,
   * and 市 in a county-level city's registry). The order keeps typos reported: 县工科局 and
   * 县体卫局 are no merged bureau's names, nor is a stem no department has (县卫休局), nor a name
   * the reforms retired (工商局, units/retired.ts names its successor).
   */
  private resolveMerged(text: string): ResolvedUnit | null {
    const word = leadingLevelWord(text);
    if (word === null || !text.endsWith("局") || !(LEVEL_WORDS.get(word) === "县" || (this.cityOfCountyLevel && word === "市"))) return null;
    // A bureau the reforms closed (工商局: 工信 and 商务's first characters) is a retired name, not a merger.
    if (RETIRED_BUREAUS.has(text.slice(word.length))) return null;
    let entry = this.merged.get(text);
    if (entry === undefined) {
      const departments: number[] = [];
      const rest = text.slice(word.length, -1);
      const around = mergedStems(rest, this.departmentStems(), 0, -1, departments) ? null : this.interleavedStems(rest, departments);
      if (departments.length === 0) return null;
      // One bureau, however its departments are written (县卫生健康和体育局, 县卫体局): its entry is
      // the departments', named by their first characters where that names them again.
      const key = around === null ? `${word}${departments.join(",")}` : `${word}${around.order}:${departments.join(",")}`;
      entry = this.merged.get(key);
      if (entry === undefined) {
        const name = around === null ? this.mergedName(word, departments) : `${word}${around.first}${departments.map((order) => DEPARTMENT.exec(this.listed[order]!.name)?.[1]!.charAt(0) ?? "").join("")}${around.second}局`;
        entry = { name, aliases: [], fullName: null, level: "县", builtin: true, origin: null, pattern: false, constituent: true, levels: null, vertical: false, base: null };
        this.merged.set(key, entry);
      }
      this.merged.set(text, entry);
    }
    return { entry, canonical: entry.name, form: entry.name === text ? "canonical" : "alias", place: null };
  }

  /**
   * The name of a merged bureau of these departments (orders in the list): its level word, each
   * department's first character and 局 (县卫体局, 县教科体局), as counties shorten them, where that
   * reads back as the same departments; else each department's own stem (县卫健体育局). The same
   * name whichever writing was read first, so a plan's report never depends on what was asked before.
   */
  private mergedName(word: string, departments: readonly number[]): string {
    const stems = this.departmentStems();
    const listed = departments.map((order) => DEPARTMENT.exec(this.listed[order]!.name)?.[1] ?? "");
    const short = listed.map((stem) => stem.charAt(0)).join("");
    const read: number[] = [];
    if (mergedStems(short, stems, 0, -1, read) && read.join(",") === departments.join(",")) return `${word}${short}局`;
    return `${word}${listed.join("")}局`;
  }

  /**
   * A merged bureau whose name puts the other departments inside the name of one written in two
   * parts joined by 和 (经济和信息化, 经信): 经济、科技和信息化局, 经科信局 (成都's districts) are 经信
   * and 科技 merged. `departments` gets the departments inside, in the list's order; the one around
   * them is returned with its parts' first characters (经, 信), or null.
   */
  private interleavedStems(rest: string, departments: number[]): { order: number; first: string; second: string } | null {
    for (const [order, parts] of this.departmentParts()) {
      for (const [first, second] of [parts, [parts[0].charAt(0), parts[1].charAt(0)]] as const) {
        if (rest.length <= first.length + second.length || !rest.startsWith(first) || !rest.endsWith(second)) continue;
        let inner = rest.slice(first.length, rest.length - second.length);
        if (inner.endsWith("和")) inner = inner.slice(0, -1);
        // The department around is found first: the ones inside are one at least besides it.
        const found = [order];
        if (!mergedStems(inner, this.departmentStems(), 0, -1, found) || found.indexOf(order, 1) > 0) continue;
        departments.push(...found.slice(1));
        return { order, first: parts[0].charAt(0), second: parts[1].charAt(0) };
      }
    }
    return null;
  }

  /** The departments whose name is two parts joined by 和 (市经济和信息化局: 经济, 信息化), by their place in the list. */
  private departmentParts(): Map<number, readonly [string, string]> {
    if (this.parts !== null) return this.parts;
    const parts = new Map<number, readonly [string, string]>();
    this.listed.forEach((entry, order) => {
      if (entry.level !== "市" || entry.pattern) return;
      for (const name of [entry.name, ...entry.aliases]) {
        const halves = DEPARTMENT.exec(name)?.[1]!.split("和");
        if (halves?.length === 2 && halves[0]!.length >= 2 && halves[1]!.length >= 2 && !parts.has(order)) parts.set(order, [halves[0]!, halves[1]!]);
      }
    });
    return (this.parts = parts);
  }

  /** Each registered department's stems (卫健, 卫生健康, and the first character 卫) with its place in the list. */
  private departmentStems(): Map<string, number[]> {
    if (this.stems !== null) return this.stems;
    const stems = new Map<string, number[]>();
    const add = (stem: string, order: number) => {
      const orders = stems.get(stem) ?? [];
      if (!orders.includes(order)) orders.push(order);
      stems.set(stem, orders);
    };
    this.listed.forEach((entry, order) => {
      if (entry.level !== "市" || entry.pattern) return;
      for (const name of [entry.name, ...entry.aliases]) {
        const match = DEPARTMENT.exec(name);
        if (match === null) continue;
        add(match[1]!, order);
        add(match[1]!.charAt(0), order);
      }
    });
    return (this.stems = stems);
  }

  /**
   * A company named after its level (市城投集团, 县交投公司; after its place too: 赣州市城投集团,
   * resolveWithPlace), as the state-owned companies a government sets up are: the level word, a
   * short name and 集团, or an investment company's name (城投, 交投: ××投) and 公司. Nothing
   * registers these; a body's name with a company's word after it (县工信局公司) is none, nor is a
   * branch named by what it does (市供电公司: the 国网 company's, named after its place).
   */
  private resolveCompany(text: string): ResolvedUnit | null {
    const match = LOCAL_COMPANY.exec(text);
    if (match === null || INSTITUTION_WORD.test(match[2]!) || this.namesUnit(match[1]! + match[2]!)) return null;
    let entry = this.companies.get(text);
    if (entry === undefined) {
      entry = { name: text, aliases: [], fullName: null, level: LEVEL_WORDS.get(match[1]!)!, builtin: true, origin: null, pattern: false, constituent: false, levels: null, vertical: false, base: null };
      this.companies.set(text, entry);
    }
    return { entry, canonical: entry.name, form: "canonical", place: null };
  }

  /**
   * A development zone named by the government that set it up rather than by its place, or by
   * itself: 县经济开发区管委会, 市高新区管委会, and in a plan of a place that has one, 高新区管委会
   * or 经开区 — as the zone's own plans and its government's name it. A zone is a pattern entry
   * whose name is a place and a zone's word ending in 区 (××高新区, ××经济开发区, ××工业园区);
   * each of its forms with a level word of a prefecture or a county (市, 州, 盟, 区, 县, 旗; a
   * province sets none up) or nothing in place of the place. The zone of a level word is of that
   * level (units/level asks which county's a city's plan means); one named alone of none.
   */
  private resolveZone(text: string): ResolvedUnit | null {
    for (const pattern of this.patterns) {
      const { entry } = pattern;
      if (pattern.prefix !== "" || !isZoneName(entry.name) || !text.endsWith(pattern.suffix)) continue;
      const word = text.slice(0, text.length - pattern.suffix.length);
      if (word !== "" && !ZONE_LEVEL_WORDS.has(word)) continue;
      const zone = this.zoneOf(entry, word);
      return { entry: zone, canonical: zone.name, form: pattern.form, place: null };
    }
    return null;
  }

  /** A zone's entry named with a level word (or with nothing), made once per zone and word. */
  private zoneOf(entry: UnitEntry, word: string): UnitEntry {
    let byWord = this.zones.get(entry);
    if (!byWord) this.zones.set(entry, (byWord = new Map()));
    let zone = byWord.get(word);
    if (!zone) {
      const named = (form: string) => word + form.slice(PLACE_SLOT.length);
      const aliases = entry.aliases.filter((alias) => alias.startsWith(PLACE_SLOT)).map(named);
      const fullName = entry.fullName?.startsWith(PLACE_SLOT) ? named(entry.fullName) : null;
      zone = { name: named(entry.name), aliases, fullName, level: word === "" ? null : LEVEL_WORDS.get(word)!, builtin: entry.builtin, origin: null, pattern: false, constituent: false, levels: null, vertical: false, base: null };
      byWord.set(word, zone);
      if (word === "") this.bareZones.add(zone);
    }
    return zone;
  }

  /**
   * A district's 分局 of a body the registry lists, named with the district: 市市场监管局章贡分局,
   * 市公安局经开区分局, 市自然资源局南康分局 — how a city's bureaus name the offices they keep in
   * its districts (managed from above since the reforms), which district plans assign tasks to.
   * The body is a name of its own, without a place, that ends in 局; the place is checked as a
   * pattern's is (isPlace). Its unit is the branch of that body at that place.
   */
  private resolveBranch(text: string): ResolvedUnit | null {
    if (!text.endsWith(BRANCH)) return null;
    const end = text.length - BRANCH.length;
    for (let at = end - 2; at >= 3; at--) {
      if (text.charCodeAt(at - 1) !== BUREAU) continue;
      const body = this.resolve(text.slice(0, at));
      const place = text.slice(at, end);
      if (body === null || body.place !== null || !body.canonical.endsWith("局") || !this.isPlace(place)) continue;
      return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${place}${BRANCH}`, form: body.form, place };
    }
    return null;
  }

  /**
   * A city bureau's district 分局 named, as people call it, with the district's bare name before
   * the bureau's stem: 鼓楼公安分局 is 市公安局鼓楼分局 (南京's, whose districts keep no 公安局 of
   * their own). Only a stem the districts table lists as a 区's and never a county's: a county
   * has its own bureau (县公安局), and a name the table does not hold is left unknown.
   */
  private resolveBareDistrictBranch(text: string): ResolvedUnit | null {
    if (!text.endsWith(BRANCH)) return null;
    const end = text.length - BRANCH.length;
    for (let at = 2; at <= 4 && at < end - 1; at++) {
      const place = text.slice(0, at);
      if (levelWordOfPlace(place) !== "区") continue;
      const body = this.resolve(`市${text.slice(at, end)}局`);
      if (body === null || body.place !== null || body.entry.level !== "市" || !body.canonical.endsWith("局")) continue;
      return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${place}${BRANCH}`, form: "alias", place };
    }
    return null;
  }

  /**
   * A city bureau's office in a district named after the city and the district, the way Sichuan's
   * cities name them since the vertical reform (成都市武侯生态环境局, 成都市双流生态环境局): the
   * branch resolveBranch reads as 市生态环境局武侯分局. The city is written with 市, the district by
   * its stem, and the bureau without a level word is a name of its own with 市; only where the
   * districts table lists the district as the city's (districts.ts), so no other name reads so.
   */
  private resolveDistrictOffice(text: string): ResolvedUnit | null {
    if (!text.endsWith("局")) return null;
    for (let at = 2; at <= 5 && at < text.length; at++) {
      if (text.charAt(at) !== "市") continue;
      const city = text.slice(0, at);
      const stems = districtStemsOf(city);
      for (const stem of stems) {
        // A district written in full (武侯区生态环境局) is the district's own bureau (resolveWithPlace).
        if (PLACE_LEVEL_WORDS.has(stem.charAt(stem.length - 1)) || !text.startsWith(stem, at + 1)) continue;
        const body = this.resolve(`市${text.slice(at + 1 + stem.length)}`);
        if (body === null || body.place !== null || !body.canonical.endsWith("局") || leadingLevelWord(body.canonical) !== "市") continue;
        return { entry: this.branchOf(body.entry), canonical: `${body.canonical}${stem}${BRANCH}`, form: "fullName", place: city };
      }
    }
    return null;
  }

  /**
   * For a district 分局 of a city's bureau (resolveBranch), the district as the name writes it
   * (章贡 of 市市场监管局章贡分局) and the city the name puts before the bureau, if any (南昌 of
   * 南昌市生态环境局章贡分局); null for any other unit.
   */
  branchPlace(unit: ResolvedUnit): { district: string; city: string | null } | null {
    if (!this.branchEntries.has(unit.entry)) return null;
    const bodyLength = unit.entry.name.length - PLACE_SLOT.length - BRANCH.length;
    const district = unit.canonical.slice(bodyLength, unit.canonical.length - BRANCH.length);
    return { district, city: unit.place === district ? null : unit.place };
  }

  /** The entry of a body's district branches, made once per body (`××` is the district). */
  private branchOf(entry: UnitEntry): UnitEntry {
    let branch = this.branches.get(entry);
    if (!branch) {
      const aliases = entry.aliases.filter((alias) => alias.endsWith("局")).map((alias) => `${alias}${PLACE_SLOT}${BRANCH}`);
      branch = { name: `${entry.name}${PLACE_SLOT}${BRANCH}`, aliases, fullName: null, level: "县", builtin: entry.builtin, origin: null, pattern: true, constituent: false, levels: null, vertical: false, base: null };
      this.branches.set(entry, branch);
      this.branchEntries.add(branch);
    }
    return branch;
  }

  /**
   * A name the registry lists with its level word, written after its place: 赣州市市场监管局 is
   * 市市场监管局 of 赣州, 章贡区住建局 区住建局 of 章贡, 江西省税务局 省税务局 of 江西 — as the full
   * names' patterns read 赣州市市场监督管理局. The place ends before a level word, and what follows
   * is a name of its own without a place; the place is checked as a pattern's is (isPlace), so
   * two names run together (市工信局市财政局) are never read as one.
   */
  private resolveWithPlace(text: string): ResolvedUnit | null {
    for (let at = 2; at < text.length - 2 && at <= 8; at++) {
      const word = leadingLevelWord(text.slice(at));
      if (word === null) continue;
      const unit = this.resolve(text.slice(at));
      // A district 分局's own place is its district: the city before it is the bureau's (赣州市生态环境局章贡分局).
      if (unit === null || (unit.place !== null && !this.branchEntries.has(unit.entry)) || !this.isPlace(text.slice(0, at))) continue;
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

  /** Adds the names of every 市 entry at the level of `word` (区, 省 …) to the look-ups. */
  private deriveLevel(word: string): void {
    this.derivedWords.add(word);
    for (const entry of this.listed) {
      const derived = deriveEntry(entry, word);
      if (derived === null) continue;
      let byWord = this.derivedEntries.get(entry);
      if (!byWord) this.derivedEntries.set(entry, (byWord = new Map()));
      byWord.set(word, derived);
      for (const [form, kind] of formsOf(derived)) {
        const text = normalizeUnitName(form);
        const slot = text.indexOf(PLACE_SLOT);
        if (slot >= 0) this.derivedPatterns.push({ prefix: text.slice(0, slot), suffix: text.slice(slot + PLACE_SLOT.length), entry: derived, form: kind });
        else if (!this.byForm.has(text) && !this.derivedForms.has(text)) this.derivedForms.set(text, { entry: derived, canonical: derived.name, form: kind, place: null });
      }
    }
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
    let target: UnitEntry | undefined = entry;
    if (word !== "市") {
      if (!this.derivedWords.has(word)) this.deriveLevel(word);
      target = this.derivedEntries.get(entry)?.get(word);
    }
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
    if (this.cityOfCountyLevel && word === "市" && entry.level === "市") return this.atCountyLevelCity(entry);
    if (entry.level !== "市" || word === "市" || !LEVEL_WORDS.has(word)) return entry;
    this.indexed();
    if (!this.derivedWords.has(word)) this.deriveLevel(word);
    return this.derivedEntries.get(entry)?.get(word) ?? (entry.name.includes("市") ? null : entry);
  }

  /** A 市 entry as a county-level city names the body (entryAtLevel), made once per entry. */
  private atCountyLevelCity(entry: UnitEntry): UnitEntry | null {
    if (!entry.name.includes("市")) return entry;
    let own = this.countyCityEntries.get(entry);
    if (own === undefined) this.countyCityEntries.set(entry, (own = deriveEntry(entry, "市", "县")));
    return own;
  }

  private resolvePattern(text: string, patterns: readonly PatternForm[]): ResolvedUnit | null {
    for (const pattern of patterns) {
      if (text.length <= pattern.prefix.length + pattern.suffix.length) continue;
      if (!text.startsWith(pattern.prefix) || !text.endsWith(pattern.suffix)) continue;
      const place = text.slice(pattern.prefix.length, text.length - pattern.suffix.length);
      // A company is named after the place of whatever level it serves (国网兴国县供电公司).
      const level = COMPANY.test(pattern.entry.name) ? null : pattern.entry.level;
      if (!this.isPlace(place) || !placeFitsLevel(place, level) || saysLevelTwice(pattern.entry.name, place)) continue;
      const named = placeOfVerticalBody(pattern.entry, place);
      if (named !== place) return { entry: pattern.entry, canonical: placed(pattern.entry.name, named), form: pattern.form === "canonical" ? "alias" : pattern.form, place: named };
      return { entry: pattern.entry, canonical: placed(pattern.entry.name, place), form: pattern.form, place };
    }
    return null;
  }

  /**
   * Whether the text that fills a `××` slot can be a place name: a few Chinese characters, no
   * institution word, and no part of it a name the registry knows (exactly or by a pattern).
   * Without the last two, two departments written together would be taken for one full name
   * and a fix would silently delete the first (`市工信局市财政局` → `市财政局`).
   */
  private isPlace(place: string): boolean {
    if (!PLACE.test(place) || (INSTITUTION_WORD.test(place) && !AREA_OF_PLACE.test(place))) return false;
    for (let start = 0; start < place.length; start++) {
      for (let end = start + 2; end <= place.length; end++) {
        // Shorter than the place, so the recursion through resolve ends; answers are remembered.
        // A zone named alone (新区, 经开区) is part of a place's name (蓉江新区), as it is of a zone's.
        if (end - start < place.length ? this.namesUnit(place.slice(start, end)) : this.byForm.has(place)) return false;
      }
    }
    return true;
  }

  /** Whether a part of a place is a unit's name, not a zone's named by itself (resolveZone). */
  private namesUnit(text: string): boolean {
    const unit = this.resolve(text);
    return unit !== null && !this.bareZones.has(unit.entry);
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
   * Whether the name in brackets after a listed one can be the same body's second name: listed,
   * or a body's name of the same level (its level word, an institution word at its end) that is
   * no near miss of a listed name. A body bears the second name of an office it houses (市能源局
   * in the 发展改革委, 市知识产权局 in the 市场监管局), which no registry lists every one of;
   * `市市场监管局（市知识产杈局）` is a typo all the same.
   */
  isSecondName(outer: string, inner: string): boolean {
    const word = leadingLevelWord(inner);
    // A body of another level is no second name of this one (市工信局（省能源局）).
    if (this.resolve(inner) !== null) return word === null || leadingLevelWord(outer) === null || word === leadingLevelWord(outer);
    return word !== null && word === leadingLevelWord(outer) && inner.length > word.length + 1 && SECOND_NAME_END.test(inner) && nearestUnitNames(inner, this, NONE_USED, 1).length === 0;
  }

  /**
   * Whether a name is a kind of body the registry knows only with a place in front (街道办事处 of
   * ××街道办事处, 镇人民政府 of ××镇人民政府): which one it is, only a place, or a 各 before it, says.
   */
  namesKind(name: string): boolean {
    const text = normalizeUnitName(name);
    return this.indexed().patterns.some((pattern) => pattern.prefix === "" && pattern.suffix === text);
  }

  /**
   * A vertically managed body named by its place, written with a level word where the place goes
   * (市海关, 市供电公司, 市调查队 for ××海关, ××供电公司, ××调查队): the entry, whose name with the
   * place filled in is the one meant. Only the level the entry's offices are named at (a city's:
   * 县海关 names no customs). Null for any other name.
   */
  verticalWrittenWithLevel(name: string): UnitEntry | null {
    const text = normalizeUnitName(name);
    const word = leadingLevelWord(text);
    if (word === null || !text.startsWith(word)) return null;
    const rest = text.slice(word.length);
    for (const pattern of this.indexed().patterns) {
      const { entry } = pattern;
      if (pattern.prefix === "" && pattern.suffix === rest && entry.vertical && rest.length >= 2 && entry.level === LEVEL_WORDS.get(word)) return entry;
    }
    return null;
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

/**
 * Words that bodies' names write out or shorten alike, the registry's names shortening them:
 * 广播电视 is 广电 in every 文化广电…旅游局 (市文化广播电视和旅游局, 绍兴's and others').
 */
const WRITTEN_IN_FULL: ReadonlyArray<readonly [string, string]> = [["广播电视", "广电"]];

/** How the name of a body ends: an office, a bureau, a committee, a centre … (not 牵头, 负责). */
const SECOND_NAME_END = /(?:局|委|办|厅|院|会|部|室|中心|队|社|署)$/;
const NONE_USED: ReadonlySet<string> = new Set();

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

const PLACE_LEVEL_WORDS = new Set(["自治区", "省", "市", "区", "县"]);

/** What a zone's body may be named after: the zone, by its word or its name, or its 管委会. */
const ZONE_FRONT = /(?:新区|开发区|高新区|经开区|园区|保税区|综保区|度假区|管委会)$/;
/** The zone's word alone, or its 管委会 (新区, 经开区, 管委会), as its own plan writes it. */
const ZONE_WORDS = /^(?:新区|开发区|高新区|经开区|园区|工业园区|产业园区|保税区|综保区|度假区|管委会)$/;

/** The level words a zone may be named with (市经开区, 县工业园区): a prefecture's or a county's. */
const ZONE_LEVEL_WORDS = new Set(["市", "州", "盟", "区", "县", "旗"]);

/** Whether an entry's name is a place and a zone's word (××高新区, ××经济开发区, ××新区). */
function isZoneName(name: string): boolean {
  return name.startsWith(PLACE_SLOT) && name.endsWith("区") && name.length > PLACE_SLOT.length + 1 && !name.includes(PLACE_SLOT, PLACE_SLOT.length);
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
  return LEVEL_WORDS.has(name.charAt(at)) && PLACE_LEVEL_WORDS.has(place.endsWith("自治区") ? "自治区" : place.charAt(place.length - 1));
}

/** A company's name: a group's branch (国网××供电公司, 中国电信××分公司) or a local one (市城投集团). */
const COMPANY = /(?:公司|集团)$/;
/** A local company by its form (resolveCompany): level word, short name, company word. */
const LOCAL_COMPANY = /^(省|市|州|盟|区|县|旗)([\u4e00-\u9fff]{2,6}?)(?:集团有限公司|集团公司|集团|(?<=投)(?:有限责任公司|有限公司|公司))$/;
/** The names of the bureaus the reforms closed, without a level word (retired-names.json). */
const RETIRED_BUREAUS: ReadonlySet<string> = new Set((retiredTable as Array<{ retired: string[] }>).flatMap((entry) => entry.retired));

interface InstituteTable {
  endings: string[];
  institutes: Array<{ name: string; stems: string[] }>;
}

/** Each institute's short name by every stem and ending it is written with (made on first use). */
let instituteNames: Map<string, string> | null = null;

/** The institutes' short names, in the data's order. */
function instituteShortNames(): string[] {
  return (instituteTable as InstituteTable).institutes.map((institute) => institute.name);
}

/** The short name of the institute a name without its level word is (计量测试研究院 → 计量所), or null. */
function instituteOf(rest: string): string | null {
  if (instituteNames === null) {
    instituteNames = new Map();
    const { endings, institutes } = instituteTable as InstituteTable;
    for (const { name, stems } of institutes) {
      instituteNames.set(name, name);
      for (const stem of stems) for (const ending of endings) if (!instituteNames.has(stem + ending)) instituteNames.set(stem + ending, name);
    }
  }
  return instituteNames.get(rest) ?? null;
}

/** A department of a government, whose stem a merged bureau names: 市卫健委 (卫健), 市体育局 (体育); not the party's (市委…). */
const DEPARTMENT = /^市(?!委|政府)([\u4e00-\u9fff]{2,8}?)(?:局|委|委员会)$/;

/**
 * Whether `rest` is stems of departments listed after `after`, two at least in all (`found` so
 * far: their orders in the list, the departments read when it is), each maybe followed by 和
 * (卫生健康和体育局).
 */
function mergedStems(rest: string, stems: ReadonlyMap<string, readonly number[]>, at: number, after: number, found: number[]): boolean {
  if (at === rest.length) return found.length >= 2;
  if (found.length > 0 && rest.charAt(at) === "和" && at + 1 < rest.length && mergedStems(rest, stems, at + 1, after, found)) return true;
  for (let end = rest.length; end > at; end--) {
    const orders = stems.get(rest.slice(at, end));
    if (orders === undefined) continue;
    for (const order of orders) {
      if (order <= after) continue;
      found.push(order);
      if (mergedStems(rest, stems, end, order, found)) return true;
      found.pop();
    }
  }
  return false;
}

/**
 * The forms a 市 entry has at a county's level besides its own (市发改局 of 市发展改革委, 市消防救援大队),
 * which a county-level city writes with 市; none where the body has no office at a county's level.
 */
function countyFormsOf(entry: UnitEntry): Array<readonly [string, UnitForm]> {
  if (entry.level !== "市" || !entry.name.includes("市") || (entry.levels !== null && !entry.levels.includes("县"))) return [];
  const forms: Array<readonly [string, UnitForm]> = [];
  for (const [form, kind] of formsOf(entry)) {
    for (const variant of formsAtLevel(form, "市", "县", entry.constituent)) {
      if (variant !== form) forms.push([normalizeUnitName(variant), kind === "canonical" ? "alias" : kind]);
    }
  }
  return forms;
}

/** A name with its place put in the slot, if it has one. */
function placed(name: string, place: string | null): string {
  return place === null ? name : name.replace(PLACE_SLOT, place);
}

/**
 * A 市 entry's unit at the level of `word`: each of its names with the word in place of its
 * first 市, which is the level's (市市场监管局, 团市委, 中共××市委组织部, 人民银行××市分行). A
 * government department's 局 is a 厅 in a province; its 委 may also be a 局 in a county, an
 * alias there. Names without a 市 are the same at every level and are not repeated. Null for an
 * entry of another level, or whose name has no 市. `level` is the word's but for a county-level
 * city, whose 市 is a county's level (市消防救援大队).
 */
function deriveEntry(entry: UnitEntry, word: string, level: UnitLevel = LEVEL_WORDS.get(word)!): UnitEntry | null {
  if (entry.level !== "市" || !entry.name.includes("市")) return null;
  if (entry.levels !== null && !entry.levels.includes(level)) return null;
  const [name, ...variants] = formsAtLevel(entry.name, word, level, entry.constituent);
  const aliases: string[] = [];
  // A place's name with no level word in it (人行××分行) is the form of every level the body has
  // an office at: the place says which (人行赣州分行 a 市分行, 人行江西分行 the 省分行; placeFitsLevel).
  const unleveled = (alias: string) => (alias.includes(PLACE_SLOT) && !alias.includes("市") ? [alias] : formsAtLevel(alias, word, level, entry.constituent));
  for (const alias of [...variants, ...entry.aliases.flatMap(unleveled)]) {
    if (alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  const fullName = entry.fullName === null ? null : (formsAtLevel(entry.fullName, word, level, entry.constituent)[0] ?? null);
  return { name: name!, aliases, fullName, level, builtin: entry.builtin, origin: null, pattern: name!.includes(PLACE_SLOT), constituent: entry.constituent, levels: entry.levels, vertical: entry.vertical, base: entry };
}

/** The word of a city's court that names its level: 中级 (人民)法院, 中院. */
const CITY_COURT = /中级(?=(?:人民)?法院$)|中院$/;

/** A drive named after the city (质量强市, 文化强市): its 市 is the level's word too. */
const DRIVE_OF_CITY = /强市/g;

function formsAtLevel(form: string, word: string, level: UnitLevel, constituent: boolean): string[] {
  const at = form.indexOf("市");
  if (at < 0) return [];
  // A drive named after the level (质量强市) is its level's drive too: the office of the 质量强县
  // drive is 县质量强县办, never 县质量强市办. 自治区 plans say 质量强区.
  let named = (form.slice(0, at) + word + form.slice(at + 1)).replace(DRIVE_OF_CITY, `强${word === "自治区" ? "区" : word}`);
  // A city's 支队 (消防救援支队) is a 总队 in a province and a 大队 in a county.
  if (level !== "市" && named.endsWith("支队")) named = `${named.slice(0, -2)}${level === "省" ? "总队" : "大队"}`;
  // A city's court is its 中级人民法院 (市中院), a province's the 高级人民法院 (省高院), a county's
  // its 人民法院 (县法院): no 县中级法院 exists.
  if (level !== "市") named = named.replace(CITY_COURT, (word) => (level === "省" ? (word === "中院" ? "高院" : "高级") : word === "中院" ? "法院" : ""));
  if (!constituent) return [named];
  if (level === "省") return [named.endsWith("局") ? `${named.slice(0, -1)}厅` : named];
  const committee = level === "县" ? /委(?:员会)?$/.exec(named) : null;
  return committee ? [named, `${named.slice(0, committee.index)}局`] : [named];
}

function formsOf(entry: UnitEntry): Array<[string, UnitForm]> {
  const forms: Array<[string, UnitForm]> = [[entry.name, "canonical"]];
  for (const alias of entry.aliases) forms.push([alias, "alias"]);
  if (entry.fullName) forms.push([entry.fullName, "fullName"]);
  return forms;
}

function toEntry(input: UnitEntryInput, builtin: boolean): UnitEntry {
  return {
    name: input.name,
    aliases: input.aliases ?? [],
    fullName: input.fullName ?? null,
    level: input.level ?? (builtin ? "市" : null),
    builtin,
    origin: input.origin ?? null,
    pattern: input.name.includes(PLACE_SLOT),
    constituent: input.constituent ?? false,
    levels: input.levels ?? null,
    vertical: input.vertical ?? false,
    base: null,
  };
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
