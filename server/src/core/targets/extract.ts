import { toHalfwidthFigures } from "../model/numerals.js";
import { buildPlan } from "../model/buildPlan.js";
import { wrapJoins, type WrapJoin } from "../model/hardWrap.js";
import { inlinePartsOf, textEndOf } from "../model/inline.js";
import { LineOwners } from "../model/outline.js";
import type { NumberedItem, PlanDocument, Span, Target } from "../model/types.js";
import type { InlineNode, LineNode, PlaceholderNode } from "../syntax/cst.js";
import { nodesAreKept } from "../syntax/incremental.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import { movedSpan } from "../text/changedSpan.js";
import { codeUnitSet, hasCodeUnitIn } from "../text/codeUnits.js";
import { TextMemo } from "../text/textMemo.js";
import { paragraphBreaks, readParagraphBreak } from "../punct/breaks.js";
import { pathOf } from "../units/matrix.js";
import { isGoalsHeading, isGoalsLine, planPeriodOf, planYearOf } from "./plan.js";
import { isBaselineSection, ReportingSentences } from "./pastStatements.js";
import { CHINESE_FIGURE_HINT, inArabicFigures } from "./chineseFigures.js";
import { shownIndicator } from "./indicatorName.js";
import { namePerHead } from "./perHead.js";
import { ZONE_AREA, zoneIsOwnArea } from "./zoneArea.js";
import { boundQualifier } from "./format.js";
import { type IndicatorRow, type IndicatorTables, readIndicatorTables } from "./tables.js";
import type { PlanPeriod, PlanTarget, TargetExtraction, TargetKind, TargetSense } from "./types.js";

/**
 * Every target of a plan, from the model's targets (comparator + value, found by the grammar)
 * and from the two forms the grammar leaves as text: counts (`创建国家产品质量检验检测中心1个`)
 * and directions without a figure (`不断提高`, `保持全国前列`).
 *
 * Runs on every keystroke (the fast targets rules use it), so it is one pass over the lines,
 * each text run split once at its delimiters, with anchored regular expressions on short
 * clauses only. It is memoised per plan, so every rule, the hover and the table share it.
 */
export function extractTargets(plan: PlanDocument): TargetExtraction {
  let extraction = cache.get(plan);
  if (!extraction) {
    if (plan.hardWrap !== null) {
      extraction = acrossJoins(plan, joinsOf(plan, wrapJoins(plan))) ?? extract(plan, null);
    } else {
      // Page lines are met in the one pass over the lines: only a plan that has them (a PDF
      // paste, rare, and only until structure/page-number's fix) looks for sentences they cut.
      const pages = { seen: false };
      extraction = extract(plan, pages);
      if (pages.seen) {
        const joins = joinsOf(plan, NO_JOINS);
        if (joins.length > 0) extraction = acrossJoins(plan, joins) ?? extraction;
      }
    }
    // The names as a reader sees them, once every reading that measured them by the text is done.
    const zone = zoneIsOwnArea(plan);
    for (const target of extraction.targets) {
      if (zone) withoutZoneArea(target);
      target.indicator = shownIndicator(target.indicator);
      namePerHead(target);
    }
    cache.set(plan, extraction);
  }
  return extraction;
}

/**
 * A zone's plan's indicator without the zone's word it opens on (园区制造业产品质量合格率), and the
 * words after it that are none of the indicator's either (园区力争…, 高新区到2025年…); the span
 * moves past them where it holds them as written.
 */
