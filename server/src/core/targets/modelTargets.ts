import { toHalfwidthFigures } from "../model/numerals.js";
import type { Span, Target } from "../model/types.js";
import { codeUnitSet, hasCodeUnitIn } from "../text/codeUnits.js";
import { coversAsServiceKind } from "./coverage.js";
import { chineseNumeralValue } from "./chineseFigures.js";
import { frequencyGoesOn, totalGoesOn } from "./countReadings.js";
import { countStartAfter, opensOnMeans, whomReached } from "./countMeans.js";
import { fundedAlongside, fundedSum, grantPerRecipient } from "./funding.js";
import { isReportingDuty } from "./reportingDuties.js";
import { governingBaseYear } from "./governedBase.js";
import { objectOfClauseBefore } from "./objectBefore.js";
import { reachedLevel } from "./reachedLevels.js";
import { boundQualifier } from "./format.js";
import { FIGURE_UNITS, measureKind } from "./measureUnits.js";
import type { PlanTarget, TargetKind, TargetSense } from "./types.js";
import { ASPIRATIONAL, A_YEAR, DRAFTED_DOCUMENT, PARTICIPATION, BASE_STATEMENT, BASE_VALUE, BASE_YEAR, COUNTED_UNITS, COUNTS_MONEY, COUNT_VERB, CUMULATIVE_BEFORE, CUMULATIVE_LEAD, CUMULATIVE_WORD, DELTA_COMPARATORS, FREQUENCY_BEFORE, FREQUENCY_LEAD, FRONTED_OBJECT, KEEP_COMPARATORS, MEASURE_AFTER_MAGNITUDE, METRIC, NAMES_ITS_DOING, NEXT_FIGURE, NOTE_AFTER, NOT_THE_VERB, LEADING_YEARS, LEADING_YEARS_AT_START, RANGE_TAIL, RATE_PREFIX, REACH_OR, REACH_OR_BEFORE, RESPECTIVELY, RESPECTIVE_BASES, RESPECTIVE_YEARS, COMPARED_CLAUSE_BEFORE, UNIT_TAIL, countVerbOf, countVerbAfter, YEAR_NOTE, YEAR_NOTE_ENDS } from "./figureWords.js";
import { eachBodyLength, isFloor, subjectLength } from "./subjects.js";
import { CHANGE_IN_NAME, TAB, changeVerb, clauseInCellStart, clauseStart, comparatorStartOf, indicatorCell, indicatorsOf, inheritedIndicators, senseOf, senseOfChange, trimmed } from "./indicators.js";
import { type HorizonFields, type HorizonState, LineContext, horizonFields } from "./lineContext.js";

/**
 * The targets the grammar found (a comparator and a value), completed from the text around
 * them: the indicator, the base year and value (`比2020年`, `由90%`), a year note, the figures
 * that follow (`、95%`) and respective years (`2024年、2025年分别`).
 */

/**
 * A target from the grammar's node; `horizonStart` is where a horizon part right before its clause
 * starts (else -1), `horizonFloor` the floor before that part.
 */
