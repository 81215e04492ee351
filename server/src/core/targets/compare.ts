import type { PlanConfig } from "../config/schema.js";
import type { PlanDocument } from "../model/types.js";
import { parentLevel as levelOfParent } from "../parents/level.js";
import { parentLabel, titleLabel, type ParentDocument, type ParentTarget, type ResolvedParent } from "../parents/types.js";
import type { UnitLevel } from "../units/names.js";
import { extractTargets } from "./extract.js";
import { boundFigure, boundQualifier, formatFigure, isBoundSign, isCeiling, isChangeCeiling, reachesOnly, writtenFigure } from "./format.js";
import { changeBaseOf, jurisdictionOf, planStartOf, WHOLE_OF, wholeOf } from "./plan.js";
import { type FigureSpan, SPAN_WORDS, spanOfParent, spanOfTarget } from "./increments.js";
import { canonicalUnit, measureKind, onScaleOf } from "./measureUnits.js";
import { synonymsFor } from "./synonyms.js";
import type { IndicatorSynonyms } from "./synonyms.js";
import type { PlanTarget, TargetSense } from "./types.js";
import { rankAmong } from "./ranks.js";
import { isQualitative } from "./qualitativeGoals.js";
import { complementTarget, directionFromOtherEnd, unconvertibleChange } from "./complementRates.js";
import { quoted } from "../text/clipped.js";

/** How a plan's target stands against the same indicator in a parent (cli-json.md "Targets"). */
export type Verdict = "stricter" | "meets" | "weaker" | "no-parent";

/**
 * Why a comparison has the verdict it has: `compared`, or — for `no-parent` — the plan has no
 * parent document, the parents state no such indicator, they do but the two figures cannot be
 * compared (another unit, a change against a level, an earlier year), or the figure is a baseline.
 */
export type ParentStatus = "compared" | "no-document" | "no-indicator" | "not-comparable" | "baseline";

export interface ParentComparison {
  verdict: Verdict;
  status: ParentStatus;
  /** The parent stating the indicator (also when the figures cannot be compared), else null. */
  parent: ParentDocument | null;
  parentTarget: ParentTarget | null;
  /** Why, in Chinese, for the hover and the findings: `不低于纲要`, `低于纲要的98%以上`. */
  reason: string;
  /**
   * Where the plan's figure was compared on the parent's scale (40000人 as 4万人, 0.95 as 95%): the
   * figure it was compared as, and the reason without the note on what the plan wrote, which
   * `reason` ends on — for a text that names the written figure itself (reasonAfterWrittenFigure).
   */
  scaled?: { comparedAs: string; reason: string };
  /**
   * The parent's target is of the indicator's other end (complementRates.ts: its 食品抽检合格率 for
   * the plan's 不合格率): which way it is better is the other way for the plan's indicator.
   */
  otherEnd?: true;
}

/**
 * The reason for a text that has just named the plan's figure as written (的目标“40000人”，…, 本方案：40000人，…):
 * the figure it was compared as once, never the written figure again (按4万人比较，低于…的4.8万人).
 */
export function reasonAfterWrittenFigure(comparison: Pick<ParentComparison, "reason" | "scaled">): string {
  return comparison.scaled ? `按${comparison.scaled.comparedAs}比较，${comparison.scaled.reason}` : comparison.reason;
}

/** `read` of the plan's figure compared as `comparedAs`: its reason says what the plan wrote and what it was compared as. */
function onAnotherScale(read: ParentComparison, target: PlanTarget, comparedAs: string): ParentComparison {
  return { ...read, reason: `${read.reason}（本方案写作“${writtenFigure(target)}”，按${comparedAs}比较）`, scaled: { comparedAs, reason: read.reason } };
}

const NO_DOCUMENT: ParentComparison = { verdict: "no-parent", status: "no-document", parent: null, parentTarget: null, reason: "本方案没有可比较的上位文件" };
const NO_PARENT: ParentComparison = { verdict: "no-parent", status: "no-indicator", parent: null, parentTarget: null, reason: "上位文件中没有对应指标" };
const BASELINE: ParentComparison = { verdict: "no-parent", status: "baseline", parent: null, parentTarget: null, reason: "现状数据（发展基础或已过年份的情况），不是目标，不作比较" };

type ParentIndexes = WeakMap<IndicatorSynonyms, WeakMap<ParentDocument, Map<string, ParentTarget[]>>>;
const indexes: ParentIndexes = new WeakMap();
const addedIndexes: ParentIndexes = new WeakMap();
const goalsOf = (parent: ParentDocument): readonly ParentTarget[] => [...parent.targets2025, ...parent.otherYearTargets];
const NO_COUNTS: readonly ParentTarget[] = [];
const addedCountsOf = (parent: ParentDocument): readonly ParentTarget[] => parent.addedCounts ?? NO_COUNTS;

/**
 * A parent's targets by indicator key, once per parent and synonym table: for each indicator its
 * goal for each year it sets one for (the first it states for the year), 2025's first. Its goals,
 * or with `added` its counts of what its period adds (ParentDocument `addedCounts`).
 */
function indexOf(parent: ParentDocument, synonyms: IndicatorSynonyms, added = false): Map<string, ParentTarget[]> {
  const cache = added ? addedIndexes : indexes;
  let byParent = cache.get(synonyms);
  if (!byParent) cache.set(synonyms, (byParent = new WeakMap()));
  let index = byParent.get(parent);
  if (!index) {
    index = new Map();
    for (const target of added ? addedCountsOf(parent) : goalsOf(parent)) {
      const key = synonyms.keyOf(target.indicator);
      const years = index.get(key);
      if (!years) index.set(key, [target]);
      else if (!years.some((each) => each.horizon === target.horizon)) years.push(target);
    }
    byParent.set(parent, index);
  }
  return index;
}

/**
 * Of a parent's goals for one indicator, the one a target for `year` is held to: the goal of
 * that year; else the latest of an earlier year (its figure stays a floor after its year); else,
 * the year coming before all of them, the earliest (a step on the way to it). 2025's for a
 * target of no year.
 */
