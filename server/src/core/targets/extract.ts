import { asStandardsOfAttachments } from "./attachmentStandards.js";
import { PlanMemo } from "../model/planMemo.js";
import { buildPlan } from "../model/buildPlan.js";
import { wrapJoins, type WrapJoin } from "../model/hardWrap.js";
import { inlinePartsOf, textEndOf } from "../model/inline.js";
import { LineOwners } from "../model/outline.js";
import type { NumberedItem, PlanDocument, Span, Target } from "../model/types.js";
import type { InlineNode, LineNode, PlaceholderNode } from "../syntax/cst.js";
import { paragraphBreaks, readParagraphBreak } from "../punct/breaks.js";
import { isGoalsHeading, planPeriodOf, planYearOf } from "./plan.js";
import { namedAsCountBefore, shownIndicator } from "./indicatorName.js";
import { asCountOfWhomServed } from "./coverage.js";
import { namePerHead } from "./perHead.js";
import { ZONE_AREA, zoneIsOwnArea } from "./zoneArea.js";
import { type IndicatorTables, readIndicatorTables } from "./tables.js";
import { planMarkdownTables } from "../model/markdownTables.js";
import { CUT_OFF, yearReported } from "./pastStatements.js";
import type { PlanPeriod, PlanTarget, TargetExtraction } from "./types.js";
import { ASPIRATIONAL, COUNT_UNITS, COUNT_VERB, CUMULATIVE_WORD, DELTA_COMPARATORS, FIVE_YEAR_PERIOD, FREQUENCY_LEAD, HARD_STOP_CODES, INCLUSIVE_MARK, NOT_THE_VERB } from "./figureWords.js";
import { clauseInCellStart, clauseStart, senseOf, senseOfChange, statementStart, trimmed } from "./indicators.js";
import { PER_HEAD_BEFORE_FIGURE } from "./countReadings.js";
import { type HorizonState, LineContext, goesOnWith, laterStageEnd, openHorizon, scopedHorizonEnd, siblingClauseAfter, yearLabel } from "./lineContext.js";
import { fromModel } from "./modelTargets.js";
import { rowTargets } from "./tableRows.js";
import { bareIndicatorRow } from "./bareRows.js";
import { TableRowParts } from "./tableParts.js";
import { yearlyOverPeriod } from "./yearlyHorizon.js";
import { withoutEachBodyBound } from "./subjects.js";
import { takeAimsOfTableRows } from "./tableAims.js";
import { totalNamedLength } from "./increments.js";
import { nameElided, nameParts } from "./targetParts.js";
import { softReturnInName } from "./softReturns.js";
import { LineTargets, MISSED, type Replayed, softReturnFirstOf } from "./lineTargets.js";
import { placedCopy } from "./targetCopy.js";
import { dropScoringThresholds } from "./scoringRules.js";
import { BARE_RATE_NAME, bareRateIndicator, placeFromText, placedReading } from "./textReadings.js";

/**
 * Every target of a plan, from the model's targets (comparator + value, found by the grammar)
 * and from the two forms the grammar leaves as text: counts (`创建国家产品质量检验检测中心1个`)
 * and directions without a figure (`不断提高`, `保持全国前列`).
 *
 * Runs on every keystroke (the fast targets rules use it), so it is one pass over the lines,
 * each text run split once at its delimiters, with anchored regular expressions on short
 * clauses only. It is memoised per plan, so every rule, the hover and the table share it; in the
 * server, a line's targets are kept by its node between keystrokes (lineTargets.ts).
 */