function withoutZoneArea(target: PlanTarget): void {
  const zone = ZONE_AREA.exec(target.indicator);
  if (zone === null || zone[0].length === target.indicator.length) return;
  const rest = trimmed(target.indicator.slice(zone[0].length), 0);
  if (rest.text === "") return;
  const dropped = zone[0].length + rest.span.start;
  const span = target.indicatorSpan;
  if (span !== null && span.end - span.start === target.indicator.length) target.indicatorSpan = { start: span.start + dropped, end: span.start + dropped + rest.text.length };
  target.indicator = rest.text;
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_JOINS: readonly WrapJoin[] = [];

/**
 * The wrap joins (model/hardWrap.ts) and, in document order among them, a join across each page
 * break that cuts a sentence (punct/breaks.ts: `……农产品质量安全例行监` / `— 1 —` / running head /
 * `测合格率……`): the page's lines go as a wrap's break does, so the target is read whole, as
 * structure/page-number's fix will leave it, and not as `测合格率`.
 */
function joinsOf(plan: PlanDocument, wraps: readonly WrapJoin[]): WrapJoin[] {
  const pages: WrapJoin[] = [];
  for (const brk of paragraphBreaks(plan)) {
    if (brk.pageLines.length === 0) continue;
    const join = readParagraphBreak(plan, brk)?.join;
    if (join) pages.push({ start: join.start, end: join.end, text: "" });
  }
  if (pages.length === 0) return wraps as WrapJoin[];
  const joins = [...wraps, ...pages].sort((a, b) => a.start - b.start);
  // A wrap's join and a page's never share a break (a wrap goes on directly below); kept apart all the same.
  let kept = 0;
  for (const join of joins) if (kept === 0 || joins[kept - 1]!.end <= join.start) joins[kept++] = join;
  joins.length = kept;
  return joins;
}

/**
 * The targets of a plan a PDF's measure cut into lines (model/hardWrap.ts) or its pages cut
 * (a page number and running head inside a sentence, joinsOf), read in its paragraphs as
 * structure/hard-wrap's and structure/page-number's fixes will join them (`制造业产品质量合格率达` /
 * `到94%以上` is one target), placed back in the text as it is: a target a join cuts runs from its
 * place on one line to its place on the next. The joined text is parsed as a plan of its own, which
 * only such a plan (rare, and cut until its fix is applied) pays for. Null when the joined
 * plan's outline is not the plan's item for item (then the lines are read one by one, and a
 * target a wrap cuts is left out: `cut`).
 */
function acrossJoins(plan: PlanDocument, joins: readonly WrapJoin[]): TargetExtraction | null {
  if (joins.length === 0) return null;
  const text = plan.text;
  const pieces: string[] = [];
  let at = 0;
  for (const join of joins) {
    pieces.push(text.slice(at, join.start), join.text);
    at = join.end;
  }
  pieces.push(text.slice(at));
  const joined = buildPlan(pieces.join(""));
  const items = new Map<NumberedItem, NumberedItem>();
  if (joined.allItems.length !== plan.allItems.length) return null;
  for (let i = 0; i < joined.allItems.length; i++) {
    const mine = plan.allItems[i]!;
    const theirs = joined.allItems[i]!;
    if (mine.level !== theirs.level || mine.kind !== theirs.kind || mine.marker.value !== theirs.marker.value) return null;
    items.set(theirs, mine);
  }
  const read = extract(joined, null);
  const place = new JoinedOffsets(joins);
  const span = (moved: Span): Span => ({ start: place.start(moved.start), end: place.end(moved.end) });
  const written = new Map<number, Target>();
  for (const target of plan.targets) written.set(target.valueSpan.start, target);
  // The plan's own model target where the line held the whole of it, else the joined one placed back.
  const sourceOf = (source: Target): Target => {
    const own = written.get(place.start(source.valueSpan.start));
    if (own && own.valueText === source.valueText && own.unit === source.unit && own.end === place.end(source.end)) return own;
    return {
      start: place.start(source.start),
      end: place.end(source.end),
      indicator: source.indicator && { ...source.indicator, ...span(source.indicator) },
      comparator: source.comparator,
      value: source.value,
      valueText: source.valueText,
      blank: source.blank,
      placeholder: source.placeholder,
      unit: source.unit,
      qualifier: source.qualifier,
      valueSpan: span(source.valueSpan),
      horizon: source.horizon,
      item: source.item && (items.get(source.item) ?? null),
    };
  };
  const targets = read.targets.map(
    (target): PlanTarget => ({
      start: place.start(target.start),
      end: place.end(target.end),
      kind: target.kind,
      indicator: target.indicator,
      indicatorSpan: target.indicatorSpan && span(target.indicatorSpan),
      comparator: target.comparator,
      value: target.value,
      valueText: target.valueText,
      valueSpan: target.valueSpan && span(target.valueSpan),
      upper: target.upper,
      unit: target.unit,
      qualifier: target.qualifier,
      sense: target.sense,
      aspirational: target.aspirational,
      cumulative: target.cumulative,
      blank: target.blank,
      placeholder: target.placeholder,
      horizon: target.horizon,
      horizonSource: target.horizonSource,
      horizonSpan: target.horizonSpan && span(target.horizonSpan),
      baseYear: target.baseYear,
      baseValue: target.baseValue,
      baseUnit: target.baseUnit,
      path: target.path,
      item: target.item && (items.get(target.item) ?? null),
      inGoals: target.inGoals,
      baseline: target.baseline,
      source: target.source && sourceOf(target.source),
    }),
  );
  const horizons = read.horizons.map((horizon) => ({ ...span(horizon), year: horizon.year, targets: [] as PlanTarget[] }));
  const horizonsByStart = new Map(horizons.map((entry) => [entry.start, entry]));
  for (const target of targets) if (target.horizonSpan) horizonsByStart.get(target.horizonSpan.start)?.targets.push(target);
  return {
    targets,
    period: read.period,
    planYear: read.planYear,
    goalItems: read.goalItems.map((item) => items.get(item)!),
    horizons,
    cut: read.cut,
  };
}

/**
 * Offsets in the joined text back to the text as written. Where a join removed the break, an
 * offset there is the end of the line above for an end, the start of the line below for a start.
 */
class JoinedOffsets {
  /** Per join: where it is in the joined text, and how far the text after it moves back. */
  private readonly at: number[] = [];
  private readonly shift: number[] = [];

  constructor(private readonly joins: readonly WrapJoin[]) {
    let removed = 0;
    for (const join of joins) {
      this.at.push(join.start - removed);
      removed += join.end - join.start - join.text.length;
      this.shift.push(removed);
    }
  }

  start(offset: number): number {
    const k = this.last(offset);
    if (k < 0) return offset;
    const join = this.joins[k]!;
    // In an inserted space, or just after the line above: the line below starts it.
    return offset < this.at[k]! + join.text.length ? join.end : offset + this.shift[k]!;
  }

  end(offset: number): number {
    const k = this.last(offset - 1);
    if (k < 0) return offset;
    const join = this.joins[k]!;
    return offset <= this.at[k]! + join.text.length ? join.start : offset + this.shift[k]!;
  }

  /** The last join at or before `offset` of the joined text, or -1. */
  private last(offset: number): number {
    let low = 0;
    let high = this.at.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.at[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}

const cache = new WeakMap<PlanDocument, TargetExtraction>();

/** Delimiters a clause does not cross; 、 joins indicators that share one value. */
const HARD_STOP = "，,。；;：:！!？?\n\r";
/** HARD_STOP by code unit: the scans below visit every character, and `text[i]` of a Chinese character allocates. */
const HARD_STOP_CODES = codeUnitSet(HARD_STOP);
/**
 * The hard stops, and a bracket that opens a part of the target before it (`40个（其中国家级5个）`),
 * which its closing bracket ends; not `（含）`, which says the bound counts itself (5家（含）以上).
 */
const HARD_STOP_PATTERN = new RegExp(`[${HARD_STOP}]|[（(](?=其中|含(?!\\s*[）)]))`, "g");
/**
 * `（含）` between a count's figure and its qualifier (培育…5家（含）以上): 以上 counts the bound
 * already, so the qualifier is read as the bare word (as the grammar's Qualifier reads a level's).
 * A space before either (培育品牌10个 以上, a pasted page's spacing) is read through, as the
 * grammar's TargetRest reads it.
 */
const INCLUSIVE_MARK = "(?:[（(]\\s*含\\s*[）)]\\s*)?";
/** INCLUSIVE_MARK with the spaces before it, for patterns that end the clause (`$`): none is left out of the target. */
const INCLUSIVE = `\\s*${INCLUSIVE_MARK}`;
const OPEN_BRACKET_CODES = codeUnitSet("（(");
const CLOSE_BRACKET = /[）)]/g;
/** What joins indicators that share a value; 与 not inside a word (参与, 给与, 授与). */
const JOINERS = /、|以及|和|及|(?<![参给授])与/;
/**
 * Words before an indicator that are not part of it (a year in either width of digits), the
 * plan's own area among them: 全市, 本市, 我县, 全旗 (a zone's 园区, 高新区 only in a zone's plan:
 * targets/zoneArea.ts, read once the targets are found, `withoutZoneArea`), and Markdown's `**` that closed a bold heading before it (`1.**……。**制造业质量竞争力指数达到86`)
 * or opens a bold sentence (`**食品抽检合格率达到98%**`, `__…__`), and a list's bullet an AI
 * writing tool or a web page sets before each goal (`- 制造业产品质量合格率达到94%以上；`, `• …`;
 * an ASCII one only before a space: `*重点*产品` is the plan's own text).
 */
const LEADING_NOISE = /^(?:\*\*|__|[-*+]\s+|[•·●○▪■◆]\s*|、|其中|同时|并且|并|且|和|及|力争|争取|确保|推动|推进|促进|实现|[全本我][市省区县州盟旗]|全年|年内|当年|本年度?|今年|到[\d０-９]{4}年[底末]?前?|至[\d０-９]{4}年[底末]?前?|[\d０-９]{4}年[底末]?前?)+/;
/** Adverbs before the comparator, a base year, and Markdown's bold closed before it (`**食品抽检合格率**达到98%`). */
const TRAILING_NOISE = /(?:\*\*|__|均|都|分别|力争|争取|确保|要|需|应|将|能够|可|进一步|约|逾|[比较][\d０-９]{4}年[底末]?|[比较](?:上年|去年)[底末]?|在[\d０-９]{4}年[底末]?的?基础上|与[\d０-９]{4}年[底末]?相比)+$/;
const ASPIRATIONAL = /力争|争取/;
/**
 * 累计 with the years it adds up over (三年累计, 5年累计): a total, not the comparator's nor the
 * indicator's words. Before a count's verb (累计培育…20家), at an indicator's start (累计培育企业
 * 数量达到…), or just before the comparator (…企业累计达到50家).
 */
// The span's digits start a number: 较2023年累计 is a base year and 累计, not a 23-year span.
const CUMULATIVE = "(?:(?:[一二两三四五六七八九十]|(?<![\\d０-９])\\d{1,2})年内?)?累计";
/**
 * A span of years before a count's verb without 累计 (三年新增…两个, 五年内建成…30个): what the span
 * adds, as 新增 alone says; neither the verb's nor the noun's words.
 */
const SPAN_OF_YEARS = "(?:[一二两三四五六七八九十]|(?<![\\d０-９])\\d{1,2})年内?";
const CUMULATIVE_WORD = /累计/;
const CUMULATIVE_LEAD = new RegExp(`^${CUMULATIVE}`);
/** 累计 just before the comparator, with the years it adds up over (…能耗五年累计下降13.5%): none of it the indicator's. */
const CUMULATIVE_BEFORE = new RegExp(`${CUMULATIVE}\\s*$`);
/** The place a count is made in, before its verb (全市累计培育…, 力争全县新增…): no part of the verb or the noun. */
const SCOPE = "[全本我][市省区县州盟旗]";
/** The year a count is made in, before its verb (全年发布…5项, 年内新增…): no part of the verb or the noun. */
const PERIOD_SCOPE = "全年|年内|当年|本年度?|今年";
/** 力争, 累计 and the place taken off a verb: what is left is the comparator as written (培育, 建设). */
const NOT_THE_VERB = new RegExp(`力争|争取|${CUMULATIVE}|${SPAN_OF_YEARS}|${SCOPE}|${PERIOD_SCOPE}`, "g");
/**
 * The unit of a figure a target starts from or a note states, in any unit a figure is written in:
 * %, ‰, 个百分点, or a short run of characters, per another (分, 件, 吨标准煤/万元). A group.
 */
const BASE_UNIT = "(%|％|‰|个百分点|[\\u4e00-\\u9fff]{1,6}(?:[/／每][\\u4e00-\\u9fff]{1,4})?)";
/**
 * The year a change is measured from: 比2020年, 较2022年底, 在2024年基础上, 与2024年相比, and
 * before a total from it (较2023年累计下降). One of groups 1–3 the year.
 */
const BASE_YEAR = new RegExp(`(?:[比较](\\d{4})年[底末]?|在(\\d{4})年[底末]?的?基础上|与(\\d{4})年[底末]?相比)\\s*(?:${CUMULATIVE})?\\s*$`);
/**
 * The figure a target starts from, just before its comparator: `由92%提高到95%`, `从80分提升至85分`,
 * its year said or not (`由2024年的92.5%提高到95%`), in any unit a figure is written in
 * (`由0.45吨标准煤/万元下降到0.40吨标准煤/万元`, `由8件提高到12件`: a unit of up to six
 * characters, per another of up to four). Groups: the year, the figure, its unit.
 */
const BASE_VALUE = new RegExp(`[由从]\\s*(?:(\\d{4})\\s*年[底末]?的?\\s*)?(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*$`);
/**
 * A year noted between an indicator and its comparator: `（2022年为97.5%）` (the figure it starts
 * from), `（2020年）` or a bare past `2020年` (the year the figure is of). Groups: the year, the
 * figure, its unit. A bare year after the plan's own is the target's (YEAR_BEFORE_COMPARATOR).
 */
const YEAR_NOTE = new RegExp(`(?:[（(]\\s*(\\d{4})\\s*年[底末]?(?:\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?)?\\s*[）)]|(?<![\\d比较由从到至在])(\\d{4})\\s*年[底末]?)\\s*$`);
/** A base noted in brackets after a target: `（2023年为93.1%）`, `（2022年底是84.5）`. Groups: the year, the figure, its unit. */
const NOTE_AFTER = new RegExp(`^[（(]\\s*(\\d{4})\\s*年[底末]?\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*[）)]`);
/** The characters YEAR_NOTE ends on. */
const YEAR_NOTE_ENDS = codeUnitSet("年底末）)");
/**
 * A clause that says what an indicator was (in a year), before the clause that sets its goal:
 * `制造业质量竞争力指数2020年为84.5，达到86`. Groups: the indicator, the year, the figure, its unit.
 */
const BASE_STATEMENT = new RegExp(`^(.+?)(?:(\\d{4})\\s*年[底末]?)?\\s*(?:为|是)\\s*(\\d+(?:\\.\\d+)?)\\s*${BASE_UNIT}?\\s*$`);
/** An indicator that measures something: what a direction can be said of. */
const METRIC = /(?:率|指数|比重|比例|占比|满意度|能耗|消耗|数量|拥有量|总量|强度|(?<![多少半])数)$/;

// 翻 (翻一番, read from the text by readInWords) is a rise; 降幅, 增幅 before a figure (能耗降幅13.5%) a change as its verb is.
const DELTA_COMPARATORS = new Set(["提高", "提升", "增长", "增加", "上升", "回升", "降低", "下降", "减少", "削减", "翻", "降幅", "减幅", "增幅", "涨幅"]);
/** ≤ ⩽ ＜ < (a goals table's signs) bound from above, as 不高于 does; ≥ ⩾ ＞ > from below, as 不低于. */
const DOWN_COMPARATORS = new Set(["降幅", "减幅", "降低", "降低到", "降低至", "降至", "下降", "下降到", "下降至", "减少", "削减", "控制在", "不高于", "不超过", "低于", "不多于", "≤", "⩽", "＜", "<"]);
const KEEP_COMPARATORS = new Set(["保持", "保持在", "稳定在"]);

/** The comparators a 达到或 before them makes one floor with (达到或超过, 达到或高于, 持平或高于). */
const REACH_OR = /^(?:超过|高于|优于)$/;
const REACH_OR_BEFORE = /((?:达到|达|持平)或)\s*$/;

/** A change per year (`年均增长8%`, `每年提高0.2个百分点`, `较上年提高0.5`): the rate belongs to the comparator, not the indicator. A year after a digit is a base year (比2020年降低). */
const RATE_PREFIX = /(?:年均|每年|[较比]上年|(?<![\d０-９上])年)$/;
/**
 * What a physical unit goes on with after the grammar's unit: `0.6吨标准煤/万元以下` is read as
 * 0.6 吨; the rest of the unit (its substance, its denominator) and the qualifier after it.
 */
const UNIT_TAIL = /^(标准煤|标煤|二氧化碳当量|二氧化碳|工作日|次)?([\/／每](?:万元|亿元|元|吨|(?:十万|[十百千万])?人口?|户|平方米|千瓦时|立方米))?(及以上|以上|以下|以内|左右)?/;
/** A measure word after a magnitude the grammar took for the unit (100万辆, 150万台), and the qualifier after it. */
const MEASURE_AFTER_MAGNITUDE = /^(辆|台|套|头|只|株|张|件|个|家|户|人|亩|吨|千瓦)(及以上|以上|以下|以内|左右)?/;
/**
 * Units the grammar does not know, after a figure it read with none (`控制在30立方米以内`,
 * `35微克/立方米以下`), and the qualifier after them.
 */
const UNIT_AFTER_FIGURE = /^\s*(万立方米|立方米|万千瓦时|千瓦时|万千瓦|千瓦|万公顷|公顷|万平方米|微克\/立方米|毫克\/立方米|毫克\/升|分贝|万人次|人次|个工作日|工作日|分钟)(及以上|以上|以下|以内|左右)?/;

/**
 * The upper end of a range after a target's value (`93%—95%`, `85.5—87`, `3至5个`) and the unit
 * written after it. Not a year (`达到86至2025年` is no range) nor part of a longer number.
 */
const RANGE_TAIL = /^\s*[—–\-~～至到]{1,2}\s*(\d+(?:\.\d+)?)(?![\d.．年])\s*(%|％|‰|个百分点|分|个|项|家|件|所|座|名|位|条|处|种|批|款|台|套|张|倍)?/;

const COUNT_UNITS = "万家|万个|万人次|万人|万名|万件|亿元|万元|人次|批次|场次|人|个|项|家|件|所|座|名|位|条|处|种|批|款|篇|场|台|套|支|部|张|次";
/**
 * What a count's noun ends on when the clause says what something was in a year, not what is to
 * be made (…拥有量2023年为11.2件，到2025年达到15件): the figure is the next target's base
 * (BASE_STATEMENT), no count of its own. A year after 到 or 至 is a goal's.
 */
const STATES_WHAT_WAS = /(?<![到至\d])\d{4}\s*年[底末]?的?\s*(?:为|是)\s*$/;
/** The units COUNT reads that count things or people (not sums of money): what a level of created things, or of people a verb counts (带动新增就业超过3万人), is in. */
const COUNTED_UNITS = new Set(["万个", "万家", "万件", "万人", "万名", "万人次", "人次", "人", "批次", "场次", "次", "个", "项", "家", "件", "所", "座", "名", "位", "条", "处", "种", "批", "款", "篇", "场", "台", "套", "支", "部", "张"]);
/**
 * A count: what is counted (with its verb), the figure, and its unit. The figure may be a range,
 * written as RANGE_TAIL writes one, the lower end's unit said or not (新增标准15—20项, 3至5家,
 * 50万元至500万元), or a floor (100余家, 50多项: more than the figure): groups 1 what, 2 the
 * (lower) figure, 3 余 or 多, 4 the lower end's unit, 5 the upper end, 6 the unit, 7 the
 * qualifier. Without the range, 15— would be read into what is counted and 20 taken for the figure.
 */
const COUNT = new RegExp(
  `^(.*?[^\\d.\\s第前])\\s*(\\d+(?:\\.\\d+)?)(余|多)?\\s*(?:(${COUNT_UNITS})?\\s*[—–\\-~～至到]{1,2}\\s*(\\d+(?:\\.\\d+)?)\\s*)?(${COUNT_UNITS})${INCLUSIVE}(及以上|以上|左右)?$`,
);
// 开展 and 检查 count what is done (开展工程质量检查300次, 检查在建项目200个): the noun after them is what is counted;
// 带动 and 吸纳 the people a measure employs (带动就业1.5万人: 就业 is what is counted); 设立 and 安排
// what a plan sets up or funds (安排质量提升项目30个, 设立服务站点12个).
const COUNT_VERBS = "创建|争创|创成|建成|建设|新建|改扩建|改建|扩建|改造|组建|培育|打造|新增|获得|认定|认证|发布|制定|修订|制修订|主导或参与制修订|引进|建立|完成|评选|选树|举办|实施|培训|抽查|抽检|开展|检查|带动|吸纳|设立|安排";
/**
 * How often a figure is to be met (每年检查…200个, 食品抽检量每年不少于…, 每季度抽查…): the target's,
 * written with its comparator, never a word of what it counts or measures. Not 年均 before a
 * measure: 年均浓度, 年均降水量 name a measure (a count's 年均新增 is a count per year all the same).
 */
const FREQUENCY = "每年度?|每季度|每半年|每月|每周";
/** A frequency that opens a level's indicator (每年财政投入…不少于): the comparator's. */
const FREQUENCY_LEAD = new RegExp(`^(?:${FREQUENCY})`);
/** A frequency (or 年均) after a count's noun, just before its figure (新增…企业年均5家). */
const FREQUENCY_AFTER_NOUN = new RegExp(`(?:${FREQUENCY}|年均)\\s*$`);
/** A frequency just before a level's comparator (食品抽检量每年不少于…). */
const FREQUENCY_BEFORE = new RegExp(`(?:${FREQUENCY})\\s*$`);
/**
 * A count's verb before what it counts, 新 said or not (新培育, 新认定, 新获得: the figure is of new
 * ones, as with 新增 and 新建). Not at a noun's end (VERB_AFTER), where 新 ends 专精特新.
 */
const LEADING_COUNT_VERBS = `新?(?:${COUNT_VERBS})(?:(?:、|和|或|及|与|/)新?(?:${COUNT_VERBS}))*`;
const COUNT_VERB = new RegExp(`^(?:${SCOPE})?(?:力争|争取)?(?:${SCOPE})?(?:${PERIOD_SCOPE})?(?:${FREQUENCY}|年均)?(?:${CUMULATIVE}|${SPAN_OF_YEARS})?(?:支持|推动|积极|组织|带动|吸纳)?${LEADING_COUNT_VERBS}`);
/** A total over a span of years and nothing else before its figure (三年累计, 全县五年累计): no verb, no noun. */
const BARE_TOTAL = new RegExp(`^(?:${SCOPE})?(?:力争|争取)?(?:${PERIOD_SCOPE})?(?:[一二两三四五六七八九十]|\\d{1,2})年内?累计$`);
/** A count's verb (or 累计) after the two characters at least of what it counts, at the end of its noun. */
const VERB_AFTER = new RegExp(`(?<=[\\u4e00-\\u9fff]{2}[^\\d]*)(?:(?:${FREQUENCY}|年均)?(?:${CUMULATIVE})?(?:${COUNT_VERBS})|${CUMULATIVE})$`);
/**
 * A count written figure first: `推动3.3万家企业上云上平台`, `建成10个示范园区`, `700家以上企业实施数字化转型`.
 * Groups: the verb before the figure (may be absent), the figure, its unit, 以上…, what is counted.
 */
const FIGURE_FIRST = new RegExp(
  `^((?:力争|争取)?(?:${CUMULATIVE})?(?:(?:支持|推动|积极|带动|引导)?${LEADING_COUNT_VERBS}|推动|带动|引导|帮助|组织|促进|支持))?\\s*(\\d+(?:\\.\\d+)?)\\s*(万家|家|万个|个|项|所|座|批|处|种|款|台|套)(及以上|以上|左右)?的?(?!(?:及以上|以上|左右)$)([\\u4e00-\\u9fff][^\\d]{1,30})$`,
);
/** Without a verb, a figure first counts organisations only: 700家企业…, not 3个工作日内…. */
const ORGANISATION_UNITS = new Set(["家", "万家"]);
/**
 * A share written figure first: `城镇新建民用建筑100%按照绿色建筑标准规划、设计、建设`. Groups: what
 * the share is of (no digit, not ending on a verb, so `全面执行75%节能标准` is no share), the
 * figure, the verb and what it does.
 */
const SHARE = /^([^\d%％]{2,30}?[\u4e00-\u9fff])(?<!执行|实现|达到|完成|采用|占|为|约|近|超|比)\s*(\d+(?:\.\d+)?)\s*[%％]((?:按照|按|执行|采用|使用|实现|纳入|接入|落实|覆盖|配备|通过).{1,40})$/;

/** An average a target is set against (全国平均水平, 全省水平, 同类城市平均水平): as targets/compare.ts reads it. */
const AVERAGE = "(?:全国|全省|全市|全区|全县|同期|同类城市|同类地区)?的?(?:平均)?水平";

/** The phrases of a direction without a figure (不断提高, 保持全国前列, 不低于全国平均水平). */
const DIRECTION_PHRASES = [
  "(?:不断|逐年|逐步|稳步|持续|明显|显著|进一步|大幅|全面|有效|有所|小幅|略有)(?:提高|提升|增强|增加|增长|扩大|上升|回升|下降|降低|减少|改善|优化)",
  // The verb alone (产品质量合格率下降, 质量安全事故起数增长): a movement all the same, of a measure
  // (METRIC) only; a modifier before it is read with it, the shortest indicator first.
  "(?:提高|提升|增加|增长|上升|回升|下降|降低|减少)",
  "(?:继续)?(?:保持|位居|稳居|位列|居于|走在)(?:全国|全省|全市)?(?:前列|领先水平|领先|第一方阵|首位)",
  "保持(?:总体)?稳定",
  // Steady with a rise (or a fall): 稳中有升, 稳中有增, 稳中有降, as a goals table's cell or the text says it.
  "稳中有(?:升|增|降)",
  // A level held, with no figure: 食品抽检合格率保持较高水平, 维持在良好水平.
  "(?:继续)?(?:保持|维持)在?(?:较高|高位|高|良好|较好|合理)的?水平",
  "(?:稳定|保持)在[^\\d，,。；;]{1,16}",
  // Relative to an average: a direction with no figure of its own (不低于全国平均水平, 低于全省
  // 平均水平, 高于全国平均水平2个百分点); targets/compare.ts `relativeTo` reads it.
  `(?:不低于|达到|高于|优于|超过|好于|不高于|不超过|低于)${AVERAGE}(?:\\d+(?:\\.\\d+)?(?:个百分点|%|％))?(?:以上)?`,
  // Against the year before (研发投入强度不低于上年水平, 保持在上年水平以上): a direction, no average.
  "(?:不低于|高于|超过|好于|不高于|不超过|低于)(?:上年|上一年度?|去年|前一年)的?水平|(?:保持|稳定|维持)在(?:上年|上一年度?|去年)的?水平(?:以上)?",
].join("|");
const DIRECTION = new RegExp(`^(.+?)(${DIRECTION_PHRASES})$`);
/** A direction's verb with nothing before it (提升, 下降). */
const BARE_MOVEMENT = /^(?:提高|提升|增加|增长|上升|回升|下降|降低|减少)$/;
/** A clause that opens on a task's verb (推动…提升, 促进…下降): what is done, not a goal's movement. */
const TASK_VERB_FIRST = /^\s*(?:推动|促进|推进|加快|带动|引导|助推|力促|着力)/;
/** A direction alone: what a table's target cell may say instead of a figure (稳步提升). */
const DIRECTION_PHRASE = new RegExp(`^(?:${DIRECTION_PHRASES})$`);

/** The way a direction's phrase moves its indicator. */
function directionSense(phrase: string): TargetSense {
  return /下降|降低|减少|有降|^(?:不高于|不超过|低于)/.test(phrase) ? "down" : /稳定|保持在|(?:保持|维持).*水平$/.test(phrase) ? "keep" : "up";
}

// 继续保持省长质量奖获奖数量全省前列: the verb comes first.
const DIRECTION_VERB_FIRST = /^((?:继续)?(?:保持|稳居))(.+?)((?:全国|全省|全市)(?:前列|领先|首位))$/;

/**
 * What a clause must have for DIRECTION or DIRECTION_VERB_FIRST to match: one of their endings,
 * or 稳定在/保持在. Most clauses have neither, and the two patterns try every split of the
 * clause before failing; this test is one scan.
 */
const DIRECTION_HINT = /(?:提高|提升|增强|增加|增长|扩大|上升|回升|下降|降低|减少|改善|优化|前列|水平|领先|方阵|首位|稳定|有升|有增|有降)$|(?:稳定|保持)在|水平\d/;

/** How far into a sentence or a clause its opening (力争到2025年，, 2025年底前) is read. */
const OPENING_SPAN = 24;
/**
 * A sentence that opens on 力争 or 争取 before its year (力争到2025年，…; 力争2025年底前，…): the
 * whole sentence is striven for. 力争推动…，…建成… strives for its own clause only.
 */
const STRIVING_OPENING = /^[\s“"‘]*(?:力争|争取)\s*[到至]?\s*\d{4}\s*年(?:底|末)?前?\s*[，,]/;
const CONFIRMS = /确保/;
/**
 * A year with no 到 before it opening a sentence or a clause (2025年，…; 2025年达到80家; 力争2025年底前…;
 * a milestone inside a target, …达到94%，其中2024年达到93%): the year of the targets after it, when
 * it is not before the plan's own (or the plan's year is unknown); not a year things start from
 * (2023年起, 2023年至2025年) nor one gone by (2020年以来). Groups: the year as written, its digits.
 */
/**
 * A year between an indicator and its comparator (`制造业质量竞争力指数2025年达到85.5，2026年达到86`):
 * the target's own year, no part of the indicator's name. Not a base year (比2020年, 较2022年:
 * BASE_YEAR), nor one that starts a period (2023年起) or a range (2023年至). Group 1 the year.
 */
const YEAR_BEFORE_COMPARATOR = /(?<![\d比较由从])(?:到|至|在)?(\d{4})\s*年(?:底|末)?前?\s*$/;
/** 分别 just before a comparator: each indicator (or year) before it has its own figure, in order. */
const RESPECTIVELY = /分别\s*$/;
/** The years of one indicator's figures given 分别 (制造业产品质量合格率2025年、2027年分别达到94%、95%). */
const RESPECTIVE_YEARS = /(?<!\d)(\d{4})\s*年(?:\s*[、和及与]\s*\d{4}\s*年)+\s*分别\s*$/;
const A_YEAR = /(\d{4})\s*年/g;
/** A further figure of a 分别 list after the first (、98.5%, 和95%以上), its unit said or not. */
const NEXT_FIGURE = /^\s*[、，,和及与]\s*(\d+(?:\.\d+)?)\s*(%|％|‰|个百分点|分|个|项|家|件|所|座|亿元|万元|元|倍)?\s*(及以上|以上|以下|以内|左右)?/;
const BARE_YEAR = /^[\s“"‘]*(?:(?:力争|争取|确保|其中)\s*)?((\d{4})\s*年(?:底|末)?前?)(?!以来|以前|前后|来|均|度|起|开始|\s*[至到—–\-~～])/;

/**
 * A heading or a line that is only a year (1.2024年目标, （一）2025年, 2024年度工作目标：): the year of
 * the targets below it, as a 到…年 line is, up to the next item of its level. A task's marker before
 * the year is no item to the model (1.2024年目标 reads as a decimal), and is skipped here. Group: the
 * year's digits.
 */
const YEAR_LABEL = /^[\s“"‘]*(?:\d{1,2}[.．、]\s*)?(\d{4})\s*年(?:底|末)?前?度?的?(?:主要|工作|阶段性?|行动|发展|年度)?(?:目标|任务|指标)*\s*[：:。．.]?$/;
/** How long a year label is at most: the longest YEAR_LABEL reads with spaces to spare. */
const YEAR_LABEL_SPAN = 20;

/** 十: a horizon node that opens on it is a five-year period (“十四五”期间), not a 到…年. */
const FIVE_YEAR_PERIOD = 0x5341;

interface HorizonState {
  year: number;
  level: number;
  span: Span;
  /** What the targets in its scope say of their horizon: one object for all of them. */
  fields: HorizonFields;
  /**
   * Where its scope ends: the end of its clause for a horizon that goes on with a target its
   * clause already gave (…提高到94.5%以上，到2027年达到95%以上；), where a sibling clause of the
   * same sentence follows and `outer` holds again; never for one that opens its clause, which
   * governs what follows, nor past a sentence's end (what the next sentence means is not told).
   */
  until: number;
  outer: HorizonState | null;
}

type HorizonFields = Pick<PlanTarget, "horizon" | "horizonSource" | "horizonSpan">;

/**
 * The tables of indicators a plan pastes as text (targets/tables.ts), read as the extraction
 * reads them, once per plan: the extraction reads their rows by their columns, and other rules
 * (text/broken-sentence) leave their lines alone. Null for a plan with none (nearly every plan).
 */
export function indicatorTables(plan: PlanDocument): IndicatorTables | null {
  const period = planPeriodOf(plan);
  return indicatorTablesOf(plan, plan.trailer ? plan.trailer.start : plan.text.length, planYearOf(plan) ?? period?.from ?? null, period);
}

function indicatorTablesOf(plan: PlanDocument, planEnd: number, referenceYear: number | null, period: PlanPeriod | null): IndicatorTables | null {
  let tables = tablesOfPlan.get(plan);
  if (tables === undefined) tablesOfPlan.set(plan, (tables = readIndicatorTables(plan.lines, plan.text, planEnd, referenceYear, period?.from ?? null, plan.quotedCells)));
  return tables;
}

const tablesOfPlan = new WeakMap<PlanDocument, IndicatorTables | null>();

/** `pages.seen` is set when the plan has a page number or running head (model/reading.ts). */
function extract(plan: PlanDocument, pages: { seen: boolean } | null): TargetExtraction {
  const period = planPeriodOf(plan);
  const goalItems = plan.allItems.filter(isGoalsHeading);
  // Targets a wrap cuts are dropped below (dropCut), not read: what the plan lacks cannot be told.
  const extraction: TargetExtraction = { targets: [], period, planYear: planYearOf(plan), goalItems, horizons: [], cut: plan.hardWrap !== null };
  const owners = new LineOwners(plan.allItems);
  const modelTargets = new Map<number, Target>();
  for (const target of plan.targets) modelTargets.set(target.valueSpan.start, target);

  const text = plan.text;
  const planEnd = plan.trailer ? plan.trailer.start : text.length;
  let horizon: HorizonState | null = null;
  const context = new LineContext(plan, period, extraction.planYear ?? period?.from ?? null, extraction.horizons);
  // A PDF's measure cuts sentences (model/hardWrap.ts): a line that goes on below, and the line
  // it goes on to. Null for nearly every plan.
  const wrapped = plan.hardWrap === null ? null : new Set<LineNode>(plan.hardWrap.lines);
  // Tables of indicators pasted as text (targets/tables.ts): their rows are read by their columns.
  const tables = indicatorTablesOf(plan, planEnd, context.referenceYear, period);
  let continues = false;
  for (let index = 0; index < plan.lines.length; index++) {
    const line = plan.lines[index]!;
    const continuation = continues;
    continues = wrapped !== null && wrapped.has(line);
    if (line.start >= planEnd) break;
    if (line.kind !== "text" && line.kind !== "item" && line.kind !== "list") continue;
    if (line.kind === "text" && line.textKind === "pageNumber") {
      if (pages) pages.seen = true;
      continue;
    }
    /** Where this line's targets start among the plan's. */
    const firstOfLine = extraction.targets.length;
    const item = owners.ownerOf(line);
    if (item && line === item.line && horizon && item.level <= horizon.level) horizon = null;
    context.moveTo(line, item);
    if (tables !== null && tables.lines.has(line)) {
      const row = tables.rows.get(line);
      if (row) rowTargets(extraction, row, context, horizon, modelTargets);
      continue;
    }
    // A heading (or a line) that is only a year governs what is below it (到2024年 is the grammar's
    // horizon; a table's 2025年 cell its column's). Read only where the text opens on a digit:
    // nearly every line costs one look.
    if (line.kind === "text" || (item !== null && line === item.line)) {
      const label = yearLabel(text, line, context.referenceYear);
      if (label) horizon = openHorizon(extraction, label, item, null);
    }
    const parts = inlinePartsOf(line);
    // Text after a target up to the next hard stop belongs to it (its qualifier, its range);
    // text before one from the last hard stop is its indicator. Other elements own no text
    // around them: 到2025年新增…10家, 对照《…》新建…8个 and …5个〔责任单位：…〕 state counts.
    let floor = line.kind === "text" ? line.indentEnd : line.headingStart;
    let previous: PlanTarget[] | null = null;
    // The horizon part last passed and the floor before it: …2023年为98.1%，到2025年达到98% states
    // its base in the clause before the horizon (baseStatementBefore).
    let horizonPart: Span | null = null;
    let horizonFloor = floor;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      // A horizon scoped to a clause that has ended gives way here, so that none is kept past it.
      while (horizon !== null && part.start >= horizon.until) horizon = horizon.outer;
      if (part.type === "horizon") {
        horizonPart = part;
        horizonFloor = floor;
        // A five-year period gone by (“十三五”期间, in a 2023 plan) is what the plan reports, not a horizon.
        if (!(text.charCodeAt(part.start) === FIVE_YEAR_PERIOD && context.referenceYear !== null && part.year < context.referenceYear)) {
          const last = extraction.targets.length > firstOfLine ? extraction.targets[extraction.targets.length - 1]! : null;
          const until = last !== null && goesOnWith(text, last, part, line) ? siblingClauseAfter(text, part.end, line.end) : -1;
          horizon = openHorizon(extraction, part, item, until >= 0 ? { until, outer: horizon } : null);
        }
      } else if (part.type === "target") {
        // 品牌价值超过10亿元的企业达到5家: the first figure says which things the next one counts.
        if (modifiesNext(text, parts, i)) continue;
        const model = modelTargets.get(part.valueStart);
        if (model) {
          previous = fromModel(model, floor, context, horizon, previous, horizonPart !== null && horizonPart.end === floor ? horizonPart.start : -1, horizonFloor);
          for (const target of previous) extraction.targets.push(target);
        }
      } else if (part.type === "placeholder" && item) {
        const count = placeholderCount(text, part, parts[i + 1], floor, context, horizon);
        if (count) extraction.targets.push(count);
      } else if (part.type === "text" && item) {
        const next = parts[i + 1];
        const ownsTail = next !== undefined && (next.type === "target" || next.type === "placeholder");
        const before = i > 0 ? parts[i - 1]!.type : "text";
        const ownsHead = before === "target" || before === "placeholder";
        const read = extraction.targets.length;
        placeFromText(extraction.targets, part, ownsHead, ownsTail, context, horizon);
        // A measure read from the text (提高一个百分点, in words) is the one a clause after it with no
        // indicator goes on with (，达到94.5%), as a grammar's target is. A count's noun is named
        // after it by nameElided, which carries its 累计 too.
        if (extraction.targets.length > read) previous = extraction.targets[read]!.kind !== "count" ? extraction.targets.slice(read) : null;
      }
      if (part.type !== "text") floor = part.end;
    }
    if (extraction.targets.length - firstOfLine > 1) nameParts(extraction.targets, firstOfLine, text);
    if (extraction.targets.length > firstOfLine) nameElided(extraction.targets, firstOfLine, text);
    if (continuation || continues) dropCut(extraction.targets, firstOfLine, text, line, continuation, continues ? plan.lines[index + 1]! : null);
  }
  const horizonsByStart = new Map(extraction.horizons.map((entry) => [entry.start, entry]));
  for (const target of extraction.targets) {
    if (target.horizonSpan) horizonsByStart.get(target.horizonSpan.start)?.targets.push(target);
  }
  extraction.targets.sort((a, b) => a.start - b.start);
  return extraction;
}

/**
 * Whether the grammar's target at parts[i] is a modifier of the noun of the next target in its
 * clause (品牌价值超过10亿元的企业达到5家, 年营业收入超过100亿元的企业不少于3家): a 的 follows it,
 * and the clause goes on to a figure of its own. The clause's target is the next one, its indicator
 * the whole noun; read apart, 品牌价值 was held to 10亿元 and the companies counted were 的企业.
 * A target with no other after it in its clause (实现…达到94%的目标) is the target it says.
 */
function modifiesNext(text: string, parts: readonly InlineNode[], i: number): boolean {
  const after = parts[i + 1];
  if (after === undefined || after.type !== "text") return false;
  let at = after.start;
  while (at < after.end && text.charCodeAt(at) === 0x20) at++;
  if (text.charCodeAt(at) !== 0x7684) return false;
  const next = parts[i + 2];
  if (next === undefined || next.type !== "target") return false;
  for (let k = at; k < next.start; k++) if (HARD_STOP_CODES.has(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The path of a line no item owns that stands in a 专栏 box: the box's host and its label
 * (一、 › （二） › 专栏1), as a box's own items are shown; in an attachment, its label (附件1: a
 * plan whose goals are only in its attached table of indicators, rows of no item); [] elsewhere.
 * A box of indicators set under the goals (专栏1 主要指标, its rows a table) has no item of its own.
 */
function boxPathOf(plan: PlanDocument, line: LineNode): string[] {
  for (const box of plan.boxes) {
    if (box.start > line.start) break;
    if (line.start < box.end) return [...(box.host ? pathOf(box.host) : []), box.label.text];
  }
  for (const attachment of plan.attachments) {
    if (attachment.start > line.start) break;
    if (line.start <= attachment.end) return [attachment.label.text];
  }
  return [];
}

/**
 * What the targets of one line share. One object serves line after line (`moveTo`), and the
 * item's path and the goals test are worked out on first use: most lines state no target, and
 * this runs over every line on every keystroke. A target copies the values, not the object.
 */
class LineContext {
  item: NumberedItem | null = null;
  private line: LineNode | null = null;
  private pathOfLine: string[] | null = null;
  private inGoalsOfLine: boolean | null = null;
  private inBaselineOfLine: boolean | null = null;

  /** Whether the plan's syntax nodes live on into the next version (the server's parses). */
  readonly keptNodes: boolean;
  /** Whether a figure is reported: read on, figure after figure, through each sentence. */
  private readonly sentences: ReportingSentences;

  /** The horizon of a target no `到…年` governs: the end of the plan period, if it has one. */
  readonly unscoped: HorizonFields;

  /** The sentence the last target asked about stands in: where it starts, and what it opens with. */
  private sentenceFrom = -1;
  private sentenceAt = -1;
  private sentenceStart = -1;
  private sentenceStrives = false;
  private sentenceYear: HorizonFields | null = null;
  /** The bare years already among the extraction's horizons, by their start. */
  private readonly bareYears = new Map<number, HorizonFields>();

  constructor(
    readonly plan: PlanDocument,
    readonly period: PlanPeriod | null,
    /** The year a bare year in a sentence is compared with: the plan's date, else its period's start. */
    readonly referenceYear: number | null,
    /** The extraction's horizons, which a bare year that governs a target joins. */
    private readonly horizons: TargetExtraction["horizons"],
  ) {
    this.keptNodes = nodesAreKept(plan.syntax);
    this.sentences = new ReportingSentences(plan.text, referenceYear);
    this.unscoped = period ? { horizon: period.to, horizonSource: "period", horizonSpan: null } : { horizon: null, horizonSource: null, horizonSpan: null };
  }

  moveTo(line: LineNode, item: NumberedItem | null): void {
    this.line = line;
    this.item = item;
    this.pathOfLine = null;
    this.inGoalsOfLine = null;
    this.inBaselineOfLine = null;
  }

  get path(): string[] {
    return (this.pathOfLine ??= this.item ? pathOf(this.item) : boxPathOf(this.plan, this.line!));
  }

  get inGoals(): boolean {
    return (this.inGoalsOfLine ??= isGoalsLine(this.line!, this.item, this.plan.text, this.plan.parts));
  }

  /**
   * Whether the sentence holding `at` opens on 力争 or 争取 before its year (`力争到2025年，A达到…，
   * B达到…`: both are striven for); a clause of its own that says 确保 is a commitment still.
   */
  strives(at: number): boolean {
    this.readSentence(at);
    return this.sentenceStrives && !CONFIRMS.test(this.plan.text.slice(clauseStart(this.plan.text, at, this.sentenceStart), at));
  }

  /**
   * The horizon of a target at `at`: a bare year after the plan's own that opens its clause
   * (`…达到50家，2025年达到80家`) or its sentence (`2025年，A达到…，B达到…`), else `inForce`. A
   * `到…年` in the same sentence is nearer than the sentence's opening year.
   */
  horizonAt(at: number, inForce: HorizonFields): HorizonFields {
    const text = this.plan.text;
    const own = this.bareYear(clauseStart(text, at, this.lineStart()), at);
    if (own) return own;
    this.readSentence(at);
    const opening = this.sentenceYear;
    if (opening === null || (inForce.horizonSource === "text" && inForce.horizonSpan!.start >= this.sentenceStart)) return inForce;
    return opening;
  }

  private lineStart(): number {
    const line = this.line!;
    return line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd;
  }

  /**
   * The horizon a year just before a comparator sets (`…指数2025年达到85.5`: YEAR_BEFORE_COMPARATOR),
   * after the indicator's first characters and not before the plan's own year; its span, or null.
   */
  yearBeforeComparator(from: number, to: number): HorizonFields | null {
    const text = this.plan.text;
    const window = Math.max(from, to - 10);
    const match = YEAR_BEFORE_COMPARATOR.exec(toHalfwidthFigures(text.slice(window, to)));
    if (match === null) return null;
    const start = window + match.index;
    // A year that opens the clause is its horizon already (horizonAt): one with no indicator before it.
    if (start <= from) return null;
    const year = Number(match[1]);
    if (this.referenceYear !== null && year < this.referenceYear) return null;
    return this.yearAt({ start, end: to }, year);
  }

  /** The horizon a year written at `span` sets, once per place (the horizons list holds each year once). */
  yearAt(span: Span, year: number): HorizonFields {
    let fields = this.bareYears.get(span.start);
    if (!fields) {
      fields = { horizon: year, horizonSource: "text", horizonSpan: span };
      this.bareYears.set(span.start, fields);
      this.horizons.push({ ...span, year, targets: [] });
    }
    return fields;
  }

  /** Reads the opening of the sentence holding `at`, once per sentence (a list of forty figures is one). */
  private readSentence(at: number): void {
    const text = this.plan.text;
    const from = this.lineStart();
    if (from === this.sentenceFrom && at >= this.sentenceAt && !sentenceEndsIn(text, this.sentenceAt, at)) {
      this.sentenceAt = at;
      return;
    }
    let start = at;
    while (start > from && !SENTENCE_STOP_CODES.has(text.charCodeAt(start - 1))) start--;
    this.sentenceFrom = from;
    this.sentenceAt = at;
    this.sentenceStart = start;
    const head = toHalfwidthFigures(text.slice(start, Math.min(at, start + OPENING_SPAN)));
    this.sentenceStrives = STRIVING_OPENING.test(head);
    this.sentenceYear = this.bareYear(start, at);
  }

  /** The horizon a bare year opening text[from, to) sets, if it is after the plan's own year. */
  private bareYear(from: number, to: number): HorizonFields | null {
    const text = this.plan.text;
    const match = BARE_YEAR.exec(toHalfwidthFigures(text.slice(from, Math.min(to, from + OPENING_SPAN))));
    // Without the plan's year, a year opening a sentence is still that sentence's year: read as the
    // period's end instead, 2024年目标：…达到93% was compared as the 2025 figure.
    if (match === null || (this.referenceYear !== null && Number(match[2]) < this.referenceYear)) return null;
    const start = from + match[0].length - match[1]!.length;
    let fields = this.bareYears.get(start);
    if (!fields) {
      const span = { start, end: from + match[0].length };
      fields = { horizon: Number(match[2]), horizonSource: "text", horizonSpan: span };
      this.bareYears.set(start, fields);
      this.horizons.push({ ...span, year: Number(match[2]), targets: [] });
    }
    return fields;
  }

  /** Whether a figure at `at` is reported rather than set (see targets/pastStatements.ts). */
  reports(at: number): boolean {
    if ((this.inBaselineOfLine ??= isBaselineSection(this.item))) return true;
    const line = this.line!;
    return this.sentences.reports(line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd, at);
  }
}

/** The year a line that is only a year label sets (see YEAR_LABEL), with its span; null for any other line. */
function yearLabel(text: string, line: LineNode, referenceYear: number | null): (Span & { year: number }) | null {
  const from = line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd;
  const first = text.charCodeAt(from);
  const digit = (first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19);
  if (!digit) return null;
  const end = textEndOf(line, text);
  if (end - from > YEAR_LABEL_SPAN) return null;
  const match = YEAR_LABEL.exec(toHalfwidthFigures(text.slice(from, end)));
  if (!match) return null;
  const year = Number(match[1]);
  // A year before the plan's own labels what was done (2022年：…), which pastStatements reads.
  if (referenceYear !== null && year < referenceYear) return null;
  const start = from + match[0].lastIndexOf(match[1]!, match[0].indexOf("年"));
  return { start, end: start + text.slice(start, end).indexOf("年") + 1, year };
}

function openHorizon(
  extraction: TargetExtraction,
  node: Span & { year: number },
  item: NumberedItem | null,
  scope: { until: number; outer: HorizonState | null } | null,
): HorizonState {
  const span = { start: node.start, end: node.end };
  const entry = { ...span, year: node.year, targets: [] };
  extraction.horizons.push(entry);
  return { year: node.year, level: item?.level ?? 0, span, fields: { horizon: node.year, horizonSource: "text", horizonSpan: span }, until: scope?.until ?? Infinity, outer: scope?.outer ?? null };
}

/** The horizon in force at `at`: a horizon whose clause has ended gives way to the one it went on from. */
function horizonFields(context: LineContext, horizon: HorizonState | null, at: number): HorizonFields {
  while (horizon !== null && at >= horizon.until) horizon = horizon.outer;
  return horizon ? horizon.fields : context.unscoped;
}

/** The stops that end a clause a horizon may be scoped to (not the comma within it). */
const CLAUSE_END_CODES = codeUnitSet("；;。");
const SEMICOLON_CODES = codeUnitSet("；;");

/**
 * Whether a horizon goes on with the target before it (到2025年，制造业产品质量合格率提高到94.5%以上，
 * 到2027年达到95%以上): that target stands in the horizon's clause (no ；。 between), with a comma
 * between them, so the horizon is a second year for what the clause measures, not the opening
 * of what follows (为推动高质量发展，到2025年，… has no target before it).
 */
function goesOnWith(text: string, last: PlanTarget, horizon: Span, line: LineNode): boolean {
  if (last.end > horizon.start || last.start < line.start) return false;
  let comma = false;
  for (let i = last.end; i < horizon.start; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_END_CODES.has(code)) return false;
    if (code === 0xff0c || code === 0x2c) comma = true;
  }
  return comma;
}

/** Where the clause that goes on at `from` ends in a ；, a sibling clause after it; -1 where its sentence or line ends first. */
function siblingClauseAfter(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_END_CODES.has(code)) return SEMICOLON_CODES.has(code) ? i : -1;
  }
  return -1;
}

/**
 * Which way a level bounds its indicator. A level of none (重大质量安全事故 | 起 | 0, 事故为0起) is a
 * ceiling whatever it is written with: nothing is fewer than none, so "at least 0" asks nothing,
 * and read so a table's 0 made a province's 0 a floor that a city's 1 passed as stricter.
 */
function senseOf(comparator: string, qualifier: string, value: number | null): TargetSense {
  if (value === 0 && !KEEP_COMPARATORS.has(comparator)) return "down";
  if (qualifier === "以上" || qualifier === "及以上") return "up";
  if (qualifier === "以下" || qualifier === "以内") return "down";
  if (DOWN_COMPARATORS.has(comparator)) return "down";
  if (KEEP_COMPARATORS.has(comparator)) return "keep";
  return "up";
}

/**
 * The way a change moves its indicator: the verb decides. A qualifier bounds the size of the
 * change, not its way — 下降9%以上 is a fall of at least 9 %, still a fall.
 */
function senseOfChange(comparator: string): TargetSense {
  return DOWN_COMPARATORS.has(comparator) ? "down" : "up";
}

/** Splits `A、B均` into its indicators when they share the value; else one indicator. */
function indicatorsOf(text: string, stretchStart: number, stretchEnd: number): Array<{ text: string; span: Span }> {
  const raw = text.slice(stretchStart, stretchEnd);
  // 均 and 都 share one figure; 分别 gives each its own (fromModel), but splits them alike.
  const shared = /(?:均|都|分别)\s*$/.test(raw);
  const pieces: Array<{ text: string; span: Span }> = [];
  const joiner = new RegExp(JOINERS.source, "g");
  let last = 0;
  for (const match of raw.matchAll(joiner)) {
    pieces.push(trimmed(raw.slice(last, match.index), stretchStart + last));
    last = match.index + match[0].length;
  }
  pieces.push(trimmed(raw.slice(last), stretchStart + last));
  const split = pieces.length > 1 && pieces.every((piece) => piece.text.length > 0 && (shared || METRIC.test(piece.text)));
  if (split) {
    // 国家级、省级标准化试点示范项目: a level alone counts the noun the next piece names after its level.
    let noun = "";
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      if (noun && LEVEL_ONLY.test(piece.text)) piece.text += noun;
      else {
        const level = LEADING_LEVELS.exec(piece.text);
        noun = level && level[0].length < piece.text.length ? piece.text.slice(level[0].length) : "";
      }
    }
    return pieces;
  }
  return [trimmed(raw, stretchStart)];
}

/** A name in quotation marks or 书名号: one example before 等 is enough. */
const QUOTED_EXAMPLE = "(?:“[^”]{1,20}”|《[^》]{1,30}》)";
/** One example of a list before 等: quoted, or a run of Han characters. */
const EXAMPLE = `(?:${QUOTED_EXAMPLE}|[\\u4e00-\\u9fff]{1,12})`;
/**
 * Examples before what a count counts (新增“赣南脐橙”等地理标志产品3个, 培育华为、比亚迪等领军企业5家):
 * one quoted, or several listed, then 等 and the noun. Not 等级, 等次, 等额 (words of their own).
 */
const EXAMPLES_FIRST = new RegExp(`^(?:${QUOTED_EXAMPLE}|${EXAMPLE}(?:、${EXAMPLE})+)等(?![级次额同])(?=[\\u4e00-\\u9fff]{2})`);

/**
 * What a count counts without the examples its drafter named first: the thing counted is the
 * noun after 等 (地理标志产品), the examples its instances, so it is matched with a parent's goal of
 * that noun. The span starts at the noun.
 */
function withoutExamples(indicator: { text: string; span: Span }): { text: string; span: Span } {
  const examples = indicator.text.includes("等") ? EXAMPLES_FIRST.exec(indicator.text) : null;
  if (examples === null) return indicator;
  const length = examples[0].length;
  return { text: indicator.text.slice(length), span: { start: indicator.span.start + length, end: indicator.span.end } };
}

function trimmed(raw: string, offset: number): { text: string; span: Span } {
  let start = 0;
  let end = raw.length;
  while (start < end && /\s/.test(raw[start]!)) start++;
  const lead = LEADING_NOISE.exec(raw.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING_NOISE.exec(raw.slice(start, end));
  if (trail) end -= trail[0].length;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  return { text: raw.slice(start, end), span: { start: offset + start, end: offset + end } };
}

const TAB = 0x09;

/** A cell that names no indicator: a number (序号, 基数; in either width), a unit, a year. */
const NO_INDICATOR_CELL = /^[\d０-９.．%％‰]*(?:年|个百分点|[%％‰分个项家件元次人所座倍吨亩户天名位条处种批款])?$/;

/**
 * The indicator of a target in a row of a table pasted as tab-separated text (`1\t制造业产品质量合格率\t%\t94.8\t≥95`):
 * the row's first cell that names something, not the cell just before the target (its 基数).
 */
function indicatorCell(text: string, start: number, end: number): { text: string; span: Span; unit: string } | null {
  let found: { text: string; span: Span; unit: string } | null = null;
  let at = start;
  while (at < end) {
    let stop = at;
    while (stop < end && text.charCodeAt(stop) !== TAB) stop++;
    const cell = trimmed(text.slice(at, stop), at);
    if (!found && cell.text && !NO_INDICATOR_CELL.test(cell.text)) found = { text: cell.text, span: cell.span, unit: "" };
    else if (found && UNIT_CELL.test(cell.text)) found.unit = cell.text;
    at = stop + 1;
  }
  return found;
}

/** A 单位 cell: a unit alone. */
const UNIT_CELL = /^(?:%|％|‰|个百分点|分|个|项|家|件|元|亿元|万元|次|人|所|座|倍|吨|名|位|条|处|种|批|款)$/;

/** Where the clause holding an offset starts: after the last hard stop, never before `floor`. */
function clauseStart(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && !HARD_STOP_CODES.has(text.charCodeAt(start - 1)) && !opensPart(text, start - 1)) start--;
  return start;
}

/** Whether the bracket at `at` opens a part of the figure before it: `40个（其中…）`, `40个（含…）`. */
function opensPart(text: string, at: number): boolean {
  return OPEN_BRACKET_CODES.has(text.charCodeAt(at)) && (text.startsWith("其中", at + 1) || (text.startsWith("含", at + 1) && !INCLUSIVE_ONLY.test(text.slice(at, at + 6)))) && afterFigure(text, at);
}

/** A bracket that holds 含 alone: `（含）`, no part. */
const INCLUSIVE_ONLY = /^[（(]\s*含\s*[）)]/;

/** A figure just before `at`, with its unit and qualifier (`40个`, `98%以上`, `5万家`). */
const FIGURE_BEFORE = /[0-9０-９]\s*[^0-9０-９\s]{0,4}$/;

function afterFigure(text: string, at: number): boolean {
  return FIGURE_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Marks that end a sentence: a commitment after one does not go on with the indicator before it,
 * nor a part (其中…) take the noun of a target before it.
 */
const SENTENCE_STOP_CODES = codeUnitSet("。；;！!？?");

/** Whether a sentence ends in [start, end), read by code unit. */
function sentenceEndsIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SENTENCE_STOP_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Marks that end a statement: what a target names carries over a ； to one that names none
 * (`到2027年，A达到98.8%以上；到2030年，达到99%以上`), not over a 。.
 */
const STATEMENT_STOP_CODES = codeUnitSet("。！!？?");

/** Whether a statement ends in [start, end), read by code unit. */
function statementEndsIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (STATEMENT_STOP_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The indicators of a target that names none (`确保达到94%、力争达到95%`): those of the target
 * before it in the same statement (a ； between them or not), else the empty one it has.
 */
function inheritedIndicators(text: string, own: Array<{ text: string; span: Span }>, previous: readonly PlanTarget[] | null, nodeStart: number): Array<{ text: string; span: Span }> {
  if (own.length !== 1 || own[0]!.text !== "" || !previous || previous.length === 0) return own;
  if (statementEndsIn(text, previous[previous.length - 1]!.end, nodeStart)) return own;
  if (previous[0]!.indicator === "") return own;
  return previous.map((target) => ({ text: target.indicator, span: target.indicatorSpan! }));
}

/**
 * Where a grammar target's comparator starts: its last occurrence before the value. A comparator
 * read through a format character (达<U+200B>到: the grammar's Comparator is its words without
 * it) is not written as read: it starts at its first character.
 */
export function comparatorStartOf(text: string, target: Pick<Target, "start" | "comparator" | "valueSpan">): number {
  const written = text.lastIndexOf(target.comparator, target.valueSpan.start);
  return written >= target.start || target.comparator.length < 2 ? written : Math.max(text.lastIndexOf(target.comparator[0]!, target.valueSpan.start), target.start);
}

/**
 * A target from the grammar's node; `horizonStart` is where a horizon part right before its clause
 * starts (else -1), `horizonFloor` the floor before that part.
 */
function fromModel(written: Target, floor: number, context: LineContext, horizon: HorizonState | null, previous: readonly PlanTarget[] | null, horizonStart: number, horizonFloor: number): PlanTarget[] {
  const text = context.plan.text;
  // 提高到2027年的85分: the grammar's figure is the year the target is for, and the figure follows it.
  const yearFirst = figureAfterYear(text, written);
  const model = yearFirst?.target ?? written;
  // The comparator starts the grammar's target node; the grammar's indicator may end before
  // adverbs it trimmed (力争, 均), which the clause stretch below keeps for splitting.
  const nodeStart = comparatorStartOf(text, model);
  const stretchStart = clauseStart(text, model.indicator ? model.indicator.start : nodeStart, floor);
  const before = text.slice(stretchStart, nodeStart);
  const base = BASE_YEAR.exec(toHalfwidthFigures(before));
  let upper: number | null = null;
  // ％ (full width, pasted from WPS) is the unit %: reports, comparisons and sorting see one unit.
  let unit = model.unit === "％" ? "%" : model.unit;
  let qualifier = model.qualifier;
  let end = model.end;
  const range = model.value !== null ? RANGE_TAIL.exec(toHalfwidthFigures(text.slice(model.end, model.end + 16))) : null;
  // Without a unit on either end, the second figure is a range's end only if it is above the first.
  if (range && (range[2] || unit || Number(range[1]) > model.value!)) {
    upper = Number(range[1]);
    if (!unit && range[2]) unit = range[2] === "％" ? "%" : range[2];
    end = model.end + range[0].length;
  }
  // 100万辆, 150万台: the grammar reads the magnitude as the unit; the measure word after it is the unit's rest.
  const measure = (unit === "万" || unit === "亿") && !qualifier && !range ? MEASURE_AFTER_MAGNITUDE.exec(text.slice(end, end + 8)) : null;
  if (measure) {
    unit += measure[1]!;
    qualifier = measure[2] ?? "";
    end += measure[0].length;
  }
  const unitTail = unit && !qualifier && !range ? UNIT_TAIL.exec(text.slice(end, end + 16)) : null;
  if (unitTail && (unitTail[1] || unitTail[2])) {
    unit += (unitTail[1] ?? "") + (unitTail[2] ?? "");
    qualifier = unitTail[3] ?? "";
    end += unitTail[0].length;
  }
  const unitAfter = !unit && !qualifier && !range && model.value !== null ? UNIT_AFTER_FIGURE.exec(text.slice(end, end + 16)) : null;
  if (unitAfter) {
    unit = unitAfter[1]!;
    qualifier = unitAfter[2] ?? "";
    end += unitAfter[0].length;
  }
  let kind: TargetKind = DELTA_COMPARATORS.has(model.comparator) ? "delta" : "level";
  // 达到或超过98%: one comparator, a floor, whose first words are no part of the indicator.
  const reachOr = REACH_OR.test(model.comparator) ? REACH_OR_BEFORE.exec(before) : null;
  let comparator = reachOr ? reachOr[1]! + model.comparator : model.comparator;
  const sense = kind === "delta" ? senseOfChange(model.comparator) : senseOf(model.comparator, qualifier, model.value);
  const rate = kind === "delta" ? RATE_PREFIX.exec(before) : FREQUENCY_BEFORE.exec(before);
  // Most targets have neither 由 nor 从 before them: the anchored pattern runs only where one is.
  const from = !rate && (before.includes("由") || before.includes("从")) ? BASE_VALUE.exec(toHalfwidthFigures(before)) : null;
  // Where the clause's text before a horizon right before the comparator starts (…合格率到2025年达到…), or null.
  const beforeHorizon = stretchStart === floor && horizonStart > horizonFloor ? clauseStart(text, horizonStart, horizonFloor) : null;
  const aspirational = ASPIRATIONAL.test(before) || (beforeHorizon !== null && ASPIRATIONAL.test(text.slice(beforeHorizon, horizonStart))) || context.strives(nodeStart);
  // …企业累计达到50家: 累计 says what the figure is, and is no part of the indicator.
  const total = !rate && !from ? CUMULATIVE_BEFORE.exec(before) : null;
  const baseYear = base ? Number(base[1] ?? base[2] ?? base[3]) : from?.[1] ? Number(from[1]) : null;
  // …指数2025年达到85.5: the year is the target's own, and no part of its indicator.
  const ownYear = !rate && !from && !total && !base ? context.yearBeforeComparator(stretchStart, nodeStart) : null;
  // …指数（2022年为84.5）达到86, …指数（2020年）达到84.5: a base, or the year a reported figure is of.
  const note = !rate && !from && !total && !base && !ownYear ? yearNote(text, stretchStart, nodeStart, context) : null;
  // 分别: the figures after this one, one for each indicator or year before it (respectiveFigures).
  const others = upper === null && model.value !== null && RESPECTIVELY.test(before) ? nextFigures(text, end) : null;
  const years = others && others.length > 0 ? RESPECTIVE_YEARS.exec(before) : null;
  const horizonOf = (yearFirst && context.yearAt({ start: yearFirst.year.start, end: yearFirst.year.end }, yearFirst.year.year)) ?? ownYear ?? note?.fields ?? context.horizonAt(nodeStart, horizonFields(context, horizon, nodeStart));
  const baseline = (note !== null && note.past) || context.reports(nodeStart);
  // Every field written out, in PlanTarget's order, here and in placeFromText: one shape for
  // every target the rules read (a spread made its own shape per source, and copied slowly).
  const indicatorEnd = years ? stretchStart + years.index : ownYear ? ownYear.horizonSpan!.start : note ? note.start : nodeStart - (rate ? rate[0].length : from ? from[0].length : total ? total[0].length : reachOr ? reachOr[0].length : 0);
  const cell = hasCodeUnitIn(text, TAB, stretchStart, indicatorEnd) ? indicatorCell(text, stretchStart, indicatorEnd) : null;
  // The row's 单位 column gives a figure written without its unit (`%\t94.8\t≥95`).
  if (cell && !unit && cell.unit) unit = cell.unit === "％" ? "%" : cell.unit;
  let own = cell ? [cell] : indicatorsOf(text, stretchStart, indicatorEnd);
  // 制造业产品质量合格率到2025年达到95%: the horizon stands between the indicator and its
  // comparator, and the indicator is the clause's text before the horizon.
  if (own.length === 1 && own[0]!.text === "" && beforeHorizon !== null) {
    const named = indicatorsOf(text, beforeHorizon, horizonStart);
    if (named.every((indicator) => indicator.text !== "")) own = named;
  }
  const indicators = inheritedIndicators(text, own, previous, nodeStart);
  // …指数2020年为84.5，达到86: the clause before states the indicator and where it starts.
  const stated = indicators.length === 1 && indicators[0]!.text === "" && baseYear === null && note === null ? baseStatementBefore(text, stretchStart === floor && horizonStart >= 0 ? horizonStart : stretchStart, stretchStart === floor && horizonStart >= 0 ? horizonFloor : floor) : null;
  if (stated) indicators[0] = stated.indicator;
  // 达到94%以上（2023年为93.1%）: the figure it starts from, noted after the target.
  const noted = note?.value == null && stated === null && from === null && !rate ? noteAfter(text, end, horizonOf.horizon, context) : null;
  const startsFrom = note?.value != null ? note : (stated ?? noted);
  // 支持创建…示范区不少于1个 counts things to create, as 创建…示范区1个 does: the verb leaves the
  // indicator for the comparator. Tried only on a level in a unit of things (个, 项, 家 …).
  // A list of things the verb counts (主导或参与制修订国际标准、国家标准、行业标准分别达到2项、20项、
  // 40项) has the verb before its first: every one of them is counted.
  const created = kind === "level" && COUNTED_UNITS.has(unit) ? COUNT_VERB.exec(indicators[0]!.text) : null;
  if (created && !METRIC.test(indicators[0]!.text)) {
    const first = indicators[0]!;
    const noun = trimmed(first.text.slice(created[0].length), first.span.start + created[0].length);
    if (noun.text) {
      indicators[0] = noun;
      kind = "count";
      comparator = created[0].replace(NOT_THE_VERB, "") + comparator;
    }
  }
  const createdTotal = created !== null && kind === "count" && CUMULATIVE_WORD.test(created[0]);
  // 每年财政投入…不少于1000万元: how often is the comparator's (a count's verb took it with it above).
  const often = indicators.length === 1 ? FREQUENCY_LEAD.exec(indicators[0]!.text) : null;
  const frequency = often !== null && often[0].length < indicators[0]!.text.length ? often[0] : "";
  if (frequency) indicators[0] = trimmed(indicators[0]!.text.slice(frequency.length), indicators[0]!.span.start + frequency.length);
  const targets = indicators.map((indicator): PlanTarget => {
    // 累计培育企业数量达到…: a measure whose name opens on 累计 is that measure's total.
    const lead = CUMULATIVE_LEAD.exec(indicator.text);
    if (lead) indicator = trimmed(indicator.text.slice(lead[0].length), indicator.span.start + lead[0].length);
    // 单位GDP能耗下降率达到13.5%: the rate of a change is the change, of what changes (as a table's row is read).
    const change = kind === "level" ? changeOfRate(indicator, comparator, qualifier) : null;
    if (change) indicator = change.indicator;
    return {
      // An inherited indicator is written before this target's clause: the target starts at its comparator.
      start: indicator.span.start < stretchStart ? nodeStart : Math.min(indicator.span.start, nodeStart),
      end,
      kind: change ? "delta" : kind,
      indicator: indicator.text,
      indicatorSpan: indicator.text ? indicator.span : null,
      comparator: (rate ? rate[0] : frequency) + (change ? change.comparator : comparator),
      value: model.value,
      valueText: model.valueText,
      valueSpan: model.valueSpan,
      upper,
      unit,
      qualifier: change ? qualifier || boundQualifier(comparator) : qualifier,
      sense: change ? change.sense : sense,
      aspirational,
      cumulative: total !== null || createdTotal || lead !== null,
      blank: model.blank,
      placeholder: model.placeholder,
      horizon: horizonOf.horizon,
      horizonSource: horizonOf.horizonSource,
      horizonSpan: horizonOf.horizonSpan,
      baseYear: startsFrom ? startsFrom.year : baseYear,
      baseValue: startsFrom ? startsFrom.value! : from ? Number(from[2]) : null,
      baseUnit: startsFrom ? startsFrom.unit : from ? (from[3] ?? "").replace("％", "%") : "",
      path: context.path,
      item: context.item,
      inGoals: context.inGoals,
      baseline,
      source: written,
    };
  });
  if (others && others.length > 0) {
    if (years) return respectiveYears(targets, others, years, stretchStart, context);
    if (targets.length === others.length + 1) respectiveFigures(targets, others);
  }
  return targets;
}

/**
 * A level of a change's rate written in the text (单位GDP能耗下降率达到13.5%, 增加值年均增长率不低于8%,
 * 用水量降幅达到10%, 增加值增幅保持在8%以上):
 * the change itself, of what changes, its verb the comparator, as a table's row named by its
 * change is read (rowTargets). Only a figure to reach or a floor of the rate: a ceiling on it
 * (下降率控制在5%以内) is no change the plan sets. Null for any other indicator.
 */
function changeOfRate(indicator: { text: string; span: Span }, comparator: string, qualifier: string): { indicator: { text: string; span: Span }; comparator: string; sense: TargetSense } | null {
  // A rate held above a floor (增幅保持在8%以上) is a floor too.
  const floor = boundQualifier(comparator) === "以上" || (KEEP_COMPARATORS.has(comparator) && (qualifier === "以上" || qualifier === "及以上"));
  if (!(comparator === "达到" || comparator === "达" || floor)) return null;
  const change = CHANGE_IN_NAME.exec(indicator.text);
  if (change === null || change[3] === undefined) return null;
  const of = trimmed(indicator.text.slice(0, change.index), indicator.span.start);
  if (!of.text) return null;
  const verb = changeVerb(change);
  return { indicator: of, comparator: (change[1] ?? "") + verb, sense: senseOfChange(verb) };
}

/** A year written where a target's figure is, then the figure: 年, 年底 or 年末, 的, the figure and its unit. */
const FIGURE_AFTER_YEAR = /^年[底末]?的?\s*(\d+(?:\.\d+)?)\s*(%|％|‰|个百分点|分)?/;

/**
 * 由2023年的80分提高到2027年的85分: the grammar takes the year after the comparator for the
 * target's figure. The target as it should read (its figure after the year, with its unit) and
 * the year's span, or null for every other target (one look at the character after the figure).
 */
function figureAfterYear(text: string, model: Target): { target: Target; year: Span & { year: number } } | null {
  const { value, valueSpan } = model;
  if (value === null || !Number.isInteger(value) || value < 1949 || value > 2100 || text.charCodeAt(valueSpan.end) !== 0x5e74) return null;
  const match = FIGURE_AFTER_YEAR.exec(toHalfwidthFigures(text.slice(valueSpan.end, valueSpan.end + 24)));
  if (match === null) return null;
  const figureStart = valueSpan.end + match[0].indexOf(match[1]!);
  const figureEnd = figureStart + match[1]!.length;
  const end = valueSpan.end + match[0].length;
  const yearEnd = valueSpan.end + 1 + (match[0].charCodeAt(1) === 0x5e95 || match[0].charCodeAt(1) === 0x672b ? 1 : 0);
  return {
    target: { ...model, value: Number(match[1]), valueText: text.slice(figureStart, figureEnd), valueSpan: { start: figureStart, end: figureEnd }, unit: match[2] ?? "", qualifier: "", end },
    year: { start: valueSpan.start, end: yearEnd, year: value },
  };
}

/** A year noted before a comparator (YEAR_NOTE): where it starts, and what it makes of the target. */
interface YearNote {
  start: number;
  year: number;
  /** The figure the note gives (（2022年为97.5%）), else null. */
  value: number | null;
  unit: string;
  /** A year with no figure before the plan's own: the target's figure is what that year's was. */
  past: boolean;
  /** The horizon of a year with no figure: the year itself. Null where the note gives a base. */
  fields: HorizonFields | null;
}

/**
 * The year noted just before a comparator (YEAR_NOTE), after the indicator's first characters;
 * null for none, and for a bare year the plan's own or later (yearBeforeComparator's) or one no
 * plan year tells from a goal's year.
 */
function yearNote(text: string, from: number, to: number, context: LineContext): YearNote | null {
  // Nearly every target has none: one look at the character before the comparator (spaces aside).
  let last = to;
  while (last > from && text.charCodeAt(last - 1) === 0x20) last--;
  if (last === from || !YEAR_NOTE_ENDS.has(text.charCodeAt(last - 1))) return null;
  const window = Math.max(from, to - 24);
  const match = YEAR_NOTE.exec(toHalfwidthFigures(text.slice(window, to)));
  if (match === null) return null;
  const start = window + match.index;
  if (start <= from) return null;
  const bracketed = match[1] !== undefined;
  const year = Number(match[1] ?? match[4]);
  const reference = context.referenceYear;
  if (match[2] !== undefined) return { start, year, value: Number(match[2]), unit: (match[3] ?? "").replace("％", "%"), past: false, fields: null };
  const past = reference !== null && year < reference;
  // A bare year the plan's own or later is the target's own (yearBeforeComparator); without the plan's year, undecided.
  if (!past && !bracketed) return null;
  if (!past) return { start, year, value: null, unit: "", past, fields: context.yearAt({ start, end: to }, year) };
  // A reported figure's year is no horizon of the plan's: it is the target's, not among the horizons.
  return { start, year, value: null, unit: "", past, fields: { horizon: year, horizonSource: "text", horizonSpan: { start, end: to } } };
}

/**
 * A base noted in brackets right after a target (NOTE_AFTER: `达到94%以上（2023年为93.1%）`): the
 * year and the figure the target starts from, when the year is before the target's (or, with no
 * horizon, not after the plan's own); null for any other text.
 */
function noteAfter(text: string, end: number, horizon: number | null, context: LineContext): { year: number; value: number; unit: string } | null {
  // Nearly every target has none: one look at the character after it (spaces aside).
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  const open = text.charCodeAt(at);
  if (open !== 0xff08 && open !== 0x28) return null;
  const match = NOTE_AFTER.exec(toHalfwidthFigures(text.slice(at, at + 32)));
  if (match === null) return null;
  const year = Number(match[1]);
  const reference = context.referenceYear;
  if (horizon !== null ? year >= horizon : reference === null || year > reference) return null;
  return { year, value: Number(match[2]), unit: (match[3] ?? "").replace("％", "%") };
}

/**
 * The clause before `stretchStart`, after a comma of the same sentence, when it states what an
 * indicator was in a year (BASE_STATEMENT): that indicator, and the year and figure it starts from.
 */
function baseStatementBefore(text: string, stretchStart: number, floor: number): { indicator: { text: string; span: Span }; year: number | null; value: number; unit: string } | null {
  const comma = stretchStart - 1;
  if (comma <= floor || (text.charCodeAt(comma) !== 0xff0c && text.charCodeAt(comma) !== 0x2c)) return null;
  const start = clauseStart(text, comma, floor);
  const match = BASE_STATEMENT.exec(toHalfwidthFigures(text.slice(start, comma)));
  if (match === null) return null;
  const indicator = trimmed(match[1]!, start);
  if (!indicator.text) return null;
  // The year may open the sentence instead (2025年，全市…满意度为82分，2030年达到85分): not read here.
  return { indicator, year: match[2] !== undefined ? Number(match[2]) : null, value: Number(match[3]), unit: (match[4] ?? "").replace("％", "%") };
}

interface NextFigure {
  value: number;
  valueText: string;
  valueSpan: Span;
  unit: string;
  qualifier: string;
  end: number;
}

/** The figures that follow a 分别 target's first one (、98.5%, 和95%), each up to its qualifier. */
function nextFigures(text: string, from: number): NextFigure[] {
  const found: NextFigure[] = [];
  let at = from;
  for (;;) {
    const match = NEXT_FIGURE.exec(text.slice(at, at + 24));
    if (!match) return found;
    const valueStart = at + match[0].indexOf(match[1]!);
    found.push({ value: Number(match[1]), valueText: match[1]!, valueSpan: { start: valueStart, end: valueStart + match[1]!.length }, unit: (match[2] ?? "").replace("％", "%"), qualifier: match[3] ?? "", end: at + match[0].length });
    at += match[0].length;
  }
}

/** One figure of a 分别 list on a target: its value, where it is, and what its unit and qualifier make of it. */
function withFigure(target: PlanTarget, figure: NextFigure, unit: string): void {
  target.value = figure.value;
  target.valueText = figure.valueText;
  target.valueSpan = figure.valueSpan;
  // A figure after the first written bare (98%、98.5) has the first one's unit.
  target.unit = figure.unit || unit;
  target.qualifier = figure.qualifier;
  target.end = figure.end;
  if (target.kind !== "delta") target.sense = senseOf(target.comparator, figure.qualifier, figure.value);
}

/**
 * A、B分别达到98%、98.5%: each indicator after the first takes the figure in its place. Where the
 * figures are not one per indicator, the reading is left as it was (a figure shared by all).
 */
function respectiveFigures(targets: PlanTarget[], others: readonly NextFigure[]): void {
  const suffixes = sharedSuffixes(targets[0]!, others);
  withSuffix(targets[0]!, suffixes[0]!);
  for (let i = 1; i < targets.length; i++) {
    withFigure(targets[i]!, others[i - 1]!, suffixes[i]!.unit);
    withSuffix(targets[i]!, suffixes[i]!);
  }
}

/**
 * The unit and qualifier of each figure of a 分别 list, the first's and the others': a figure
 * written bare (3、8项以上, 97、98%以上) has the suffix of the next that says one, which the list
 * shares; one with a qualifier and no unit (98%、98.5以上) the unit before it.
 */
function sharedSuffixes(first: Pick<PlanTarget, "unit" | "qualifier">, others: readonly NextFigure[]): Array<{ unit: string; qualifier: string }> {
  const suffixes = [{ unit: first.unit, qualifier: first.qualifier }, ...others.map((figure) => ({ unit: figure.unit, qualifier: figure.qualifier }))];
  for (let i = suffixes.length - 2; i >= 0; i--) {
    const suffix = suffixes[i]!;
    if (!suffix.unit && !suffix.qualifier) suffixes[i] = { ...suffixes[i + 1]! };
    // 分别提高2个和3个百分点: the first unit is the next one's opening (个 of 个百分点), said once.
    else if (suffix.unit === "个" && suffixes[i + 1]!.unit === "个百分点") suffix.unit = "个百分点";
  }
  for (let i = 1; i < suffixes.length; i++) if (!suffixes[i]!.unit) suffixes[i]!.unit = suffixes[i - 1]!.unit;
  return suffixes;
}

/** A 分别 figure's shared suffix on its target, and the sense its qualifier gives. */
function withSuffix(target: PlanTarget, suffix: { unit: string; qualifier: string }): void {
  target.unit = suffix.unit;
  target.qualifier = suffix.qualifier;
  if (target.kind !== "delta") target.sense = senseOf(target.comparator, suffix.qualifier, target.value);
}

/**
 * 合格率2025年、2027年分别达到94%、95%: one indicator, a figure for each year, in order — each
 * target its year's. Where figures and years are not one for one, the first year's target alone.
 */
function respectiveYears(targets: PlanTarget[], others: readonly NextFigure[], years: RegExpExecArray, stretchStart: number, context: LineContext): PlanTarget[] {
  const spans: Array<{ span: Span; year: number }> = [];
  const written = years[0];
  for (const match of written.matchAll(A_YEAR)) {
    const start = stretchStart + years.index + match.index;
    spans.push({ span: { start, end: start + match[0].length }, year: Number(match[1]) });
  }
  if (targets.length !== 1 || spans.length !== others.length + 1) return targets;
  const first = targets[0]!;
  const placed = (index: number): HorizonFields => context.yearAt(spans[index]!.span, spans[index]!.year);
  const suffixes = sharedSuffixes(first, others);
  const out: PlanTarget[] = [];
  for (let i = 0; i < spans.length; i++) {
    // A copy of the first target's fields, in its order (a rare reading: no hot path).
    const target: PlanTarget = { ...first };
    const fields = placed(i);
    target.horizon = fields.horizon;
    target.horizonSource = fields.horizonSource;
    target.horizonSpan = fields.horizonSpan;
    if (i > 0) withFigure(target, others[i - 1]!, suffixes[i]!.unit);
    withSuffix(target, suffixes[i]!);
    out.push(target);
  }
  return out;
}

/**
 * A target whose figure is written in Chinese numerals (`消费品质量合格率达到九成以上`,
 * `新增国家级质量标杆两个`, `主导制定国家标准三项`): the clause with its figures written in
 * Arabic ones (九成 → 90%, 两 → 2) is read as such a clause is, and its offsets placed back in
 * the text as written, the value as written (九成, 两). Only a numeral before a measure word is a
 * figure (targets/chineseFigures.ts); a count needs its verb or the goals section, as a count
 * in Arabic figures does. A level with its comparator, which the grammar reads in Arabic figures
 * (`达到90%以上`), is read here from the clause.
 */
function readInWords(text: string, start: number, clause: string, previous: ClauseReading | null): ClauseReading[] {
  const written = inArabicFigures(clause);
  if (written === null) return [];
  const converted = written.text;
  const level = LEVEL_IN_WORDS.exec(converted);
  const readings = level ? levelInWords(converted, level) : readClause(converted, 0, converted.length, previous);
  // Only a clause whose figure in words is read: the rest is read as written (its Arabic figures).
  if (!readings.some((reading) => reading.valueSpan !== null && written.changes(reading.valueSpan))) return [];
  const original = text.slice(start, start + clause.length);
  return readings.map((reading) => {
    const span = (moved: Span): Span => ({ start: start + written.start(moved.start), end: start + written.end(moved.end) });
    const indicatorSpan = reading.indicatorSpan && span(reading.indicatorSpan);
    const valueSpan = reading.valueSpan && span(reading.valueSpan);
    return {
      ...reading,
      start: start + written.start(reading.start),
      end: start + written.end(reading.end),
      // A figure in a noun (rare: it is the noun's own word) reads as written.
      indicator: indicatorSpan && written.changes(reading.indicatorSpan!) ? original.slice(indicatorSpan.start - start, indicatorSpan.end - start) : reading.indicator,
      indicatorSpan,
      valueText: valueSpan ? original.slice(valueSpan.start - start, valueSpan.end - start) : reading.valueText,
      valueSpan,
    };
  });
}

/**
 * A level with its comparator, in a clause whose figures are written in Arabic figures by
 * readInWords (the grammar's comparators; a figure its unit and qualifier). Groups: what it is
 * of, the comparator, the figure, the unit, the qualifier.
 */
const LEVEL_IN_WORDS = new RegExp(
  `^(.*?)((?:提高|提升|增长|增加|降低|下降)[到至]?|降至|增至|上升|回升|控制在|稳定在|保持在?|不低于|不少于|不高于|不超过|不多于|超过|高于|低于|达到?|减少|突破|翻)\\s*(\\d+(?:\\.\\d+)?)\\s*(%|个百分点|${COUNT_UNITS})${INCLUSIVE}(及以上|以上|以下|以内|左右)?$`,
);

/** The level LEVEL_IN_WORDS reads, as fromModel reads the grammar's (a created thing's count a count). */
function levelInWords(clause: string, match: RegExpExecArray): ClauseReading[] {
  const [, of, comparator, figure, unit, qualifier = ""] = match as unknown as [string, string, string, string, string, string | undefined];
  const delta = DELTA_COMPARATORS.has(comparator);
  const valueStart = of.length + comparator.length + clause.slice(of.length + comparator.length).indexOf(figure);
  const reading: ClauseReading = {
    ...noFigure(clause),
    start: 0,
    end: clause.length,
    kind: delta ? "delta" : "level",
    indicator: "",
    indicatorSpan: null,
    comparator,
    value: Number(figure),
    valueText: figure,
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier,
    sense: delta ? senseOfChange(comparator) : senseOf(comparator, qualifier, Number(figure)),
  };
  // …投入累计达到三亿元: 累计 says what the figure is, as fromModel reads it after a figure in digits, and no word of the indicator.
  const total = CUMULATIVE_BEFORE.exec(of);
  if (total) reading.cumulative = true;
  const indicators = indicatorsOf(clause, 0, total ? total.index : of.length);
  const created = !delta && indicators.length === 1 && COUNTED_UNITS.has(unit) ? COUNT_VERB.exec(indicators[0]!.text) : null;
  if (created && !METRIC.test(indicators[0]!.text)) {
    const only = indicators[0]!;
    const noun = trimmed(only.text.slice(created[0].length), only.span.start + created[0].length);
    if (noun.text) {
      indicators[0] = noun;
      reading.kind = "count";
      reading.comparator = created[0].replace(NOT_THE_VERB, "") + comparator;
      reading.cumulative = CUMULATIVE_WORD.test(created[0]);
    }
  }
  return indicators.filter((indicator) => indicator.text).map((indicator) => ({ ...reading, start: indicator.span.start, indicator: indicator.text, indicatorSpan: indicator.span }));
}

/**
 * A change named by an indicator's cell (单位GDP能耗下降, 增加值年均增长), or its rate (万元GDP能耗下降率,
 * 增长幅度: the figure is the change itself, in %): groups the rate, the verb, 率 or 幅度. The text
 * reads only a name with its 率 or 幅度 so (changeOfRate): 能耗下降达到… names no indicator.
 */
const CHANGE_IN_NAME = /(年均|每年)?(提高|提升|增长|增加|上升|下降|降低|减少|削减|[降减增涨](?=幅$))(率|幅度|幅)?$/;
/** The verb of a change named by its 幅 alone (降幅, 增幅): 降幅达到10% is 下降10%. */
const VERB_OF_SHORT_CHANGE: Readonly<Record<string, string>> = { 降: "下降", 减: "减少", 增: "增长", 涨: "增长" };

/** The verb of a change CHANGE_IN_NAME found (group 2), as a change's comparator writes it. */
function changeVerb(change: RegExpExecArray): string {
  return VERB_OF_SHORT_CHANGE[change[2]!] ?? change[2]!;
}

/**
 * The targets of a row of a table of indicators (targets/tables.ts): one per target column, its
 * indicator the row's, its unit the cell's or the row's 单位, its year the column's (2025年目标),
 * else the one in force; what it starts from the 基数 column. A figure without a comparator is a
 * figure to reach (as 达到); words instead of one are read if they are a direction (稳步提升).
 */
function rowTargets(extraction: TargetExtraction, row: IndicatorRow, context: LineContext, horizon: HorizonState | null, modelTargets: ReadonlyMap<number, Target>): void {
  const start = row.indicator.start;
  const inForce = horizonFields(context, horizon, start);
  const baseline = context.reports(start);
  for (const { cell, figure, year, header } of row.targets) {
    let indicator: { text: string; span: Span } = { text: row.indicator.text, span: { start: row.indicator.start, end: row.indicator.end } };
    let kind: TargetKind = "level";
    let comparator = figure ? figure.comparator : cell.text;
    let sense: TargetSense;
    let total = false;
    const unit = figure ? figure.unit || row.unit : "";
    let qualifier = figure ? figure.qualifier : "";
    // 单位GDP能耗下降 | % | 13.5, 规上工业增加值年均增长 | % | 8: the column's figures are changes,
    // bounded or not (万元GDP能耗下降率 | ≥13.5 is a fall of 13.5% or more, no rate to rise).
    const bound = figure ? boundQualifier(figure.comparator) : "";
    const change = figure && (figure.comparator === "" || bound !== "") ? CHANGE_IN_NAME.exec(indicator.text) : null;
    if (figure === null) {
      if (!DIRECTION_PHRASE.test(cell.text)) continue;
      kind = "direction";
      sense = directionSense(cell.text);
    } else if (change) {
      indicator = trimmed(indicator.text.slice(0, change.index), indicator.span.start);
      kind = "delta";
      comparator = (change[1] ?? "") + changeVerb(change);
      sense = senseOfChange(changeVerb(change));
      qualifier ||= bound;
    } else if (DELTA_COMPARATORS.has(figure.comparator)) {
      kind = "delta";
      sense = senseOfChange(figure.comparator);
    } else {
      sense = senseOf(figure.comparator, figure.qualifier, figure.value);
      // 培育省级质量标杆企业 | 家 | 20: things to create, as in the text.
      const created = COUNTED_UNITS.has(unit) ? COUNT_VERB.exec(indicator.text) : null;
      if (created && !METRIC.test(indicator.text)) {
        const noun = trimmed(indicator.text.slice(created[0].length), indicator.span.start + created[0].length);
        if (noun.text) {
          indicator = noun;
          kind = "count";
          comparator = created[0].replace(NOT_THE_VERB, "") + comparator;
          total = CUMULATIVE_WORD.test(created[0]);
        }
      }
    }
    const lead = CUMULATIVE_LEAD.exec(indicator.text);
    if (lead) indicator = trimmed(indicator.text.slice(lead[0].length), indicator.span.start + lead[0].length);
    let horizonOf: HorizonFields = inForce;
    if (year !== null) {
      horizonOf = { horizon: year, horizonSource: "text", horizonSpan: header };
      // The column's year governs the column's targets, as a 到…年 phrase governs the targets after it.
      if (!extraction.horizons.some((entry) => entry.start === header.start)) extraction.horizons.push({ ...header, year, targets: [] });
    }
    extraction.targets.push({
      start,
      end: cell.end,
      kind,
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator,
      value: figure ? figure.value : null,
      valueText: figure ? figure.valueText : "",
      valueSpan: figure ? figure.valueSpan : { start: cell.start, end: cell.end },
      upper: figure ? figure.upper : null,
      unit,
      qualifier,
      sense,
      aspirational: false,
      cumulative: total || lead !== null || (figure !== null && figure.cumulative),
      blank: false,
      placeholder: figure !== null && figure.placeholder,
      horizon: horizonOf.horizon,
      horizonSource: horizonOf.horizonSource,
      horizonSpan: horizonOf.horizonSpan,
      baseYear: row.base ? row.base.year : null,
      // A change row's base column is the change in the base period (万元GDP能耗下降率 | 基数 3.2),
      // not a figure the indicator starts from.
      baseValue: row.base && change === null ? row.base.figure.value : null,
      baseUnit: row.base && change === null ? row.base.figure.unit || row.unit : "",
      path: context.path,
      item: context.item,
      // A table with a target column states goals wherever it stands.
      inGoals: true,
      baseline,
      source: figure ? (modelTargets.get(figure.valueSpan.start) ?? null) : null,
    });
  }
}

/**
 * Drops the targets of a line that a wrap cuts (targets[from…]): one whose clause runs back to
 * the start of a line that continues the line above (`食` / `用农产品监测合格率……`: the indicator
 * began there), or that runs to the end of a line that goes on below into more than a stop
 * (`达到98%以` / `上`: the qualifier goes on). Read cut, its indicator or sense would be wrong;
 * structure/hard-wrap's join makes it whole.
 */
function dropCut(targets: PlanTarget[], from: number, text: string, line: LineNode, continuation: boolean, next: LineNode | null): void {
  const start = line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd;
  const end = textEndOf(line, text);
  const tailGoesOn = next !== null && !HARD_STOP_CODES.has(text.charCodeAt(next.indentEnd));
  let kept = from;
  for (let k = from; k < targets.length; k++) {
    const target = targets[k]!;
    const cutHead = continuation && clauseStart(text, target.start, start) === start;
    const cutTail = tailGoesOn && target.end >= end;
    if (!cutHead && !cutTail) targets[kept++] = target;
  }
  targets.length = kept;
}

/** A count's unit (and qualifier) at the start of the text after its value. */
// Spaces after the unit only before what the count goes on with: the match's end is the target's.
const COUNT_UNIT_AFTER = new RegExp(`^\\s*(${COUNT_UNITS})(?:\\s+(?=[（(]\\s*含|及以上|以上|左右))?${INCLUSIVE_MARK}(及以上|以上|左右)?`);

/**
 * A count whose figure is still a placeholder: `新增省级质量奖×个`, `新建检测中心（　　）个`. The
 * placeholder is the value when a count's unit follows it and a count's clause stands before it
 * (its verb, or any noun in the goals section, as for a count with a figure): targets/blank
 * reports it as the target it is, and text/placeholder leaves it.
 */
function placeholderCount(text: string, node: PlaceholderNode, next: InlineNode | undefined, floor: number, context: LineContext, horizon: HorizonState | null): PlanTarget | null {
  if (next === undefined || next.type !== "text") return null;
  const unit = COUNT_UNIT_AFTER.exec(text.slice(next.start, Math.min(next.end, next.start + 8)));
  if (!unit) return null;
  const start = clauseStart(text, node.start, floor);
  const clause = text.slice(start, node.start);
  // An ordinal (`培育第XX批示范企业`) says which, not how many: a placeholder, not a target's.
  if (clause.endsWith("第")) return null;
  const verbMatch = COUNT_VERB.exec(clause);
  if (!verbMatch && !context.inGoals) return null;
  const verbLength = verbMatch ? verbMatch[0].length : 0;
  const indicator = trimmed(clause.slice(verbLength), start + verbLength);
  if (!indicator.text) return null;
  return placedReading(
    {
      start: indicator.span.start,
      end: next.start + unit[0].length,
      kind: "count",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: verbMatch ? verbMatch[0].replace(NOT_THE_VERB, "") : "",
      value: null,
      valueText: node.text,
      valueSpan: { start: node.start, end: node.end },
      upper: null,
      unit: unit[1]!,
      qualifier: unit[2] ?? "",
      sense: "up",
      aspirational: ASPIRATIONAL.test(clause),
      cumulative: verbMatch !== null && CUMULATIVE_WORD.test(verbMatch[0]),
    },
    0,
    true,
    context,
    horizon,
  );
}

/**
 * A count or a direction a text run states, before it is placed: its offsets count from the
 * start of the run, and what depends on where the run stands (horizon, item, goals section) is
 * added by `placeFromText`. A count without a verb (`comparator` "") counts only in the goals section.
 */
type ClauseReading = Pick<PlanTarget, "start" | "end" | "kind" | "indicator" | "indicatorSpan" | "comparator" | "value" | "valueText" | "valueSpan" | "upper" | "unit" | "qualifier" | "sense" | "aspirational" | "cumulative">;

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_READINGS: readonly ClauseReading[] = [];

/**
 * Readings per run text, by whether the run's first and last clause belong to the elements
 * around it (index: 2 × ownsHead + ownsTail). While a plan is edited, every keystroke extracts
 * again and nearly every run is one read before; most read to nothing. Bounded: cleared when full.
 * A stored key is a copy (text/detached.ts), and a run is read from that copy, so that no entry
 * holds a slice of the plan's text, which would keep that whole version of it alive.
 */
const runReadings: Array<TextMemo<readonly ClauseReading[]>> = [new TextMemo(20_000), new TextMemo(20_000), new TextMemo(20_000), new TextMemo(20_000)];
/**
 * Readings by run node (and, as above, by what the run's neighbours own), where the nodes live
 * on (syntax/incremental.ts `nodesAreKept`): found without slicing and hashing the run's text,
 * which was half of a keystroke's extraction.
 */
const readingsByNode: Array<NodeMemo<Span, readonly ClauseReading[]>> = [new NodeMemo(), new NodeMemo(), new NodeMemo(), new NodeMemo()];

/** Adds to `targets` the counts and directions a text run states, placed where the run stands. */
function placeFromText(targets: PlanTarget[], part: Span, ownsHead: boolean, ownsTail: boolean, context: LineContext, horizon: HorizonState | null): void {
  // A run node met again (the server's parser kept its line) is the same text: its readings
  // are found by the node, with no slice and no hash of the text.
  const kind = (ownsHead ? 2 : 0) + (ownsTail ? 1 : 0);
  let readings = readingsByNode[kind]!.lookup(context.keptNodes, part);
  if (readings === undefined) {
    const memo = runReadings[kind]!;
    const run = context.plan.text.slice(part.start, part.end);
    readings = readingsByNode[kind]!.remember(context.keptNodes, part, memo.lookup(run) ?? memo.remember(run, (copy) => readRun(copy, ownsHead, ownsTail)));
  }
  for (const reading of readings) {
    if (reading.kind === "count" && reading.comparator === "" && !context.inGoals) continue;
    targets.push(placedReading(reading, part.start, false, context, horizon));
  }
}

/**
 * A target read from text (a count, a direction, a count whose figure is a placeholder), at
 * `at` plus its offsets, with what depends on where it stands. Every field written out, in
 * PlanTarget's order, as fromModel writes one: one shape for every target the rules read.
 */
function placedReading(reading: ClauseReading, at: number, placeholder: boolean, context: LineContext, horizon: HorizonState | null): PlanTarget {
  const horizonOf = context.horizonAt(at + reading.start, horizonFields(context, horizon, at + reading.start));
  return {
    start: at + reading.start,
    end: at + reading.end,
    kind: reading.kind,
    indicator: reading.indicator,
    indicatorSpan: reading.indicatorSpan && movedSpan(reading.indicatorSpan, at),
    comparator: reading.comparator,
    value: reading.value,
    valueText: reading.valueText,
    valueSpan: reading.valueSpan && movedSpan(reading.valueSpan, at),
    upper: reading.upper,
    unit: reading.unit,
    qualifier: reading.qualifier,
    sense: reading.sense,
    aspirational: reading.aspirational || context.strives(at + reading.start),
    cumulative: reading.cumulative,
    blank: false,
    placeholder,
    horizon: horizonOf.horizon,
    horizonSource: horizonOf.horizonSource,
    horizonSpan: horizonOf.horizonSpan,
    baseYear: null,
    baseValue: null,
    baseUnit: "",
    path: context.path,
    item: context.item,
    inGoals: context.inGoals,
    baseline: context.reports(at + reading.start),
    source: null,
  };
}

/** What the clauses of a run state, offsets from the run's start. */
function readRun(run: string, ownsHead: boolean, ownsTail: boolean): readonly ClauseReading[] {
  let found: ClauseReading[] | null = null;
  // The stops are found by one regular-expression scan of the run (most characters are not
  // stops); the run's end closes the last clause.
  HARD_STOP_PATTERN.lastIndex = 0;
  let start = 0;
  // The closing bracket of a part opened by （其中 or （含: the end of that part's clause. The
  // first closing bracket after the last opener is remembered (none: -1), so that a run of
  // openers without one is read in one pass, not one scan per opener.
  let close = -1;
  let nextClose = -2;
  // The last reading of the clause just before, which a verbless clause may go on with.
  let last: ClauseReading | null = null;
  for (;;) {
    let stop = HARD_STOP_PATTERN.exec(run);
    // （其中 / （含 opens a part after a figure (`40个（含国家级5个）`; at the run's start, after
    // the element before it), not inside a name (`检验检测平台（含实验室）5个`).
    while (stop && OPEN_BRACKET_CODES.has(run.charCodeAt(stop.index)) && !(stop.index === 0 ? ownsHead : afterFigure(run, stop.index))) stop = HARD_STOP_PATTERN.exec(run);
    let offset = stop ? stop.index : run.length;
    let atEnd = stop === null;
    if (close >= start && close < offset) {
      offset = close;
      atEnd = false;
      HARD_STOP_PATTERN.lastIndex = close + 1;
    }
    const isHead = start === 0 && ownsHead;
    const isTail = atEnd && ownsTail;
    if (offset > start && !isHead && !isTail) {
      const readings = readClause(run, start, offset, last);
      if (readings.length > 0) (found ??= []).push(...readings);
      last = readings.length > 0 ? readings[readings.length - 1]! : null;
    } else {
      last = null;
    }
    if (atEnd) break;
    if (offset === close) close = -1;
    else if (OPEN_BRACKET_CODES.has(run.charCodeAt(offset))) {
      if (nextClose !== -1 && nextClose <= offset) {
        CLOSE_BRACKET.lastIndex = offset + 1;
        nextClose = CLOSE_BRACKET.exec(run)?.index ?? -1;
      }
      close = nextClose;
    }
    start = offset + 1;
  }
  return found ?? NO_READINGS;
}

function readClause(text: string, start: number, end: number, previous: ClauseReading | null): ClauseReading[] {
  // Full-width digits (pasted from WPS or a web page) read as the numbers they are; the mapping
  // keeps every character in place, so the offsets below hold for the text as written.
  const clause = toHalfwidthFigures(text.slice(start, end));
  if (clause.length > 80) return [];
  const hinted = DIRECTION_HINT.test(clause);
  const verbFirst = hinted ? DIRECTION_VERB_FIRST.exec(clause) : null;
  if (verbFirst && METRIC.test(verbFirst[2]!)) {
    const indicatorStart = start + verbFirst[1]!.length;
    const indicator = trimmed(verbFirst[2]!, indicatorStart);
    return [
      {
        ...noFigure(clause),
        start,
        end,
        kind: "direction",
        indicator: indicator.text,
        indicatorSpan: indicator.span,
        comparator: `${verbFirst[1]}${verbFirst[3]}`,
        valueSpan: { start: indicatorStart + verbFirst[2]!.length, end },
      },
    ];
  }
  const direction = hinted ? DIRECTION.exec(clause) : null;
  if (direction) {
    const phrase = direction[2]!;
    // 推动公共服务质量效率提升 is a task that brings the movement about, not the movement set as a goal.
    if (BARE_MOVEMENT.test(phrase) && TASK_VERB_FIRST.test(clause)) return [];
    const indicators = indicatorsOf(text, start, start + direction[1]!.length);
    // 获得感、安全感、满意度明显增强 is a sentiment, not three measured indicators.
    if (!indicators.every((indicator) => METRIC.test(indicator.text) && !indicator.text.includes("、"))) return [];
    const phraseStart = start + direction[1]!.length;
    return indicators.map((indicator) => ({
      ...noFigure(clause),
      start: indicator.span.start,
      end,
      kind: "direction" as const,
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: phrase,
      sense: directionSense(phrase),
      valueSpan: { start: phraseStart, end },
    }));
  }
  // A figure in Chinese numerals (两个, 九成, 翻一番; a year beside it or not: 2025年新增…两个): one
  // test, which nearly every clause fails; targets/chineseFigures.ts reads the few that pass.
  if (CHINESE_FIGURE_HINT.test(clause)) {
    const inWords = readInWords(text, start, clause, previous);
    if (inWords.length > 0) return inWords;
  }
  if (!/\d/.test(clause)) return [];
  const reduced = REDUCED_TO.exec(clause);
  const cut = reduced ? reducedTo(text, start, end, clause, reduced) : null;
  if (cut) return [cut];
  const respective = clause.includes("分别") ? readRespectiveCounts(text, start, clause) : null;
  if (respective) return respective;
  const found: ClauseReading[] = [];
  // A list of counts goes on after a comma with its verb (新增中国质量奖1个以上，广东省政府质量奖2个以上):
  // a clause whose counts of things name no verb of their own takes the one of the count just
  // before it, written noun first as they are; 、 carries it within the clause (below).
  const carried = carriedCount(text, start, previous);
  let verb = "";
  let cumulative = false;
  let pieceStart = start;
  // A list of counts shares its verb (争创中国质量奖1个、中国专利奖5个); a list of nouns with one
  // figure at the end is one count (国际标准、国家标准和行业标准20项以上).
  const split = clause.split("、");
  const pieces = COUNT.test(split[0]!) ? split : [clause];
  // The noun a list of levels shares (示范项目国家级15个、省级50个: 省级 counts 示范项目 too;
  // 省级质量标杆企业20家、市级50家: 市级 counts 质量标杆企业).
  let levelledNoun = "";
  // …省级质量标杆企业10家以上，市级30家以上: the list of levels goes on after the comma too.
  let levelledHead = carried !== null ? headAfterLevels(carried.indicator) : "";
  // The part a list of counts shares (牵头或参与起草国际标准12项、国家标准600项: drafted ones too).
  let sharedHead = "";
  for (const piece of pieces) {
    const match = COUNT.exec(piece);
    const count = match && !STATES_WHAT_WAS.test(match[1]!) ? match : null;
    const perHead = count ? perHeadReading(text, clause, piece, pieceStart, count) : null;
    // A figure per head that names no measure (…，全市每千人5批次) is none the text can tell: no count of 每千人.
    if (perHead) {
      if (perHead.indicator) found.push(perHead);
    } else if (count) {
      // 三年累计15家以上 after a count of the same thing: a total with no verb and no noun of its
      // own (nameElided names it); 累计 is what it says, and the comparator it keeps.
      const bareTotal = BARE_TOTAL.exec(count[1]!);
      const verbMatch = bareTotal ?? COUNT_VERB.exec(count[1]!);
      // The verb after what it counts (省级专精特新企业新增100家, …企业累计100家) when none is before it.
      const verbAfter = verbMatch ? null : VERB_AFTER.exec(count[1]!);
      const said = verbMatch ?? verbAfter;
      if (said) {
        verb = bareTotal ? "累计" : said[0].replace(NOT_THE_VERB, "");
        cumulative = CUMULATIVE_WORD.test(said[0]);
      }
      const nounStart = verbMatch ? verbMatch[0].length : 0;
      let nounEnd = verbAfter ? verbAfter.index : count[1]!.length;
      // 新增…企业年均5家, …每年10项: how often is the comparator's, as a level's is (FREQUENCY_BEFORE), never the noun's.
      const often = verbAfter ? null : FREQUENCY_AFTER_NOUN.exec(count[1]!.slice(nounStart, nounEnd));
      if (often && often.index > 0) {
        nounEnd = nounStart + often.index;
        verb = often[0].trim() + verb;
      }
      const indicator = withoutExamples(trimmed(count[1]!.slice(nounStart, nounEnd), pieceStart + nounStart));
      // An amount (贷款额度50万元至500万元) is no count of things the verb before counts, nor is a
      // noun that opens with its own doing (主导或参与制定国际标准10项).
      if (!said && verb === "" && carried !== null && COUNTED_THINGS.has(count[6]!) && !PARTICIPATION.test(indicator.text)) {
        verb = carried.comparator;
        cumulative = carried.cumulative;
      }
      const level = LEVEL_SUFFIX.exec(indicator.text);
      if (level && level.index === 0 && levelledNoun) indicator.text = levelledNoun + indicator.text;
      else levelledNoun = level && level.index > 0 ? indicator.text.slice(0, level.index) : "";
      if (levelledHead && LEVEL_ONLY.test(indicator.text)) indicator.text += levelledHead;
      else levelledHead = headAfterLevels(indicator.text);
      const head = PARTICIPATION.exec(indicator.text);
      if (verbMatch || head) sharedHead = head ? head[0] : "";
      else if (sharedHead) indicator.text = sharedHead + indicator.text;
      // A count without a verb is kept with comparator "": placeFromText keeps it in the goals section only.
      // A verb with no noun (…，到2025年累计实施60项以上) counts what the sentence counted before:
      // nameElided names it, or drops it.
      if (indicator.text || (verbMatch && nounEnd === nounStart)) found.push(countReading(text, clause, piece, pieceStart, count, indicator, verb, cumulative));
    }
    pieceStart += piece.length + 1;
  }
  if (found.length === 0) {
    const figureFirst = readFigureFirst(text, start, end, clause, previous);
    if (figureFirst) found.push(figureFirst);
    else if (clause.includes("%") || clause.includes("％")) {
      const share = readShare(text, start, end, clause) ?? readBareRate(text, start, end, clause);
      if (share) found.push(share);
    }
  }
  return found;
}

/**
 * So many people a figure is per (每千人口, 每万人, 每人): with the comparator and the frequency
 * written before it, at the end of what a count's figure follows (食品抽检量达到每千人5批次,
 * 食品抽检量每年每千人5批次). Groups: what is measured, the frequency and comparator as written, the head count.
 */
const PER_HEAD_BEFORE_FIGURE = new RegExp(
  `^(.*?)((?:${FREQUENCY})?\\s*(?:达到|达|不低于|不少于|超过|突破|保持在|稳定在|提高到|提高至|提升到|提升至|增加到|增至)?\\s*(?:${FREQUENCY})?)\\s*每((?:十万|[十百千万])?人口?)\\s*$`,
);
/** A measure named per head (每千人口药品抽检, 每万人口…拥有量): the name is the measure's, as the national indicators name theirs. */
const PER_HEAD_LEAD = /^每(?:十万|[十百千万])?人口?(?![员次])/;

/**
 * A figure per head a count's shape holds (COUNT's match of `piece`): a level of what is measured,
 * not a count of things made — 每千人口药品抽检1.5批次 (the head count in the name, as
 * 每万人口高价值发明专利拥有量 has it) or 食品抽检量达到每千人4.5批次 (in the unit: 4.5批次/千人).
 * Null for any other count; unnamed (indicator "") where the clause names no measure.
 */
function perHeadReading(text: string, clause: string, piece: string, pieceStart: number, count: RegExpExecArray): ClauseReading | null {
  const what = count[1]!;
  // Nearly every count names neither: one look at its last and first characters.
  if (!what.endsWith("人") && !what.endsWith("口") && what.charCodeAt(0) !== 0x6bcf) return null;
  const after = PER_HEAD_BEFORE_FIGURE.exec(what);
  if (after === null && !PER_HEAD_LEAD.test(what)) return null;
  // With no measure named, the reading is returned unnamed: the head count is still no count of things.
  const indicator = trimmed(after ? after[1]! : what, pieceStart);
  const reading = countReading(text, clause, piece, pieceStart, count, indicator, "", false);
  const comparator = after ? after[2]!.replace(/\s+/g, "") : "";
  const verb = comparator.replace(FREQUENCY_LEAD, "");
  const delta = DELTA_COMPARATORS.has(verb);
  return {
    ...reading,
    kind: delta ? "delta" : "level",
    comparator,
    unit: after ? `${reading.unit}/${after[3]}` : reading.unit,
    sense: delta ? senseOfChange(verb) : senseOf(verb, reading.qualifier, reading.value),
  };
}

/**
 * The count before a clause whose verb the clause's counts go on with: a count with a verb,
 * written noun first (中国质量奖1个以上), ending where a comma ends it. Not across a stop that
 * ends the list (。；：): what follows is no longer its list.
 */
function carriedCount(text: string, start: number, previous: ClauseReading | null): ClauseReading | null {
  if (previous === null || previous.kind !== "count" || previous.comparator === "" || previous.indicatorSpan === null || previous.valueSpan === null) return null;
  if (previous.indicatorSpan.start > previous.valueSpan.start || !COMMA_CODES.has(text.charCodeAt(start - 1))) return null;
  return previous;
}

const COMMA_CODES = codeUnitSet("，,");
/** The units of things a count verb counts (个, 家, 项 …), not of amounts (万元) or shares. */
const COUNTED_THINGS = new Set(["个", "家", "项", "件", "张", "所", "座", "名", "位", "条", "处", "种", "批", "款", "台", "套", "只", "部", "篇"]);

/** The count one piece of a clause states (`count`, COUNT's match of `piece`, which starts at `pieceStart`). */
function countReading(text: string, clause: string, piece: string, pieceStart: number, count: RegExpExecArray, indicator: { text: string; span: Span }, verb: string, cumulative: boolean): ClauseReading {
  // The (lower) figure stands where what is counted ends, after any spaces.
  const valueStart = pieceStart + piece.length - piece.slice(count[1]!.length).trimStart().length;
  // A range's ends in one unit, rising: else the second figure is no range's end.
  const upper = count[3] === undefined && count[5] !== undefined && (count[4] === undefined || count[4] === count[6]) && Number(count[5]) > Number(count[2]) ? Number(count[5]) : null;
  return {
    ...noFigure(clause),
    start: indicator.span.start,
    end: pieceStart + piece.length,
    kind: "count",
    indicator: indicator.text,
    indicatorSpan: indicator.text ? indicator.span : null,
    comparator: verb,
    value: Number(count[2]),
    // As written: the figure may be in full-width digits, which `clause` reads half-width.
    valueText: text.slice(valueStart, valueStart + count[2]!.length),
    valueSpan: { start: valueStart, end: valueStart + count[2]!.length },
    upper,
    unit: count[6]!,
    // 100余家 is more than a hundred: a floor, as 100家以上 is.
    qualifier: count[7] ?? (count[3] !== undefined ? "以上" : ""),
    cumulative,
  };
}

const RESPECTIVE_UNIT = "家|个|项|件|所|座|名|位|条|处|种|批|款|台|套";
/**
 * Counts given 分别, one figure per noun: 省级质量标杆企业和专精特新企业分别新增5家、10家. Groups:
 * the nouns with 分别, the verb, the figures (each with its unit, or the next one's).
 */
const RESPECTIVE_COUNTS = new RegExp(
  `^(.+?分别)((?:主导或参与|主导|参与|牵头|支持|推动)?${LEADING_COUNT_VERBS})\\s*(\\d+(?:\\.\\d+)?\\s*(?:${RESPECTIVE_UNIT})?(?:以上)?(?:\\s*[、和及与]\\s*\\d+(?:\\.\\d+)?\\s*(?:${RESPECTIVE_UNIT})?(?:以上)?)+)$`,
);
const RESPECTIVE_FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${RESPECTIVE_UNIT})?(以上)?`, "g");

/**
 * Who acts, given 分别, before a verb whose counts each name what they count: 市市场监管局、市工信局
 * 分别主导制定国家标准3项、行业标准8项以上. Groups: the subjects with 分别, the verb, the counts.
 */
const RESPECTIVE_SUBJECTS = new RegExp(`^(.+?分别)((?:主导或参与|主导|参与|牵头|支持|推动)?${LEADING_COUNT_VERBS})(.+)$`);

/** The counts of a 分别 clause (RESPECTIVE_COUNTS), or null where it is none or nouns and figures are not one for one. */
function readRespectiveCounts(text: string, start: number, clause: string): ClauseReading[] | null {
  const match = RESPECTIVE_COUNTS.exec(clause);
  if (!match) return readSubjectsCounts(text, start, clause);
  const indicators = indicatorsOf(text, start, start + match[1]!.length);
  const figures = [...match[3]!.matchAll(RESPECTIVE_FIGURE)];
  if (indicators.length < 2 || figures.length !== indicators.length) return null;
  // The figures run to the clause's end.
  const offset = start + clause.length - match[3]!.length;
  // A figure written bare (5、10家, 3、8项以上) has the suffix of the next that says one: its unit
  // and its qualifier, which the list shares. A figure with its own unit keeps its own qualifier.
  const units: string[] = [];
  const qualifiers: string[] = [];
  let unit = "";
  let qualifier = "";
  for (let i = figures.length - 1; i >= 0; i--) {
    const figure = figures[i]!;
    if (figure[2] !== undefined || figure[3] !== undefined) qualifier = figure[3] ?? "";
    units[i] = unit = figure[2] ?? unit;
    qualifiers[i] = qualifier;
  }
  if (!unit) return null;
  return indicators.map((indicator, i) => {
    const figure = figures[i]!;
    const valueStart = offset + figure.index;
    return {
      ...noFigure(clause),
      start: indicator.span.start,
      end: offset + figure.index + figure[0].length,
      kind: "count" as const,
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: match[2]!,
      value: Number(figure[1]),
      valueText: text.slice(valueStart, valueStart + figure[1]!.length),
      valueSpan: { start: valueStart, end: valueStart + figure[1]!.length },
      unit: units[i]!,
      qualifier: qualifiers[i]!,
    };
  });
}

/**
 * The counts of a clause whose subjects come before 分别 (RESPECTIVE_SUBJECTS): the subjects are
 * who acts, not what is counted — each count after the verb names its own noun and figure, and all
 * share the verb. Null unless every piece after the verb is such a count.
 */
function readSubjectsCounts(text: string, start: number, clause: string): ClauseReading[] | null {
  const match = RESPECTIVE_SUBJECTS.exec(clause);
  if (!match) return null;
  const verb = match[2]!;
  let pieceStart = start + match[1]!.length + verb.length;
  const readings: ClauseReading[] = [];
  for (const piece of match[3]!.split("、")) {
    const count = COUNT.exec(piece);
    const noun = count ? trimmed(count[1]!, pieceStart) : null;
    // A piece with no noun of its own (3、8项) is no count of this shape: RESPECTIVE_COUNTS reads those.
    if (!count || !noun!.text || /\d/.test(noun!.text)) return null;
    readings.push(countReading(text, clause, piece, pieceStart, count, noun!, verb, CUMULATIVE_WORD.test(verb)));
    pieceStart += piece.length + 1;
  }
  return readings;
}

/**
 * A time or a number cut down to a figure (企业开办时间压缩至1个工作日以内, 审批时限缩短至15天,
 * 城乡居民收入比缩小到2.0以内):
 * a level at most that figure. Groups: what is cut, the verb, the figure, its unit, 以内….
 */
const REDUCED_TO = /^(.+?)((?:压缩|压减|缩短|缩减|缩小|精简)(?:至|到))\s*(\d+(?:\.\d+)?)\s*(个工作日|工作日|天|小时|分钟|个|项|件|次|%|％)?\s*(以内|以下|左右)?$/;

function reducedTo(text: string, start: number, end: number, clause: string, match: RegExpExecArray): ClauseReading | null {
  const [, what, verb, figure, unit, qualifier] = match as unknown as [string, string, string, string, string | undefined, string | undefined];
  return textLevel(text, start, end, clause, what, figure, what.length + verb.length, verb, unit === "％" ? "%" : (unit ?? ""), qualifier ?? "", "down");
}

/**
 * A level a text clause states (a share, a bare rate, a figure cut down to): what it is of (`of`,
 * the clause's start), its figure (the first after `after` in the clause), and the rest.
 */
function textLevel(text: string, start: number, end: number, clause: string, of: string, figure: string, after: number, comparator: string, unit: string, qualifier: string, sense: TargetSense): ClauseReading | null {
  const indicator = trimmed(of, start);
  if (!indicator.text) return null;
  const valueStart = start + clause.indexOf(figure, after);
  return {
    ...noFigure(clause),
    start: indicator.span.start,
    end,
    kind: "level",
    indicator: indicator.text,
    indicatorSpan: indicator.span,
    comparator,
    value: Number(figure),
    valueText: text.slice(valueStart, valueStart + figure.length),
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier,
    sense,
  };
}

/** The levels a part of a target is named by (其中国家级5个, 含省级以上10个, 其中国家级和省级20家). */
const LEVELS = "(?:国家级|省部级|省级|市级|县级|区级|国际)(?:及以上|以上)?";
const LEVEL_ONLY = new RegExp(`^${LEVELS}(?:(?:和|及|与|或|、)${LEVELS})*$`);
const LEADING_LEVELS = new RegExp(`^${LEVELS}(?:(?:和|及|与|或|、)${LEVELS})*`);
/** What opens a part of the target before it: 其中 / 含 at the start of its clause. */
const PART_OPENER = /(?:其中|含)\s*$/;
const PART_OPENER_IN_INDICATOR = /^(?:其中|含)/;
/** What may stand between two parts of one list (其中国家级5个、省级10个). */
const PART_JOINER = /^\s*(?:、|和|及|，|,)\s*$/;

/**
 * A part of a target that names only its level inherits the target's noun: in
 * `标准化试点示范项目达到40个，其中国家级5个以上` the second figure counts 国家级标准化试点示范项目,
 * not 国家级 (and two such parts of different wholes are not one indicator stated twice). A part
 * opens on 其中 or 含 at the start of its clause; the levels listed after it (、省级10个) are parts
 * of the same whole. The whole is the last target of the same sentence that is not a part; a
 * level it opens with gives way to the part's (其中国家级 of 省级以上…项目 is 国家级…项目). Runs
 * over the targets of one line, in the order they were found.
 */
function nameParts(targets: PlanTarget[], from: number, text: string): void {
  let whole: PlanTarget | null = null;
  let lastPart: PlanTarget | null = null;
  let noun = "";
  // Only the text between one target and the next is read, so a line of many is read once.
  let previousEnd = targets[from]!.start;
  for (let i = from; i < targets.length; i++) {
    const target = targets[i]!;
    const span = target.indicatorSpan;
    const written = target.indicator;
    const level = written.replace(PART_OPENER_IN_INDICATOR, "");
    const gapEnd = span ? span.start : target.start;
    if (sentenceEndsIn(text, previousEnd, gapEnd)) whole = lastPart = null;
    const gapStart = previousEnd;
    previousEnd = Math.max(previousEnd, target.end);
    if (!span || !LEVEL_ONLY.test(level)) {
      whole = target.indicator ? target : null;
      lastPart = null;
      continue;
    }
    const opens = PART_OPENER_IN_INDICATOR.test(written) || PART_OPENER.test(text.slice(clauseStart(text, span.start, Math.min(gapStart, span.start)), span.start));
    if (opens && whole) {
      noun = whole.indicator.replace(LEADING_LEVELS, "");
    } else if (!(lastPart && PART_JOINER.test(text.slice(gapStart, span.start)))) {
      lastPart = null;
      continue;
    }
    if (!noun) continue;
    target.indicator = level + noun;
    // 累计培育…30家，其中国家级2家: the part is counted as the whole is (培育, 累计, 力争).
    if (whole) {
      if (target.kind === "count" && whole.kind === "count" && target.comparator === "") target.comparator = whole.comparator;
      target.cumulative ||= whole.cumulative;
      target.aspirational ||= whole.aspirational;
    }
    // Where the part's own words are: its level, without the opener.
    if (level !== written) target.indicatorSpan = { start: span.end - level.length, end: span.end };
    lastPart = target;
  }
}

/**
 * A count whose noun its clause leaves out (`每年组织实施质量攻关项目不少于20项，到2025年累计实施
 * 60项以上`) counts what the target before it in the same sentence counts, in the same unit; one
 * with no such target before it is dropped (targets[from…] are one line's, in order). A level with
 * no indicator after a count read from the text (`累计发布企业标准“领跑者”20个，2025年达到30个`)
 * is of that count's noun too (one after a level has it already: inheritedIndicators).
 */
function nameElided(targets: PlanTarget[], from: number, text: string): void {
  let kept = from;
  for (let k = from; k < targets.length; k++) {
    const target = targets[k]!;
    if (target.indicator === "") {
      const before = kept > from ? targets[kept - 1]! : null;
      const named = before !== null && before.indicator !== "" && before.unit === target.unit && !statementEndsIn(text, before.end, target.start);
      if (named) {
        target.indicator = before.indicator;
        target.indicatorSpan = before.indicatorSpan;
        // 累计发布…20个，2025年达到30个: the level it reaches is the same total.
        if (before.cumulative && target.kind === "level") target.cumulative = true;
      } else if (target.kind === "count" && target.source === null) continue;
    }
    targets[kept++] = target;
  }
  targets.length = kept;
}

/**
 * A count written figure first (see FIGURE_FIRST). A clause with no verb goes on with the one
 * before it when that was a count written figure first too: in `力争推动3.3万家企业上云上平台，
 * 700家以上企业实施数字化转型` both are pushed (推动), and both are striven for (力争).
 */
function readFigureFirst(text: string, start: number, end: number, clause: string, previous: ClauseReading | null): ClauseReading | null {
  const match = FIGURE_FIRST.exec(clause);
  if (!match) return null;
  const [, lead, figure, unit, qualifier, counted] = match as unknown as [string, string | undefined, string, string, string | undefined, string];
  const continues =
    !lead && previous !== null && previous.kind === "count" && previous.comparator !== "" && previous.valueSpan !== null && previous.indicatorSpan !== null && previous.valueSpan.start < previous.indicatorSpan.start;
  if (!lead && !ORGANISATION_UNITS.has(unit)) return null;
  const valueStart = start + clause.indexOf(figure, lead ? lead.length : 0);
  const indicator = trimmed(counted, end - counted.length);
  if (!indicator.text) return null;
  const reading = noFigure(clause);
  return {
    ...reading,
    start,
    end,
    kind: "count",
    indicator: indicator.text,
    indicatorSpan: indicator.span,
    comparator: lead ? lead.replace(NOT_THE_VERB, "") : continues ? previous.comparator : "",
    value: Number(figure),
    valueText: text.slice(valueStart, valueStart + figure.length),
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier: qualifier ?? "",
    aspirational: reading.aspirational || (continues && previous.aspirational),
    cumulative: lead ? CUMULATIVE_WORD.test(lead) : continues && previous.cumulative,
  };
}

/**
 * A rate with its figure and no comparator: 投诉举报处理按期办结率100%, 覆盖率95%以上, or a range
 * (食品抽检合格率98.5%-99%, 95%至98%, 90—95%: the lower end's % said or not). Groups: what it is
 * of, the (lower) figure, the upper end, the qualifier.
 */
const BARE_RATE = /^(.{2,40}?(?:率|比重|比例|占比|满意度))\s*(\d+(?:\.\d+)?)\s*(?:[%％]?\s*[—–\-~～至到]{1,2}\s*(\d+(?:\.\d+)?)\s*)?[%％](及以上|以上|以下|以内|左右)?$/;

/** A rate written with its figure and no comparator: a level to reach, as a table's bare figure is. */
function readBareRate(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const match = BARE_RATE.exec(clause);
  if (!match) return null;
  const [, of, figure, upper, qualifier = ""] = match as unknown as [string, string, string, string | undefined, string | undefined];
  // A range's ends rise (RANGE_TAIL's rule): 98%-95% is no range, and no level is read from it.
  if (upper !== undefined && !(Number(upper) > Number(figure))) return null;
  const level = textLevel(text, start, end, clause, of, figure, of.length, "", "%", qualifier, qualifier === "以下" || qualifier === "以内" ? "down" : "up");
  if (level && upper !== undefined) level.upper = Number(upper);
  return level;
}

/** A share written figure first (see SHARE): a level whose comparator is what the share does. */
function readShare(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const match = SHARE.exec(clause);
  if (!match) return null;
  const [, of, figure, does] = match as unknown as [string, string, string, string];
  return textLevel(text, start, end, clause, of, figure, of.length, does, "%", "", "up");
}

/** How a plan takes part in a standard (牵头或参与起草, 主导制定): a head the counts of a list share. */
const PARTICIPATION = /^(?:(?:牵头|主导|参与)(?:或|和|及|、)?)+(?:起草|制定|制订|制修订|修订|研制)/;

/** What a count's noun names after the levels it opens with (质量标杆企业 of 省级质量标杆企业), or "". */
function headAfterLevels(indicator: string): string {
  const leading = LEADING_LEVELS.exec(indicator);
  return leading && leading[0].length < indicator.length ? indicator.slice(leading[0].length) : "";
}

/** A level at the end of a count's noun: 国家级 in 标准化试点示范项目国家级15个. */
const LEVEL_SUFFIX = /(?:国家级|省级|市级|县级|区级|国际)$/;

/** The fields of a reading with no figure (a direction), and whether the clause strives (力争). */
function noFigure(clause: string): Pick<ClauseReading, "value" | "valueText" | "valueSpan" | "upper" | "unit" | "qualifier" | "sense" | "aspirational" | "cumulative"> {
  return { value: null, valueText: "", valueSpan: null, upper: null, unit: "", qualifier: "", sense: "up", aspirational: ASPIRATIONAL.test(clause), cumulative: false };
}