function goalFor(goals: readonly ParentTarget[], year: number | null): ParentTarget {
  if (year === null || goals.length === 1) return goals[0]!;
  let earlier: ParentTarget | null = null;
  let later: ParentTarget | null = null;
  for (const goal of goals) {
    if (goal.horizon === year) return goal;
    if (goal.horizon < year) {
      if (earlier === null || goal.horizon > earlier.horizon) earlier = goal;
    } else if (later === null || goal.horizon < later.horizon) later = goal;
  }
  return earlier ?? later!;
}

/** The parent target for an indicator, from the first parent that states it. */
export function parentTargetOf(
  indicator: string,
  parents: readonly ResolvedParent[],
  synonyms: IndicatorSynonyms,
): { parent: ParentDocument; target: ParentTarget } | null {
  const key = synonyms.keyOf(indicator);
  for (const { parent } of parents) {
    const goals = indexOf(parent, synonyms).get(key);
    if (goals) return { parent, target: goals[0]! };
  }
  return null;
}

/**
 * The target for an indicator of each parent that states it (its goal for the year, `goalFor`), in the parents' order; where none
 * does and the indicator measures a part of another (公共服务质量满意度 of 服务质量满意度:
 * synonyms.ts `wholeOf`), each parent's target for the whole, marked `part`.
 */
function parentTargetsOf(indicator: string, year: number | null, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms, added = false): Array<{ parent: ParentDocument; target: ParentTarget; part: boolean }> {
  const found: Array<{ parent: ParentDocument; target: ParentTarget; part: boolean }> = [];
  const collect = (key: string, part: boolean) => {
    for (const { parent } of parents) {
      const goals = indexOf(parent, synonyms, added).get(key);
      if (goals) found.push({ parent, target: goalFor(goals, year), part });
    }
  };
  collect(synonyms.keyOf(indicator), false);
  const whole = found.length === 0 && !added ? synonyms.wholeOf(indicator) : null;
  if (whole !== null) collect(whole, true);
  return found;
}

/**
 * Each target of a plan with a figure (a blank one is targets/blank's) and a parent that states
 * its indicator, with the comparison: what the rules that judge a target against its parent read.
 */
export function* targetsWithParent(
  plan: PlanDocument,
  parents: readonly ResolvedParent[],
  config: PlanConfig | undefined,
): Generator<{ target: PlanTarget; comparison: ParentComparison; parent: ParentDocument; parentTarget: ParentTarget }> {
  if (parents.length === 0) return;
  const synonyms = synonymsFor(config);
  const level = jurisdictionOf(plan);
  const start = planStartOf(plan);
  const whole = level === null ? null : wholeOf(plan, level);
  for (const target of extractTargets(plan).targets) {
    if (target.blank || target.placeholder) continue;
    const comparison = compareWithParents(target, parents, synonyms, level, start, whole, changeBaseOf(plan));
    if (comparison.parent && comparison.parentTarget) yield { target, comparison, parent: comparison.parent, parentTarget: comparison.parentTarget };
  }
}

/** `98%以上`, `86`, or the direction (`不断下降`) of a parent target. */
export function formatParentFigure(target: ParentTarget): string {
  if (!target.quantified || target.value === null) return target.direction ?? target.wording;
  return `${target.value}${target.unit ?? ""}${target.qualifier ?? ""}`;
}

/** One unit however written (％ and %, 个点 and 个百分点, 工作日 and 个工作日). */
const sameUnit = (a: string, b: string | null) => canonicalUnit(a) === canonicalUnit(b ?? "");
/** An index is a score: 86, 86分 and 86点 are one scale (制造业质量竞争力指数达86分 against 达到86). */
const INDEX_UNITS = new Set(["", "分", "点"]);
const comparableUnits = (indicator: string, a: string, b: string | null) =>
  sameUnit(a, b) || (/指数$/.test(indicator) && INDEX_UNITS.has(a) && INDEX_UNITS.has(b ?? ""));
/**
 * A target set against an average (不低于全国平均水平, 高于全省平均水平2个百分点, 保持在全国平均
 * 水平以上, 低于全省水平): the relation, the average, what follows it.
 */
const RELATIVE = /^(不低于|达到|高于|优于|超过|好于|不高于|不超过|低于|保持在|稳定在)(全国|全省|全市|全区|全县|同期|同类城市|同类地区)?的?(?:平均)?水平(.*)$/;

/** What a relative target asks: which way of the average, strictly or not, and which average. */
export interface RelativeTarget {
  /** 全国, 全省 … ("" when the average is not named). */
  average: string;
  sense: "up" | "down";
  /** Strictly beyond the average (高于, 低于, or by a margin: 高于…2个百分点), not merely reaching it. */
  strict: boolean;
}

/** The relative target a direction's phrase states, or null when it states none. */
export function relativeTo(phrase: string | null): RelativeTarget | null {
  const match = phrase ? RELATIVE.exec(phrase) : null;
  if (!match) return null;
  const [, relation, average = "", after] = match as unknown as [string, string, string | undefined, string];
  const held = relation === "保持在" || relation === "稳定在";
  const sense = (held ? /以下|以内/.test(after) : /^(?:不高于|不超过|低于)$/.test(relation)) ? "down" : "up";
  return { average, sense, strict: /^(?:高于|优于|超过|好于|低于)$/.test(relation) || /\d/.test(after) };
}

const averageName = (relative: RelativeTarget) => (relative.average ? `${relative.average}平均水平` : "平均水平");

/**
 * Units that count or sum things in a place (企业20家, 投资100亿元, 培训5万人): a province's figure
 * is the sum of its cities', so one is compared with another only at the same level of government.
 */
const SUMMED_UNITS = new Set(["亿元", "万元", "吨", "万吨", "吨标准煤", "万吨标准煤", "亩", "万亩", "公里", "平方公里", "平方米", "万平方米"]);
const isSummedUnit = (unit: string) => SUMMED_UNITS.has(unit) || measureKind(unit) === "thing" || measureKind(unit) === "event";
/** A figure per head, per household or per area is no sum (每万人口高价值发明专利拥有量12件). */
const PER_SOMETHING = /每|人均|户均|平均|密度|率$|指数$|比重$|占比$|比例$/;

function isSum(target: PlanTarget): boolean {
  return isSummedUnit(target.unit) && !PER_SOMETHING.test(target.indicator);
}