export function fromModel(written: Target, floor: number, context: LineContext, horizon: HorizonState | null, previous: readonly PlanTarget[] | null, horizonStart: number, horizonFloor: number): PlanTarget[] {
  const text = context.plan.text;
  // 提高到2027年的85分: the grammar's figure is the year the target is for, and the figure follows it.
  const yearFirst = figureAfterYear(text, written);
  const model = yearFirst?.target ?? written;
  // The comparator starts the grammar's target node; the grammar's indicator may end before
  // adverbs it trimmed (力争, 均), which the clause stretch below keeps for splitting.
  const nodeStart = comparatorStartOf(text, model);
  // A 分工表 row's 具体措施 cell is a clause of its own: its indicator never reaches back into the task cell.
  const clauseOpens = clauseInCellStart(text, model.indicator ? model.indicator.start : nodeStart, floor, nodeStart);
  // 县市场监管局食品抽检合格率达到98%: the units opening the clause are who works for it (subjects.ts), no word of the indicator.
  // 各乡镇（街道）完成快检不少于3000批次: a floor at the figure holds each place to it, no group's doing.
  const floorAtFigure = isFloor(model.comparator);
  const stretchStart = clauseOpens + subjectLength(text.slice(clauseOpens, nodeStart), context.plan.registry, floorAtFigure);
  const before = text.slice(stretchStart, nodeStart);
  // 给予每家不超过2万元补助: what one recipient may be given, no target (funding.ts).
  if (grantPerRecipient(before, model.unit)) return [];
  // 每季度末向领导小组办公室报送工作信息不少于1篇: how the work is reported, no goal (reportingDuties.ts).
  if (isReportingDuty(before)) return [];
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
  // A range whose upper end is a placeholder: 保持在××%—××% (both ends left: one placeholder target,
  // the upper end's too) or 达到90%—XX% (a figure left for later: a placeholder target, not a figure
  // of 90 compared with the parent's). targets/blank reports either once (text/placeholder leaves it
  // the span), and the range is shown as written (90%—XX%以上).
  const placeholderTail = model.placeholder ? PLACEHOLDER_RANGE_TAIL.exec(text.slice(model.end, model.end + 16)) : upper === null && model.value !== null && !model.blank ? placeholderEnd(text, model.end) : null;
  const openEnd = placeholderTail !== null && !model.placeholder;
  let placeholderText = "";
  if (placeholderTail) {
    end = model.end + placeholderTail[0].length;
    placeholderText = text.slice(model.valueSpan.start, end - (placeholderTail[1]?.length ?? 0)).trimEnd();
    if (!unit && placeholderTail[1]) unit = placeholderTail[1] === "％" ? "%" : placeholderTail[1];
    const bound = OPEN_END_QUALIFIER.exec(text.slice(end, end + 3));
    if (bound) {
      qualifier = bound[0];
      end += bound[0].length;
    }
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
  let kind: TargetKind = DELTA_COMPARATORS.has(model.comparator) ? "delta" : "level";
  // 达到或超过98%: one comparator, a floor, whose first words are no part of the indicator.
  const reachOr = REACH_OR.test(model.comparator) ? REACH_OR_BEFORE.exec(before) : null;
  let comparator = reachOr ? reachOr[1]! + model.comparator : model.comparator;
  const sense = kind === "delta" ? senseOfChange(model.comparator) : senseOf(model.comparator, qualifier, model.value);
  const rate = kind === "delta" ? RATE_PREFIX.exec(before) : FREQUENCY_BEFORE.exec(before);
  // Most targets have neither 由 nor 从 before them: the anchored pattern runs only where one is.
  const from = !rate && (before.includes("由") || before.includes("从")) ? BASE_VALUE.exec(toHalfwidthFigures(before)) : null;
  // Where the clause's text before a horizon right before the comparator starts (…合格率到2025年达到…), or null.
  const beforeHorizon = clauseOpens === floor && horizonStart > horizonFloor ? clauseStart(text, horizonStart, horizonFloor) : null;
  const aspirational = ASPIRATIONAL.test(before) || (beforeHorizon !== null && ASPIRATIONAL.test(text.slice(beforeHorizon, horizonStart))) || context.strives(nodeStart);
  // …企业累计达到50家: 累计 says what the figure is, and is no part of the indicator.
  const total = !rate && !from ? CUMULATIVE_BEFORE.exec(before) : null;
  // 与2025年相比，…提高2个百分点; A较2020年下降10%，…增长20%: the base year of a change's sentence before it.
  const baseBefore = !base && !from && !rate && kind === "delta" ? governingBaseYear(text, clauseOpens, floor) : null;
  const baseYear = base ? Number(base[1] ?? base[2] ?? base[3]) : from?.[1] ? Number(from[1]) : baseBefore;
  // …指数2025年达到85.5: the year is the target's own, and no part of its indicator.
  const ownYear = !rate && !from && !total && !base ? context.yearBeforeComparator(stretchStart, nodeStart) : null;
  // …指数（2022年为84.5）达到86, …指数（2020年）达到84.5: a base, or the year a reported figure is of.
  const note = !rate && !from && !total && !base && !ownYear ? yearNote(text, stretchStart, nodeStart, context) : null;
  // 分别: the figures after this one, one for each indicator or year before it (respectiveFigures).
  const others = upper === null && model.value !== null && RESPECTIVELY.test(before) ? nextFigures(text, end) : null;
  // The years written after the indicator (…合格率在2025年、2027年分别…), else before it, where its clause starts.
  const yearsAfter = others && others.length > 0 ? RESPECTIVE_YEARS.exec(before) : null;
  // 较2022年、2023年分别提高…: the years are the changes' bases, not their horizons.
  const basesAfter = others && others.length > 0 && !yearsAfter ? RESPECTIVE_BASES.exec(before) : null;
  // 与2022年、2023年相比，…分别提高…: the bases in a clause of their own before this one.
  const basesBefore = others && others.length > 0 && !yearsAfter && !basesAfter ? comparedBases(text, clauseOpens, floor) : null;
  const bases = basesAfter ? { text: basesAfter[1]!, start: stretchStart + basesAfter.index + basesAfter[0].indexOf(basesAfter[1]!) } : basesBefore;
  const years = yearsAfter ? { text: yearsAfter[0], start: stretchStart + yearsAfter.index } : others && others.length > 0 && !bases ? leadingYears(text, stretchStart, before) : null;
  const horizonOf = (yearFirst && context.yearAt({ start: yearFirst.year.start, end: yearFirst.year.end }, yearFirst.year.year)) ?? ownYear ?? note?.fields ?? context.horizonAt(nodeStart, horizonFields(context, horizon, nodeStart));
  const baseline = (note !== null && note.past) || context.reports(nodeStart, horizonOf.horizonSource !== null);
  // Every field written out, in PlanTarget's order, here and in placeFromText: one shape for
  // every target the rules read (a spread made its own shape per source, and copied slowly).
  const indicatorEnd = yearsAfter ? stretchStart + yearsAfter.index : basesAfter ? stretchStart + basesAfter.index : ownYear ? ownYear.horizonSpan!.start : note ? note.start : nodeStart - (rate ? rate[0].length : from ? from[0].length : total ? total[0].length : reachOr ? reachOr[0].length : 0);
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
  // …指数2020年为84.5，达到86: the clause before states the indicator and where it starts — read
  // before the indicator is taken from the target before, which is that statement itself where the
  // plan reports it (2025年，…满意度为82分，2030年达到85分: a figure stated is a reported level too).
  const stated = own.length === 1 && own[0]!.text === "" && baseYear === null && note === null ? baseStatementBefore(text, clauseOpens === floor && horizonStart >= 0 ? horizonStart : stretchStart, clauseOpens === floor && horizonStart >= 0 ? horizonFloor : floor) : null;
  const indicators = stated ? [stated.indicator] : inheritedIndicators(text, own, previous, nodeStart);
  // 培育专精特新企业，到2025年累计达到100家以上: a count whose clause names nothing counts the object
  // the clause before made (objectBefore.ts).
  if (indicators.length === 1 && indicators[0]!.text === "" && stated === null && COUNTED_UNITS.has(unit)) {
    const object = objectOfClauseBefore(text, clauseOpens === floor && horizonStart >= 0 ? horizonStart : stretchStart, clauseOpens === floor && horizonStart >= 0 ? horizonFloor : floor, unit, previous !== null && previous.length > 0 ? previous[previous.length - 1]!.end : -1);
    if (object !== null) indicators[0] = object;
  }
  // 达到94%以上（2023年为93.1%）: the figure it starts from, noted after the target.
  const noted = note?.value == null && stated === null && from === null && !rate ? noteAfter(text, end, horizonOf.horizon, context) : null;
  const startsFrom = note?.value != null ? note : (stated ?? noted);
  // 支持创建…示范区不少于1个 counts things to create, as 创建…示范区1个 does: the verb leaves the
  // indicator for the comparator. Tried only on a level in a unit of things (个, 项, 家 …).
  // A list of things the verb counts (主导或参与制修订国际标准、国家标准、行业标准分别达到2项、20项、
  // 40项) has the verb before its first: every one of them is counted.
  // 组织专家团队每年服务企业不少于1000家次: who does the work, or how, before how often and the
  // verb, is no part of what is counted; the count starts at how often.
  // 每年为企业免费校准…不少于: how often (or 累计) before the means is the count's, read before its verb.
  // A sum is counted only as what work saves or recovers (帮助企业节约成本不少于3000万元, 为消费者挽回
  // 经济损失超过2000万元), as the text's counts read it; any other (投入…资金不少于…) stays a level.
  const inMoney = !COUNTED_UNITS.has(unit) && measureKind(unit) === "money";
  const countedBy = (verb: RegExpExecArray | null): RegExpExecArray | null => (verb !== null && (!inMoney || COUNTS_MONEY.test(verb[0])) ? verb : null);
  let meansLead = "";
  // 每个乡镇每年完成快检…: bodies taken one by one are no doer before how often (subjects.ts eachBodyLength).
  if (kind === "level" && indicators.length === 1 && (COUNTED_UNITS.has(unit) || inMoney) && (!COUNT_VERB.test(indicators[0]!.text) || opensOnMeans(indicators[0]!.text, unit)) && eachBodyLength(indicators[0]!.text, floorAtFigure) === 0) {
    const { start: at, lead } = countStartAfter(indicators[0]!.text, unit);
    // A verb at the end (对高风险企业每年检查) counts the words before it (verbAfterNoun below).
    const counted = at > 0 ? countedBy(COUNT_VERB.exec(indicators[0]!.text.slice(at))) : null;
    // 支持企业主导或参与制修订国家标准不少于20项: the support is the means, the subject's part in the work
    // the noun's (NAMES_ITS_DOING, below), so the name keeps it as the goals' 企业主导或参与… does.
    const ownDoing = at > 0 && counted === null && NAMES_ITS_DOING.test(indicators[0]!.text.slice(at));
    if ((counted !== null && at + counted[0].length < indicators[0]!.text.length) || ownDoing) {
      indicators[0] = trimmed(indicators[0]!.text.slice(at), indicators[0]!.span.start + at);
      meansLead = lead;
    }
  }
  // 主导或参与制修订国家标准…不少于15项: a noun naming its own doing keeps its verb (NAMES_ITS_DOING, below),
  // however the doing is spelt — 主导或参与制修订 is one of the count verbs too.
  const namesItsDoing = indicators.length === 1 && NAMES_ITS_DOING.test(indicators[0]!.text);
  // 认证服务覆盖企业不少于200家: a service named by its kind, a coverage's level, no count (coverage.ts).
  const created = kind === "level" && (COUNTED_UNITS.has(unit) || inMoney) && !namesItsDoing && !coversAsServiceKind(indicators[0]!.text) ? countedBy(COUNT_VERB.exec(indicators[0]!.text)) : null;
  const createdVerb = created ? meansLead + created[0] : "";
  // 每年支持企业主导或参与制修订…不少于5项: how often, said before the means, stays the comparator's.
  if (namesItsDoing && created === null && meansLead !== "") comparator = meansLead.replace(NOT_THE_VERB, "") + comparator;
  if (created && !METRIC.test(indicators[0]!.text) && !reachedLevel(created[0], comparator, indicators, meansLead)) {
    const first = indicators[0]!;
    // 指导企业注册商标不少于500件: whom the verb reaches is no word of what is counted (countMeans.ts).
    const whom = whomReached(first.text, unit);
    const nounFrom = whom !== null && whom.verbEnd === created[0].length ? whom.end : created[0].length;
    const noun = trimmed(first.text.slice(nounFrom), first.span.start + nounFrom);
    if (noun.text) {
      indicators[0] = noun;
      kind = "count";
      comparator = createdVerb.replace(NOT_THE_VERB, "") + comparator;
    }
  }
  // 对高风险企业每年检查不少于2次: the verb, how often said or not, after what it counts — a count
  // as 每年检查高风险企业不少于2次 is, and as the text's counts read it (countVerbAfter); 每年 is the
  // comparator's, never the indicator's.
  const doneAfter = kind === "level" && indicators.length === 1 && COUNTED_UNITS.has(unit) && !METRIC.test(indicators[0]!.text) ? verbAfterNoun(indicators[0]!) : null;
  if (doneAfter) {
    indicators[0] = doneAfter.noun;
    kind = "count";
    comparator = doneAfter.verb + comparator;
  }
  // 主导制定国家标准不少于15项: a noun that names its own doing is a count to make, as 主导制定国家标准15项
  // is (figureWords.ts NAMES_ITS_DOING), a floor bounding it; its verb stays the name's, no word of the comparator.
  // So with 达到 (主导或参与制修订…标准达到20项以上): standards drafted are work done, never a stock
  // reached (reachedLevels.ts), whichever doing the name spells.
  if (kind === "level" && created === null && doneAfter === null && indicators.length === 1 && COUNTED_UNITS.has(unit) && (floorAtFigure || REACHES.test(comparator)) && namesItsDoing) kind = "count";
  const createdTotal = doneAfter ? doneAfter.total : created !== null && kind === "count" && CUMULATIVE_WORD.test(createdVerb);
  // 累计开展培训不少于200场次，服务企业不少于3000家次: the total the clause before set goes on the list.
  const last = previous !== null && previous.length > 0 ? previous[previous.length - 1]! : null;
  // 培育省级以上质量标杆企业不少于10家、市级质量标杆企业不少于30家: a noun listed after a count with 、,
  // with no verb of its own, is counted by that count's verb (a list shares its verb, as the text's
  // counts do), its own bound kept — never a level of how many there are.
  // A list whose count names its doing with no verb (企业主导或参与制定国际标准不少于5项、国家标准不少于30项)
  // shares that doing: the next noun is named with it (PARTICIPATION), as the text's counts name it.
  const sharedVerb = kind === "level" && created === null && doneAfter === null && indicators.length === 1 && COUNTED_UNITS.has(unit) && !METRIC.test(indicators[0]!.text) && !namesItsDoing ? verbOfListBefore(text, last, indicators[0]!.span.start) : null;
  const sharedDoing = sharedVerb === "" && DRAFTED_DOCUMENT.test(indicators[0]!.text) ? PARTICIPATION.exec(last!.indicator) : null;
  if (sharedVerb || sharedDoing !== null) {
    kind = "count";
    comparator = (sharedVerb ?? "") + comparator;
    if (sharedDoing !== null) indicators[0] = { text: sharedDoing[0] + indicators[0]!.text, span: indicators[0]!.span };
  }
  const listTotal = kind === "count" && !createdTotal && !total && last !== null && totalGoesOn(text, stretchStart, last, last.baseline, doneAfter ? doneAfter.verb : createdVerb);
  // 市财政每年安排…经费不少于3000万元: the sum of what is funded, who pays aside (funding.ts); a sum
  // listed after it with no verb (、奖补资金不少于300万元) funded alike.
  const listedAfter = last !== null && indicators.length === 1 && listJoins(text, last.end, indicators[0]!.span.start) ? last : null;
  const funded = kind === "level" && indicators.length === 1 ? (fundedSum(indicators[0]!, unit) ?? (listedAfter !== null ? fundedAlongside(indicators[0]!, unit, listedAfter) : null)) : null;
  if (funded !== null) {
    indicators[0] = funded.noun;
    comparator = funded.verb + comparator;
  }
  // 每年财政投入…不少于1000万元: how often is the comparator's (a count's verb took it with it above).
  const often = indicators.length === 1 ? FREQUENCY_LEAD.exec(indicators[0]!.text) : null;
  // 每年开展…活动100场次，为企业校准…不少于5万台件: the 每年 the list said before is this count's too.
  const carriedFrequency = often === null && kind === "count" && !createdTotal && !total && !listTotal && !FREQUENCY_LEAD.test(comparator) ? frequencyGoesOn(text, stretchStart, last, last?.baseline === true, doneAfter ? doneAfter.verb : createdVerb, unit) : "";
  const said = often !== null && often[0].length < indicators[0]!.text.length ? often[0] : "";
  const frequency = funded?.frequency || said || carriedFrequency;
  if (said) indicators[0] = trimmed(indicators[0]!.text.slice(said.length), indicators[0]!.span.start + said.length);
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
      value: openEnd ? null : model.value,
      valueText: placeholderText || model.valueText,
      valueSpan: placeholderText ? { start: model.valueSpan.start, end: model.valueSpan.start + placeholderText.length } : model.valueSpan,
      upper,
      unit,
      qualifier: change ? qualifier || boundQualifier(comparator) : qualifier,
      sense: change ? change.sense : sense,
      aspirational,
      cumulative: total !== null || createdTotal || lead !== null || listTotal || funded?.cumulative === true,
      blank: model.blank,
      placeholder: model.placeholder || openEnd,
      unpaired: "",
      binding: false,
      horizon: horizonOf.horizon,
      horizonSource: horizonOf.horizonSource,
      horizonSpan: horizonOf.horizonSpan,
      baseYear: startsFrom ? startsFrom.year : baseYear,
      baseValue: startsFrom ? startsFrom.value! : from ? Number(from[2]) : null,
      baseUnit: startsFrom ? startsFrom.unit : from ? (from[3] ?? "").replace("％", "%") : "",
      estimate: null,
      path: context.path,
      item: context.item,
      inGoals: context.inGoals,
      baseline,
      source: written,
      whole: null,
    };
  });
  if (others && others.length > 0) {
    const ofItsYear = (target: PlanTarget, span: Span, year: number): void => {
      const fields = context.yearAt(span, year);
      target.horizon = fields.horizon;
      target.horizonSource = fields.horizonSource;
      target.horizonSpan = fields.horizonSpan;
      // 2024年、2025年分别达到92%、93% in a 2026 plan: what those years reached, a record, no goal
      // (as a count given 分别 for a year gone by is, textReadings.ts placedReading).
      if (context.referenceYear !== null && year < context.referenceYear) target.baseline = true;
    };
    if (years) return respectiveYears(targets, others, years, { unit, qualifier }, boundQualifier(comparator), ofItsYear);
    if (bases) return respectiveYears(targets, others, bases, { unit, qualifier }, boundQualifier(comparator), (target, _span, year) => {
      target.baseYear = year;
    });
    // 到2026年、2027年，A分别达到…，B分别达到1200件、1350件: one indicator, its figures the years' the sentence opens on.
    const sentenceYears = years === null && targets.length === 1 ? context.sentenceYears(nodeStart) : null;
    if (sentenceYears !== null && sentenceYears.length === others.length + 1) {
      return respectiveYears(targets, others, { text: "", start: 0, spans: sentenceYears }, { unit, qualifier }, boundQualifier(comparator), ofItsYear);
    }
    if (targets.length === others.length + 1) respectiveFigures(targets, others, { unit, qualifier }, boundQualifier(comparator));
    else if (targets.length > 1) unpairedFigures(text, targets, others);
    else withFurtherFigures(text, targets[0]!, others);
  } else if (others === null && targets.length === 1 && upper === null && model.value !== null && !openEnd) {
    // 合格率不低于98%、99%: one indicator, several figures and no 分别 — read the first, show the rest.
    const further = furtherFigures(text, end);
    if (further !== null) withFurtherFigures(text, targets[0]!, further);
  }
  return targets;
}

