import type { PlanConfig } from "../config/schema.js";
import builtinSynonyms from "../parents/data/indicator-synonyms.json";
import { withoutFormatCharacters } from "../text/invisible.js";
import { TextMemo } from "../text/textMemo.js";
import type { UnitLevel } from "../units/names.js";

/** Levels of government from the top: an indicator compiled at one is compiled at those above. */
const LEVEL_ORDER: readonly UnitLevel[] = ["国家", "省", "市", "县"];

/**
 * Indicator names that measure one thing at different levels (食品抽检合格率 nationally,
 * 食品药品监督抽查合格率 in a city plan). The table is data — the built-in JSON beside the
 * outline data, extended by `.plancheck.json` `targets.synonyms` — never code. The same data
 * says which levels of government compile an indicator at all (`lowestLevel`, which
 * `targets.lowestLevel` extends or overrides) and which indicators measure a part of another
 * (`parts`, which `targets.parts` extends).
 */
/** How a plan words a listed indicator the groups do not list (data: `variants`). */
export interface IndicatorVariants {
  /** Words before a name that narrow nothing (主要; 县域, 市域: the plan's own area). */
  readonly leadingQualifiers: readonly string[];
  /** Words of how the figure is sampled (例行监测, 抽查, 抽检), longer ones first. */
  readonly methodWords: readonly string[];
  /** Words a local form adds that name nothing else, with what they read as (企业产品: 产品 — 工业企业产品质量合格率 is 工业产品质量合格率). */
  readonly spellings?: Readonly<Record<string, string>>;
}

/** Far more indicator names than any plan writes: a bound on keyOf's memory in a long-lived server. */
const MAX_REMEMBERED_KEYS = 4096;

const NO_VARIANTS: IndicatorVariants = { leadingQualifiers: [], methodWords: [] };

/** Kinds listed as examples before a name, two or more joined by 、 (or 和, 及 last) and closed by 等 (家政、养老、托育等). */
const EXAMPLES_BEFORE_NAME = /^[\u4e00-\u9fff]{1,8}(?:[、和及][\u4e00-\u9fff]{1,8}?)+等(?=[\u4e00-\u9fff])/;

export class IndicatorSynonyms {
  private readonly canonical = new Map<string, string>();
  /**
   * Each listed name's loose form (looseName), the key of its group; null where two groups'
   * names read alike so, which then says nothing.
   */
  private readonly looseKeys = new Map<string, string | null>();
  private readonly lowest = new Map<string, UnitLevel>();
  /** Each part's key, the key of the whole it is part of (data: `parts`). */
  private readonly wholes = new Map<string, string>();
  /**
   * keyOf's answers: every keystroke compares each target of a plan with its parents, asking the
   * key of the same few hundred names (normalising and stripping each, some 6 % of an edit's
   * analysis in a 100 KB plan). Filled only once the tables above are complete (the constructor
   * asks keys while it builds them) and emptied when it grows past any plan's names, since the
   * built-in table lives as long as the server. Keyed by copies (text/textMemo.ts): a name is a
   * slice of the plan, which kept that version of the plan alive as long as the table.
   */
  private keys = new TextMemo<string>(MAX_REMEMBERED_KEYS);
  /** statementKeyOf's answers, asked of every target on every keystroke (targets/inconsistent); bounded as `keys`. */
  private readonly statementKeys = new TextMemo<string>(MAX_REMEMBERED_KEYS);

  constructor(
    groups: readonly (readonly string[])[],
    lowestLevels: Readonly<Record<string, string>> = {},
    parts: Readonly<Record<string, readonly string[]>> = {},
    private readonly variants: IndicatorVariants = NO_VARIANTS,
  ) {
    for (const group of groups) {
      const names = group.map(normalizeIndicator).filter(Boolean);
      // A group that shares a name with an earlier one joins it (users extend built-in groups).
      const joined = names.map((name) => this.canonical.get(name)).find((key) => key !== undefined) ?? names[0];
      if (joined === undefined) continue;
      for (const name of names) if (!this.canonical.has(name)) this.canonical.set(name, joined);
    }
    for (const [name, key] of this.canonical) {
      const loose = this.looseName(name);
      const known = this.looseKeys.get(loose);
      this.looseKeys.set(loose, known === undefined || known === key ? key : null);
    }
    for (const [indicator, level] of Object.entries(lowestLevels)) {
      if (LEVEL_ORDER.includes(level as UnitLevel)) this.lowest.set(this.keyOf(indicator), level as UnitLevel);
    }
    for (const [whole, names] of Object.entries(parts)) {
      const key = this.keyOf(whole);
      // A part a group makes a synonym of the whole is the whole itself, no part of it.
      for (const name of names) if (this.keyOf(name) !== key) this.wholes.set(this.keyOf(name), key);
    }
    this.keys = new TextMemo(MAX_REMEMBERED_KEYS);
  }

