import { reachedLevel } from "./reachedLevels.js";
import { toHalfwidthFigures } from "../model/numerals.js";
import type { Span } from "../model/types.js";
import { NodeMemo } from "../syntax/nodeMemo.js";
import { movedSpan } from "../text/changedSpan.js";
import { TextMemoByOwner } from "../text/textMemo.js";
import type { UnitRegistry } from "../units/registry.js";
import { CHINESE_FIGURE_HINT, inArabicFigures } from "./chineseFigures.js";
import type { PlanTarget, TargetSense } from "./types.js";
import { type ClauseReading, noFigure } from "./clauseReadings.js";
import { BARE_EVENT, bareEventName, readZeroGoal } from "./zeroGoals.js";
import { readQualitativeGoal } from "./qualitativeGoals.js";
import { COVERS, coverageIndicator, coversAsServiceKind, readFigureFirstCoverage, readWholeAreaReach } from "./coverage.js";
import { countsFromBase } from "./governedBase.js";
import { fundedAlongside, fundedSum } from "./funding.js";
import { COMMA_CODES, carriedCount, countOfItsYear, frequencyBeforeRun, countReading, perHeadAfterUnit, perHeadReading, readComparedCounts, readRespectiveCounts, readYearlyCounts, totalGoesOn, frequencyGoesOn, frequencyOfListItem, countsThings } from "./countReadings.js";
import { countMeans, whomReached } from "./countMeans.js";
import { ADDS_TO_STOCK, FREQUENCY, INSPECTION, INSPECTION_AT_END, ALREADY_DONE, ARTICLES_OF_TEXT, DRAFTED_DOCUMENT, PARTICIPATION, ASPIRATIONAL, BASE_SINCE, LIST_BULLET, BARE_MOVEMENT, STATED_FIGURE, WHAT_THERE_IS, BARE_TOTAL, BUILDS_THINGS, CLOSE_BRACKET, CONFIRMS, COUNT, COUNTED_UNITS, COUNT_LEAD, COUNT_UNITS, COUNT_VERB, CUMULATIVE_BEFORE, CUMULATIVE_LEAD, CUMULATIVE_WORD, DELTA_COMPARATORS, DIRECTION, DIRECTION_HINT, DIRECTION_VERB_FIRST, FIGURE_FIRST, FIGURE_FIRST_DEADLINE, FREQUENCY_AFTER_NOUN, FRONTED_OBJECT, HOLDERS_BY_DESIGNATION, OFTEN_LEAD, HARD_STOP_PATTERN, INCLUSIVE, LEADING_LEVELS, LEVEL_ONLY, METRIC, NAMES_CONVERSION, NAMES_ITS_DOING, NOT_THE_VERB, OPENS_ON_A_DOING, OPEN_BRACKET_CODES, RECURRING_WORK, ORGANISATION_UNITS, SHARE, STATES_WHAT_WAS, TASK_VERB_FIRST, YEAR_BEFORE_COUNT_VERB, addedAfterNoun, countVerbOf, countVerbAfter, countsWithVerb, directionSense } from "./figureWords.js";
import { FIGURE_UNITS, countsDoings } from "./measureUnits.js";
import { eachBodyLength, subjectLength, workDoerLength } from "./subjects.js";
import { afterFigure, indicatorsOf, senseOf, senseOfChange, trimmed, withoutExamples } from "./indicators.js";
import { type HorizonState, LineContext, horizonFields } from "./lineContext.js";
import { withSharedQualifier } from "./listElision.js";

/** How often, then an inspection, and nothing else (每年监测, 每季度抽查): a clause's own verb with its object left unsaid. */
const OFTEN_THEN_INSPECTION = new RegExp(`^(?:${FREQUENCY})(?:${INSPECTION})$`);

/**
 * The targets the grammar leaves as text: a run split at its stops, each clause read for a level
 * in words, a figure first, a bare rate, a share or a direction without a figure (counts:
 * countReadings.ts); remembered per run and per node, and placed with the line's context and
 * horizon.
 */

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
 * readInWords (the grammar's comparators; a figure its unit — a score's 分 among them — and qualifier). Groups: what it is
 * of, the comparator, the figure, the unit, the qualifier.
 */