/** Where a further figure of a list may start after a target (spaces aside): 、 and the words that join figures, not a comma. */
const LIST_MARKS = codeUnitSet("、和及与");

/** The years of a 与…相比 clause just before the clause at `opens` (COMPARED_CLAUSE_BEFORE), not before `floor`, where written. */
function comparedBases(text: string, opens: number, floor: number): { text: string; start: number } | null {
  const from = Math.max(floor, opens - 48);
  const compared = COMPARED_CLAUSE_BEFORE.exec(text.slice(from, opens));
  return compared === null ? null : { text: compared[1]!, start: from + compared.index + compared[0].indexOf(compared[1]!) };
}

/** The figures that follow a target joined to it (、99%, 和95%), or null: one look at the character after it for nearly every target. */
function furtherFigures(text: string, end: number): NextFigure[] | null {
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  if (!LIST_MARKS.has(text.charCodeAt(at))) return null;
  const found = nextFigures(text, end);
  return found.length > 0 ? found : null;
}

/**
 * One indicator and several figures (合格率不低于98%、99%, or 分别 with one indicator and no years):
 * a year series whose years were left out, or a slip. The first figure is the target's; the others
 * are kept to show, so that a reviewer sees them (table.ts), and the target spans them.
 */
function withFurtherFigures(text: string, target: PlanTarget, further: readonly NextFigure[]): void {
  const last = further[further.length - 1]!;
  target.unpaired = text.slice(target.end, last.end).replace(/^\s*[、，,和及与]\s*/, "");
  target.end = last.end;
}

