import type { Span } from "../model/types.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { type ClauseReading, noFigure } from "./clauseReadings.js";
import type { PlanTarget } from "./types.js";
import { COMPARED_CLAUSE_BEFORE, COUNT, COUNT_UNITS, SCOPE_ONLY, COUNT_VERB, CUMULATIVE_WORD, DELTA_COMPARATORS, FREQUENCY, FREQUENCY_LEAD, LEADING_COUNT_VERBS, OFTEN_BEFORE_VERB, OFTEN_LEAD, RECURRING_WORK, RECURRING_WORK_IN, countVerbOf, countsWithVerb } from "./figureWords.js";
import { indicatorsOf, senseOf, senseOfChange, trimmed } from "./indicators.js";
import { countsDoings, countsPapers, measureKind } from "./measureUnits.js";
import { doerLength } from "./subjects.js";

/**
 * Counts a clause of text sets — `创建国家产品质量检验检测中心1个`, `培育品牌10个以上`, a figure per
 * head, a count carried to the next clause, counts of several subjects `分别` — read as targets.
 */

/**
 * So many people a figure is per (每千人口, 每万人, 每人): with the comparator and the frequency
 * written before it, at the end of what a count's figure follows (食品抽检量达到每千人5批次,
 * 食品抽检量每年每千人5批次). Groups: what is measured, the frequency and comparator as written, the head count.
 */