/**
 * Compares a plan target with its parent: direction-aware (合格率 higher is better, 能耗 lower)
 * and unit-aware (a figure in another unit is not compared). A target that only states a
 * direction where the parent sets a figure is weaker: it does not commit to the figure.
 */
export function compareWithParents(
  target: PlanTarget,
  parents: readonly ResolvedParent[],
  synonyms: IndicatorSynonyms,
  /** The plan's level of government (targets/plan.ts `jurisdictionOf`): a sum is compared only with a parent of that level. */
  planLevel: UnitLevel | null = null,
  /** The year the plan is in force from (targets/plan.ts `planStartOf`): a parent's goal for a year before it is not compared. */
  planStart: number | null = null,
  /** How a reason names the plan's whole area (targets/plan.ts `wholeOf`: 全区 for a district's or a zone's plan). */
  planWhole: string | null = null,
  /** The year a change the plan states without a base is from (targets/plan.ts `changeBaseOf`). */
  planBase: number | null = null,
): ParentComparison {
  if (target.baseline) return BASELINE;
  if (parents.length === 0) return NO_DOCUMENT;
  if (!target.indicator) return NO_PARENT;
  // Where no parent states the indicator, one may state it from its other end (食品抽检合格率 for
  // the plan's 食品抽检不合格率): the plan's figure is weighed as that end's (complementRates.ts).
  let best = strictestComparison(target, parents, synonyms, planLevel, planStart, planWhole, planBase);
  if (best === null) {
    const complement = complementTarget(target);
    const read = complement && strictestComparison(complement, parents, synonyms, planLevel, planStart, planWhole, planBase);
    if (read) best = fromOtherEnd(read, target, complement!);
    else if (complement === null) best = otherEndUnconvertible(target, parents, synonyms);
  }
  // A parent plan's count of what its period adds (培育…100家) is no goal, but where it is all the
  // parent says of the things, the plan's figure is weighed against it: "no such indicator" was untrue.
  if (best === null) best = strictestComparison(target, parents, synonyms, planLevel, planStart, planWhole, planBase, true);
  if (best === null) return NO_PARENT;
  // 力争达到85 below the parent's 86: even the plan's aim asks less — and a reviewer weighing the
  // finding must see that the figure is an aim, not the floor the parent's is.
  if (best.verdict !== "weaker" || !target.aspirational || target.value === null) return best;
  // 低于纲要的86 goes on the aim's words (…，仍低于…); a reason of its own sentence (2030年的目标低于…, 纲要要求…) after a ；.
  // The aim's words say its figure as written: one compared on another scale says that scale there, once (本方案力争达到40000人（按4万人比较；…）).
  const { scaled, ...judged } = best;
  const reason = scaled?.reason ?? best.reason;
  const goesOn = /^[低高]于/.test(reason);
  return { ...judged, reason: `${aimWording(target)}（${scaled ? `按${scaled.comparedAs}比较；` : ""}力争目标，是努力方向而非底线）${goesOn ? "，仍" : "；"}${reason}` };
}

/**
 * A plan under several parents (the outline, and a province's plan with stricter figures) is
 * held to the strictest of them: the comparison that judges it hardest, and among equal
 * verdicts the parent whose figure asks the most. The first parent alone let a county's 85 pass
 * as "below the outline's 86" while its province asks 86.5, and named the wrong document. Null
 * where no parent states the target's indicator (nor the whole it is a part of).
 */
function strictestComparison(
  target: PlanTarget,
  parents: readonly ResolvedParent[],
  synonyms: IndicatorSynonyms,
  planLevel: UnitLevel | null,
  planStart: number | null,
  planWhole: string | null,
  planBase: number | null,
  /** Against the parents' counts of what their periods add (ParentDocument `addedCounts`) rather than their goals. */
  added = false,
): ParentComparison | null {
  let best: ParentComparison | null = null;
  const wholes = parentTargetsOfWhole(target, parents, synonyms);
  for (const { parent, target: parentTarget, part } of parentTargetsOf(target.indicator, target.horizon, parents, synonyms, added)) {
    const comparison = wholes.includes(parentTarget)
      ? partOfPlanWhole(target, target.whole!, parent, parentTarget)
      : planStart !== null && parentTarget.horizon < planStart
        ? expired(target, parent, parentTarget, planStart, planLevel, planWhole, planBase)
        : part
          ? compareAsPart(target, parent, parentTarget, planLevel, planWhole, planBase)
          : compareWith(target, parent, parentTarget, planLevel, planWhole, planBase);
    if (best === null || stricterComparison(comparison, best)) best = comparison;
  }
  return best;
}

/**
 * `read` of the plan's target weighed from its indicator's other end (`complement`): its reason
 * says what the plan wrote and what that is at the parent's end (不低于纲要（本方案的“食品抽检不合格率”
 * 2%以内，即“食品抽检合格率”98%以上）), and a text that names the written figure itself says it was
 * compared as the other end's figure (reasonAfterWrittenFigure: 按“食品抽检合格率”98%以上比较，…).
 */
function fromOtherEnd(read: ParentComparison, target: PlanTarget, complement: PlanTarget): ParentComparison {
  const { scaled, ...judged } = read;
  const reason = scaled?.reason ?? read.reason;
  const comparedAs = `${quoted(complement.indicator)}${statedFigure(complement)}`;
  return { ...judged, reason: `${reason}（本方案的${quoted(target.indicator)}${statedFigure(target)}，即${comparedAs}）`, scaled: { comparedAs, reason }, otherEnd: true };
}

/**
 * A change in percent of the plan's end of a two-ended share (不合格率下降10%) where a parent states
 * only the other end (合格率98%以上): the parent has the indicator, but no figure of the other end
 * follows from the plan's without its base — not comparable, and the reason says why. Null where
 * the target is no such change or no parent states the other end.
 */