export function extractTargets(plan: PlanDocument): TargetExtraction {
  let extraction = cache.get(plan);
  if (!extraction) {
    if (plan.hardWrap !== null) {
      // A break the measure does not explain (a line cut short of it, a paragraph too short to show
      // it) may still cut a name from its figure: read in the joined paragraphs, it is joined too.
      const wraps = joinsOf(plan, wrapJoins(plan));
      const softReturns: WrapJoin[] = [];
      let joined = acrossJoins(plan, wraps, softReturns);
      if (joined !== null && softReturns.length > 0) {
        joined = acrossJoins(plan, [...wraps, ...softReturns].sort((a, b) => a.start - b.start), null) ?? joined;
        joined.nameBreaks = softReturns;
      }
      extraction = joined ?? extract(plan, null, null);
    } else {
      // Page lines are met in the one pass over the lines: only a plan that has them (a PDF
      // paste, rare, and only until structure/page-number's fix) looks for sentences they cut.
      // So are the soft returns that cut a target's name from its figure (softReturns.ts): a plan
      // with one reads its paragraphs joined there, as it does across a page.
      const pages = { seen: false };
      const softReturns: WrapJoin[] = [];
      extraction = extract(plan, pages, softReturns);
      if (pages.seen || softReturns.length > 0) {
        const joins = pages.seen ? joinsOf(plan, softReturns) : softReturns;
        if (joins.length > 0) extraction = acrossJoins(plan, joins, null) ?? extraction;
        extraction.nameBreaks = softReturns;
      }
    }
    // The names as a reader sees them, once every reading that measured them by the text is done.
    const zone = zoneIsOwnArea(plan);
    const nameWithVerb = namedAsCountBefore(plan.text);
    for (const target of extraction.targets) {
      if (zone) withoutZoneArea(target);
      target.indicator = shownIndicator(target.indicator);
      withoutBoundOfEachBody(target);
      withoutTotalWords(target);
      nameWithVerb(target);
      namePerHead(target);
      asCountOfWhomServed(target, plan.text);
    }
    asStandardsOfAttachments(plan, extraction.targets);
    // A table row restating a 力争 goal is that aim: compared by the names just settled.
    takeAimsOfTableRows(extraction.targets, indicatorTables(plan));
    cache.set(plan, extraction);
  }
  return extraction;
}

/** A standard per unit (每个社区至少配备…, 各乡镇要配备…) named without its duty, its floor the comparator's (subjects.ts). */
function withoutBoundOfEachBody(target: PlanTarget): void {
  if (target.kind !== "level") return;
  const named = withoutEachBodyBound(target.indicator, target.comparator);
  if (named === null) return;
  target.indicator = named.indicator;
  target.comparator = named.comparator;
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

/**
 * An indicator named as a total (团体标准累计数 | 项 | 2200 | 2500) is the total of what it names:
 * 团体标准, cumulative, as the text's 团体标准累计达到2500项 reads — one indicator, compared as one.
 */
function withoutTotalWords(target: PlanTarget): void {
  const length = totalNamedLength(target.indicator);
  if (length < 0) return;
  const span = target.indicatorSpan;
  if (span !== null && span.end - span.start === target.indicator.length) target.indicatorSpan = { start: span.start, end: span.start + length };
  target.indicator = target.indicator.slice(0, length);
  target.cumulative = true;
}

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
 * target a wrap cuts is left out: `cut`). `softReturns`, where given, receives the soft returns
 * (softReturns.ts) the joined text still holds, placed back in the text as written.
 */
function acrossJoins(plan: PlanDocument, joins: readonly WrapJoin[], softReturns: WrapJoin[] | null): TargetExtraction | null {
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
  const softInJoined: WrapJoin[] | null = softReturns === null ? null : [];
  const read = extract(joined, null, softInJoined);
  const place = new JoinedOffsets(joins);
  // A soft return the joined text still holds, placed back: the end of the line above, the start of the one below.
  if (softInJoined !== null) for (const soft of softInJoined) softReturns!.push({ start: place.end(soft.start), end: place.start(soft.end), text: "" });
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
  const targets = read.targets.map((target) =>
    placedCopy(target, place.start(target.start), place.end(target.end), span, target.path, target.item && (items.get(target.item) ?? null), target.source && sourceOf(target.source)),
  );
  // A part's whole is the placed copy of the joined one's (both are of one list, in one order).
  const placed = new Map(read.targets.map((target, i) => [target, targets[i]!]));
  read.targets.forEach((target, i) => {
    if (target.whole !== null) targets[i]!.whole = placed.get(target.whole) ?? null;
  });
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
    nameBreaks: read.nameBreaks,
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

const cache = new PlanMemo<TargetExtraction>();

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
  if (tables === undefined) tablesOfPlan.set(plan, (tables = readIndicatorTables(plan.lines, plan.text, planEnd, referenceYear, period?.from ?? null, plan.quotedCells, planMarkdownTables(plan))));
  return tables;
}

