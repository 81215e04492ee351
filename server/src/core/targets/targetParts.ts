import type { PlanTarget } from "./types.js";
import { INSPECTION, INSPECTION_AT_END, INSPECTION_ONLY, KIND_OF_WORK, LEADING_LEVELS, LEVEL_ONLY, METRIC, NAMES_ITS_DOING } from "./figureWords.js";
import { countsDoings, measureKind, unitMagnitude } from "./measureUnits.js";
import { isFloor } from "./subjects.js";
import { clauseStart, sentenceEndsIn, statementEndsIn } from "./indicators.js";

/** Targets named through another: a part of the one before (`其中国家级5个`), a count whose noun its clause leaves out. */

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
 * level it opens with gives way to the part's (其中国家级 of 省级以上…项目 is 国家级…项目). Every part
 * is linked to its whole (`PlanTarget.whole`), one named by its own noun too (`…合格率达到95%，其中
 * 规模以上工业企业产品质量合格率93%`, in the whole's unit); a part of a level with no verb of its own
 * (`…项目达到40个，其中国家级5个以上`) is a level too: a share of what stands, not a count added. Runs
 * over the targets of one line, in the order they were found.
 */
export function nameParts(targets: PlanTarget[], from: number, text: string): void {
  let whole: PlanTarget | null = null;
  let lastPart: PlanTarget | null = null;
  // The whole a list of parts is of, kept while the list goes on (a part is no whole of the next).
  let lastWhole: PlanTarget | null = null;
  let noun = "";
  // Only the text between one target and the next is read, so a line of many is read once.
  let previousEnd = targets[from]!.start;
  for (let i = from; i < targets.length; i++) {
    const target = targets[i]!;
    const span = target.indicatorSpan;
    const written = target.indicator;
    const level = written.replace(PART_OPENER_IN_INDICATOR, "");
    const gapEnd = span ? span.start : target.start;
    const gapStart = previousEnd;
    // 抽检产品1000批次；其中电商产品200批次: a ；-part opening on 其中 is a part of the one before;
    // so is a sentence opening on it (…达到40个。其中国家级5个), in the unit of the count it breaks down.
    if (sentenceEndsIn(text, previousEnd, gapEnd)) {
      if (!statementEndsIn(text, previousEnd, gapEnd) ? opensAfterStop(text, gapStart, gapEnd) : whole !== null && oneUnit(whole.unit, target.unit) && opensSentenceAfterStop(text, gapStart, gapEnd)) lastPart = null;
      else whole = lastPart = lastWhole = null;
    }
    previousEnd = Math.max(previousEnd, target.end);
    const kind = span !== null && !LEVEL_ONLY.test(level) ? kindOfWork(level, lastPart !== null ? lastWhole : whole) : null;
    if (kind !== null && (lastPart !== null ? PART_JOINER.test(text.slice(gapStart, span!.start)) : opensPart(text, span!.start, gapStart))) {
      // 完成食品抽检2万批次，其中监督抽检1.2万批次、评价性抽检0.8万批次: kinds of the whole's work, of its object.
      target.indicator = kind;
      linkPart(target, lastPart !== null ? lastWhole! : whole!);
      lastPart = target;
      continue;
    }
    const doing = span !== null && lastPart === null && whole !== null ? doingOfWhole(target, whole, text) : null;
    if (doing !== null && opensPart(text, span!.start, gapStart)) {
      // 新增团体标准10项，其中企业主导制定5项: who made that part of the whole's things, named with them.
      target.indicator = doing.name;
      target.indicatorSpan = { start: span!.start, end: doing.end };
      target.comparator = whole!.comparator;
      target.cumulative ||= whole!.cumulative;
      target.aspirational ||= whole!.aspirational;
      linkPart(target, whole!);
      continue;
    }
    if (!span || !LEVEL_ONLY.test(level)) {
      // 制修订…标准50项，其中国家标准10项、行业标准20项: parts named by their own nouns, in the whole's unit.
      const partWhole = lastPart !== null ? lastWhole : whole;
      if (span && target.indicator && partWhole !== null && oneUnit(partWhole.unit, target.unit) && (lastPart !== null ? PART_JOINER.test(text.slice(gapStart, span.start)) : opensPart(text, span.start, gapStart))) {
        // 抽检产品1000批次，其中电商产品200批次: the whole's work on a narrower object (抽检电商产品), done as the whole's is.
        const narrowed = countsDoings(target.unit) ? narrowedObject(target.indicator, partWhole) : scopedMeasure(target, partWhole);
        if (narrowed !== null) target.indicator = narrowed;
        if (target.kind === "count" && partWhole.kind === "count" && target.comparator === "") target.comparator = partWhole.comparator;
        // 抽检产品1000批次，其中电商产品不少于200批次: a floor on a part of work counted is a floor on that
        // work, counted as the whole is (抽检不少于) — no level of what stands.
        else if (target.kind === "level" && partWhole.kind === "count" && isFloor(target.comparator)) {
          target.kind = "count";
          target.comparator = partWhole.comparator + target.comparator;
        }
        linkPart(target, partWhole);
        noun = target.indicator.replace(LEADING_LEVELS, "");
        lastPart = target;
        continue;
      }
      whole = lastWhole = target.indicator ? target : null;
      lastPart = null;
      continue;
    }
    const opens = PART_OPENER_IN_INDICATOR.test(written) || opensPart(text, span.start, gapStart);
    if (opens && whole) {
      noun = whole.indicator.replace(LEADING_LEVELS, "");
    } else if (!(lastPart && PART_JOINER.test(text.slice(gapStart, span.start)))) {
      lastPart = null;
      continue;
    }
    if (!noun) continue;
    target.indicator = level + noun;
    if (whole) {
      // 累计培育…30家，其中国家级2家: the part is counted as the whole is (培育, 累计, 力争).
      if (target.kind === "count" && whole.kind === "count" && target.comparator === "") target.comparator = whole.comparator;
      target.cumulative ||= whole.cumulative;
      target.aspirational ||= whole.aspirational;
      linkPart(target, whole);
    }
    // Where the part's own words are: its level, without the opener.
    if (level !== written) target.indicatorSpan = { start: span.end - level.length, end: span.end };
    lastPart = target;
  }
}

/** Whether the clause holding `at` opens on 其中 or 含 before it (read back no further than `from`). */
const opensPart = (text: string, at: number, from: number): boolean => PART_OPENER.test(text.slice(clauseStart(text, at, Math.min(from, at)), at)) || opensAfterStop(text, from, at) || opensSentenceAfterStop(text, from, at);

/** 其中 (含) opening a clause of its own before a part, with the mark after it: `，其中：`, `，其中，`, `；其中`. */
const PART_OPENER_MARKED = /(?:^|[，,；;])\s*(?:其中|含)\s*[：:，,]?\s*$/;

/** Whether the words between a target (ending at `from`) and the next (at `at`) open a part with a mark (PART_OPENER_MARKED). */
const opensAfterStop = (text: string, from: number, at: number): boolean => at > from && PART_OPENER_MARKED.test(text.slice(from, at));

/**
 * 其中 opening the sentence right after the one a target ends (`…达到40个。其中国家级5个`, `。其中：`):
 * a drafter's full stop where a comma would be, the breakdown of the figure just given. Only the
 * one stop between them: a sentence further on breaks down nothing of that figure. 含 opens no
 * sentence (`。含…` is a bracket's part cut loose, read as written).
 */
const PART_SENTENCE_OPENER = /^[^。！？!?；;]*[。！？!?]\s*其中\s*[：:，,]?\s*$/;

/** Whether the words between a target (ending at `from`) and the next (at `at`) open a sentence on 其中 (PART_SENTENCE_OPENER). */
const opensSentenceAfterStop = (text: string, from: number, at: number): boolean => at > from && PART_SENTENCE_OPENER.test(text.slice(from, at));

/**
 * Links a part to its whole. A part of a level that says no verb of its own (`达到40个，其中国家级
 * 5个以上`) is a level as the whole is: how many of what stands are of that kind.
 */
export function linkPart(part: PlanTarget, whole: PlanTarget): void {
  part.whole = whole;
  if (whole.kind === "level" && part.kind === "count" && part.comparator === "") part.kind = "level";
}

const OWN_DOING = new RegExp(INSPECTION);

/**
 * The name of a part that narrows the object of the whole's work (网络食品 of 食品抽检: 网络食品抽检), or
 * null: the part names no doing of its own, and ends on words of the whole's name (its object, two
 * characters at least), which it stands in for. Where the whole's name is its object alone, its
 * doing still in its comparator (抽检产品1000批次: 产品, 抽检 — the name keeps its verb only once the
 * names are settled, indicatorName.ts), the part is named with that doing after its object, as
 * the work is named (电商产品抽检): the narrower object alone (电商产品) names things, not work.
 */
function narrowedObject(part: string, whole: PlanTarget): string | null {
  const name = whole.indicator;
  if (name.includes(part) || OWN_DOING.test(part)) return null;
  for (let length = part.length - 1; length >= 2; length--) {
    const at = name.indexOf(part.slice(-length));
    if (at < 0) continue;
    const narrowed = name.slice(0, at) + part + name.slice(at + length);
    const doing = narrowed === part ? INSPECTION_AT_END.exec(whole.comparator) : null;
    return doing !== null ? part + doing[0] : narrowed;
  }
  return null;
}

/**
 * The name of a part that says only whose figure it is (`…合格率达到98%，其中规上企业达到95%`: 规上企业,
 * no measure of its own), in a rate or a score as its whole's: the whole's measure over that scope
 * (规上企业产品质量合格率), as a reviewer reads it; else null. A part that names a measure (…合格率93%)
 * is named already.
 */
function scopedMeasure(part: PlanTarget, whole: PlanTarget): string | null {
  const kind = measureKind(part.unit);
  if ((kind !== "rate" && kind !== "score") || part.unit !== whole.unit || METRIC.test(part.indicator) || !METRIC.test(whole.indicator) || whole.indicator.includes(part.indicator)) return null;
  return part.indicator + whole.indicator;
}


/** A how-many word with no noun (总数, 总量, 数量): what it counts is the noun of the count before it. */
const HOW_MANY_ONLY = /^(?:总数|总量|数量)$/;

/**
 * A part that names a kind of the whole's work (监督抽检 of 食品抽检: the same doing, 抽检, narrowed),
 * named with the whole's object (食品监督抽检), or null: the part is a kind of a doing (KIND_OF_WORK)
 * whose doing the whole's name ends on, and is not in the whole's name already.
 */
function kindOfWork(part: string, whole: PlanTarget | null): string | null {
  if (whole === null || !KIND_OF_WORK.test(part)) return null;
  const doing = part.slice(-2);
  const name = whole.indicator;
  return name.length > 2 && name.endsWith(doing) && !name.includes(part) ? name.slice(0, -2) + part : null;
}

/**
 * A part that names only who did it and their part in the doing (其中企业主导制定5项: 企业主导制定, no
 * object — NAMES_ITS_DOING with nothing after its verb), of a count of things in its unit: it counts
 * the whole's things so made (企业主导制定团体标准), or null. The name as the goals' 企业主导制定团体标准5项
 * reads it, the span to the end of its words.
 */
function doingOfWhole(target: PlanTarget, whole: PlanTarget, text: string): { name: string; end: number } | null {
  const span = target.indicatorSpan;
  const value = target.valueSpan;
  if (span === null || value === null || target.kind !== "count" || whole.kind !== "count" || !whole.indicator || !oneUnit(whole.unit, target.unit)) return null;
  const written = text.slice(span.start, value.start);
  const words = written.trimEnd();
  const doing = NAMES_ITS_DOING.exec(words);
  if (doing === null || doing[0].length !== words.length || NAMES_ITS_DOING.test(whole.indicator)) return null;
  return { name: words + whole.indicator, end: span.start + words.length };
}

const ENDS_ON_INSPECTION = new RegExp(`(?<=[\\u4e00-\\u9fff]{2})(?:${INSPECTION})$`);

/**
 * The name of a count that brings its own inspection and nothing after it, after a count named by
 * its object and another inspection (`完成食品快检2万批次、抽检3000批次`: 抽检 the 食品 the list
 * names, 食品抽检, as a reviewer reads it), or null: the object with this count's own doing.
 */
function ownDoingOfList(before: PlanTarget, target: PlanTarget): string | null {
  if (!INSPECTION_ONLY.test(target.comparator)) return null;
  const doing = ENDS_ON_INSPECTION.exec(before.indicator);
  return doing !== null && doing[0] !== target.comparator ? before.indicator.slice(0, doing.index) + target.comparator : null;
}

/** Whether two counts are in one unit, on one magnitude or two (2万批次 and 3000批次 both count 批次). */
const oneUnit = (a: string, b: string): boolean => a === b || unitMagnitude(a).unit === unitMagnitude(b).unit;

/**
 * A count whose noun its clause leaves out (`每年组织实施质量攻关项目不少于20项，到2025年累计实施
 * 60项以上`) counts what the target before it in the same sentence counts, in the same unit; one
 * with no such target before it is dropped (targets[from…] are one line's, in order). A level with
 * no indicator after a count read from the text (`累计发布企业标准“领跑者”20个，2025年达到30个`)
 * is of that count's noun too (one after a level has it already: inheritedIndicators). One with an
 * inspection of its own (`…食品快检2万批次、抽检3000批次`) names the object with it (ownDoingOfList).
 */
export function nameElided(targets: PlanTarget[], from: number, text: string): void {
  let kept = from;
  for (let k = from; k < targets.length; k++) {
    const target = targets[k]!;
    // 新增食品安全示范店40家，总数达到300家: a how-many word alone names the noun before it, counted whole.
    const howMany = HOW_MANY_ONLY.test(target.indicator);
    if (target.indicator === "" || howMany) {
      const before = kept > from ? targets[kept - 1]! : null;
      const named = before !== null && before.indicator !== "" && (before.unit === target.unit || (!howMany && target.kind === "count" && oneUnit(before.unit, target.unit))) && !statementEndsIn(text, before.end, target.start);
      const ownDoing = named && !howMany && target.kind === "count" ? ownDoingOfList(before, target) : null;
      if (ownDoing !== null) target.indicator = ownDoing;
      else if (named && howMany) target.indicator = before.indicator + target.indicator;
      else if (named) {
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