function otherEndUnconvertible(target: PlanTarget, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms): ParentComparison | null {
  const other = unconvertibleChange(target);
  const found = other === null ? undefined : parentTargetsOf(other, target.horizon, parents, synonyms)[0];
  if (found === undefined) return null;
  const { parent, target: parentTarget } = found;
  // A parent's direction (工程质量合格率不断提高) asks only which way: that much the change does say.
  const direction = parentTarget.quantified && parentTarget.value !== null ? null : directionFromOtherEnd(target);
  if (direction !== null) {
    const read = compareWith(direction, parent, parentTarget, null, null, null);
    return { ...read, reason: `${read.reason}（本方案的${quoted(target.indicator)}${writtenFigure(target)}，即${quoted(other!)}${direction.comparator}）`, otherEnd: true };
  }
  const reason = `本方案的${quoted(target.indicator)}${writtenFigure(target)}是其自身按百分比的相对变化，无法换算为${quoted(other!)}的数值或变化，不与${shortTitle(parent)}的${parentFigureOf(parentTarget)}比较`;
  return { verdict: "no-parent", status: "not-comparable", parent, parentTarget, reason, otherEnd: true };
}

/** A level's figure with the verb or bound it is set with (低于7%, 降至6.5%, 2%以内), where the figure alone would read as one to reach. */
function statedFigure(target: PlanTarget): string {
  const written = writtenFigure(target);
  return written === formatFigure(target) && !REACHED.test(target.comparator) ? `${target.comparator}${written}` : written;
}
/** The verbs of a figure to reach, which say no more than the figure does. */
const REACHED = /^(?:力争|争取)?(?:达到|达)?$/;

/**
 * The plan's aim as it says it (本方案力争达到85, 力争培育20家, 力争下降13%, 力争不低于98%): the
 * verb the figure is read with, 达到 where the plan states it bare.
 */
export function aimWording(target: PlanTarget): string {
  // A table's sign (≥93.5 in a row restating 力争达到93.5%以上) is the text's 以上: said as the text says it, one wording for one aim.
  if (isBoundSign(target.comparator)) return `本方案力争${boundQualifier(target.comparator) === "以下" ? "控制在" : "达到"}${boundFigure(target)}`;
  const written = writtenFigure(target);
  // writtenFigure writes a change's verb and a bound's comparator; a level or a count is reached or made.
  // A level set with a verb of its own (力争降至6.5%, 力争控制在2%) says it: 达到 would read a fall as a figure to rise to.
  const ownVerb = (target.kind === "count" && target.comparator !== "") || (target.kind === "level" && !REACHED.test(target.comparator));
  const verb = written !== formatFigure(target) ? "" : ownVerb ? target.comparator.replace(/^(?:力争|争取)/, "") : "达到";
  return `本方案力争${verb}${written}`;
}

/**
 * A parent's goal for a year before the plan is in force (the outline's 2025 goals to a plan of
 * 2026—2030): history to the plan, which reports where that year left off and sets its own goals,
 * so it is not weighed as a goal of the plan's years — with one exception. Its figure is what the
 * country (or the province) already asked by then: a level of the plan's that stays below that
 * floor (制造业产品质量合格率 93% by 2030, where the outline asked 94% by 2025) asks less than was
 * asked already, which is weaker whatever the years; a level at or above it is the plan's own
 * business (neither meets nor stricter: the parent sets nothing for the plan's years).
 */
function expired(target: PlanTarget, parent: ParentDocument, parentTarget: ParentTarget, planStart: number, planLevel: UnitLevel | null, planWhole: string | null, planBase: number | null): ParentComparison {
  const short = shortTitle(parent);
  const figure = formatParentFigure(parentTarget);
  const reason = `${short}的${figure}是${parentTarget.horizon}年的目标，本方案${planStart}年起实施，不作比较`;
  // What the parent's period added (ParentTarget `added`) is no floor once its period is over.
  const levels = (target.kind === "level" || target.kind === "count") && target.value !== null && parentTarget.quantified && parentTarget.value !== null && !isChangeGoal(parentTarget) && parentTarget.added !== true;
  if (levels && compareWith(target, parent, parentTarget, planLevel, planWhole, planBase).verdict === "weaker") {
    const [below, bound] = parentTarget.higherIsBetter ? ["低于", "底线"] : ["高于", "上限"];
    const year = target.horizon === null ? "本方案的目标" : `${target.horizon}年的目标`;
    return { verdict: "weaker", status: "compared", parent, parentTarget, reason: `${year}${below}${short}${parentTarget.horizon}年已要求的${figure}（上位目标虽已到期、本方案${planStart}年起实施，其数值仍是${bound}）` };
  }
  return { verdict: "no-parent", status: "not-comparable", parent, parentTarget, reason };
}

/** How hard a verdict judges the plan: a parent that finds it weaker asks more than one it meets. */
const VERDICT_RANK: Record<Verdict, number> = { weaker: 0, meets: 1, stricter: 2, "no-parent": 3 };

/** Whether comparison `a` holds the plan to a stricter parent target than `b` does. */
function stricterComparison(a: ParentComparison, b: ParentComparison): boolean {
  const rank = VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict];
  if (rank !== 0) return rank < 0;
  const x = a.parentTarget!;
  const y = b.parentTarget!;
  const xFigure = x.quantified && x.value !== null;
  const yFigure = y.quantified && y.value !== null;
  // A figure asks more than a direction; of two figures in one unit, the one further the good way.
  if (xFigure !== yFigure) return xFigure;
  if (!xFigure || !sameUnit(x.unit ?? "", y.unit) || x.higherIsBetter !== y.higherIsBetter) return false;
  // Of two changes, the further one (下降14% asks more than 下降13.5%); a change and a level are not weighed.
  const change = isChangeGoal(x);
  if (change !== isChangeGoal(y)) return false;
  // Of two ceilings on a change, the lower one.
  if (change) return isCeiling(x.qualifier) && isCeiling(y.qualifier) ? x.value! < y.value! : x.value! > y.value!;
  return x.higherIsBetter ? x.value! > y.value! : x.value! < y.value!;
}

const NO_WHOLES: readonly ParentTarget[] = [];

/** The parent targets the whole a part of the plan is of (`PlanTarget.whole`) is compared with; none for a target that is no part. */
function parentTargetsOfWhole(target: PlanTarget, parents: readonly ResolvedParent[], synonyms: IndicatorSynonyms): readonly ParentTarget[] {
  const whole = target.whole;
  if (whole === null || !whole.indicator) return NO_WHOLES;
  return parentTargetsOf(whole.indicator, whole.horizon, parents, synonyms).map((found) => found.target);
}