  /**
   * The key of the indicator this one measures a part of (公共服务质量满意度: 服务质量满意度), or
   * null: what a parent that does not state the part itself is compared by (targets/compare.ts).
   */
  wholeOf(indicator: string): string | null {
    return this.wholes.get(this.keyOf(indicator)) ?? null;
  }

  /**
   * Whether statistics compile the indicator at a plan's level: 制造业质量竞争力指数 is compiled
   * for the nation, provinces and cities, not for a 区 or 县 (data: `lowestLevel`).
   */
  compiledAt(indicator: string, level: UnitLevel): boolean {
    const lowest = this.lowest.get(this.keyOf(indicator));
    return lowest === undefined || LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(lowest);
  }

  /**
   * The name every synonym of this indicator is compared under. A name no group lists is read
   * loosely (looseName): 主要农产品质量安全例行监测合格率 is the group's whose names read as it
   * does without 主要 and 例行监测; a name that reads as no group's, or as two groups', keeps its own.
   */
  keyOf(indicator: string): string {
    return this.keys.lookup(indicator) ?? this.keys.remember(indicator, (copy) => this.keyOfName(normalizeIndicator(copy)));
  }

  private keyOfName(name: string): string {
    const listed = this.canonical.get(name);
    if (listed !== undefined) return listed;
    const loose = this.looseKeys.get(this.looseName(name));
    if (loose !== undefined) return loose ?? name;
    // A part no group lists, under a qualifier (县域公共服务质量满意度): the part's key, so that it
    // is compared with its whole as the part written bare is.
    const unqualified = this.withoutQualifier(name);
    if (unqualified !== name && this.wholes.has(unqualified)) return unqualified;
    // 家政、养老、托育等生活性服务业质量满意度: the kinds listed before 等 are examples of what the noun
    // after it covers, no narrower measure — the name after them is the indicator, where the data
    // knows it (a part, 生活性服务业质量满意度 of the outline's 服务质量满意度, or a group's name).
    const examples = EXAMPLES_BEFORE_NAME.exec(name);
    if (examples === null) return name;
    const named = name.slice(examples[0].length);
    return this.wholes.has(named) || this.canonical.has(named) ? this.keyOfName(named) : name;
  }

  /**
   * A name without its leading qualifiers (data: `variants`), read off one after another: 县域规上工业企业…
   * names the area and the enterprises a figure is compiled over, neither narrowing the measure.
   */
  private withoutQualifier(name: string): string {
    let bare = name;
    for (let found = true; found; ) {
      found = false;
      for (const qualifier of this.variants.leadingQualifiers) {
        if (bare.startsWith(qualifier) && bare.length > qualifier.length) {
          bare = bare.slice(qualifier.length);
          found = true;
          break;
        }
      }
    }
    return bare;
  }

  /**
   * A name without its leading qualifiers, its method words and a local form's added words (data:
   * `variants`). A rate's method words are how its figure is sampled, and go (食品监督抽检合格率 is
   * the 食品抽检合格率); an amount of the work names the work itself, and keeps its doing less what
   * narrows it (每千人食品安全监督抽检 is the 每千人食品安全抽检量; 风险监测 is no 抽检, and stays apart).
   */
  private looseName(name: string): string {
    let loose = this.withoutQualifier(name);
    const rate = RATE_END.test(loose);
    for (const word of this.variants.methodWords) loose = loose.replaceAll(word, rate ? "" : this.doingOf(word));
    for (const [written, read] of Object.entries(this.variants.spellings ?? {})) loose = loose.replaceAll(written, read);
    return loose;
  }

  /** The plain method word a method word ends on (监督抽检: 抽检, 例行监测: 监测), or itself: the doing without what narrows it. */
  private doingOf(word: string): string {
    return this.variants.methodWords.find((plain) => plain !== word && word.endsWith(plain)) ?? word;
  }

  /**
   * The key under which one plan's statements of an indicator are one (targets/inconsistent): its
   * synonyms' key and its name read loosely. A name written two ways (每千人食品安全监督抽检 beside
   * the table's 每千人食品抽检量) is one figure; two names of one group a plan writes side by side
   * (农产品质量安全例行监测合格率 97.5%, 食用农产品例行监测合格率 98%) are the two figures it means,
   * however one a parent reads them.
   */
  statementKeyOf(indicator: string): string {
    return this.statementKeys.lookup(indicator) ?? this.statementKeys.remember(indicator, (copy) => `${orderless(this.keyOf(copy))}\u0000${orderless(this.looseName(normalizeIndicator(copy)))}`);
  }