const LEVEL_IN_WORDS = new RegExp(
  `^(.*?)((?:提高|提升|增长|增加|降低|下降)[到至]?|降至|增至|上升|回升|控制在|稳定在|保持在?|不低于|不少于|不高于|不超过|不多于|超过|高于|低于|达到?|减少|突破|翻)\\s*(\\d+(?:\\.\\d+)?)\\s*(%|个百分点|分|${COUNT_UNITS})${INCLUSIVE}(及以上|以上|以下|以内|左右)?$`,
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
  // 培育知名品牌达到二十个: what stands once made, its total reached — a level, as in digits.
  if (created && !METRIC.test(indicators[0]!.text) && !reachedLevel(created[0], comparator, indicators, "")) {
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

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_READINGS: readonly ClauseReading[] = [];

/**
 * Readings per run text, by whether the run's first and last clause belong to the elements
 * around it (index: 2 × ownsHead + ownsTail). While a plan is edited, every keystroke extracts
 * again and nearly every run is one read before; most read to nothing. Bounded: cleared when full.
 * A stored key is a copy (text/detached.ts), and a run is read from that copy, so that no entry
 * holds a slice of the plan's text, which would keep that whole version of it alive. Per registry:
 * the units it knows are the subjects a clause's reading sets apart (subjects.ts).
 */
const runReadings: Array<TextMemoByOwner<UnitRegistry, readonly ClauseReading[]>> = [new TextMemoByOwner(20_000), new TextMemoByOwner(20_000), new TextMemoByOwner(20_000), new TextMemoByOwner(20_000)];
/**
 * Readings by run node (and, as above, by what the run's neighbours own), where the nodes live
 * on (syntax/incremental.ts `nodesAreKept`): found without slicing and hashing the run's text,
 * which was half of a keystroke's extraction. Per registry, as above: a configuration changed
 * while the nodes live on reads them anew.
 */
const readingsByNode = new WeakMap<UnitRegistry, Array<NodeMemo<Span, readonly ClauseReading[]>>>();

function nodeReadings(registry: UnitRegistry): Array<NodeMemo<Span, readonly ClauseReading[]>> {
  let memos = readingsByNode.get(registry);
  if (memos === undefined) readingsByNode.set(registry, (memos = [new NodeMemo(), new NodeMemo(), new NodeMemo(), new NodeMemo()]));
  return memos;
}

/** Adds to `targets` the counts and directions a text run states, placed where the run stands. */
export function placeFromText(targets: PlanTarget[], part: Span, ownsHead: boolean, ownsTail: boolean, context: LineContext, horizon: HorizonState | null): void {
  // A run node met again (the server's parser kept its line) is the same text: its readings
  // are found by the node, with no slice and no hash of the text.
  const kind = (ownsHead ? 2 : 0) + (ownsTail ? 1 : 0);
  const registry = context.plan.registry;
  const byNode = nodeReadings(registry)[kind]!;
  let readings = byNode.lookup(context.keptNodes, part);
  if (readings === undefined) {
    const memo = runReadings[kind]!.of(registry);
    const run = context.plan.text.slice(part.start, part.end);
    readings = byNode.remember(context.keptNodes, part, memo.lookup(run) ?? memo.remember(run, (copy) => readRun(copy, ownsHead, ownsTail, registry)));
  }
  for (const read of readings) {
    // …，分别培育…20家、30家 in a sentence opening on 到2026年、2027年: one reading per year.
    const paired = read.respectiveFigures !== undefined && read.respectiveFigures.length > 0 ? pairedWithSentenceYears(read, read.respectiveFigures, part.start, context) : null;
    // 2026年建成…3个: a count of its year where the year is of the plan's period (countOfItsYear).
    // …3000家次，帮助企业解决…200个以上: a 每年 said before the run reaches its first count too (frequencyBeforeRun).
    for (const reading of paired ?? [read]) {
      const ofItsYear = countOfItsYear(reading, context.period);
      // 2022年完成8个…, figure first after a year not of the period: a report's, or nothing the plan sets.
      if (ofItsYear.onlyOfItsYear && ofItsYear.yearOfCount !== undefined) continue;
      placeReading(targets, frequencyBeforeRun(context.plan.text, part.start, ofItsYear), part, context, horizon);
    }
  }
}

/** A count naming its work with no verb, without the units or group that do it (各乡镇快检 → 快检; subjects.ts workDoerLength). */
function withoutDoerOfWork(target: PlanTarget, registry: UnitRegistry): void {
  const doer = workDoerLength(target.indicator, registry);
  if (doer === 0) return;
  const name = trimmed(target.indicator.slice(doer), doer);
  const span = target.indicatorSpan;
  if (span !== null && span.end - span.start === target.indicator.length) target.indicatorSpan = { start: span.start + name.span.start, end: span.start + name.span.end };
  target.indicator = name.text;
}

/** One reading of a run placed in the plan, where it is a target there (a goal, or a level the plan reports). */
function placeReading(targets: PlanTarget[], reading: ClauseReading, part: Span, context: LineContext, horizon: HorizonState | null): void {
  if (reading.zero === true) {
    // A goal of none is the goals' (a task's 确保不发生… is a bottom line of the work), or where the plan reports, the level it stood at.
    const placed = placedReading(reading, part.start, false, context, horizon);
    // 实现零事故: the events of the plan's field, named as a table's row names them (the readings are the run's, the field the plan's).
    if (BARE_EVENT.test(placed.indicator)) placed.indicator = bareEventName(placed.indicator, context.plan.metadata.title ?? context.plan.title?.text);
    if (placed.baseline || context.inGoals) targets.push(placed);
    return;
  }
  // A qualitative goal is the goals' (a task's 填补…空白 describes the work), never a level reported.
  if (reading.qualitative === true) {
    const placed = placedReading(reading, part.start, false, context, horizon);
    if (context.inGoals && !placed.baseline) targets.push(placed);
    return;
  }
  const verbless = reading.kind === "count" && reading.comparator === "";
  if (!verbless && reading.stated !== true) {
    targets.push(placedReading(reading, part.start, false, context, horizon));
    return;
  }
  const placed = placedReading(reading, part.start, false, context, horizon);
  // Where the plan reports (its 发展基础, 截至2025年底…), a figure with no verb or one stated to be
  // (现有…326家, …为96.2%) is where its indicator stands: a level, each of a sentence's figures its own.
  if (placed.baseline) {
    placed.kind = "level";
    targets.push(placed);
    return;
  }
  // Elsewhere a count with no verb counts what the goals set, or one whose noun names its doing
  // (主导和参与制修订…标准50项) or a conversion (个体工商户转型为企业500户) or ends on the work it counts (各乡镇快检3000批次, 兽药残留监测800批次:
  // the work to do, as 开展快检 would say — its doer opening it no word of it, workDoerLength).
  const namesWork = verbless && RECURRING_WORK.test(reading.indicator);
  if (verbless && (context.inGoals || namesWork || NAMES_ITS_DOING.test(reading.indicator) || NAMES_CONVERSION.test(reading.indicator))) {
    if (namesWork) withoutDoerOfWork(placed, context.plan.registry);
    targets.push(placed);
  }
  // In the goals a level stated with 为 (到2030年，…合格率为98%) is the level to reach, bounded as
  // 达到 bounds it (98%以上 a floor, 5天以内 a ceiling); elsewhere 为 states where an indicator stands, no goal.
  // A year of its own before the goal's (指数2020年为84.5，达到86) makes it the base the next clause rises from.
  else if (!verbless && context.inGoals && reading.comparator === "为" && (reading.statedYear === undefined || (placed.horizon !== null && reading.statedYear >= placed.horizon))) {
    placed.sense = senseOf(reading.comparator, reading.qualifier, reading.value);
    targets.push(placed);
  }
}

/**
 * A count given 分别 whose figures are each a year's the sentence opens on (到2026年、2027年，…，分别
 * 培育…20家、30家): one reading per year, each with its figure and its year (ClauseReading.ownYear,
 * offsets from the run at `at`); null where the sentence opens on no list of as many years.
 */
function pairedWithSentenceYears(reading: ClauseReading, figures: NonNullable<ClauseReading["respectiveFigures"]>, at: number, context: LineContext): ClauseReading[] | null {
  const years = context.sentenceYears(at + reading.start);
  if (years === null || years.length !== figures.length + 1) return null;
  // The first count ends at the mark before the second's piece (20家、30家以上: a bound said once, after the last, is the list's).
  const first = { value: reading.value, valueText: reading.valueText, valueSpan: reading.valueSpan, unit: reading.unit, qualifier: reading.qualifier || figures[figures.length - 1]!.qualifier, end: figures[0]!.start - 1 };
  return [first, ...figures].map((figure, i) => ({
    ...reading,
    ...figure,
    start: i === 0 ? reading.start : figure.valueSpan!.start,
    respectiveFigures: undefined,
    unpaired: undefined,
    ownYear: { year: years[i]!.year, span: { start: years[i]!.span.start - at, end: years[i]!.span.end - at } },
  }));
}

/**
 * A target read from text (a count, a direction, a count whose figure is a placeholder), at
 * `at` plus its offsets, with what depends on where it stands. Every field written out, in
 * PlanTarget's order, as fromModel writes one: one shape for every target the rules read.
 */
export function placedReading(reading: ClauseReading, at: number, placeholder: boolean, context: LineContext, horizon: HorizonState | null): PlanTarget {
  // A count given 分别 after its years is its year's (2024年、2025年分别新增5家、8家), wherever the
  // sentence's horizon is; a record where that year is gone by (a 2026 plan's 2024 and 2025), else a goal.
  // A count going on with the verb of the one before is of that one's horizon (…建成…1个，…3个).
  const dated = at + (reading.goesOnFrom ?? reading.start);
  const horizonOf = reading.ownYear !== undefined ? context.yearAt(movedSpan(reading.ownYear.span, at), reading.ownYear.year) : context.horizonAt(dated, horizonFields(context, horizon, dated));
  // …and striven for as that one is (力争2027年建成…1个，…3个: 力争 is the first clause's), unless its
  // own words commit (…，确保…20家). Asked before its own clause, the earlier offset first.
  const carriedStriving = reading.goesOnFrom !== undefined && context.strives(dated) && !CONFIRMS.test(context.plan.text.slice(dated, at + reading.start));
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
    aspirational: reading.aspirational || carriedStriving || context.strives(at + reading.start),
    cumulative: reading.cumulative,
    blank: reading.blank === true,
    placeholder,
    unpaired: reading.unpaired ?? "",
    binding: false,
    horizon: horizonOf.horizon,
    horizonSource: horizonOf.horizonSource,
    horizonSpan: horizonOf.horizonSpan,
    // 与2020年相比，新增…20家: what a count of new things adds is from the base its sentence set, where it states none.
    baseYear: reading.baseYear ?? (reading.kind === "count" && countsFromBase(reading.comparator) ? context.governingBase(at + reading.start) : null),
    baseValue: null,
    baseUnit: "",
    estimate: null,
    path: context.path,
    item: context.item,
    inGoals: context.inGoals,
    baseline: reading.reported === true || (reading.ownYear !== undefined && context.referenceYear !== null ? reading.ownYear.year < context.referenceYear : context.reports(at + reading.start, horizonOf.horizonSource !== null)),
    source: null,
    whole: null,
  };
}

/** What the clauses of a run state, offsets from the run's start. */
function readRun(run: string, ownsHead: boolean, ownsTail: boolean, registry: UnitRegistry): readonly ClauseReading[] {
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
    // A tab and the quote opening its cell end a clause together (HARD_STOP_PATTERN).
    let stopLength = stop ? stop[0].length : 1;
    let atEnd = stop === null;
    if (close >= start && close < offset) {
      offset = close;
      stopLength = 1;
      atEnd = false;
      HARD_STOP_PATTERN.lastIndex = close + 1;
    }
    const isHead = start === 0 && ownsHead;
    const isTail = atEnd && ownsTail;
    if (offset > start && !isHead && !isTail) {
      // A list's bullet (●培育…10家, • 全年组织…) opens the line, no word of its count.
      const bullet = start === 0 ? LIST_BULLET.exec(run) : null;
      const from = bullet !== null && bullet[0].length < offset ? bullet[0].length : start;
      // 县农业农村局完成…抽检1200批次: the units opening the clause are who does the work (subjects.ts), no word of what it counts.
      const readings = readClause(run, from + subjectLength(run.slice(from, offset), registry), offset, last);
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
    start = offset + stopLength;
  }
  return found ?? NO_READINGS;
}

/** How often and 组织 opening a count whose verb follows its noun (每年组织…人员培训20场): group 1 the lead. */
const ORGANISED_BEFORE_NOUN = new RegExp(`^(${COUNT_LEAD})组织(?=[\\u4e00-\\u9fff]{2})`);

function readClause(text: string, start: number, end: number, previous: ClauseReading | null): ClauseReading[] {
  // Full-width digits (pasted from WPS or a web page) read as the numbers they are; the mapping
  // keeps every character in place, so the offsets below hold for the text as written.
  const clause = toHalfwidthFigures(text.slice(start, end));
  if (clause.length > 80) return [];
  // 重大质量安全事故0起, 确保不发生…事件, 食品安全事故零发生: a ceiling of none, read before a count
  // (事故0起 has no verb that counts events) and before a direction.
  const none = readZeroGoal(text, start, end, clause);
  if (none) return none;
  // 实现中国质量奖零的突破, 填补…空白: a qualitative goal, no figure and no movement.
  const qualitative = readQualitativeGoal(start, end, clause);
  if (qualitative) return qualitative;
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
  // 保持在九成以上 reads as 稳定在/保持在 with no digit: a figure in words is a figure, not a direction.
  const inWordsFirst = hinted && CHINESE_FIGURE_HINT.test(clause) ? readInWords(text, start, clause, previous) : null;
  if (inWordsFirst !== null && inWordsFirst.length > 0) return inWordsFirst;
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
  if (inWordsFirst === null && CHINESE_FIGURE_HINT.test(clause)) {
    const inWords = readInWords(text, start, clause, previous);
    if (inWords.length > 0) return inWords;
  }
  if (!/\d/.test(clause)) {
    if (!clause.includes(" ") && !clause.includes("\u3000")) return [];
    const gap = GAP_COUNT.exec(clause);
    if (gap) return gapCount(text, start, end, clause, gap);
    const rateGap = GAP_RATE.exec(clause);
    return rateGap ? gapRate(text, start, end, clause, rateGap) : [];
  }
  const reduced = REDUCED_TO.exec(clause);
  const cut = reduced ? reducedTo(text, start, end, clause, reduced) : null;
  if (cut) return [cut];
  const respective = clause.includes("分别") ? (readYearlyCounts(text, start, clause) ?? readComparedCounts(text, start, clause, text.lastIndexOf("\n", start - 1) + 1) ?? readRespectiveCounts(text, start, clause)) : null;
  if (respective) return respective;
  // 全年完成食品安全监督抽检4批次/千人: a level per head, the head count after the unit.
  const perHeadLevel = perHeadAfterUnit(text, start, clause);
  if (perHeadLevel) return [perHeadLevel];
  // …合格率为96.2%: a figure stated, which placeFromText keeps where the plan reports only.
  const stated = clause.includes("为") ? STATED_FIGURE.exec(clause) : null;
  if (stated) {
    const [, of, year, figure, unit, qualifier] = stated as unknown as [string, string, string | undefined, string, string | undefined, string | undefined];
    const level = textLevel(text, start, end, clause, of, figure, of.length, "为", unit === "％" ? "%" : (unit ?? ""), qualifier ?? "", "keep");
    if (level) {
      level.stated = true;
      if (year !== undefined) level.statedYear = Number(year);
      return [level];
    }
  }
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
  // The part a list of counts shares (牵头或参与起草国际标准12项、国家标准600项: drafted ones too), and
  // after a comma the one of the count just before it, which names its doing with no verb of its own
  // (企业参与制修订国家标准10项，行业标准20项: what the clause goes on to count is drafted too).
  let sharedHead = draftedBefore(text, start, previous);
  // The last count's noun, as completed (国家知识产权示范企业、优势企业: withSharedQualifier), the carried one's after a comma.
  let lastNoun = carried !== null ? carried.indicator : "";
  // Whether the list reports what was done already (ALREADY_DONE), as its verb says.
  let reporting = false;
  // The year and verb before a list's first noun (2026年建成示范街区3个、示范店20家): the list's, as a verb is (countOfItsYear).
  let listYear: NonNullable<ClauseReading["yearOfCount"]> | null = null;
  // The count whose verb the clause goes on with (carried), where it does.
  let goesOnFrom: number | undefined;
  for (const piece of pieces) {
    const match = COUNT.exec(piece);
    // …新增高新技术企业15家、10家 read whole: a noun that ends on a figure of a list (15家、) holds the
    // list's first count, which no reading paired — no noun, and no count rather than a garbled one.
    const count = match && !STATES_WHAT_WAS.test(match[1]!) && !FIGURE_OF_A_LIST.test(match[1]!) ? match : null;
    const perHead = count ? perHeadReading(text, clause, piece, pieceStart, count) : null;
    // 市财政每年安排食品安全专项经费3000万元: a sum funded, a level of what it funds (funding.ts); a sum
    // listed after it with no verb (、奖补资金300万元, or after a comma) funded alike.
    const noun = count && !perHead ? { text: count[1]!, span: { start: pieceStart, end: pieceStart + count[1]!.length } } : null;
    const listedAfter = found.length > 0 ? found[found.length - 1]! : previous !== null && COMMA_CODES.has(text.charCodeAt(start - 1)) ? previous : null;
    const funded = noun !== null ? (fundedSum(noun, count![6]!) ?? (listedAfter !== null ? fundedAlongside(trimmed(noun.text, noun.span.start), count![6]!, listedAfter) : null)) : null;
    // A figure per head that names no measure (…，全市每千人5批次) is none the text can tell: no count of 每千人.
    if (perHead) {
      if (perHead.indicator) found.push(perHead);
    } else if (funded) {
      const reading = countReading(text, clause, piece, pieceStart, count!, funded.noun, funded.frequency + funded.verb, funded.cumulative);
      reading.kind = "level";
      // More money for the work is more: a floor, as 不少于 writes it.
      reading.sense = "up";
      found.push(reading);
    } else if (count) {
      // 三年累计15家以上 after a count of the same thing: a total with no verb and no noun of its
      // own (nameElided names it); 累计 is what it says, and the comparator it keeps.
      // 已服务企业200家, 目前已建成…: what was done, read as a count is (its verb, its noun) and reported, no target.
      // 现有…326家, 共有…420名: how many there are, no verb and no word of the noun (a level where the plan reports).
      const there = WHAT_THERE_IS.exec(count[1]!);
      const done = there ? null : ALREADY_DONE.exec(count[1]!);
      // …，分别培育省级专精特新企业20家、30家: 分别 before the verb says the figures are each their own, no word of the noun.
      const respectively = there || done ? null : RESPECTIVELY_LEAD.exec(count[1]!);
      const doneLength = there ? there[0].length : done ? done[0].length : respectively ? respectively[0].length : 0;
      // 组织专家团队服务企业1000家次: who does the work, before the verb, is no word of the verb nor of what is counted.
      // (A verb after its noun, 对高风险企业每季度检查1次, is countVerbAfter's below.)
      // 每年为企业免费校准…, 累计为企业检定…: how often or 累计 before who does it is the count's, read before its verb.
      // 安排资金支持建设…20个, 指导企业制修订标准80项: the money or the service that brings the count about, likewise (countMeans.ts).
      // 每个乡镇建成快检室1个, 各乡镇配备协管员2名: what each body is to have, a level per unit (subjects.ts eachBodyLength)
      // — read before the means: 每个乡镇每年完成快检… is each township's yearly work, no doer before how often.
      const each = eachBodyLength(count[1]!.slice(doneLength));
      const means = each > 0 ? null : countMeans(count[1]!.slice(doneLength), count[6]!);
      const lead = doneLength + (means !== null ? means[0].length : each);
      const what = lead > 0 ? count[1]!.slice(lead) : count[1]!;
      const bareTotal = BARE_TOTAL.exec(what);
      // 主导或参与制修订…标准15项: a noun naming its own doing keeps its verb, as 主导制定… does (NAMES_ITS_DOING).
      // 认证服务覆盖企业200家: a service named by its kind, a coverage's words, no count's verb (coverage.ts).
      const opening = bareTotal ?? (NAMES_ITS_DOING.test(what) || coversAsServiceKind(what) ? null : COUNT_VERB.exec(what));
      // 认证证书新增200张: a noun opening on a verb, 新增 after it the count's (countVerbAfter below).
      // 新增认证证书50张、认证企业30家: holders named by their designation, after the list's verb, take that verb
      // (HOLDERS_BY_DESIGNATION) — after a comma too (新增认证证书50张，认证企业30家), where the clause opens on
      // them and the count before it carries on a verb that adds to what stands (carriedCount, ADDS_TO_STOCK).
      const listVerbGoesOn = found.length > 0 ? verb !== "" : lead === 0 && carried !== null && ADDS_TO_STOCK.test(carried.yearOfCount?.verb ?? carried.comparator);
      const verbMatch = opening !== null && opening !== bareTotal && (addedAfterNoun(what, opening[0].length) || (listVerbGoesOn && HOLDERS_BY_DESIGNATION.test(what))) ? null : opening;
      // 2026年建成…街区3个: a year before the verb and the noun, whose reading the plan's period decides
      // (countOfItsYear) — before a verb after the noun, which is the noun's then (2026年完成企业
      // 标准化示范创建12家: 完成 the count's verb, 示范创建 what is done).
      const yearFirst = verbMatch ? null : YEAR_BEFORE_COUNT_VERB.exec(what);
      // The verb after what it counts (省级专精特新企业新增100家, …企业累计100家) when none is before it.
      const verbAfter = verbMatch || yearFirst ? null : countVerbAfter(what);
      const said = verbMatch ?? verbAfter;
      // A list shares its verb and whether it reports (已建成中心5个、站点10个): a piece's own verb says anew.
      if (done) reporting = true;
      else if (said) reporting = false;
      // …数量较2025年新增120项: the base the verb after the noun adds from is the count's base year, no word of its verb.
      const since = verbAfter !== null ? BASE_SINCE.exec(verbAfter[0]) : null;
      if (said) {
        listYear = null;
        goesOnFrom = undefined;
        const saidWords = verbMatch && means !== null ? means[1]! + said[0] : since !== null ? said[0].slice(since[0].length) : said[0];
        const listVerb = verb;
        verb = bareTotal ? "累计" : countVerbOf(saidWords);
        cumulative = CUMULATIVE_WORD.test(saidWords) || (done !== null ? CUMULATIVE_WORD.test(done[0]) : totalGoesOn(text, start, previous, previous?.reported === true, saidWords));
        // 每年开展…100场次，为企业免费校准…5万台件: the sentence's 每年 is this count's too (每年校准).
        if (!cumulative && done === null && !bareTotal) verb = frequencyGoesOn(text, start, previous, previous?.reported === true, saidWords, count[6]!) + verb;
        // 每年开展质量培训50场次、培训人员5000人次: the list's 每年 goes on to an item's own verb of recurring work.
        if (found.length > 0 && !cumulative && done === null && !bareTotal && !OFTEN_LEAD.test(verb)) verb = frequencyOfListItem(listVerb, saidWords, count[6]!) + verb;
      }
      // 质量技术服务覆盖企业8万家: a coverage, with no verb that makes or does what it counts (a total's
      // 累计 aside: …覆盖企业累计8万家), is where the reach will stand — a level, its own verb, none carried to it.
      const coverage = verbMatch === null && (verbAfter === null || verb === "") ? COVERS.exec(what) : null;
      // 累计 before a doing this reading keeps in the noun (累计主导制修订国际标准20项): the total's, no word of the noun.
      const totalLead = said ? null : CUMULATIVE_LEAD.exec(what);
      if (totalLead) cumulative = true;
      let nounStart = lead + (verbMatch ? verbMatch[0].length : totalLead ? totalLead[0].length : 0);
      // 指导企业注册商标500件: whom the verb reaches is no word of what the figure counts (countMeans.ts).
      const whom = verbMatch && !bareTotal ? whomReached(what, count[6]!) : null;
      if (whom !== null && whom.verbEnd === verbMatch![0].length) nounStart = lead + whom.end;
      // 对高风险企业每季度检查1次: 对 fronts what the verb after it counts, no word of it.
      if (verbAfter && FRONTED_OBJECT.test(count[1]!.slice(nounStart))) nounStart++;
      // 每年组织农业技术人员培训20场, 组织标准化培训8场次: the noun and the verb after it are the work
      // organised (…培训, as 组织…活动 is), 组织 the count's verb and how often before it the comparator's.
      const organised = verbAfter ? ORGANISED_BEFORE_NOUN.exec(count[1]!.slice(nounStart)) : null;
      const organisedWork = organised !== null && nounStart + organised[0].length < lead + verbAfter!.index;
      if (organisedWork) {
        nounStart += organised[0].length;
        verb = `${organised[1]!}组织`;
      }
      let nounEnd = verbAfter && !organisedWork ? lead + verbAfter.index : count[1]!.length;
      // 新增…企业年均5家, …每年10项: how often is the comparator's, as a level's is (FREQUENCY_BEFORE), never the noun's.
      const often = verbAfter ? null : FREQUENCY_AFTER_NOUN.exec(count[1]!.slice(nounStart, nounEnd));
      if (often && often.index > 0) {
        nounEnd = nounStart + often.index;
        verb = often[0].trim() + verb;
      }
      // …金额分别为1.2亿元、1.6亿元: 分别 (and the 为 stating the figures) after the noun, as before its verb.
      const respectiveTail = respectively === null ? RESPECTIVELY_TAIL.exec(count[1]!.slice(nounStart, nounEnd)) : null;
      if (respectiveTail !== null) nounEnd -= respectiveTail[0].length;
      // A standard per unit is named with its bodies and its verb, as 每个服务站配备…不少于3名's level is.
      if (each > 0) nounStart = doneLength;
      const indicator = withoutExamples(trimmed(count[1]!.slice(nounStart, nounEnd), pieceStart + nounStart));
      // 全年检查3000余次, 组织检查3000次: an inspection with nothing after it, no count before it to go on
      // with, is the work counted, as 快检3000批次 is — 组织 (开展) before it the count's verb.
      const workAlone = verbMatch !== null && indicator.text === "" && nounEnd === nounStart && found.length === 0 && previous === null && countsDoings(count[6]!) ? INSPECTION_AT_END.exec(verbMatch[0]) : null;
      if (workAlone !== null) {
        const workStart = pieceStart + lead + workAlone.index;
        indicator.text = workAlone[0];
        indicator.span = { start: workStart, end: workStart + workAlone[0].length };
        verb = countVerbOf(verbMatch![0].slice(0, workAlone.index));
      }
      // An amount (贷款额度50万元至500万元) is no count of things the verb before counts, nor is a
      // noun that opens with its own doing (主导或参与制定国际标准10项; 受理窗口12个 after 办理营业执照2万件:
      // a verb belongs to its own clause, and 受理 here to its noun) — unless the verb builds things
      // (建成…服务站10个，检验检测公共服务平台3个: a platform built as the stations are).
      const carriedVerb = carried === null ? "" : (carried.yearOfCount?.verb ?? carried.comparator);
      // 对重点企业每季度检查1次，每年监测2次: how often and an inspection are the clause's own verb, no
      // noun the verb before counts; what it counts is the count's before it (nameElided names it).
      const ownDoing = !said && verb === "" && carried !== null && OFTEN_THEN_INSPECTION.test(indicator.text);
      if (ownDoing) {
        verb = indicator.text;
        indicator.span = { start: indicator.span.end, end: indicator.span.end };
        indicator.text = "";
      }
      if (!said && !ownDoing && !yearFirst && listYear === null && !totalLead && !there && coverage === null && verb === "" && carried !== null && countsThings(count[6]!) && !PARTICIPATION.test(indicator.text) && (!OPENS_ON_A_DOING.test(indicator.text) || BUILDS_THINGS.test(carriedVerb))) {
        // 2026年建成示范街区3个，示范店20家: a count of its year goes on after a comma with its year
        // and verb, as after 、 (the period decides both, countOfItsYear); any other with its verb.
        if (carried.yearOfCount !== undefined) listYear = carried.yearOfCount;
        else verb = carried.comparator;
        goesOnFrom = carried.goesOnFrom ?? carried.start;
        cumulative = carried.cumulative;
        // 已培育企业300家，品牌50个: the list goes on reporting what was done.
        reporting = carried.reported === true;
      }
      const level = LEVEL_SUFFIX.exec(indicator.text);
      if (level && level.index === 0 && levelledNoun) indicator.text = levelledNoun + indicator.text;
      else levelledNoun = level && level.index > 0 ? indicator.text.slice(0, level.index) : "";
      if (levelledHead && LEVEL_ONLY.test(indicator.text)) indicator.text += levelledHead;
      else levelledHead = headAfterLevels(indicator.text);
      const qualified = withSharedQualifier(lastNoun, indicator.text);
      if (qualified !== null) indicator.text = qualified;
      lastNoun = indicator.text;
      const head = PARTICIPATION.exec(indicator.text);
      if (verbMatch || head) sharedHead = head ? head[0] : "";
      else if (sharedHead && DRAFTED_DOCUMENT.test(indicator.text)) indicator.text = sharedHead + indicator.text;
      // A count without a verb is kept with comparator "": placeFromText keeps it in the goals section only.
      // A verb with no noun (…，到2025年累计实施60项以上) counts what the sentence counted before:
      // nameElided names it, or drops it.
      // 事故3起: events tallied with no work that handles them are no count (countsWithVerb).
      if ((indicator.text || ownDoing || (verbMatch && nounEnd === nounStart)) && countsWithVerb(count[6]!, verb)) {
        const reading = countReading(text, clause, piece, pieceStart, count, indicator, verb, cumulative);
        if (coverage !== null) {
          const own = COVERS.exec(indicator.text);
          reading.kind = "level";
          reading.comparator = "";
          if (own !== null) reading.indicator = coverageIndicator(indicator, own);
          reading.cumulative = cumulative || own?.[1] !== undefined;
          reading.sense = senseOf("", reading.qualifier, reading.value);
        }
        if (each > 0) {
          reading.kind = "level";
          reading.comparator = "";
          reading.sense = senseOf("", reading.qualifier, reading.value);
        }
        if (reporting) reading.reported = true;
        if (there) reading.stated = true;
        if (goesOnFrom !== undefined && !said) reading.goesOnFrom = goesOnFrom;
        if (respectively || respectiveTail) reading.respectiveFigures = [];
        if (since !== null) reading.baseYear = Number(since[1] ?? since[2]);
        if (yearFirst !== null) {
          // The year's own words, after the place and 力争 where they open the count (全市力争2026年建成…).
          const verbEnd = pieceStart + lead + yearFirst[0].length;
          const yearStart = pieceStart + lead + yearFirst[0].indexOf(yearFirst[1]!);
          // The noun after the verb, where the indicator holds the verb (no examples cut it off first).
          const noun = reading.indicatorSpan !== null && reading.indicatorSpan.start <= verbEnd && reading.indicatorSpan.end > verbEnd ? { start: verbEnd, end: reading.indicatorSpan.end } : null;
          listYear = noun === null ? null : { year: Number(yearFirst[2]), span: { start: yearStart, end: yearStart + yearFirst[1]!.length }, verb: countVerbOf(yearFirst[3]!), noun };
          if (listYear !== null) reading.yearOfCount = listYear;
        } else if (listYear !== null && !said && verb === "" && reading.indicatorSpan !== null) {
          reading.yearOfCount = { ...listYear, noun: reading.indicatorSpan };
        }
        found.push(reading);
      }
    } else if (found.length > 0 && BARE_COUNT_FIGURE.test(piece)) {
      // 培育质量标杆企业5家、10家: a figure with no noun after a count is no count of its own — a year
      // series or a slip. The count keeps its first figure; the others are shown, not dropped.
      const last = found[found.length - 1]!;
      const written = piece.trim();
      last.unpaired = last.unpaired ? `${last.unpaired}、${written}` : written;
      last.end = pieceStart + piece.length;
      if (last.respectiveFigures !== undefined) last.respectiveFigures.push(respectiveFigure(text, piece, pieceStart, last.qualifier));
    }
    pieceStart += piece.length + 1;
  }
  if (found.length === 0) {
    const figureFirst = readFigureFirstCoverage(text, start, end, clause) ?? readWholeAreaReach(text, start, end, clause) ?? readFigureFirst(text, start, end, clause, previous);
    if (figureFirst) found.push(figureFirst);
    else if (clause.includes("%") || clause.includes("％")) {
      const share = readShare(text, start, end, clause) ?? readBareRate(text, start, end, clause) ?? readScopedPart(text, start, end, clause);
      if (share) found.push(share);
    }
  }
  return found;
}

/** A bare figure of a count's list given 分别 (、30家): the figure it states, offsets from the run. */
function respectiveFigure(text: string, piece: string, pieceStart: number, qualifier: string): NonNullable<ClauseReading["respectiveFigures"]>[number] {
  const figure = FIGURE_PIECE.exec(piece)!;
  const valueStart = pieceStart + figure[1]!.length;
  return {
    value: Number(figure[2]),
    valueText: text.slice(valueStart, valueStart + figure[2]!.length),
    valueSpan: { start: valueStart, end: valueStart + figure[2]!.length },
    unit: figure[3]!,
    // 分别新增20家、30家以上: a bound said once, after the last, is the list's (modelTargets.ts sharedSuffixes).
    qualifier: figure[4] ?? qualifier,
    start: pieceStart,
    end: pieceStart + piece.length,
  };
}

/** The end of a noun that swallowed a figure of a list before the one read (…企业15家、). */
const FIGURE_OF_A_LIST = new RegExp(`\\d\\s*(?:${COUNT_UNITS})?\\s*(?:及以上|以上)?\\s*[、和及与]\\s*$`);
/** 分别 before a count's verb (…，分别培育…20家、30家). */
const RESPECTIVELY_LEAD = /^\s*分别\s*/;
/** 分别 at a noun's end, with the 为 or 是 that states its figures (…金额分别为1.2亿元、1.6亿元). */
const RESPECTIVELY_TAIL = /\s*分别\s*(?:为|是|达)?\s*$/;
/** A piece that is only a count's figure, read: groups the spaces before it, the figure, its unit, its bound. */
const FIGURE_PIECE = new RegExp(`^(\\s*)(\\d+(?:\\.\\d+)?)\\s*(${COUNT_UNITS})(及以上|以上|左右)?\\s*$`);
/** A piece of a list that is only a count's figure (10家, 20项以上): no noun of its own. */
const BARE_COUNT_FIGURE = new RegExp(`^\\s*\\d+(?:\\.\\d+)?\\s*(?:${COUNT_UNITS})(?:及以上|以上|左右)?\\s*$`);

/**
 * A time or a number cut down to a figure (企业开办时间压缩至1个工作日以内, 审批时限缩短至15天,
 * 城乡居民收入比缩小到2.0以内, 标准制定周期缩短至18个月以内, 办理时间减少至3天以内):
 * a level at most that figure. Groups: what is cut, the verb, the figure, its unit, 以内….
 * A time in months or weeks is one as one in days is (18个月 was read as 18个 and lost); 月, 周 and 日
 * alone only here, after a verb that cuts a time (a figure before 日 elsewhere may be a date's).
 */
const REDUCED_TO = new RegExp(`^(.+?)((?:压缩|压减|缩短|缩减|缩小|精简|减少)(?:至|到))\\s*(\\d+(?:\\.\\d+)?)\\s*(${FIGURE_UNITS}|月|周|日)?\\s*(以内|以下|左右)?$`);

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

/**
 * A count written figure first (see FIGURE_FIRST). A clause with no verb goes on with the one
 * before it when that was a count written figure first too: in `力争推动3.3万家企业上云上平台，
 * 700家以上企业实施数字化转型` both are pushed (推动), and both are striven for (力争).
 */
function readFigureFirst(text: string, start: number, end: number, clause: string, previous: ClauseReading | null): ClauseReading | null {
  const each = eachBodyFigureFirst(text, start, end, clause);
  if (each !== null) return each;
  const match = FIGURE_FIRST.exec(clause);
  if (!match) return yearThenFigureFirst(text, start, end, clause);
  const [, lead, figure, unit, qualifier, counted] = match as unknown as [string, string | undefined, string, string, string | undefined, string];
  const continues =
    !lead && previous !== null && previous.kind === "count" && previous.comparator !== "" && previous.valueSpan !== null && previous.indicatorSpan !== null && previous.valueSpan.start < previous.indicatorSpan.start;
  if (!lead && !ORGANISATION_UNITS.has(unit)) return null;
  if (unit === "条" && ARTICLES_OF_TEXT.test(counted)) return null;
  const valueStart = start + clause.indexOf(figure, lead ? lead.length : 0);
  const indicator = trimmed(counted, end - counted.length);
  if (!indicator.text) return null;
  const reading = noFigure(clause);
  // Read from after its deadline (2027年底前完成14个…): the year before the count's start dates it,
  // as it dates a count written verb first; one inside the count would leave it the period's.
  const deadline = lead ? (FIGURE_FIRST_DEADLINE.exec(lead)?.[0].length ?? 0) : 0;
  return {
    ...reading,
    start: start + deadline,
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
    ...(continues ? { goesOnFrom: previous.goesOnFrom ?? previous.start } : {}),
  };
}

/**
 * What each body is to have, written figure first (`每个社区至少配备1名协管员`, `各乡镇要建成1个快检室`):
 * a level per unit, as the same standard written verb first is (`每个乡镇建成快检室1个`), named with
 * its bodies, its verb and what is provided (每个社区配备协管员) — the duty or floor between the bodies
 * and the verb is no word of it (extract.ts names it as subjects.ts withoutEachBodyBound says).
 */
function eachBodyFigureFirst(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const code = clause.charCodeAt(0);
  if (code !== EACH_CODE && code !== GROUP_EACH_CODE) return null;
  const bodies = eachBodyLength(clause);
  if (bodies === 0) return null;
  const match = FIGURE_FIRST.exec(clause.slice(bodies));
  if (match === null || !match[1]) return null;
  const [, lead, figure, unit, qualifier, counted] = match as unknown as [string, string, string, string, string | undefined, string];
  const verbEnd = start + bodies + lead.length;
  const valueStart = verbEnd + clause.slice(bodies + lead.length).indexOf(figure);
  const noun = trimmed(counted, end - counted.length);
  if (!noun.text) return null;
  const reading = noFigure(clause);
  return {
    ...reading,
    start,
    end,
    kind: "level",
    // The bodies and the verb, then what each has: the figure and its unit stand between them in the text.
    indicator: text.slice(start, verbEnd).trimEnd() + noun.text,
    indicatorSpan: { start, end: noun.span.end },
    comparator: "",
    value: Number(figure),
    valueText: text.slice(valueStart, valueStart + figure.length),
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier: qualifier ?? "",
    sense: senseOf("", qualifier ?? "", Number(figure)),
  };
}
const EACH_CODE = "每".charCodeAt(0);
const GROUP_EACH_CODE = "各".charCodeAt(0);

/**
 * A year alone before a count written figure first (`2027年完成8个示范街区建设`, `力争2027年建成2个…`):
 * the count of that year where it is of the plan's period, as `2027年建成示范街区8个` is
 * (countOfItsYear); none where it is not, since a year gone by may report (`2022年完成8个…`).
 */
function yearThenFigureFirst(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const year = YEAR_BEFORE_FIGURE_FIRST.exec(clause);
  if (year === null) return null;
  const reading = readFigureFirst(text, start + year[0].length, end, clause.slice(year[0].length), null);
  if (reading === null || reading.comparator === "" || reading.indicatorSpan === null) return null;
  const yearStart = start + year[0].length - year[1]!.length;
  return {
    ...reading,
    aspirational: reading.aspirational || ASPIRATIONAL.test(year[0]),
    yearOfCount: { year: Number(year[2]), span: { start: yearStart, end: yearStart + year[1]!.length }, verb: reading.comparator, noun: reading.indicatorSpan },
    onlyOfItsYear: true,
  };
}
/** A year alone opening a clause, 力争 or 争取 before it (its verb and figure read after it by FIGURE_FIRST). Groups: the year as written, its digits. */
const YEAR_BEFORE_FIGURE_FIRST = /^(?:(?:力争|争取)\s*[在于到]?\s*)?((\d{4})\s*年)(?![底末前内\d])/;

/**
 * A count whose figure a draft left out: spaces between the thing counted and its unit, the
 * clause ending there (`新增认证企业 家`, `完成监督抽查　　批次以上`). Groups: 1 what (with its
 * verb), 2 the gap, 3 the unit, 4 the qualifier.
 */
const GAP_COUNT = new RegExp(`^(.*[\\u4e00-\\u9fff”"])([ \\u3000]+)(${COUNT_UNITS})(及以上|以上|左右)?$`);

/** What a bare rate names: a rate, share or satisfaction, the words before its figure (BARE_RATE, GAP_RATE). */
const RATE_NAME = ".{2,40}?(?:率|比重|比例|占比|满意度)";

/**
 * A bare rate whose figure a draft left out (`投诉举报按期办结率 %`, `力争完成包保督导任务覆盖率　%以上`):
 * what BARE_RATE reads with a figure, spaces where the figure goes. Groups: 1 what it is of, 2 the
 * gap, 3 the qualifier.
 */
const GAP_RATE = new RegExp(`^(${RATE_NAME})([ \\u3000]+)[%％](及以上|以上|以下|以内|左右)?$`);

/** The blank level of GAP_RATE's match, named as readBareRate names one with its figure (完成 no word of it). */
function gapRate(text: string, start: number, end: number, clause: string, gap: RegExpExecArray): ClauseReading[] {
  const indicator = bareRateIndicator(gap[1]!, start);
  if (!indicator.text) return [];
  const gapStart = start + gap[1]!.length;
  const qualifier = gap[3] ?? "";
  return [
    {
      ...noFigure(clause),
      start: indicator.span.start,
      end,
      kind: "level",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: "",
      valueSpan: { start: gapStart, end: gapStart + gap[2]!.length },
      unit: "%",
      qualifier,
      sense: qualifier === "以下" || qualifier === "以内" ? "down" : "up",
      blank: true,
    },
  ];
}

/** The gap count of GAP_COUNT's match, where a count's verb opens the clause (a noun alone is prose: 企业 家 is no draft's blank). */
function gapCount(text: string, start: number, end: number, clause: string, gap: RegExpExecArray): ClauseReading[] {
  const what = gap[1]!;
  const verb = COUNT_VERB.exec(what);
  if (!verb) return [];
  const indicator = trimmed(what.slice(verb[0].length), start + verb[0].length);
  if (!indicator.text) return [];
  const gapStart = start + what.length;
  const comparator = verb[0].replace(NOT_THE_VERB, "");
  // 力争完成监督抽查　　批次: the count starts at its verb, as a blank level's finding starts at its comparator.
  const verbAt = Math.max(0, verb[0].indexOf(comparator));
  return [
    {
      ...noFigure(clause),
      start: start + verbAt,
      end,
      kind: "count",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator,
      valueSpan: { start: gapStart, end: gapStart + gap[2]!.length },
      unit: gap[3]!,
      qualifier: gap[4] ?? "",
      cumulative: CUMULATIVE_WORD.test(verb[0]),
      blank: true,
    },
  ];
}

/**
 * A rate with its figure and no comparator: 投诉举报处理按期办结率100%, 覆盖率95%以上, or a range
 * (食品抽检合格率98.5%-99%, 95%至98%, 90—95%: the lower end's % said or not). Groups: what it is
 * of, the (lower) figure, the upper end, the qualifier.
 */
const BARE_RATE = new RegExp(`^(${RATE_NAME})\\s*(\\d+(?:\\.\\d+)?)\\s*(?:[%％]?\\s*[—–\\-~～至到]{1,2}\\s*(\\d+(?:\\.\\d+)?)\\s*)?[%％](及以上|以上|以下|以内|左右)?$`);
/** What a bare rate names, the clause ending there: before a placeholder's figure (…覆盖率XX%: extract.ts). */
export const BARE_RATE_NAME = new RegExp(`^${RATE_NAME}\\s*$`);

/** 完成 opening a bare rate of four characters at least before 率 (…完成包保督导任务覆盖率): the rate's verb, after the deadline or scope. */
const ACHIEVED_RATE = /^(?:\d{4}年[底末]?前?|年[底末]前|全年|年内|[全本我][市省区县州盟旗]|力争|争取|确保)*完成(?=[^，,]{4,}率)/;

/**
 * What a bare rate whose figure is blank or a placeholder is of (`力争完成包保督导任务覆盖率`), 完成
 * (ACHIEVED_RATE) no word of it, placed from `start`: gapRate's and extract.ts placeholderRate's one reading.
 */
export function bareRateIndicator(of: string, start: number): ReturnType<typeof trimmed> {
  const done = ACHIEVED_RATE.exec(of);
  const lead = done ? done[0].length : 0;
  return trimmed(of.slice(lead), start + lead);
}

/** A rate written with its figure and no comparator: a level to reach, as a table's bare figure is. */
function readBareRate(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const match = BARE_RATE.exec(clause);
  if (!match) return null;
  const [, of, figure, upper, qualifier = ""] = match as unknown as [string, string, string, string | undefined, string | undefined];
  // A range's ends rise (RANGE_TAIL's rule): 98%-95% is no range, and no level is read from it.
  if (upper !== undefined && !(Number(upper) > Number(figure))) return null;
  // 年底前完成包保督导任务覆盖率100%: 完成 reaches the rate, no word of it (完成整改率, a rate of what is done, keeps it).
  const done = ACHIEVED_RATE.exec(of);
  const named = done ? of.slice(done[0].length) : of;
  const level = textLevel(text, start + of.length - named.length, end, clause.slice(of.length - named.length), named, figure, named.length, "", "%", qualifier, qualifier === "以下" || qualifier === "以内" ? "down" : "up");
  if (level && upper !== undefined) level.upper = Number(upper);
  // 力争 before 完成 is the whole clause's.
  if (level && done) level.aspirational = noFigure(clause).aspirational;
  return level;
}

/**
 * A part of a rate named by its scope only, with its figure and no comparator (`…合格率达到98%，其中
 * 规上企业95%`): read as `其中规上企业达到95%` is, a level whose scope targetParts.ts names with the
 * whole's measure (规上企业产品质量合格率). Groups: the opener and the scope, the figure, the qualifier.
 * A scope ending on a measure (…合格率97%) is a bare rate already (BARE_RATE).
 */
const SCOPED_PART = /^(\s*其中\s*[：:]?\s*[\u4e00-\u9fff]{2,16}?)\s*(\d+(?:\.\d+)?)\s*[%％](及以上|以上|以下|以内|左右)?$/;

/** The level of SCOPED_PART's match (its figure in the whole's unit, %), or null. */
function readScopedPart(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const match = SCOPED_PART.exec(clause);
  if (!match || METRIC.test(match[1]!)) return null;
  const [, of, figure, qualifier = ""] = match as unknown as [string, string, string, string | undefined];
  return textLevel(text, start, end, clause, of, figure, of.length, "", "%", qualifier, qualifier === "以下" || qualifier === "以内" ? "down" : "up");
}

/** A share written figure first (see SHARE): a level whose comparator is what the share does. */
function readShare(text: string, start: number, end: number, clause: string): ClauseReading | null {
  const match = SHARE.exec(clause);
  if (!match) return null;
  const [, of, figure, does] = match as unknown as [string, string, string, string];
  return textLevel(text, start, end, clause, of, figure, of.length, does, "%", "", "up");
}

/**
 * The head of the count before a comma (PARTICIPATION), where that count names its own doing and no
 * verb; else "". Not for a part of it (…标准50项，其中国际标准5项: targetParts.ts names the part).
 */
function draftedBefore(text: string, start: number, previous: ClauseReading | null): string {
  if (previous === null || previous.kind !== "count" || previous.comparator !== "" || !COMMA_CODES.has(text.charCodeAt(start - 1))) return "";
  if (text.startsWith("其中", start) || text.startsWith("含", start)) return "";
  return PARTICIPATION.exec(previous.indicator)?.[0] ?? "";
}


/** What a count's noun names after the levels it opens with (质量标杆企业 of 省级质量标杆企业), or "". */
function headAfterLevels(indicator: string): string {
  const leading = LEADING_LEVELS.exec(indicator);
  return leading && leading[0].length < indicator.length ? indicator.slice(leading[0].length) : "";
}

/** A level at the end of a count's noun: 国家级 in 标准化试点示范项目国家级15个. */
const LEVEL_SUFFIX = /(?:国家级|省级|市级|县级|区级|国际)$/;
