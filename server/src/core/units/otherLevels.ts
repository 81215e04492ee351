import { holdsProvinceName, LEVEL_WORDS, normalizeUnitName, type UnitLevel } from "./names.js";
import { formsOf, PLACE_SLOT, type PatternForm, type ResolvedUnit, type UnitEntry, type UnitForm } from "./registryEntries.js";

/**
 * The names of the registry's 市 entries at the other levels of government (units/registry.ts,
 * "Other levels"): 市财政局 → 区财政局, 省财政厅; a level's names are derived the first time a
 * name with its word is looked up, then each is a Map hit like any other.
 */
export class OtherLevels {
  /** The derived names without a slot, each with its answer. */
  readonly forms = new Map<string, ResolvedUnit>();
  /** The derived names with a slot (人民银行××区分行 …). */
  readonly patterns: PatternForm[] = [];
  /** Each 市 entry's derived entry per level word. */
  private readonly entries = new Map<UnitEntry, Map<string, UnitEntry>>();
  private readonly words = new Set<string>();
  /** In a county-level city's registry, each 市 entry as the city names it (atCountyLevelCity). */
  private readonly countyCityEntries = new Map<UnitEntry, UnitEntry | null>();

  constructor(
    /** The registry's entries in order (the same array, indexed before any name is derived). */
    private readonly listed: readonly UnitEntry[],
    /** The registry's exact forms, which a derived name never shadows. */
    private readonly exact: ReadonlyMap<string, ResolvedUnit>,
    /** The committees this registry's prefectures name as bureaus (bureauFormsOf), at 州 and 盟 as at 市. */
    private readonly committees: BureauCommittees | null = null,
  ) {}

  /**
   * Derives every level whose word a name holds, so the answer for the name is the same whichever
   * names were asked about before. A province's name without 省 (人行江西分行) is a place of the
   * 省 names' patterns.
   */
  deriveWordsOf(text: string): void {
    for (const word of LEVEL_WORDS.keys()) if (word !== "市" && !this.words.has(word) && text.includes(word)) this.derive(word);
    if (!this.words.has("省") && holdsProvinceName(text)) this.derive("省");
  }

  /** A 市 entry's entry at the level of `word`, undefined when it has none there. */
  entryAt(entry: UnitEntry, word: string): UnitEntry | undefined {
    if (!this.words.has(word)) this.derive(word);
    return this.entries.get(entry)?.get(word);
  }

  /** A 市 entry as a county-level city names the body, made once per entry. */
  atCountyLevelCity(entry: UnitEntry): UnitEntry | null {
    if (!entry.name.includes("市")) return entry;
    let own = this.countyCityEntries.get(entry);
    if (own === undefined) this.countyCityEntries.set(entry, (own = deriveEntry(entry, "市", "县")));
    return own;
  }

  /** Adds the names of every 市 entry at the level of `word` (区, 省 …) to the look-ups. */
  private derive(word: string): void {
    this.words.add(word);
    for (const entry of this.listed) {
      const derived = deriveEntry(entry, word);
      if (derived === null) continue;
      let byWord = this.entries.get(entry);
      if (!byWord) this.entries.set(entry, (byWord = new Map()));
      byWord.set(word, derived);
      const bureaus = this.committees === null ? [] : bureauFormsOf(derived, this.committees, word);
      for (const [form, kind] of [...formsOf(derived), ...bureaus]) {
        const text = normalizeUnitName(form);
        const slot = text.indexOf(PLACE_SLOT);
        if (slot >= 0) this.patterns.push({ prefix: text.slice(0, slot), suffix: text.slice(slot + PLACE_SLOT.length), entry: derived, form: kind });
        else if (!this.exact.has(text) && !this.forms.has(text)) this.forms.set(text, { entry: derived, canonical: derived.name, form: kind, place: null });
      }
    }
  }
}

/**
 * The forms a 市 entry has at a county's level besides its own (市发改局 of 市发展改革委, 市消防救援大队),
 * which a county-level city writes with 市; none where the body has no office at a county's level.
 */
export function countyFormsOf(entry: UnitEntry): Array<readonly [string, UnitForm]> {
  if (entry.level !== "市" || !entry.name.includes("市") || (entry.levels !== null && !entry.levels.includes("县"))) return [];
  const forms: Array<readonly [string, UnitForm]> = [];
  for (const [form, kind] of formsOf(entry)) {
    for (const variant of formsAtLevel(form, "市", "县", entry.constituent)) {
      if (variant !== form) forms.push([normalizeUnitName(variant), kind === "canonical" ? "alias" : kind]);
    }
  }
  return forms;
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
  return { name: name!, aliases, fullName, level, builtin: entry.builtin, origin: null, pattern: name!.includes(PLACE_SLOT), constituent: entry.constituent, levels: entry.levels, vertical: entry.vertical, base: entry, source: entry.source };
}