  /**
   * The method a name states that narrows the plain one (食品评价性抽检合格率: 评价性抽检; 食品抽检合格率:
   * none): two figures of one plan under one key are two indicators where each names its own
   * narrower method (评价性抽检 and 监督抽检 sample differently), one where either names none.
   */
  narrowMethodOf(indicator: string): string | null {
    const name = normalizeIndicator(indicator);
    return this.variants.methodWords.find((word) => this.doingOf(word) !== word && name.includes(word)) ?? null;
  }
}

/** A measure's name ends so (合格率, 指数, 满意度): its method words say how its figure is sampled. */
const RATE_END = /(?:率|指数|满意度|比重|比例|占比)$/;

/** The full-width forms of ASCII (U+FF01–U+FF5E): letters, digits and marks, ！ to ～. */
const FULLWIDTH_ASCII = /[\uff01-\uff5e]/g;

/**
 * Quotation marks of every style a plan or a paste writes (“” ‘’ "" '' 「」 『』, full-width ＂ ＇
 * folded to " and ' first): they set a brand or a programme apart (“浙江制造”标准数量,
 * 「品字标」企业数量), and which ones a drafter chose, or none, names no other indicator.
 */
const QUOTATION_MARKS = /[\u201c\u201d\u2018\u2019"'\u300c\u300d\u300e\u300f]/g;

/**
 * An indicator's name (or a figure's unit) as compared: without spaces, format characters and
 * quotation marks, its full-width ASCII folded, a head count's 人口 as 人 (HEAD_COUNT), without the word that
 * says how many (HOW_MANY: 注册计量师总数 is 注册计量师). 单位ＧＤＰ能耗, PM２．５ (full-width letters, digits and
 * marks, pasted from WPS) name what 单位GDP能耗 and PM2.5 name; ％ is %; 合格<U+200B>率 (a web page's
 * zero-width space, until text/invisible-char's fix) is 合格率; “浙江制造”标准数量 is 浙江制造标准数量
 * (QUOTATION_MARKS). Every comparison of indicators goes through it: the synonyms' keys (and so
 * the comparison with the parents) and targets/inconsistent's.
 */
export function normalizeIndicator(name: string): string {
  return normalNames.lookup(name) ?? normalNames.remember(name, normalized);
}

function normalized(name: string): string {
  return withoutFormatCharacters(name)
    .replace(/[\s\u3000]+/g, "")
    .replace(FULLWIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(QUOTATION_MARKS, "")
    .replace(HEAD_COUNT, "每$1人")
    .replace(HOW_MANY, "");
}

/**
 * Names and units normalised so far: every keystroke's fast targets rules (targets/inconsistent's
 * keys, the restatements, the table's aims) ask it of every target's indicator and unit, the same
 * few hundred strings each time — six regular expressions apiece, some 3 % of an edit in a 100 KB
 * plan. Bounded, and keyed by a copy (text/textMemo.ts): an indicator is a slice of the plan.
 */
const normalNames = new TextMemo<string>(MAX_REMEMBERED_KEYS * 2);

/**
 * The word that says how many after a noun (注册计量师总数, 社会公用计量标准数量, 能源消费总量; 数 where
 * the noun names what is counted: 检验检测机构数, 注册计量师数): the text's 注册计量师总数 and the
 * table's 注册计量师 (its 单位 cell says 名) are one indicator. Not 数 of a measure (指数, 系数, 倍数,
 * 起数, 人数: the noun before it is no thing counted) — except 起数 after the events it tallies
 * (特种设备安全事故起数 is the table's 特种设备安全事故 | 起 | 0, and a goal of none said 零发生 or 为零),
 * and 数 after what a coverage reaches, whatever it is (覆盖学校食堂数 is 覆盖学校食堂: targets/coverage.ts);
 * and 量 after a doing that is counted (食品抽检量 is the table's 食品抽检 | 批次: the amount of the work).
 */
const HOW_MANY = /(?<=抽检|抽查|抽测|检测|监测|检验|快检)量$|(?<=[\u4e00-\u9fff]{2})(?:总数|数量|总量)$|(?<=事故|事件|疫情)起数$|(?<=覆盖[^数率]{2,16})数$|(?<=(?:师|员|工匠|人才|机构|企业|中心|站|品牌|商标|标准|项目|平台|园区|基地|实验室|专利|单位|主体|网点|组织))数$/;

/**
 * An indicator's name as one plan's statements of it are matched (targets/inconsistent, the
 * restatements, a table's aims): its words in order, but for the words that say whom or per how
 * many it is measured, which a drafter sets anywhere — the goals' 特种设备万台设备死亡人数 is the
 * table's 万台特种设备死亡人数 (a measure word moved, and the noun it measured said again: 设备), and
 * 群众食品安全满意度 is 食品安全群众满意度 (who is asked). Any other word moved names another
 * indicator: 服务质量满意度 (how good a service is) and 质量服务满意度 (how the quality services
 * serve) use the same characters and measure two things, and so do 企业标准化 and 标准化企业. A
 * list of kinds is one name however its heads are written (listContracted).
 */
export function orderlessName(name: string): string {
  return orderless(normalizeIndicator(name));
}

/** A measure per so many units or heads (万台, 每万人, 每千人, 百万人), wherever a drafter sets it. */
const PER_UNIT = /每?(?:十万|百万|[十百千万])(?:台|人|户|家|辆)/g;
/** Whom a survey asks (群众, 企业, 消费者), wherever it stands — only in a survey's measure (RESPONDENTS_MEASURE). */
const RESPONDENTS = /(?:人民)?群众|公众|社会|消费者|居民|市民|游客|患者|企业|经营主体/g;
const RESPONDENTS_MEASURE = /(?:满意度|满意率|知晓率|认知度|获得感|认可度|参与度)$/;
/** Where a moved word stood: a noun said on both sides of it (设备…设备) is said once. */
const MOVED = "\u0002";
const SAID_AROUND_MOVED = /([\u4e00-\u9fff]{2,4}?)\u0002\1/g;

/**
 * A list of kinds before one noun, written whole or each kind's head left out but the last's (绿色食品、
 * 有机农产品认证登记 in a table, 绿色有机农产品认证登记 in the goals): an earlier item of four
 * characters or more whose head (its last two) ends on a character the last item says again (品 of
 * 农产品) is read without it, so that both writings are one name; a short item (食品、药品安全事故,
 * 国家级、省级…) and one whose head the last does not share (安全总监、安全员…) stay as written,
 * without the mark.
 */
function listContracted(normal: string): string {
  if (!normal.includes("、")) return normal;
  const items = normal.split("、");
  const last = items[items.length - 1]!;
  return items.map((item, i) => (i < items.length - 1 && item.length >= 4 && last.slice(1).includes(item.slice(-1)) ? item.slice(0, -2) : item)).join("");
}

function orderless(written: string): string {
  const normal = listContracted(written);
  const moved: string[] = [];
  const take = (word: string) => {
    moved.push(word.replace(/^每/, ""));
    return MOVED;
  };
  let rest = normal.replace(PER_UNIT, take);
  if (RESPONDENTS_MEASURE.test(rest)) rest = rest.replace(RESPONDENTS, take);
  if (moved.length === 0) return normal;
  rest = rest.replace(SAID_AROUND_MOVED, "$1").replaceAll(MOVED, "");
  return `${rest}\u0001${moved.sort().join("")}`;
}

/** 每万人口 and 每万人 count the same heads (每万人口高价值发明专利拥有量, 每万人高价值…): compared as 每万人. */
const HEAD_COUNT = /每(十万|[十百千万]?)人口/g;

const cache = new WeakMap<object, IndicatorSynonyms>();
let builtinOnly: IndicatorSynonyms | null = null;

/**
 * The built-in groups and levels with the configuration's, once per configuration object. A
 * configured `lowestLevel` is laid over the built-in one: it adds an indicator, or says that
 * a province compiles one for lower levels than the national statistics do.
 */
export function synonymsFor(config: PlanConfig | undefined): IndicatorSynonyms {
  const extra = config?.targets?.synonyms;
  const levels = config?.targets?.lowestLevel;
  const parts = config?.targets?.parts;
  if ((!extra && !levels && !parts) || !config) return (builtinOnly ??= new IndicatorSynonyms(builtinSynonyms.groups, builtinSynonyms.lowestLevel, builtinSynonyms.parts, builtinSynonyms.variants));
  let synonyms = cache.get(config);
  if (!synonyms) {
    // The configured levels come after the built-in ones: an indicator named in both takes the configuration's.
    synonyms = new IndicatorSynonyms([...builtinSynonyms.groups, ...(extra ?? [])], { ...builtinSynonyms.lowestLevel, ...levels }, partsWith(builtinSynonyms.parts, parts), builtinSynonyms.variants);
    cache.set(config, synonyms);
  }
  return synonyms;
}

/**
 * Parts of wholes added up, each whole's lists joined (a configuration adds 养老服务质量满意度 to
 * the built-in parts of 服务质量满意度): the wholes are keyed as written, and IndicatorSynonyms
 * reads each whole by its synonym group, so a whole named by a synonym is the same whole.
 */
export function partsWith(base: Readonly<Record<string, readonly string[]>>, more: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> {
  const joined: Record<string, string[]> = {};
  for (const source of [base, more ?? {}]) for (const [whole, names] of Object.entries(source)) joined[whole] = [...(joined[whole] ?? []), ...names];
  return joined;
}