/**
 * Indicators and figures given 分别 that are not one for one (A、B、C分别达到91%、97%): which figure
 * is whose cannot be told, so none is read as any indicator's (the first shared by all made two
 * figures no one wrote). Each indicator is still a target of the plan, without a value; the
 * figures as written are its `unpaired`, and compare.ts compares none of them.
 */
function unpairedFigures(text: string, targets: PlanTarget[], others: readonly NextFigure[]): void {
  const first = targets[0]!;
  const figures = text.slice(first.valueSpan ? first.valueSpan.start : first.end, others[others.length - 1]!.end);
  for (const target of targets) {
    target.value = null;
    target.valueText = figures;
    target.unit = "";
    target.qualifier = "";
    target.unpaired = figures;
    target.end = others[others.length - 1]!.end;
  }
}

/**
 * The upper end of a range after a placeholder (`××%—××%`, `XX—XX个`): a placeholder too, as the
 * grammar reads one (×, X, _, ？ runs, empty brackets), and its unit. Group 1: the unit.
 */
const PLACEHOLDER_RANGE_TAIL = new RegExp(`^\\s*[—–\\-~～至到]{1,2}\\s*(?:[×XＸx＿_?？〇○]+|[（(【［][ \\t\\u3000]*[）)】］])\\s*(${FIGURE_UNITS})?`);