/**
 * A part of a plan's whole (`食品抽检合格率达到99%，其中县域食品抽检合格率97%`) that reads as the
 * parent's indicator the whole is compared with: the parent's figure is for the whole, never for
 * one part of it, however the part's name reads loosely.
 */
function partOfPlanWhole(target: PlanTarget, whole: PlanTarget, parent: ParentDocument, parentTarget: ParentTarget): ParentComparison {
  const reason = `本方案的${quoted(target.indicator)}是${quoted(whole.indicator)}的一部分（其中），${shortTitle(parent)}的${formatParentFigure(parentTarget)}是对整体的要求，不与部分比较`;
  return { verdict: "no-parent", status: "not-comparable", parent, parentTarget, reason };
}

/**
 * Compares a plan target for a part of what the parent's indicator measures (公共服务质量满意度
 * against 服务质量满意度全面提升): it localises the parent's direction as a figure for the whole
 * would, and says which part it is; the whole's figure is another measure, not compared.
 */
function compareAsPart(target: PlanTarget, parent: ParentDocument, parentTarget: ParentTarget, planLevel: UnitLevel | null, planWhole: string | null, planBase: number | null): ParentComparison {
  const partOf = `本方案的${quoted(target.indicator)}是${shortTitle(parent)}${quoted(parentTarget.indicator)}的一部分`;
  if (parentTarget.quantified && parentTarget.value !== null) {
    return { verdict: "no-parent", status: "not-comparable", parent, parentTarget, reason: `${partOf}，口径不同，不与其${formatParentFigure(parentTarget)}比较` };
  }
  const read = compareWith(target, parent, parentTarget, planLevel, planWhole, planBase);
  return { ...read, reason: `${read.reason}（${partOf}）` };
}