export const PER_HEAD_BEFORE_FIGURE = new RegExp(
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
export function perHeadReading(text: string, clause: string, piece: string, pieceStart: number, count: RegExpExecArray): ClauseReading | null {
  const what = count[1]!;
  // Nearly every count names neither: one look at its last and first characters.
  if (!what.endsWith("人") && !what.endsWith("口") && what.charCodeAt(0) !== 0x6bcf) return null;
  const after = PER_HEAD_BEFORE_FIGURE.exec(what);
  if (after === null && !PER_HEAD_LEAD.test(what)) return null;
  // With no measure named, the reading is returned unnamed: the head count is still no count of things.
  const named = trimmed(after ? after[1]! : what, pieceStart);
  // 全年开展食品抽检每千人5批次, 每千人完成食品抽检4批次: the count's verb is the level's, no word of its measure.
  const head = after ? null : PER_HEAD_LEAD.exec(named.text);
  const verb = verbOfMeasure(named, head ? head[0].length : 0);
  const reading = countReading(text, clause, piece, pieceStart, count, verb.indicator, "", false);
  const written = after ? after[2]!.replace(/\s+/g, "") : "";
  const comparator = written || verb.verb;
  const bare = comparator.replace(FREQUENCY_LEAD, "");
  const delta = DELTA_COMPARATORS.has(bare);
  return {
    ...reading,
    kind: delta ? "delta" : "level",
    comparator,
    unit: after ? `${reading.unit}/${after[3]}` : reading.unit,
    sense: delta ? senseOfChange(bare) : senseOf(bare, reading.qualifier, reading.value),
  };
}

/**
 * A count's verb opening the name of a measure per head (开展食品抽检, after its head count
 * 每千人 when `from` says so): the verb, as written without its lead (全年, 力争: countVerbOf), and
 * the name without it — the head count kept. The name as it is where no verb opens it.
 */
function verbOfMeasure(named: { text: string; span: Span }, from: number): { verb: string; indicator: { text: string; span: Span } } {
  const verb = COUNT_VERB.exec(named.text.slice(from));
  if (verb === null || from + verb[0].length >= named.text.length) return { verb: "", indicator: named };
  const cut = from + verb[0].length;
  return { verb: countVerbOf(verb[0]), indicator: { text: named.text.slice(0, from) + named.text.slice(cut), span: { start: named.span.start + (from === 0 ? cut : 0), end: named.span.end } } };
}

/**
 * A count's figure per head written after its unit (全年完成食品安全监督抽检4批次/千人, 开展农产品快检
 * 10批次/千人以上): a level per head, as 食品抽检量达到4.5批次/千人 is — the head count is in the unit
 * (批次/千人, which perHead.ts names as the national indicators do), the count's verb the level's.
 * Groups: what is measured, the figure, the unit, the head count, the qualifier.
 */
const PER_HEAD_AFTER_UNIT = new RegExp(`^(.*?[^\\d.\\s])\\s*(\\d+(?:\\.\\d+)?)\\s*(${COUNT_UNITS})\\s*[/／]\\s*((?:十万|[十百千万])?人口?)(及以上|以上|左右)?$`);

/** The level per head a clause states after its figure's unit (PER_HEAD_AFTER_UNIT), or null. */
export function perHeadAfterUnit(text: string, start: number, clause: string): ClauseReading | null {
  // Nearly every clause ends on no head count: one look at its last characters.
  if (!clause.includes("人") || !(clause.includes("/") || clause.includes("／"))) return null;
  const match = PER_HEAD_AFTER_UNIT.exec(clause);
  if (match === null) return null;
  const verb = verbOfMeasure(trimmed(match[1]!, start), 0);
  if (!verb.indicator.text || /\d/.test(verb.indicator.text)) return null;
  const valueStart = start + match[1]!.length + (clause.length - match[1]!.length - clause.slice(match[1]!.length).trimStart().length);
  const qualifier = match[5] ?? "";
  const value = Number(match[2]);
  return {
    ...noFigure(clause),
    start: verb.indicator.span.start,
    end: start + clause.length,
    kind: "level",
    indicator: verb.indicator.text,
    indicatorSpan: verb.indicator.span,
    comparator: verb.verb,
    value,
    valueText: text.slice(valueStart, valueStart + match[2]!.length),
    valueSpan: { start: valueStart, end: valueStart + match[2]!.length },
    unit: `${match[3]!}/${match[4]!}`,
    qualifier,
    sense: senseOf(verb.verb, qualifier, value),
  };
}

/**
 * The count before a clause whose verb the clause's counts go on with: a count with a verb (or a
 * year and a verb before its noun, 2026年建成…3个: ClauseReading.yearOfCount), written noun first (中国质量奖1个以上), ending where a comma ends it. Not across a stop that
 * ends the list (。；：): what follows is no longer its list.
 */
export function carriedCount(text: string, start: number, previous: ClauseReading | null): ClauseReading | null {
  if (previous === null || previous.kind !== "count" || (previous.comparator === "" && previous.yearOfCount === undefined) || previous.indicatorSpan === null || previous.valueSpan === null) return null;
  if (previous.indicatorSpan.start > previous.valueSpan.start || !COMMA_CODES.has(text.charCodeAt(start - 1))) return null;
  return previous;
}

/** A comma, either width: what a list of clauses goes on after. */
export const COMMA_CODES = codeUnitSet("，,");

/**
 * Whether 累计 said before a count governs this one too: a sentence lists its totals after commas
 * with one 累计 (累计开展质量培训200场次，服务企业3000家次，培训人员5000人次), so a count that goes on
 * the list after a comma (`start` is its clause's) from a total the plan sets (`previous`) is one
 * as well — unless its own words give it another span or measure (`said`, its verb with what comes
 * before it: 每年服务…, 年均…, 2030年建成… count over a time of their own; 新增…, 新建… the rise
 * from the base, which a parent states apart from a total).
 */
export function totalGoesOn(text: string, start: number, previous: Pick<PlanTarget, "kind" | "cumulative" | "end"> | null, reported: boolean, said: string): boolean {
  if (previous === null || previous.kind !== "count" || !previous.cumulative || reported) return false;
  return listGoesOn(text, start, previous, said);
}

/**
 * How often said before a count that governs this one too (`每年` or another FREQUENCY; "" where
 * none): a sentence lists what it does each year after commas with one 每年 (每年开展…活动100场次以上，
 * 为企业免费校准计量器具5万台件: 5万台件 a year too, 每年校准), as it does its totals with one 累计
 * (totalGoesOn) — on the same terms: a count that goes on the statement after a comma, whose own
 * words (`said`) give it no span or measure of their own (2026年建成…, 年服务…, 新增…), from a count
 * the plan sets. Only work done, which recurs (in a unit that tallies doings, 场次, 人次, 家次, papers
 * issued or obtained, 证书…张, 报告…份, or a
 * service or work handled counted by what it is done to, 校准…万台件, 挽回…万元): what a list builds or
 * designates after it (每年新增…5家，建设…中心1—2个; 每年遴选…，命名…8家) stands, made once. And only
 * 每年 said once: a statement that says it again further on (每年检查…，开展…检查300次，每年组织…)
 * marks each yearly count itself. The 每年 reaches past clauses that state no figure, and past counts
 * of recurring work it governs too (每年深入企业开展技术帮扶，解决企业技术难题，帮助企业解决质量问题200个;
 * 每年开展…50场次，提供…服务1万台件，帮助企业解决…难题200个: 200 a year), up to the statement's
 * start (its 。 or ；: frequencyOfClausesBefore) — never past a figure it does not govern, a year, 累计 or 新增,
 * nor to a clause whose grammar gives it a doer of its own (…，市场监管部门开展抽查500批次: subjects.ts doerLength).
 */
export function frequencyGoesOn(text: string, start: number, previous: Pick<PlanTarget, "kind" | "cumulative" | "end" | "comparator"> | null, reported: boolean, said: string, unit: string): string {
  if (!(recurs(unit) || RECURRING_WORK.test(said)) || !COMMA_CODES.has(text.charCodeAt(start - 1)) || OWN_SPAN.test(said) || YEAR_OF_ITS_OWN.test(clauseFrom(text, start))) return "";
  // 每年组织培训10场，市场监管部门开展抽查500批次: another doer's work, no part of the list the 每年 opened.
  if (doerLength(clauseFrom(text, start)) > 0) return "";
  let often: string;
  if (previous !== null && listGoesOn(text, start, previous, said)) {
    if (previous.cumulative || reported) return "";
    // A level between (…，考核合格人员达到1200人，发放证书1200份): the statement goes on past it, read there.
    if (previous.kind === "level") {
      often = frequencyOfClausesBefore(text, start - 1);
      return often === "" || saidAgain(text, start) ? "" : often;
    }
    if (previous.kind !== "count") return "";
    // The count before took its 每年 from further back (a clause with no figure, a run before): read there too.
    often = OFTEN_LEAD.exec(previous.comparator)?.[0] ?? frequencyOfClausesBefore(text, start - 1);
  } else often = frequencyOfClausesBefore(text, start - 1);
  return often === "" || saidAgain(text, start) ? "" : often;
}

/**
 * How often an earlier count of a 、 list says its verb is done (`listVerb`: 每年开展), which an item
 * bringing a verb of its own keeps (每年开展质量培训50场次、培训人员5000人次: 每年培训) — on
 * frequencyGoesOn's terms: recurring work, no span, measure or total of the item's own (`said`);
 * "" else. What a list builds or designates (每年新增…5家、建设…1个) stands, made once.
 */
export function frequencyOfListItem(listVerb: string, said: string, unit: string): string {
  if (!(recurs(unit) || RECURRING_WORK.test(said)) || OWN_SPAN.test(said) || CUMULATIVE_WORD.test(said)) return "";
  return OFTEN_LEAD.exec(listVerb)?.[0] ?? "";
}

/** Whether a count's unit says what is counted is done or issued again each year: doings (场次, 人次), papers (证书…张, 报告…份). */
const recurs = (unit: string): boolean => countsDoings(unit) || countsPapers(unit);

/** A year or time the count's own clause gives it (到2028年帮助企业解决…, 年底前…): the clause's, no 每年 before it. */
const YEAR_OF_ITS_OWN = /\d\s*年|[年月]底|年内|年末|期间|届时/;

/** The clause that opens at `start`, to its next comma or stop. */
function clauseFrom(text: string, start: number): string {
  let end = start;
  while (end < text.length && !COMMA_CODES.has(text.charCodeAt(end)) && !CLAUSES_STOP_CODES.has(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Where a statement's clauses stop: a 每年 before one of these is another statement's. */
const CLAUSES_STOP_CODES = codeUnitSet("。！!？?；;：:\n");
/** Words of a clause with no figure that give it a time or span of its own, past which no 每年 carries. */
const TIME_OF_ITS_OWN = /年|月|累计|新增|新建|已|截至|期间|届时/;
const FREQUENCY_WORD = new RegExp(FREQUENCY);
/**
 * A clause that states a level, its subject then its comparator and figure (考核合格人员达到1200人,
 * 隐患整改率保持在98%以上): what the work of its statement brings about, said between the counts of
 * that work — the statement goes on after it, with the doer and the 每年 its counts left unsaid
 * (…，发放证书1200份). A subject with a body's last character in it (县应急管理局考核合格人员…) may
 * be another doer's statement: stopped there, as at a doer's count.
 */
const LEVEL_BETWEEN = /^(?:(?![局委办厅院会部室心队社署府所站门构])[\u4e00-\u9fff“”"]){2,20}?(?:达到|保持在|稳定在|控制在|不低于|不少于)\s*\d+(?:\.\d+)?\s*(?:[%％‰]|[\u4e00-\u9fff]{1,3}?)?(?:及以上|以上|以下|以内|左右)?$/;
/** The clauses a 每年 may carry across, at most: a statement's list, never a paragraph's. */
const MOST_CLAUSES = 6;

/**
 * The frequency said in the clauses before the comma at `comma`, back to the statement's start, that
 * reaches a count after them (frequencyGoesOn): from the nearest clause that says it, across clauses
 * with no figure and no time of their own and counts of recurring work with no span of their own;
 * "" where a clause in between stops it, or none says it. The clause that says it states no figure
 * but a count (每年开展…50场次 goes on; 每年…合格率保持在98%以上 is a level's, 累计… a total's).
 */
function frequencyOfClausesBefore(text: string, comma: number): string {
  let end = comma;
  for (let read = 0; read < MOST_CLAUSES; read++) {
    let from = end;
    while (from > 0 && !COMMA_CODES.has(text.charCodeAt(from - 1)) && !CLAUSES_STOP_CODES.has(text.charCodeAt(from - 1))) from--;
    const clause = text.slice(from, end);
    const figure = /\d/.test(clause);
    const count = figure ? COUNT.exec(clause.trimEnd()) : null;
    // 年 alone before the verb says it as 每年 does (服务站年服务企业500家次，开展培训30场次: 30 a year too).
    const often = FREQUENCY_WORD.exec(clause)?.[0] ?? OFTEN_BEFORE_VERB.exec(clause)?.[1];
    if (often !== undefined) return (figure && count === null) || CUMULATIVE_WORD.test(clause) ? "" : often;
    if (figure && LEVEL_BETWEEN.test(clause) && !TIME_OF_ITS_OWN.test(clause) && !OWN_SPAN.test(clause)) {
      // A level the work brings about, stated between its counts: passed as a clause with no figure is.
    } else if (figure ? count === null || OWN_SPAN.test(clause) || TIME_OF_ITS_OWN.test(clause) || !(recurs(count[6]!) || RECURRING_WORK_IN.test(count[1]!)) : TIME_OF_ITS_OWN.test(clause)) return "";
    // A clause between with a doer of its own (…，市场监管部门开展抽查，…) opens another's statement.
    if (doerLength(clause) > 0) return "";
    if (from === 0 || !COMMA_CODES.has(text.charCodeAt(from - 1))) return "";
    end = from - 1;
  }
  return "";
}

/**
 * A run's count after a 每年 said before the run (每年服务企业不少于3000家次，帮助企业解决…200个以上,
 * and the counts of recurring work listed after that one: the grammar's target ends one run of text
 * and the next opens on the comma): the run's readings are remembered by its text alone, so the
 * frequency that reaches the count (frequencyGoesOn) is read here in the plan's `text`, the run
 * starting at `runStart`. Other readings, and counts that have a frequency, are returned as they are.
 */
export function frequencyBeforeRun(text: string, runStart: number, reading: ClauseReading): ClauseReading {
  if (reading.kind !== "count" || reading.comparator === "" || reading.cumulative || reading.reported === true || reading.ownYear !== undefined || reading.yearOfCount !== undefined || OFTEN_LEAD.test(reading.comparator)) return reading;
  let clauseStart = runStart + reading.start;
  while (clauseStart > 0 && !COMMA_CODES.has(text.charCodeAt(clauseStart - 1)) && !CLAUSES_STOP_CODES.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
  const often = frequencyGoesOn(text, clauseStart, null, false, reading.comparator, reading.unit);
  return often === "" ? reading : { ...reading, comparator: often + reading.comparator };
}

/** Whether a frequency is said again in the statement from `from` on (to its 。, or its line's end): read to there only. */
function saidAgain(text: string, from: number): boolean {
  let end = from;
  while (end < text.length && !STATEMENT_END_CODES.has(text.charCodeAt(end))) end++;
  return FREQUENCY_ANYWHERE.test(text.slice(from, end));
}

const FREQUENCY_ANYWHERE = new RegExp(`${FREQUENCY}|年均`);
/** What ends a statement, or the line it stands on: a frequency after one is another statement's. */
const STATEMENT_END_CODES = codeUnitSet("。！!？?\n");

/** Whether a count at `start` goes on the list of the count before it: only a comma between them, and no span of its own in `said`. */
function listGoesOn(text: string, start: number, previous: Pick<PlanTarget, "end">, said: string): boolean {
  if (!COMMA_CODES.has(text.charCodeAt(start - 1)) || OWN_SPAN.test(said)) return false;
  // Only the comma between them: a count the clause before ends on, not one a phrase after it qualifies.
  for (let at = previous.end; at < start - 1; at++) if (text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0x3000) return false;
  return true;
}

/** A span of time or a measure a count's own words give it (每年, 每季度, 年均, 年服务…, 2030年建成…, 新增). */
const OWN_SPAN = new RegExp(`${FREQUENCY}|年(?!内|底|末|度)|新`);
/**
 * Whether a unit counts things a list's verb goes on counting (个, 家, 项, 批次, 人次, and the same
 * counters in tens of thousands: 万批次, 万家, 万人次, 万件): every unit measureUnits.ts says counts
 * things, so that 完成…抽检3200批次，快检5万批次 gives 快检 its verb as 个 would. Not an amount
 * (贷款额度50万元至500万元, 亿元: a sum a verb before it does not count piece by piece), a share, a time.
 */
export const countsThings = (unit: string): boolean => measureKind(unit) === "thing";

/** The count one piece of a clause states (`count`, COUNT's match of `piece`, which starts at `pieceStart`). */
export function countReading(text: string, clause: string, piece: string, pieceStart: number, count: RegExpExecArray, indicator: { text: string; span: Span }, verb: string, cumulative: boolean): ClauseReading {
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

/**
 * A count whose year opens it before its verb and noun (ClauseReading.yearOfCount) read as its
 * year's, where that year is of the plan's period (`period`, from its first year to its last): the
 * verb its comparator, the noun its indicator, the year its horizon — as `2026年底前建成…3个` and
 * `2026年新增12家` are. Before the period (a 2026—2030 plan's 2024) or without one the year may
 * be a report's, and the reading stays as it is; so does one without such a year.
 */
export function countOfItsYear(reading: ClauseReading, period: { from: number; to: number } | null): ClauseReading {
  const own = reading.yearOfCount;
  if (own === undefined || period === null || own.year < period.from || own.year > period.to || reading.indicatorSpan === null) return reading;
  const cut = own.noun.start - reading.indicatorSpan.start;
  return {
    ...reading,
    indicator: reading.indicator.slice(cut),
    indicatorSpan: own.noun,
    comparator: own.verb,
    ownYear: { year: own.year, span: own.span },
    yearOfCount: undefined,
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
 * 分别主导制定国家标准3项、行业标准8项以上 (the subjects the registry knows already set apart,
 * subjects.ts: 分别 alone). Groups: the subjects with 分别, the verb, the counts.
 */
const RESPECTIVE_SUBJECTS = new RegExp(`^(.*?分别)((?:主导或参与|主导|参与|牵头|支持|推动)?${LEADING_COUNT_VERBS})(.+)$`);

/** The counts of a 分别 clause (RESPECTIVE_COUNTS), or null where it is none or nouns and figures are not one for one. */
export function readRespectiveCounts(text: string, start: number, clause: string): ClauseReading[] | null {
  const match = RESPECTIVE_COUNTS.exec(clause);
  if (!match) return readSubjectsCounts(text, start, clause);
  const indicators = indicatorsOf(text, start, start + match[1]!.length);
  const figures = [...match[3]!.matchAll(RESPECTIVE_FIGURE)];
  if (indicators.length < 2 || figures.length !== indicators.length) return null;
  // The figures run to the clause's end.
  const offset = start + clause.length - match[3]!.length;
  const { units, qualifiers } = listSuffixes(figures);
  if (!units[0]) return null;
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
 * The unit and qualifier of each figure of a 分别 list (groups 2 and 3: unit, 以上): a figure written
 * bare (5、10家, 3、8项以上) has the suffix of the next that says one, its unit and its qualifier,
 * which the list shares; a figure with its own unit keeps its own qualifier. No unit: "".
 */
function listSuffixes(figures: readonly RegExpMatchArray[]): { units: string[]; qualifiers: string[] } {
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
  return { units, qualifiers };
}

/** A count's unit, the longer of two that start alike first (批次 before 批, 万家 before 万). */
const YEARLY_UNIT = [...COUNT_UNITS.split("|")].sort((a, b) => b.length - a.length).join("|");
const YEARLY_FIGURE_SOURCE = `\\d+(?:\\.\\d+)?\\s*(?:${YEARLY_UNIT})?\\s*(?:以上)?`;
/**
 * What each year adds, given 分别 after the years: `2024年、2025年、2026年分别新增放心肉菜示范超市5家、
 * 8家、10家`, `放心肉菜示范超市2024年、2025年、2026年分别新增5家、8家、10家`, `2024年、2025年、2026年
 * 分别完成食品抽检3000批次、3500批次、4000批次`. One noun — before the years, between them and 分别, or
 * after the verb — and a count for each year in order, as modelTargets.ts pairs a rate's figures
 * with its years (合格率2025年、2027年分别达到94%、95%) — or none, after a count of the noun its
 * clause leaves out (…，2027年、2028年分别完成120台、150台). Groups: the noun before the years, the years,
 * the noun before 分别, the verb, the noun after it, the figures.
 */
const YEARLY_COUNTS = new RegExp(
  `^(.*?)(?:[到至在于]\\s*)?(\\d{4}\\s*年(?:\\s*[、和及与]\\s*\\d{4}\\s*年)+)\\s*[，,]?(.*?)分别\\s*(${LEADING_COUNT_VERBS})([^\\d]*?)\\s*(${YEARLY_FIGURE_SOURCE}(?:\\s*[、和及与]\\s*${YEARLY_FIGURE_SOURCE})+)$`,
  "d",
);
/**
 * The word before a list of years that makes them the counts' bases (较2022年、2023年分别新增…15家、
 * 10家: each count is what is added since its year, the sentence's horizon its own), and 相比 after
 * them (与2022年、2023年相比分别新增…, 同…相比).
 */
const BASES_BEFORE = /(?:[比较]|与|同)\s*$/;
const AFTER_BASES = /^\s*相比\s*[，,]?\s*/;
const YEARLY_FIGURE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${YEARLY_UNIT})?\\s*(以上)?`, "g");
const A_YEAR_WRITTEN = /(\d{4})\s*年/g;

/**
 * The counts of a clause that gives one noun a count for each of its years (YEARLY_COUNTS), or null
 * where it is none, names no noun or several, or years and figures are not one for one. A bare
 * figure (5、8、10家) takes the unit and the 以上 of the next that says one, as a 分别 list does.
 */
export function readYearlyCounts(text: string, start: number, clause: string): ClauseReading[] | null {
  const match = YEARLY_COUNTS.exec(clause);
  if (match === null) return null;
  const [, before, years, , verb, , list] = match as unknown as [string, string, string, string, string, string, string];
  // 由2022年、2023年 starts no count; after 较/比/与 the years are the counts' bases (BASES_BEFORE).
  if (/[由从]\s*$/.test(before)) return null;
  const bases = BASES_BEFORE.exec(before);
  const at = match.indices!;
  const nouns = [1, 3, 5].map((group) => {
    const written = trimmed(match[group]!, start + at[group]![0]);
    // 高新技术企业较2022年、2023年分别新增…: the base's word is no part of the noun, nor 相比 after the years.
    if (group === 1 && bases !== null) return trimmed(written.text.replace(BASES_BEFORE, ""), written.span.start);
    if (group === 3 && bases !== null) {
      const compared = AFTER_BASES.exec(written.text);
      if (compared !== null) return trimmed(written.text.slice(compared[0].length), written.span.start + compared[0].length);
    }
    return written;
    // 全市分别新增…: the place the counts are of, no noun of theirs.
  }).filter((noun) => noun.text !== "" && !SCOPE_ONLY.test(noun.text));
  // 2026年完成老旧电梯更新改造100台，2027年、2028年分别完成120台、150台: no noun of its own, the
  // counts are of the noun the clause before counted (targetParts.ts nameElided names them).
  if (nouns.length > 1 || (nouns.length === 1 && /\d/.test(nouns[0]!.text)) || (nouns.length === 0 && before.trim() !== "")) return null;
  const yearsStart = start + at[2]![0];
  const written = [...years.matchAll(A_YEAR_WRITTEN)];
  const figures = [...list.matchAll(YEARLY_FIGURE)];
  if (written.length !== figures.length) return null;
  const { units, qualifiers } = listSuffixes(figures);
  if (!units[0] || !units.every((each) => countsWithVerb(each, verb))) return null;
  const noun = nouns[0] ?? null;
  const listStart = start + at[6]![0];
  return figures.map((figure, i) => {
    const valueStart = listStart + figure.index;
    const year = written[i]!;
    const yearStart = yearsStart + year.index;
    return {
      ...noFigure(clause),
      // From its year, where the years come first: the year is the count's own, no sentence's opening.
      start: noun === null ? yearStart : Math.min(noun.span.start, yearStart),
      end: valueStart + figure[0].length,
      kind: "count" as const,
      indicator: noun?.text ?? "",
      indicatorSpan: noun?.span ?? null,
      comparator: countVerbOf(verb),
      value: Number(figure[1]),
      valueText: text.slice(valueStart, valueStart + figure[1]!.length),
      valueSpan: { start: valueStart, end: valueStart + figure[1]!.length },
      unit: units[i]!,
      qualifier: qualifiers[i]!,
      ...(bases !== null ? { baseYear: Number(year[1]) } : { ownYear: { year: Number(year[1]), span: { start: yearStart, end: yearStart + year[0].length } } }),
    };
  });
}

/**
 * The counts of a 分别 clause whose base years are the clause before it (`与2022年、2023年相比，
 * 放心消费示范单位分别新增15家、10家`): read with that clause, as `…较2022年、2023年分别新增…` is
 * (readYearlyCounts: each count its year's base). `floor` is where the sentence starts.
 */
export function readComparedCounts(text: string, start: number, clause: string, floor: number): ClauseReading[] | null {
  const from = Math.max(floor, start - COMPARED_REACH);
  const compared = COMPARED_CLAUSE_BEFORE.exec(text.slice(from, start));
  if (compared === null) return null;
  const opens = from + compared.index;
  return readYearlyCounts(text, opens, text.slice(opens, start) + clause);
}
/** How far before a clause its 与…相比 clause may open: a few years and the words around them. */
const COMPARED_REACH = 48;

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
    if (!count || !noun!.text || /\d/.test(noun!.text) || !countsWithVerb(count[6]!, verb)) return null;
    readings.push(countReading(text, clause, piece, pieceStart, count, noun!, verb, CUMULATIVE_WORD.test(verb)));
    pieceStart += piece.length + 1;
  }
  return readings;
}