/** The qualifier after a range left open (90%—XX%以上): the range's, as after a written one. */
const OPEN_END_QUALIFIER = /^(?:及以上|以上|以下|以内|左右)/;

/** Where a range's mark may start after its lower end (spaces aside): most figures have none after them. */
const RANGE_MARKS = codeUnitSet("—–-~～至到");

/**
 * The upper end of a range left as a placeholder after a written figure (`90%—XX%`, `5—××个`):
 * the match of PLACEHOLDER_RANGE_TAIL (group 1 its unit), or null. One look at the character
 * after the figure for nearly every target.
 */
function placeholderEnd(text: string, from: number): RegExpExecArray | null {
  let at = from;
  while (at < text.length && text.charCodeAt(at) === 0x20) at++;
  if (!RANGE_MARKS.has(text.charCodeAt(at))) return null;
  return PLACEHOLDER_RANGE_TAIL.exec(text.slice(from, from + 16));
}

/**
 * A bound or a level of a change written in the text (单位GDP能耗下降率达到13.5%, 增加值年均增长率不低于8%,
 * 用水量降幅达到10%, 增加值增幅保持在8%以上, 居民消费价格涨幅控制在3%以内, 单位GDP能耗增长控制在2%以内):
 * the change itself, of what changes, its verb the comparator, as a table's row named by its
 * change is read (rowTargets). A floor or a ceiling reads so whatever words name the change — its
 * verb alone (增长), its rate (增长率), its 幅 or 速 (涨幅, 增速): a ceiling caps the change and
 * lets it happen (compare.ts `changeCeiling`), a floor commits to it. A figure to reach (达到) is
 * the change only where the name says its rate: before 达到 a verb alone says how a level is
 * reached (合格率提升达到95% is a level). Null for any other indicator.
 */