/** Compares a plan target with one parent's target for its indicator (see compareWithParents). */
function compareWith(target: PlanTarget, parent: ParentDocument, parentTarget: ParentTarget, planLevel: UnitLevel | null, planWhole: string | null, planBase: number | null): ParentComparison {
  const short = shortTitle(parent);
  const figure = formatParentFigure(parentTarget);
  const result = (verdict: Verdict, reason: string): ParentComparison => ({ verdict, status: verdict === "no-parent" ? "not-comparable" : "compared", parent, parentTarget, reason });
  const good: TargetSense = parentTarget.higherIsBetter ? "up" : "down";
  // A、B、C分别达到91%、97%: which figure is the indicator's cannot be told (modelTargets.ts unpairedFigures).
  if (target.value === null && target.unpaired) return result("no-parent", `本方案的指标与数值个数不一致（${target.unpaired}），无法逐一对应，不与${short}的${figure}比较`);

  // A target set against an average has no figure of its own: it is compared only with one set
  // against the same average. The parent's figure is what its own area is to reach, not the
  // average the plan's area will be measured against when the year comes.
  const ownRelative = target.kind === "direction" ? relativeTo(target.comparator) : null;
  const parentRelative = parentTarget.quantified ? null : relativeTo(parentTarget.direction);
  if (ownRelative && parentRelative) {
    if (ownRelative.average !== parentRelative.average) {
      return result("no-parent", `本方案的目标相对${averageName(ownRelative)}，${short}的“${figure}”相对${averageName(parentRelative)}，无法比较`);
    }
    if (ownRelative.sense !== parentRelative.sense) return result("weaker", `${short}要求“${figure}”，本方案的“${target.comparator}”方向相反`);
    if (ownRelative.strict === parentRelative.strict) return result("meets", `与${short}的“${figure}”相同`);
    return ownRelative.strict ? result("stricter", `严于${short}的“${figure}”`) : result("weaker", `${short}要求“${figure}”，本方案只要求“${target.comparator}”`);
  }
  if (ownRelative) {
    return result("no-parent", `本方案的目标是相对${averageName(ownRelative)}的（${target.comparator}），没有自己的数值，无法与${short}的${parentTarget.quantified ? figure : `“${figure}”`}比较`);
  }
  if (parentRelative) return result("no-parent", `${short}的目标是相对${averageName(parentRelative)}的（${figure}），本方案的${writtenFigure(target)}无法与之比较`);
  // A rank (位居全国前列, 进入全国前十) is a standing among other areas, as an average is theirs: no
  // figure of its own to weigh against a parent's figure or another rank. Against a parent's plain
  // direction (全面提升) it is read as the direction up it also is, below.
  const ownRank = target.kind === "direction" ? rankAmong(target.comparator) : null;
  const parentRank = parentTarget.quantified ? null : rankAmong(parentTarget.direction);
  if (ownRank && parentRank && target.comparator === parentTarget.direction) return result("meets", `与${short}的“${figure}”相同`);
  if (ownRank && (parentTarget.quantified || parentRank)) {
    return result("no-parent", `本方案的目标是排名（${target.comparator}），取决于与其他地区相比的位次，没有自己的数值，无法与${short}的${parentTarget.quantified ? figure : `“${figure}”`}比较`);
  }
  if (parentRank) return result("no-parent", `${short}的目标是排名（${figure}），取决于与其他地区相比的位次，本方案的${writtenFigure(target)}无法与之比较`);

  if (!parentTarget.quantified || parentTarget.value === null) {
    // The parent gives a direction only: any figure localises it, unless it points the other way
    // (a count localises 建成若干 as a level does).
    if (target.kind === "level" || target.kind === "count") {
      // A figure left blank (达到 分) localises nothing yet, as against a parent's figure.
      if (target.value === null) return result("weaker", `${short}要求“${figure}”，本方案的数值空缺`);
      if (target.sense !== "keep" && target.sense !== good && !reachesOnly(target)) return result("weaker", `${short}要求“${figure}”，本方案的${writtenFigure(target)}是${target.sense === "down" ? "上限" : "下限"}，方向相反`);
      return result("meets", `把${short}的“${figure}”落实为具体数值`);
    }
    const movement = target.sense;
    if (isChangeCeiling(target)) return result("weaker", `${short}要求“${figure}”，${ceilingReason(target, good)}`);
    if (movement === good) return result("meets", `与${short}的“${figure}”方向一致`);
    return result("weaker", `${short}要求“${figure}”，本方案${movement === "keep" ? "只求保持" : "方向相反"}`);
  }
  // A parent's ceiling on a change (涨幅控制在3%以内) is met by a change under it, weighed below;
  // any other figure of the parent's asks for what a ceiling on a change does not commit to.
  const parentCeiling = isChangeGoal(parentTarget) && isCeiling(parentTarget.qualifier);
  if (!parentCeiling && isChangeCeiling(target)) return result("weaker", `${short}的目标是${parentFigureOf(parentTarget)}，${ceilingReason(target, good)}`);
  // A change the wrong way (合格率下降2个百分点) falls short of any figure the parent sets.
  if (target.kind === "delta" && target.sense !== good && !parentCeiling) return result("weaker", `${short}的目标是${figure}，本方案的变化方向相反`);
  // 实现…零的突破, 填补…空白: a thing had at last, no figure that could fall short of the parent's.
  if (isQualitative(target)) return result("no-parent", `本方案的“${target.comparator}”是定性目标，不与${short}的${figure}作数值比较`);
  if (target.kind === "direction") return result("weaker", `${short}的目标是${figure}，本方案只有方向性表述，没有落实数值`);
  if (target.value === null) return result("weaker", `${short}的目标是${figure}，本方案的数值空缺`);
  // A share a pasted spreadsheet wrote as a decimal (0.95, ≥0.9 under 2025年目标) is compared as
  // the percentage it is, and the reason says what the plan wrote: read as 0.95 it was "not
  // comparable" (no unit) or "below 94%" (the 单位 column's %), neither what the plan means.
  const share = shareAsPercent(target, parentTarget);
  if (share) {
    const read = compareWith(share, parent, parentTarget, planLevel, planWhole, planBase);
    return onAnotherScale(read, target, formatFigure(share));
  }
  // 7万家 against the parent's 80000家, 150000万元 against 12亿元: one unit on two scales, compared on the parent's.
  const rescaled = onParentScale(target, parentTarget);
  if (rescaled) {
    const read = compareWith(rescaled, parent, parentTarget, planLevel, planWhole, planBase);
    return read.verdict === "no-parent" ? read : onAnotherScale(read, target, formatFigure(rescaled));
  }
  // A change (下降14%) and a level (控制在0.5吨标准煤/万元) measure two things: a change is compared
  // only with a change, by how far it goes the parent's way.
  const change = target.kind === "delta";
  const parentChange = isChangeGoal(parentTarget);
  if (change !== parentChange) {
    const [ownIs, parentIs] = change ? ["变化幅度", "目标值"] : ["目标值", "变化幅度"];
    return result("no-parent", `本方案的${writtenFigure(target)}是${ownIs}，${short}的${parentFigureOf(parentTarget)}是${parentIs}，口径不同，无法比较`);
  }
  if (!comparableUnits(parentTarget.indicator, target.unit, parentTarget.unit)) return result("no-parent", `单位或口径与${short}不同，无法比较`);
  if (change) {
    const apart = changesApart(target, parentTarget, planBase, changeBaseOf(parent.plan));
    if (apart !== null) return result("no-parent", `本方案的${writtenFigure(target)}${apart.own}，${short}的${parentFigureOf(parentTarget)}${apart.parent}，口径不同，无法比较`);
  }
  // A total over the years (累计), what the period adds (建设5个, 新增10家) and a figure that is
  // neither measure three things: each is compared only with its own kind. A change from its base
  // is a total already (五年累计下降13.5% is 下降13.5% over the period): 累计 says nothing more of it.
  const parentCumulative = parentTarget.cumulative === true && !change;
  const own = writtenFigure(target);
  // What the period (or each year) adds is never weighed against a level, 累计 or not: a city's
  // 新增30个 is not weaker than its parent's 累计达到200个, nor 累计新增30个 (additions summed) either.
  const ownSpan = change ? "level" : spanOfTarget(target);
  const parentSpan = change ? "level" : spanOfParent(parentTarget);
  if (ownSpan !== parentSpan) {
    const words = (span: FigureSpan, cumulative: boolean) => (span === "level" && cumulative ? "累计数" : SPAN_WORDS[span]);
    return result("no-parent", `本方案的${own}是${words(ownSpan, target.cumulative)}，${short}的${figure}是${words(parentSpan, parentCumulative)}，口径不同，无法比较`);
  }
  // What two periods add is weighed only over one span of years: 到2027年新增10家 is no share of 到2025年新增100家.
  if (ownSpan === "increment" && target.horizon !== null && target.horizon !== parentTarget.horizon) {
    return result("no-parent", `本方案的${own}是到${target.horizon}年新建（新增）的数量，${short}的${figure}是到${parentTarget.horizon}年的，期间不同，不作比较`);
  }
  if (target.cumulative && !change && !parentCumulative) return result("no-parent", `本方案的${own}是累计数，${short}的${figure}不是，口径不同，无法比较`);
  if (!target.cumulative && parentCumulative) return result("no-parent", `${short}的${figure}是累计数，本方案的${own}不是，口径不同，无法比较`);
  // A ceiling of none (重大质量安全事故0起) is every part's as well as the whole's: it compares at any level.
  if (isSum(target) && !(good === "down" && parentTarget.value === 0)) {
    // A parent with no 落款 names its issuer in its title (中共浙江省委 浙江省人民政府关于…): parents/level.ts reads it there.
    const parentLevel = jurisdictionOf(parent.plan) ?? levelOfParent(parent);
    if (planLevel === null || parentLevel === null) return result("no-parent", `数量按行政区域合计，无法确定本方案与${short}是否同一级，不作比较`);
    if (planLevel !== parentLevel) return result("no-parent", `数量按行政区域合计：${short}的${figure}是${wholeOf(parent.plan, parentLevel)}的，本方案的是${planWhole ?? WHOLE_OF[planLevel]}的，不作比较`);
  }
  // A bound the other way (a ceiling on a higher-is-better indicator: 保持在98%以下) falls short of
  // the parent's floor. 达到 without 以上/以下 says no way: its figure is compared as it is.
  if (!change && target.sense !== "keep" && target.sense !== good && !reachesOnly(target)) {
    return result("weaker", `${short}要求${figure}，本方案的${writtenFigure(target)}是${target.sense === "down" ? "上限" : "下限"}，方向相反`);
  }
  // Two changes the parent's way (the other way is weaker above): the further one asks more, of
  // a range its near end (下降13%—15% commits to 13%). The reasons say 变化幅度 and the parent's verb.
  if (parentCeiling) return compareWithCeiling(target, parentTarget, result, short);
  if (change) return compareFigures(target.value, parentTarget, target.horizon, CHANGE_WORDS, result, short, parentFigureOf(parentTarget));
  const value = good === "up" ? target.value : Math.max(target.value, target.upper ?? target.value);
  return compareFigures(value, parentTarget, target.horizon, good === "up" ? HIGHER_WORDS : LOWER_WORDS, result, short, figure);
}