/** The word of a city's court that names its level: 中级 (人民)法院, 中院. */
const CITY_COURT = /中级(?=(?:人民)?法院$)|中院$/;

/** The general office of a province's party committee or government, as the city's is named. */
const PROVINCE_OFFICE = /^(省委|自治区党委|省政府|自治区政府|省人民政府|自治区人民政府)办公室$/;

/** A 盟's government where a city's is named (盟政府办公室, ××盟人民政府): the place slot, if any, and 人民 of the full form. */
const LEAGUE_GOVERNMENT = /^((?:××)?)盟(人民)?政府/;

/** A drive named after the city (质量强市, 文化强市, 依法治市): its 市 is the level's word too. */
const DRIVE_OF_CITY = /([强治])市/g;

function formsAtLevel(form: string, word: string, level: UnitLevel, constituent: boolean): string[] {
  const at = form.indexOf("市");
  if (at < 0) return [];
  // A drive named after the level (质量强市) is its level's drive too: the office of the 质量强县
  // drive is 县质量强县办, never 县质量强市办 (县委依法治县办 likewise). 自治区 plans say 质量强区.
  let named = (form.slice(0, at) + word + form.slice(at + 1)).replace(DRIVE_OF_CITY, `$1${word === "自治区" ? "区" : word}`);
  // A city's 支队 (消防救援支队) is a 总队 in a province and a 大队 in a county.
  if (level !== "市" && named.endsWith("支队")) named = `${named.slice(0, -2)}${level === "省" ? "总队" : "大队"}`;
  // A city's court is its 中级人民法院 (市中院), a province's the 高级人民法院 (省高院), a county's
  // its 人民法院 (县法院): no 县中级法院 exists.
  if (level !== "市") named = named.replace(CITY_COURT, (word) => (level === "省" ? (word === "中院" ? "高院" : "高级") : word === "中院" ? "法院" : ""));
  if (level === "省") {
    // An autonomous region's party committee is its 党委 (自治区党委组织部), never a 自治区委; a
    // province's party and government offices are 办公厅 (省委办公厅, 自治区政府办公厅), their
    // 办公室 written so at times.
    if (word === "自治区") named = named.replace(/^自治区委/, "自治区党委");
    const office = PROVINCE_OFFICE.exec(named);
    if (office) return [`${office[1]}办公厅`, named];
  }
  // A 盟's government is its 行政公署 (行署: 阿拉善盟行政公署办公室, 阿署办发), no 人民政府: its
  // offices are named so, the 政府 forms kept for the drafter who writes them by a city's habit.
  if (word === "盟") {
    const government = LEAGUE_GOVERNMENT.exec(named);
    if (government) {
      const [, place, full] = government;
      const rest = named.slice(government[0].length);
      const formal = `${place}盟行政公署${rest}`;
      const short = `${place}盟行署${rest}`;
      return full ? [formal, short, named] : [short, formal, named];
    }
  }
  if (!constituent) return [named];
  if (level === "省") return [named.endsWith("局") ? `${named.slice(0, -1)}厅` : named];
  const committee = level === "县" ? /委(?:员会)?$/.exec(named) : null;
  return committee ? [named, `${named.slice(0, committee.index)}局`] : [named];
}

/**
 * The committees a province's prefectures name as bureaus (committee-bureaus.json): every
 * government committee ("all", 广东's), or those of the registry's 市 names listed (贵州's 市卫健委).
 */
export type BureauCommittees = "all" | readonly string[];

/**
 * A government committee's names with 局 for 委 (市发展和改革局 of 市发展和改革委员会, 市卫生健康局
 * of 市卫生健康委, 市发改局 of 市发改委), as the prefectures of some provinces name them (广东's since
 * 2019, 贵州's health committee: committee-bureaus.json); the registry of such a plan takes them as
 * aliases, at the level word of the entry (`word`: 州卫生健康局 of a 州's 州卫生健康委). None for an
 * entry that is no constituent department of a 市 (a committee of the party keeps its 委), nor for
 * one `committees` leaves out.
 */
export function bureauFormsOf(entry: UnitEntry, committees: BureauCommittees, word = "市"): Array<readonly [string, UnitForm]> {
  if (entry.level !== "市" || !entry.constituent) return [];
  if (committees !== "all" && !committees.includes((entry.base ?? entry).name)) return [];
  const forms: Array<readonly [string, UnitForm]> = [];
  for (const [form, kind] of formsOf(entry)) {
    const committee = /委(?:员会)?$/.exec(form);
    if (committee && form.startsWith(word)) forms.push([normalizeUnitName(`${form.slice(0, committee.index)}局`), kind === "canonical" ? "alias" : kind]);
  }
  return forms;
}
