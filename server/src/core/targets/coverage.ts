import { type ClauseReading, noFigure } from "./clauseReadings.js";
import { WHOM, countsWhom } from "./countMeans.js";
import { COUNT_UNITS } from "./figureWords.js";
import { senseOf, sentenceEndsIn, trimmed } from "./indicators.js";
import type { PlanTarget } from "./types.js";

/**
 * A coverage: how far a service, a network or a system reaches (质量技术服务覆盖企业8万家以上,
 * 快检服务覆盖乡镇30个, 质量技术服务覆盖8万家以上企业). The figure says where the reach will stand,
 * as a table writes the same indicator (质量技术服务覆盖企业数 | 万家 | 8): a level, never a count
 * of things the period makes — read as a count, the goals' sentence and the table's row were two
 * targets that neither targets/inconsistent nor the restatement reading could pair. 累计 before
 * 覆盖 (累计覆盖企业3000家) says the total reached, no word of the indicator. Not 覆盖率, 覆盖面,
 * 覆盖范围 …: nouns of their own, which the rates' readers read.
 */
export const COVERS = /(累计)?覆盖(?!率|面|范围|程度|水平|度|全|到位|[，,。；;])/;

/**
 * Whether `words` open on a service named by its kind, reaching what 覆盖 says (认证服务覆盖企业200家,
 * 检验检测服务覆盖乡镇30个): the kind's word is a count's verb too (认证, 检测), but here it names the
 * service, no verb counting it — a coverage whose indicator is the whole, as 质量技术服务覆盖企业 is.
 * A verb that provides or holds a service (提供服务覆盖…, 开展服务…) is no kind of it and stays a verb.
 */
export function coversAsServiceKind(words: string): boolean {
  if (!words.includes("覆盖")) return false;
  const coverage = COVERS.exec(words);
  return coverage !== null && SERVICE_OF_KIND.test(words.slice(0, coverage.index));
}
/** The kinds of a technical service (the quality infrastructure's: 计量, 标准, 认证认可, 检验检测), one or several, then 服务 and what carries it. */
const SERVICE_KIND = "认证|认可|检验|检测|检定|校准|计量|抽检|快检";
const SERVICE_OF_KIND = new RegExp(`^(?:${SERVICE_KIND})(?:[、和与及]?(?:${SERVICE_KIND}))*服务(?:网络|体系|平台|站点?)?$`);

/**
 * The coverage's indicator from a count's noun (`noun`, trimmed, at `span`): the noun without the
 * 累计 that says a total (`coverage`, COVERS's match in that noun).
 */
export function coverageIndicator(noun: { text: string; span: { start: number; end: number } }, coverage: RegExpExecArray): string {
  return coverage[1] === undefined ? noun.text : noun.text.slice(0, coverage.index) + noun.text.slice(coverage.index + coverage[1].length);
}

/**
 * A coverage written figure first (质量技术服务覆盖8万家以上企业): what reaches and 覆盖, the figure, its
 * unit of things, 以上…, and what is reached. Groups: what reaches (with 累计), the figure, the unit, the
 * qualifier, what is reached.
 */
const FIGURE_FIRST_COVERAGE = new RegExp(`^(.*?(?:累计)?覆盖)\\s*(\\d+(?:\\.\\d+)?)\\s*(${COUNT_UNITS})(及以上|以上|左右)?(?:的)?([\\u4e00-\\u9fff][^\\d，,；;。]{0,20})$`);

/** The level a coverage written figure first states (FIGURE_FIRST_COVERAGE), offsets from `start` in `text`. */
export function readFigureFirstCoverage(text: string, start: number, end: number, clause: string): ClauseReading | null {
  if (!clause.includes("覆盖")) return null;
  const match = FIGURE_FIRST_COVERAGE.exec(clause);
  if (!match) return null;
  const [, reaches, figure, unit, qualifier = "", reached] = match as unknown as [string, string, string, string, string | undefined, string];
  const subject = trimmed(reaches, start);
  const coverage = COVERS.exec(subject.text);
  if (coverage === null || coverage.index + coverage[0].length !== subject.text.length) return null;
  // The indicator as a table names it: what reaches, 覆盖, what is reached (质量技术服务覆盖企业).
  const indicator = subject.text.slice(0, coverage.index) + "覆盖" + reached.trim();
  const valueStart = start + clause.indexOf(figure, reaches.length);
  return {
    ...noFigure(clause),
    start: subject.span.start,
    end,
    kind: "level",
    indicator,
    indicatorSpan: { start: subject.span.start, end },
    comparator: "",
    value: Number(figure),
    valueText: text.slice(valueStart, valueStart + figure.length),
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier,
    sense: senseOf("", qualifier, Number(figure)),
    cumulative: coverage[1] !== undefined,
  };
}

/**
 * A reach to every place of the plan's area, counted (服务范围拓展到全县12个乡镇, 快检服务覆盖全市
 * 8个街道): the area's word between the verb and the figure (全县, 本市) says the figure is all of them,
 * and keeps the grammar from reading the target. Read as the same words without it are — a widened
 * scope the level its verb reaches to (服务范围 | 拓展到 | 12个, as 服务范围拓展到12个乡镇 reads), a
 * coverage what reaches, 覆盖 and what is reached (服务覆盖乡镇 | 12个, as 覆盖12个乡镇 reads).
 * Groups: what reaches, the verb, the area's word, the figure, the unit, the qualifier, what is reached.
 */
const WHOLE_AREA_REACH = new RegExp(`^(.*?[\\u4e00-\\u9fff])(覆盖|(?:扩大|扩展|拓展|延伸)[到至])(全[省市县区州盟旗]|[本我][省市县区])(?:所有|全部)?\\s*(\\d+)\\s*(${COUNT_UNITS})(及以上|以上)?(?:的)?([\\u4e00-\\u9fff]{1,10})$`);