const tablesOfPlan = new PlanMemo<IndicatorTables | null>();

/**
 * `pages.seen` is set when the plan has a page number or running head (model/reading.ts); each
 * soft return that cuts a target's name is added to `softReturns` (softReturns.ts).
 */
function extract(plan: PlanDocument, pages: { seen: boolean } | null, softReturns: WrapJoin[] | null): TargetExtraction {
  const period = planPeriodOf(plan);
  const goalItems = plan.allItems.filter(isGoalsHeading);
  // Targets a wrap cuts are dropped below (dropCut), not read: what the plan lacks cannot be told.
  const extraction: TargetExtraction = { targets: [], period, planYear: planYearOf(plan), goalItems, horizons: [], cut: plan.hardWrap !== null, nameBreaks: [] };
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
  // Where the year labels (（三）2026年目标) stand: a yearly figure under one is the period's (yearlyHorizon.ts).
  const yearLabels = new Set<number>();
  const rowParts = new TableRowParts();
  // Where the server's parser keeps lines, a line's targets read at an earlier keystroke (lineTargets.ts).
  const keptLines = context.keptNodes && plan.hardWrap === null ? new LineTargets(plan, extraction, context, modelTargets) : null;
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
      // 其中：国家级 | 个 | 3 | 5 under its whole's row: a part of that row's target.
      rowParts.read(extraction.targets, firstOfLine, index, row !== undefined);
      continue;
    }
    const entering: HorizonState | null = horizon;
    const replayed: Replayed | typeof MISSED = keptLines === null ? MISSED : keptLines.replay(index, entering, yearLabels);
    if (replayed !== MISSED) {
      horizon = replayed.horizon;
      if (softReturns !== null && replayed.softReturnFirst !== null && index > 0) {
        const join = softReturnInName(text, plan.lines[index - 1]!, line, replayed.softReturnFirst);
        if (join !== null) softReturns.push(join);
      }
      continue;
    }
    const horizonsFrom = extraction.horizons.length;
    let labelAt = -1;
    // 制造业产品质量合格率  95%  市市场监管局: an indicator row under no header (bareRows.ts).
    if (line.kind === "text") {
      const bare = bareIndicatorRow(text, line);
      if (bare !== null) {
        rowTargets(extraction, bare, context, horizon, modelTargets, false);
        continue;
      }
    }
    // A heading (or a line) that is only a year governs what is below it (到2024年 is the grammar's
    // horizon; a table's 2025年 cell its column's). Read only where the text opens on a digit:
    // nearly every line costs one look.
    if (line.kind === "text" || (item !== null && line === item.line)) {
      const label = yearLabel(text, line, context.referenceYear);
      if (label) {
        horizon = openHorizon(extraction, label, item, null);
        yearLabels.add(label.start);
        labelAt = label.start;
      }
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
    // The horizon in force before the first year a sentence opens (到2026年，…；到2027年，…；…): what
    // its later stages give way to at their ；. A sentence never runs past its line (statementStart).
    let beforeStages: { sentence: number; horizon: HorizonState | null } = { sentence: -1, horizon: null };
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      // A horizon scoped to a clause that has ended gives way here, so that none is kept past it.
      while (horizon !== null && part.start >= horizon.until) horizon = horizon.outer;
      if (part.type === "horizon") {
        horizonPart = part;
        horizonFloor = floor;
        // A five-year period gone by (“十三五”期间, in a 2023 plan) is what the plan reports, not a
        // horizon; so is a date gone by that 截至 reaches (截至2024年底，全市已建成…, in a 2025 plan),
        // and any date 截至 reaches in a plan of no known year, whose figures it reports
        // (pastStatements.ts): the targets after it are the plan's period's, not that year's.
        const known = context.referenceYear !== null;
        const goneBy = known && part.year < context.referenceYear!;
        const cutOff = text.charCodeAt(part.start - 1) === CUT_OFF;
        if (!((goneBy && (text.charCodeAt(part.start) === FIVE_YEAR_PERIOD || cutOff)) || (!known && cutOff))) {
          const last = extraction.targets.length > firstOfLine ? extraction.targets[extraction.targets.length - 1]! : null;
          // A stretch year or a deadline under the paragraph's horizon (到2028年，…。力争到2027年，…。)
          // governs its own sentence or clause, the paragraph's horizon again after it.
          const sentence = statementStart(text, part.start, line.kind === "text" ? line.indentEnd : line.headingStart);
          const stage = beforeStages.sentence === sentence ? laterStageEnd(text, part, horizon, sentence, line) : -1;
          if (beforeStages.sentence !== sentence) beforeStages = { sentence, horizon };
          const until = last !== null && goesOnWith(text, last, part, line) ? siblingClauseAfter(text, part.end, line.end) : horizon !== null ? scopedHorizonEnd(text, part, line, horizon.year) : -1;
          horizon =
            stage >= 0
              ? openHorizon(extraction, part, item, { until: stage, outer: beforeStages.horizon })
              : openHorizon(extraction, part, item, until >= 0 ? { until, outer: horizon } : null);
        }
      } else if (part.type === "target") {
        // 品牌价值超过10亿元的企业达到5家: the first figure says which things the next one counts.
        if (modifiesNext(text, parts, i)) continue;
        const model = modelTargets.get(part.valueStart);
        if (model) {
          previous = fromModel(model, floor, context, horizon, previous, horizonPart !== null && horizonPart.end === floor ? horizonPart.start : -1, horizonFloor);
          for (const target of previous) extraction.targets.push(target);
        }
      } else if (part.type === "placeholder" && (item !== null || context.inGoals || context.inBoxProse)) {
        // 达到90—××个: the upper end of the target before it (modelTargets.ts placeholderEnd), no count of its own.
        const ended = extraction.targets.length > firstOfLine && extraction.targets[extraction.targets.length - 1]!.end > part.start;
        const count = ended ? null : placeholderCount(text, part, parts[i + 1], floor, context, horizon);
        if (count) {
          extraction.targets.push(count);
          // A blank is a target all the same: the clause after it with no indicator of its own
          // (，较2020年提高2个百分点, ，2026年达到96%) goes on with it, not with the figure before it.
          // A count is named after it by nameElided, as one read from the text is.
          previous = count.kind !== "count" ? [count] : null;
        }
      } else if (part.type === "text" && (item !== null || context.inGoals || context.inBoxProse)) {
        // The text outside any item is read only where it states the goals (a 工作要点's preamble,
        // 2024年主要目标：…新增…15项以上, whose counts no comparator introduces) or a 专栏 box's
        // projects in prose (实施…工程，到2025年培育…100个): the plan's targets as its items' are.
        const next = parts[i + 1];
        const ownsTail = next !== undefined && (next.type === "target" || next.type === "placeholder");
        const before = i > 0 ? parts[i - 1]!.type : "text";
        const ownsHead = before === "target" || before === "placeholder";
        const read = extraction.targets.length;
        placeFromText(extraction.targets, part, ownsHead, ownsTail, context, horizon);
        // A measure read from the text (提高一个百分点, in words) is the one a clause after it with no
        // indicator goes on with (，达到94.5%), as a grammar's target is. A count's noun is named
        // after it by nameElided, which carries its 累计 too.
        // Only the last clause's: …质检中心12个、国家级3个，营业收入35.2亿元，年均增长9.5% grows the 营业收入 alone.
        if (extraction.targets.length > read) {
          const last = lastClauseFrom(extraction.targets, read, text);
          previous = extraction.targets[last]!.kind !== "count" ? extraction.targets.slice(last) : null;
        }
      }
      if (part.type !== "text") floor = part.end;
    }
    // 覆盖率低于50%的扣3分: a scoring rule's threshold, no target (scoringRules.ts).
    if (extraction.targets.length > firstOfLine) dropScoringThresholds(extraction.targets, firstOfLine, text);
    // 全市…产品质量合格率 / 达到95%以上: the line above holds the name of this line's first target.
    if (softReturns !== null && extraction.targets.length > firstOfLine && index > 0) {
      const join = softReturnInName(text, plan.lines[index - 1]!, line, extraction.targets[firstOfLine]!);
      if (join !== null) softReturns.push(join);
    }
    // softReturns.ts reads the first target before its name is settled below: kept as it read it.
    const firstAsRead = keptLines !== null && extraction.targets.length > firstOfLine ? softReturnFirstOf(extraction.targets[firstOfLine]!) : null;
    if (extraction.targets.length - firstOfLine > 1) nameParts(extraction.targets, firstOfLine, text);
    if (extraction.targets.length > firstOfLine) nameElided(extraction.targets, firstOfLine, text);
    keptLines?.remember(index, entering, horizon, firstOfLine, horizonsFrom, labelAt, firstAsRead);
    if (continuation || continues) dropCut(extraction.targets, firstOfLine, text, line, continuation, continues ? plan.lines[index + 1]! : null);
  }
  // A figure reported is a record of the year it names (or of none), not of a horizon: 到2030年 or
  // the plan's 2030 given to “十四五”时期累计培育…100家 showed a 2030 year on a record of 2025.
  for (const target of extraction.targets) {
    // A year of its own (质量竞争力指数（2020年）达到84.5) is the one it is of; so is a year gone by
    // written for it (2024年、2025年…分别达到92%、93%: 93% is 2025's), the only past year a horizon's span holds.
    if (!target.baseline || (target.horizonSpan !== null && target.horizonSpan.start >= target.start && target.horizonSpan.end <= target.end)) continue;
    if (target.horizonSpan !== null && context.referenceYear !== null && target.horizon !== null && target.horizon < context.referenceYear) continue;
    const year = yearReported(text, target.start);
    if (year === target.horizon) continue;
    target.horizon = year;
    target.horizonSource = year === null ? null : "text";
    target.horizonSpan = null;
  }
  yearlyOverPeriod(text, extraction.targets, context.unscoped, yearLabels);
  const horizonsByStart = new Map(extraction.horizons.map((entry) => [entry.start, entry]));
  for (const target of extraction.targets) {
    if (target.horizonSpan) horizonsByStart.get(target.horizonSpan.start)?.targets.push(target);
  }
  extraction.targets.sort((a, b) => a.start - b.start);
  dropStatedBases(extraction.targets);
  return extraction;
}