function changeOfRate(indicator: { text: string; span: Span }, comparator: string, qualifier: string): { indicator: { text: string; span: Span }; comparator: string; sense: TargetSense } | null {
  const change = CHANGE_IN_NAME.exec(indicator.text);
  if (change === null) return null;
  const bound = boundQualifier(comparator);
  // A rate held above a floor (增幅保持在8%以上) is a floor too; 控制在 or 保持在 with 以内 a ceiling.
  const floor = bound === "以上" || (KEEP_COMPARATORS.has(comparator) && (qualifier === "以上" || qualifier === "及以上"));
  const ceiling = bound === "以下" || ((comparator === "控制在" || KEEP_COMPARATORS.has(comparator)) && (qualifier === "以内" || qualifier === "以下"));
  const reach = change[3] !== undefined && (comparator === "达到" || comparator === "达");
  if (!floor && !ceiling && !reach) return null;
  const of = trimmed(indicator.text.slice(0, change.index), indicator.span.start);
  if (!of.text) return null;
  const verb = changeVerb(change);
  return { indicator: of, comparator: (change[1] ?? "") + verb, sense: senseOfChange(verb) };
}

/**
 * A count's verb after what it counts (对高风险企业每年检查, 重点企业年均帮扶): the noun, without the 对
 * that fronts it, the verb as a comparator writes it (how often kept, 累计 and the place not) and
 * whether it adds up (累计); null where no verb ends the name or no noun is left before it.
 */