/**
 * What a plan's ceiling on a change (isChangeCeiling) leaves open, where the parent asks for a
 * movement or a figure: the wrong way's change capped still lets the indicator go that way
 * (能耗增长控制在2%以内); the good way's capped does not ask for it (能耗下降控制在5%以内).
 */
function ceilingReason(target: PlanTarget, good: TargetSense): string {
  const bound = boundFigure(target);
  if (target.sense !== good) return `本方案只把${target.comparator}限制在${bound}，仍允许${target.comparator}`;
  return `本方案只给${target.comparator}设了上限（${bound}），没有要求${target.comparator}`;
}

/** The words of a ceiling's figure: the lower asks more. */
const CEILING_WORDS: FigureWords = { up: false, lead: "", higher: "低", lower: "高" };

/**
 * A plan's change against the parent's ceiling on a change of the same span (居民消费价格涨幅控制在3%
 * 以内): a change the other way (价格下降) is within any ceiling on the rise; the same way's,
 * capped or set, is weighed as a ceiling — the lower the stricter. A ceiling on the other way's
 * change (下降控制在…) bounds another thing.
 */
function compareWithCeiling(target: PlanTarget, parentTarget: ParentTarget, result: (verdict: Verdict, reason: string) => ParentComparison, short: string): ParentComparison {
  const parentFigure = parentFigureOf(parentTarget);
  const capped = DOWN_VERB.test(parentTarget.comparator ?? "") ? "down" : "up";
  if (target.sense !== capped) {
    if (isChangeCeiling(target)) return result("no-parent", `本方案限制的是${target.comparator}，${short}的${parentFigure}限制的是${parentTarget.comparator}，口径不同，无法比较`);
    return result("stricter", `本方案要求${writtenFigure(target)}，严于${short}的${parentFigure}`);
  }
  return compareFigures(target.value!, parentTarget, target.horizon, CEILING_WORDS, result, short, parentFigure);
}

/** How a reason says which way a figure asks more: `up` when the larger figure does; `higher` and `lower` its words, after `lead`. */
interface FigureWords {
  up: boolean;
  lead: string;
  higher: string;
  lower: string;
}

const HIGHER_WORDS: FigureWords = { up: true, lead: "", higher: "高", lower: "低" };
const LOWER_WORDS: FigureWords = { up: false, lead: "", higher: "低", lower: "高" };
/** A change asks more the further it goes, down or up: 下降14% more than 下降13.5%. */
const CHANGE_WORDS: FigureWords = { up: true, lead: "变化幅度", higher: "大", lower: "小" };

/** Judges a plan's figure (its value, in the parent's unit) against the parent's for one indicator, in its year. */
function compareFigures(
  value: number,
  parentTarget: ParentTarget,
  year: number | null,
  { up, lead, higher: more, lower: less }: FigureWords,
  result: (verdict: Verdict, reason: string) => ParentComparison,
  short: string,
  figure: string,
): ParentComparison {
  const higher = lead + more;
  const lower = lead + less;
  const parentValue = parentTarget.value!;
  const atLeast = value === parentValue || (up ? value > parentValue : value < parentValue);
  const parentYear = parentTarget.horizon;
  if (year === null || year === parentYear) {
    if (value === parentValue) return result("meets", `${lead}不${less}于${short}`);
    return atLeast ? result("stricter", `${higher}于${short}的${figure}`) : result("weaker", `${lower}于${short}的${figure}`);
  }
  // Years that differ (docs/rules/targets/weaker-than-parent.md). The parent's figure stays a
  // floor after its year: a later target below it is weaker, one at or above it only consistent
  // (the parent sets nothing for that year). Before its year, reaching it is ahead of the
  // parent; falling short is a step on the way, which the parent's figure does not judge.
  if (year > parentYear) {
    if (!atLeast) return result("weaker", `${year}年的目标${lower}于${short}${parentYear}年的${figure}`);
    if (value === parentValue) return result("meets", `${year}年的目标与${short}${parentYear}年的${figure}持平（${short}没有${year}年的目标）`);
    return result("meets", `${year}年的目标${higher}于${short}${parentYear}年的${figure}（${short}没有${year}年的目标，只算符合）`);
  }
  if (atLeast) return result("stricter", `${year}年即达到${short}${parentYear}年的${figure}`);
  return result("no-parent", `${year}年的阶段目标${lower}于${short}${parentYear}年的${figure}，年份不同，不作比较`);
}

/** A change's verb at the end of its comparator (下降, 年均增长, 较上年提高, 翻, 降幅): what is before it says per what. */
const CHANGE_VERB = /(?:提高|提升|增长|增加|上升|上涨|回升|降低|下降|减少|削减|翻|降幅|减幅|增幅|涨幅)$/;
/** A change's verb that goes down: what a ceiling on it caps is a fall. */
const DOWN_VERB = /(?:降低|下降|减少|削减|降幅|减幅)$/;
/**
 * A change's basis, from what its comparator says before the verb (figureWords.ts RATE_PREFIX):
 * per year (年均, 每年, 较上年, 同比, and a bare 年 before the verb), against the period before
 * (环比: a month's or a quarter's), else over the whole period from its base.
 */
type ChangeBasis = "period" | "yearly" | "sequential";
const PER_YEAR = /年均|每年|上年|去年|同比|年$/;
const SEQUENTIAL = /环比/;
const BASIS_WORDS: Record<ChangeBasis, string> = { period: "整个期间的", yearly: "每年的", sequential: "环比（与上一期相比）的" };