/**
 * A figure stated with 为 in the goals that the next clause rises from (满意度为80分，到2025年达到85分以上:
 * modelTargets.ts reads it as that target's base) is the base, no goal of its own: read as both,
 * the plan held 80 and 85 for one indicator.
 */
function dropStatedBases(targets: PlanTarget[]): void {
  let kept = 0;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i]!;
    const next = targets[i + 1];
    const base = target.comparator === "为" && !target.baseline && next !== undefined && next.indicator === target.indicator && next.baseValue === target.value;
    if (!base) targets[kept++] = target;
  }
  targets.length = kept;
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
/** A range's written lower end right before a placeholder (5～××家, 10—XX个): the figure and its mark. */
const LOWER_END_BEFORE = /\s*\d+(?:\.\d+)?\s*[—–\-~～至到]{1,2}\s*$/;

function placeholderCount(text: string, node: PlaceholderNode, next: InlineNode | undefined, floor: number, context: LineContext, horizon: HorizonState | null): PlanTarget | null {
  if (next === undefined || next.type !== "text") return null;
  const after = text.slice(next.start, Math.min(next.end, next.start + 8));
  const unit = COUNT_UNIT_AFTER.exec(after);
  if (!unit) return placeholderRate(text, node, after, floor, context, horizon);
  const start = clauseInCellStart(text, node.start, floor);
  const clause = text.slice(start, node.start);
  // An ordinal (`培育第XX批示范企业`) says which, not how many: a placeholder, not a target's.
  if (clause.endsWith("第")) return null;
  // 食品抽检量达到每千人X批次: a level per head, read as its figure would be (countReadings.ts perHeadReading).
  const perHead = clause.endsWith("人") || clause.endsWith("人口") ? PER_HEAD_BEFORE_FIGURE.exec(clause) : null;
  if (perHead) return perHeadPlaceholder(text, node, start, perHead, unit, context, horizon);
  const verbMatch = COUNT_VERB.exec(clause);
  if (!verbMatch && !context.inGoals) return null;
  const verbLength = verbMatch ? verbMatch[0].length : 0;
  // 培育标杆企业5～××家: a range whose upper end is left for later; its lower end is the figure's, not the noun's.
  const lower = clause.length - verbLength > 2 ? LOWER_END_BEFORE.exec(clause) : null;
  const named = lower && lower.index > verbLength ? lower.index : clause.length;
  const indicator = trimmed(clause.slice(verbLength, named), start + verbLength);
  if (!indicator.text) return null;
  const valueStart = lower && named === lower.index ? start + lower.index + lower[0].length - lower[0].trimStart().length : node.start;
  return placedReading(
    {
      start: indicator.span.start,
      end: next.start + unit[0].length,
      kind: "count",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: verbMatch ? verbMatch[0].replace(NOT_THE_VERB, "") : "",
      value: null,
      valueText: text.slice(valueStart, node.end),
      valueSpan: { start: valueStart, end: node.end },
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

/** A rate's % (and qualifier) at the start of the text after a placeholder. */
const RATE_AFTER = /^\s*[%％](及以上|以上|以下|以内|左右)?/;

/**
 * A bare rate whose figure is still a placeholder (`力争完成包保督导任务覆盖率XX%`, `消费者满意度××%以上`):
 * the level its figure would be (textReadings.ts readBareRate), 完成 no word of it, so that
 * targets/blank reports it as the target it is, as it does `达到XX%`.
 */
function placeholderRate(text: string, node: PlaceholderNode, after: string, floor: number, context: LineContext, horizon: HorizonState | null): PlanTarget | null {
  const rate = RATE_AFTER.exec(after);
  if (!rate) return null;
  const start = clauseInCellStart(text, node.start, floor);
  const clause = text.slice(start, node.start);
  if (!BARE_RATE_NAME.test(clause)) return null;
  const indicator = bareRateIndicator(clause, start);
  if (!indicator.text) return null;
  const qualifier = rate[1] ?? "";
  return placedReading(
    {
      start: indicator.span.start,
      end: node.end + rate[0].length,
      kind: "level",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator: "",
      value: null,
      valueText: node.text,
      valueSpan: { start: node.start, end: node.end },
      upper: null,
      unit: "%",
      qualifier,
      sense: qualifier === "以下" || qualifier === "以内" ? "down" : "up",
      aspirational: ASPIRATIONAL.test(clause),
      cumulative: false,
    },
    0,
    true,
    context,
    horizon,
  );
}

/**
 * A level per head whose figure is a placeholder (食品抽检量达到每千人X批次): the measure before the
 * head count, in the unit per head (批次/千人, which namePerHead names as the national indicators
 * do), as the figure written would read. Null where the clause names no measure.
 */
function perHeadPlaceholder(text: string, node: PlaceholderNode, start: number, perHead: RegExpExecArray, unit: RegExpExecArray, context: LineContext, horizon: HorizonState | null): PlanTarget | null {
  const indicator = trimmed(perHead[1]!, start);
  if (!indicator.text) return null;
  const comparator = perHead[2]!.replace(/\s+/g, "");
  const verb = comparator.replace(FREQUENCY_LEAD, "");
  const delta = DELTA_COMPARATORS.has(verb);
  const qualifier = unit[2] ?? "";
  return placedReading(
    {
      start: indicator.span.start,
      end: node.end + unit[0].length,
      kind: delta ? "delta" : "level",
      indicator: indicator.text,
      indicatorSpan: indicator.span,
      comparator,
      value: null,
      valueText: node.text,
      valueSpan: { start: node.start, end: node.end },
      upper: null,
      unit: `${unit[1]!}/${perHead[3]!}`,
      qualifier,
      sense: delta ? senseOfChange(verb) : senseOf(verb, qualifier, null),
      aspirational: ASPIRATIONAL.test(text.slice(start, node.start)),
      cumulative: false,
    },
    0,
    true,
    context,
    horizon,
  );
}

/**
 * Where the targets of the last clause start among `targets` from `from` on (the readings of one
 * text run, in order): back from the last, while no hard stop (，。；…) stands between one and the next.
 */
function lastClauseFrom(targets: readonly PlanTarget[], from: number, text: string): number {
  let first = targets.length - 1;
  while (first > from && !stopBetween(text, targets[first - 1]!.end, targets[first]!.start)) first--;
  return first;
}

function stopBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (HARD_STOP_CODES.has(text.charCodeAt(at))) return true;
  return false;
}