function verbAfterNoun(indicator: { text: string; span: Span }): { noun: { text: string; span: Span }; verb: string; total: boolean } | null {
  const after = countVerbAfter(indicator.text);
  if (after === null) return null;
  const fronted = FRONTED_OBJECT.test(indicator.text) ? 1 : 0;
  const noun = trimmed(indicator.text.slice(fronted, after.index), indicator.span.start + fronted);
  // 每年培训不少于2次: how often alone is no noun.
  if (!noun.text || FREQUENCY_LEAD.test(noun.text)) return null;
  return { noun, verb: countVerbOf(after[0]), total: CUMULATIVE_WORD.test(after[0]) };
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

/** A further figure of a list in words (、百分之九十九): group 1 as written, 2 its numeral, 3 the qualifier. */
const NEXT_PERCENT_IN_WORDS = /^\s*[、，,和及与]\s*(百分之([零〇一二两三四五六七八九十百]+))\s*(及以上|以上|以下|以内|左右)?/;

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
    const window = text.slice(at, at + 24);
    const match = NEXT_FIGURE.exec(window);
    if (!match) {
      // 分别不低于百分之九十八、百分之九十九: a list written in words goes on in words.
      const words = NEXT_PERCENT_IN_WORDS.exec(window);
      const value = words ? chineseNumeralValue(words[2]!) : null;
      if (words === null || value === null) return found;
      const valueStart = at + words[0].indexOf(words[1]!);
      found.push({ value, valueText: words[1]!, valueSpan: { start: valueStart, end: valueStart + words[1]!.length }, unit: "%", qualifier: words[3] ?? "", end: at + words[0].length });
      at += words[0].length;
      continue;
    }
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
function respectiveFigures(targets: PlanTarget[], others: readonly NextFigure[], first: { unit: string; qualifier: string }, bound: string): void {
  // The suffixes as written (the first figure's, not the bound a change takes from its comparator,
  // which is the whole list's: 增长率分别不低于3%、6% bounds both).
  const suffixes = sharedSuffixes(first, others);
  withSuffix(targets[0]!, suffixes[0]!, bound);
  for (let i = 1; i < targets.length; i++) {
    withFigure(targets[i]!, others[i - 1]!, suffixes[i]!.unit);
    withSuffix(targets[i]!, suffixes[i]!, bound);
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
  // 分别稳定在98%和99%以上: a bound written once, after the last figure, is the list's, as its unit is.
  for (let i = suffixes.length - 2; i >= 0; i--) {
    const suffix = suffixes[i]!;
    const next = suffixes[i + 1]!;
    if (!suffix.qualifier && next.qualifier && suffix.unit === next.unit) suffix.qualifier = next.qualifier;
  }
  return suffixes;
}

/** A 分别 figure's shared suffix on its target, and the sense its qualifier gives. */
function withSuffix(target: PlanTarget, suffix: { unit: string; qualifier: string }, bound = ""): void {
  target.unit = suffix.unit;
  // A change's bound is its comparator's where no qualifier is written (不低于3% → 3%以上), as for one figure.
  target.qualifier = target.kind === "delta" ? suffix.qualifier || bound : suffix.qualifier;
  if (target.kind !== "delta") target.sense = senseOf(target.comparator, suffix.qualifier, target.value);
}

/** A list of years as written (2025年、2027年), from `start` in the plan's text. */
interface WrittenYears {
  text: string;
  start: number;
  /** The years found already, each where it is written (a sentence's opening, LineContext.sentenceYears): `text` unread. */
  spans?: ReadonlyArray<{ span: Span; year: number }>;
}

/** How far back before a clause's indicator a list of its years is looked for: three years and their marks. */
const LEADING_YEARS_REACH = 40;

/**
 * The years written before a 分别 target's indicator, where its clause starts (2025年、2027年药品抽检
 * 合格率分别…): looked for on the line, a bounded stretch back, so that a long line's many
 * targets each read a few characters.
 */
function leadingYears(text: string, stretchStart: number, before: string): WrittenYears | null {
  const opening = LEADING_YEARS_AT_START.exec(before);
  if (opening !== null) return { text: opening[1]!, start: stretchStart + opening[0].length - opening[1]!.length };
  const lineStart = text.lastIndexOf("\n", stretchStart - 1) + 1;
  // One character more than the reach: the mark before the years says where they stand.
  const from = Math.max(lineStart, stretchStart - LEADING_YEARS_REACH - 1);
  const match = LEADING_YEARS.exec(text.slice(from, stretchStart));
  if (match === null || (match.index === 0 && match[0].startsWith(match[1]!) && from > lineStart)) return null;
  return { text: match[1]!, start: from + match.index + match[0].indexOf(match[1]!) };
}

/**
 * 合格率2025年、2027年分别达到94%、95%: one indicator, a figure for each year, in order — each
 * target its year's, which `place` writes on it (its horizon; a base year for 较2022年、2023年分别
 * 提高…). Where figures and years are not one for one, the first year's target alone.
 */
function respectiveYears(targets: PlanTarget[], others: readonly NextFigure[], years: WrittenYears, written: { unit: string; qualifier: string }, bound: string, place: (target: PlanTarget, span: Span, year: number) => void): PlanTarget[] {
  const spans: Array<{ span: Span; year: number }> = years.spans ? [...years.spans] : [];
  for (const match of years.spans ? [] : years.text.matchAll(A_YEAR)) {
    const start = years.start + match.index;
    spans.push({ span: { start, end: start + match[0].length }, year: Number(match[1]) });
  }
  if (targets.length !== 1 || spans.length !== others.length + 1) return targets;
  const first = targets[0]!;
  const suffixes = sharedSuffixes(written, others);
  const out: PlanTarget[] = [];
  for (let i = 0; i < spans.length; i++) {
    // A copy of the first target's fields, in its order (a rare reading: no hot path).
    const target: PlanTarget = { ...first };
    place(target, spans[i]!.span, spans[i]!.year);
    if (i > 0) withFigure(target, others[i - 1]!, suffixes[i]!.unit);
    withSuffix(target, suffixes[i]!, bound);
    out.push(target);
  }
  return out;
}

/** Whether only a list's mark (、 or a comma) stands between a target's end and the next one's words. */
/**
 * The verb of the count just before `next`, joined to it by 、 alone (its comparator without the
 * bound it set: 培育不少于 → 培育, 每年新增 whole; "" for a count with none), else null.
 */
function verbOfListBefore(text: string, last: PlanTarget | null, next: number): string | null {
  if (last === null || last.kind !== "count" || last.end > next || text.slice(last.end, next).trim() !== "、") return null;
  return last.comparator.replace(LIST_BOUND, "");
}
/** A bound a count's comparator ends on, no part of the verb a list shares. */
const LIST_BOUND = /(?:不少于|不低于|不超过|至少|超过|达到)$/;

function listJoins(text: string, end: number, next: number): boolean {
  const between = text.slice(end, next).trim();
  return between === "、" || between === "，" || between === ",";
}

/** A comparator that says the figure is reached (达到, 突破, 超过): with a floor, what a count that names its doing is bound by. */
const REACHES = /^(?:达到|达|突破|超过)$/;