function changeBasis(comparator: string | null): ChangeBasis {
  const before = (comparator ?? "").replace(CHANGE_VERB, "");
  return SEQUENTIAL.test(before) ? "sequential" : PER_YEAR.test(before) ? "yearly" : "period";
}

/**
 * Whether a parent's goal is a change from a base (下降13.5%) rather than a level: as its parent
 * says (parents/fromPlan.ts, from the extraction), else by its comparator's verb (a data file's).
 */
export function isChangeGoal(goal: ParentTarget): boolean {
  if (goal.change !== undefined) return goal.change;
  return goal.quantified && goal.comparator !== null && CHANGE_VERB.test(goal.comparator);
}

/** The parent's figure as a reason writes it: a change with its verb (下降13.5%), a level as it is. */
function parentFigureOf(goal: ParentTarget): string {
  return isChangeGoal(goal) ? `${goal.comparator ?? ""}${formatParentFigure(goal)}` : formatParentFigure(goal);
}

/**
 * Why two changes cannot be compared, or null when they can: one a change per year (年均增长8%)
 * and the other over the period (增长30%), or their base years differ — each the year it states
 * (比2020年), else the year before its document's period (targets/plan.ts `changeBaseOf`: a
 * 2024—2027 plan's 下降13% is from 2023, not the 2020 of its parent's 比2020年下降13.5%). Where
 * neither can be told, the two are taken to share their span, as a plan and its parent nearly always do.
 */
function changesApart(target: PlanTarget, goal: ParentTarget, planBase: number | null, parentBase: number | null): { own: string; parent: string } | null {
  const own = changeBasis(target.comparator);
  const theirs = changeBasis(goal.comparator);
  if (own !== theirs) return { own: `是${BASIS_WORDS[own]}变化`, parent: `是${BASIS_WORDS[theirs]}` };
  // Per year (or per period), the base is the one before each: no span to tell apart.
  if (own !== "period") return null;
  const ownBase = target.baseYear ?? planBase;
  const parentBaseYear = goal.baseYear ?? parentBase;
  if (ownBase !== null && parentBaseYear !== null && ownBase !== parentBaseYear) return { own: `以${ownBase}年为基数${target.baseYear === null ? "（方案期限前一年）" : ""}`, parent: `以${parentBaseYear}年为基数${goal.baseYear == null ? "（其期限前一年）" : ""}` };
  return null;
}

/** Indicators that are shares of a whole: what a spreadsheet may write as 0.95 for 95%. */
const SHARE_INDICATOR = /(?:率|占比|比重|比例|满意度)$/;

/**
 * The target read as a percentage when it is a share written as a decimal, else null. Only a
 * share's level below 1 against a parent that states it in % from 1% up: there 0.95 cannot mean
 * 0.95%. A bare decimal (食品抽检合格率 0.98) is a share either way; with a % (a table's 单位
 * column says % while its cells hold the spreadsheet's 0.95) only where higher is better — a
 * ceiling of 0.5% on a rate the parent holds under 2% is a stricter goal, not 50%.
 */
function shareAsPercent(target: PlanTarget, parentTarget: ParentTarget): PlanTarget | null {
  const value = target.value;
  if (target.kind !== "level" || value === null || !(value > 0 && value < 1)) return null;
  if (target.upper !== null && !(target.upper < 1)) return null;
  if (!sameUnit("%", parentTarget.unit) || parentTarget.value === null || parentTarget.value < 1) return null;
  if (!SHARE_INDICATOR.test(target.indicator)) return null;
  const percent = sameUnit("%", target.unit);
  if (target.unit !== "" && !(percent && parentTarget.higherIsBetter)) return null;
  const scaled = (figure: number) => Math.round(figure * 1e6) / 1e4;
  return { ...target, value: scaled(value), valueText: String(scaled(value)), upper: target.upper === null ? null : scaled(target.upper), unit: "%" };
}

/** The target in the parent's unit where the two are one unit on two magnitudes (万家 and 家, 万元 and 亿元), else null. */
function onParentScale(target: PlanTarget, parentTarget: ParentTarget): PlanTarget | null {
  if (target.value === null || parentTarget.unit === null) return null;
  const value = onScaleOf(target.value, target.unit, parentTarget.unit);
  if (value === null) return null;
  const upper = target.upper === null ? null : onScaleOf(target.upper, target.unit, parentTarget.unit);
  return { ...target, value, valueText: String(value), upper, unit: parentTarget.unit };
}

/** 《质量强国建设纲要》 is 纲要 in a sentence; another parent is its title in 《》. */
export function shortTitle(parent: ParentDocument): string {
  return shortTitleOf(parent.title);
}

function shortTitleOf(title: string): string {
  return /纲要$/.test(title) ? "纲要" : `《${title}》`;
}

/**
 * The parent's own words, after a reason that named the parent (`低于纲要的94%`): with its full
 * title where the reason used the short one (纲要), else the words alone — a province's long title
 * written in the reason and again before its words named one document twice in one message.
 */
export function parentWording(parent: ParentDocument, parents: readonly ResolvedParent[], wording: string): string {
  return wordingAfterReason(parent.title, parentLabel(parent, parents), wording);
}

/**
 * `parentWording` for a target table row's parent (the editor's hover and inlay hints), which
 * carries the parent's title, whether it was inferred and its words.
 */
export function rowParentWording(parent: { document: string; inferred: boolean; through: string | null; wording: string }): string {
  return wordingAfterReason(parent.document, titleLabel(parent.document, parent.inferred, parent.through), parent.wording);
}

function wordingAfterReason(title: string, label: string, wording: string): string {
  if (shortTitleOf(title) === "纲要") return `（${label}：${wording}）`;
  // What the label adds to the title (推断：方案未引用) is kept: the reason does not say it.
  return `（原文：${wording}）${label.slice(title.length + 2)}`;
}

/**
 * How a target's hover opens the parent's figure: 纲要（2025年）, or 上位文件（2025年） for another
 * parent, whose long title the reason after it names already.
 */
export function parentFigureLead(parent: { document: string; horizon: number }): string {
  const short = shortTitleOf(parent.document);
  return `${short === "纲要" ? short : "上位文件"}（${parent.horizon}年）`;
}