/** The level a reach to every place of the area states (WHOLE_AREA_REACH), offsets from `start` in `text`. */
export function readWholeAreaReach(text: string, start: number, end: number, clause: string): ClauseReading | null {
  // Nearly every clause names no whole area: one look for its 全, 本 or 我 first.
  if (!clause.includes("全") && !clause.includes("本") && !clause.includes("我")) return null;
  const match = WHOLE_AREA_REACH.exec(clause);
  if (match === null) return null;
  const [, reaches, verb, area, figure, unit, qualifier = "", reached] = match as unknown as [string, string, string, string, string, string, string | undefined, string];
  const subject = trimmed(reaches, start);
  if (!subject.text) return null;
  const covers = verb === "覆盖";
  const valueStart = start + reaches.length + verb.length + clause.slice(reaches.length + verb.length).indexOf(figure, area.length);
  return {
    ...noFigure(clause),
    start: subject.span.start,
    end,
    kind: "level",
    indicator: covers ? subject.text + verb + reached : subject.text,
    indicatorSpan: covers ? { start: subject.span.start, end } : subject.span,
    comparator: covers ? "" : verb,
    value: Number(figure),
    valueText: text.slice(valueStart, valueStart + figure.length),
    valueSpan: { start: valueStart, end: valueStart + figure.length },
    unit,
    qualifier,
    sense: senseOf(covers ? "" : verb, qualifier, Number(figure)),
    cumulative: false,
  };
}

/**
 * A coverage that counts whom a service reaches (服务覆盖企业500家, 覆盖重点企业200户, 提供服务覆盖企业
 * 100家): the enterprises or households served, in a unit that counts them (家, 户, 家次 …). Two
 * readings of one shape, by where it stands:
 * - a service provided (提供服务覆盖…, 开展服务覆盖…) is work done wherever it stands: a count, 提供 its
 *   comparator's verb and whoever provides it (质量技术服务平台提供…) no word of it, as 为企业提供…服务
 *   5000家次 is read (countReadings.ts);
 * - otherwise the sentence decides, never where it stands (goals or tasks). **Policy:** a reach
 *   stated as a stock — bounded as one (覆盖企业8万家以上, 及以上, 左右), reached (达到, 超过, 突破 …), a
 *   total (累计覆盖), a figure reported (what there is), or one its sentence states for a year (`到
 *   2028年，质量技术服务覆盖企业8万家`) — is where the reach will stand, the level a table restates
 *   (质量技术服务覆盖企业数 | 万家 | 8), in the goals or a task alike; a bare figure after the work
 *   of its clause (`开展质量技术帮扶，服务覆盖企业500家`, `新建…服务站20个，覆盖企业3000家`) is that
 *   work's tally, a count as 服务企业500家 is, never a level a second task's 服务覆盖企业80家 would
 *   contradict (targets/inconsistent). What the sentence makes (新增, 培育, 建成…个) is a count as ever.
 * Coverages of places and networks (覆盖乡镇30个, 覆盖产业集群10个) are reaches, levels everywhere.
 */
export function asCountOfWhomServed(target: PlanTarget, text: string): void {
  if (target.kind !== "level" || !target.indicator.includes("覆盖") || !countsWhom(target.unit)) return;
  const provided = PROVIDED_SERVICE.exec(target.indicator);
  if (provided !== null) {
    const cut = provided[1]!.length;
    const verb = provided[2]!;
    target.indicator = target.indicator.slice(cut + verb.length);
    target.comparator = verb + target.comparator;
    if (target.indicatorSpan !== null) {
      const start = target.indicatorSpan.start + cut + verb.length;
      if (target.start === target.indicatorSpan.start) target.start = start - verb.length;
      target.indicatorSpan = { start, end: target.indicatorSpan.end };
    }
  } else if (target.baseline || target.cumulative || !REACHES_WHOM.test(target.indicator) || STOCK_BOUND.test(target.qualifier) || REACHED.test(target.comparator) || yearOfItsSentence(target, text)) return;
  target.kind = "count";
}
/** A bound that states a stock (覆盖企业8万家以上): how far the reach stands, not what one work adds. */
const STOCK_BOUND = /以上|左右/;
/** A verb of reaching before the figure (覆盖企业达到8万家). */
const REACHED = /达到|超过|突破|保持|稳定/;
/**
 * Whether a 到…年 its own sentence opens on states the figure for that year (`到2028年，…覆盖企业8万家`).
 * Read back no further than a long sentence reaches: a line of thousands of coverages after one
 * horizon would read the same stretch once per figure.
 */
function yearOfItsSentence(target: PlanTarget, text: string): boolean {
  const horizon = target.horizonSpan;
  return target.horizonSource === "text" && horizon !== null && horizon.end <= target.start && target.start - horizon.end <= LONGEST_SENTENCE && !sentenceEndsIn(text, horizon.end, target.start);
}
/** How far a goals sentence runs from its horizon to a figure, at most (the seeds' longest runs 70 code units to its 。). */
const LONGEST_SENTENCE = 600;
/** Whoever provides it (group 1), the verb that provides a service (group 2), the service and whom it reaches. */
const PROVIDED_SERVICE = new RegExp(`^(.{0,16}?)(提供|开展)(?=[\\u4e00-\\u9fff]{0,10}?服务覆盖${WHOM}$)`);
/** 覆盖 and whom a service reaches, ending the name. */
const REACHES_WHOM = new RegExp(`覆盖${WHOM}$`);
