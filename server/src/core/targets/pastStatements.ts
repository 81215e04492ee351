import { toHalfwidthFigures } from "../model/numerals.js";
import { isBackgroundHeading } from "../model/backgroundHeadings.js";
import type { NumberedItem } from "../model/types.js";
import { codeUnitSet } from "../text/codeUnits.js";

/**
 * Figures a plan reports rather than sets: the results its 发展基础 section lists, and sentences
 * that open on a past year or on 以来 / 目前 (`2022年，全市…合格率达到97.8%`). They read like
 * targets — 达到, a value, a unit — but compared with a parent's goals or with the plan's own
 * goals they make findings out of history. Extraction marks them (`PlanTarget.baseline`): the
 * comparisons pass them by, the plausibility check (945%) still reads them.
 */

/**
 * Whether an item is in a section on where the plan starts from (model/backgroundHeadings.ts): a
 * heading of the item's or of one above it, short as such headings are.
 */
export function isBaselineSection(item: NumberedItem | null): boolean {
  for (let node = item; node; node = node.parent) {
    const heading = node.heading.text;
    if (heading.length > 20) continue;
    if (isBackgroundHeading(heading)) return true;
  }
  return false;
}

/** Marks that end the sentence a figure stands in (not ；: `2022年，A为93%；B为97%` is one report). */
const SENTENCE_STOPS = codeUnitSet("。！？!?");

/**
 * How a sentence that reports opens: a year with no 到 before it (`2022年，`, `截至2022年底，`,
 * `2018年以来，`, or with no comma before the area it speaks of: `2023年全县…`; after 截至 none is
 * needed, `截至2022年底服务企业200家`: a date gone by says what was reached), a five-year period (`“十三五”以来`, `十三五期间` — gone by or not), the present (`目前`), or a year gone by it
 * measures from (`较2020年，…提高1.2个百分点`), which reports only where no horizon governs the
 * sentence (`ReportingSentences.comparedWithPast`): under 到2025年 or the plan's period it is the goal's base.
 * Groups: 1 a year, 2 a year 截至 reaches, 3 a five-year period, 4 how it is spoken of, 5 a year compared with.
 */
const REPORT_OPENING = /^[\s“"‘]*(?:(?:截至|截止)?(\d{4})年(?:底|末|年底|以来|上半年|前三季度|全年)?(?:\s*[，,、]|(?=全[省市县区州盟旗]|我[省市县区州]))|(?:截至|截止)(\d{4})年(?:底|末)?|[“"]?十([一二三四五六])五[”"]?(以来|期间|时期)|近年来|近几年|多年来|截至目前|截止目前|目前|当前|现阶段|(?:较|比|与|同)(\d{4})年(?:相比|比)?\s*[，,])/;
/** The last year of the 十一五 … 十六五 periods. */
const FIVE_YEAR_PLAN_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

/**
 * A horizon or a 力争 later in the sentence makes it a goal after all: `目前为93%，到2025年达到95%`
 * (and a later clause opening on a year to come: CLAUSE_YEAR).
 */
const GOAL_WORDS = /(?<![截止])[到至]\s*\d{4}\s*年|力争|争取|确保/;
const GOAL_IN_CLAUSE = new RegExp(GOAL_WORDS.source, "g");

/**
 * Whether the figure at `at` stands in a sentence that reports the past or the present. The
 * sentence is searched back from `at` to a stop or `from` (where the line's content starts). A
 * year opens a report only when it is before `referenceYear` (the year the plan is dated, or its
 * period's first year): without one, a bare year may be an interim goal (`2024年，…达到95%`).
 */
export function inReportingSentence(text: string, from: number, at: number, referenceYear: number | null, annual = false): boolean {
  let start = at;
  while (start > from && !SENTENCE_STOPS.has(text.charCodeAt(start - 1))) start--;
  const head = toHalfwidthFigures(text.slice(start, at));
  const goal = GOAL_WORDS.test(head) || laterYearIn(head, 0, referenceYear);
  return verdict(REPORT_OPENING.exec(head), goal, referenceYear) || reportingClause(text, from, at, referenceYear, annual, goal);
}

/**
 * The year a figure the plan reports is of, as its clause or sentence names it: the year or the
 * five-year period the clause opens on, or the nearest clause before it in the sentence (截至2022年底，…;
 * 2021年，A合格率为90%，2022年达到91%: the 91% is 2022's; …成效明显，“十四五”期间累计培育…: 2025's), else the year or the five-year period the sentence opens on
 * (2022年，…; “十四五”时期，… is 2025's); null where none is named (目前, 较2020年, a 发展基础 sentence
 * with no year). A reported figure is a record of that year, never of the horizon a goal after it
 * names nor of the plan's period: a 2026—2030 plan's “十四五”时期累计培育…100家 is no 2030 figure.
 * `at` is the figure's start; the sentence is read back to a stop or a line's start.
 */
export function yearReported(text: string, at: number): number | null {
  let start = at;
  while (start > 0 && !SENTENCE_STOPS.has(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 0x0a) start--;
  // The nearest clause back to the sentence's start that opens on a year or a five-year period
  // (…，“十四五”期间累计培育…120家，建成…260项: both 2025's): the clauses after it go on with its record.
  let end = at;
  while (end > start) {
    let clause = end;
    while (clause > start && !CLAUSE_STOPS.has(text.charCodeAt(clause - 1))) clause--;
    const dated = CLAUSE_YEAR_OPENING.exec(toHalfwidthFigures(text.slice(clause, Math.min(end, clause + 12))));
    if (dated) return dated[1] !== undefined ? Number(dated[1]) : FIVE_YEAR_PLAN_END[dated[2]!]!;
    end = clause - 1;
  }
  const opening = REPORT_OPENING.exec(toHalfwidthFigures(text.slice(start, Math.min(at, start + OPENING_SPAN))));
  if (opening === null) return null;
  const year = opening[1] ?? opening[2];
  if (year !== undefined) return Number(year);
  return opening[3] !== undefined ? FIVE_YEAR_PLAN_END[opening[3]]! : null;
}

/**
 * A year a clause opens on, 截至 or not (截至2022年底, 2022年达到…), or a five-year period
 * (“十四五”期间累计…, 十四五时期…: its last year). Groups: the year, the period's numeral.
 */
const CLAUSE_YEAR_OPENING = /^[\s“"‘]*(?:(?:截至|截止)?\s*(\d{4})\s*年|[“"]?十([一二三四五六])五[”"]?(?:以来|期间|时期))/;

/** Marks that end a clause inside a sentence. */
const CLAUSE_STOPS = codeUnitSet("。！？!?，,；;");
/** A clause that opens on a date gone by (截至2022年底服务企业200家): what was reached then. Group: the year. */
const DATED_CLAUSE = /^[\s“"‘]*(?:截至|截止)\s*(\d{4})\s*年/;
/** The 截 of 截至 and 截止: a clause that opens on any other character is no dated one, and nothing is sliced. */
export const CUT_OFF = 0x622a;

/**
 * Whether the clause the figure at `at` stands in reports, whatever the sentence it is in opened
 * on (已服务企业200家，截至2022年底…; 到2025年，…，全市现有机构120家): it opens on 截至 a year
 * before `referenceYear` (any year, in a plan of no known year: a statistic's cut-off), or it
 * says what there is or was already (PRESENT_FACT), or it measures against the year before in a
 * plan that is not an annual one (YEAR_ON_YEAR) in a sentence that states no goal — and it says no goal word (GOAL_WORDS) nor how
 * often (FREQUENT). The clause is read from its start to CLAUSE_TAIL past the figure: 比上年增长8.2%
 * has its comparison after the target's start. `ReportingSentences` reads the same, figure after figure.
 */
function reportingClause(text: string, from: number, at: number, referenceYear: number | null, annual: boolean, sentenceGoal: boolean): boolean {
  const start = clauseStartOf(text, from, at);
  if (cutOffClause(text, start, at, referenceYear)) return true;
  const facts = new ClauseFacts();
  facts.read(toHalfwidthFigures(text.slice(start, clauseTailOf(text, at))), 0);
  return facts.reports(annual, sentenceGoal);
}

/** Where the clause of the figure at `at` starts: after its stop (or `from`) and the spaces after it. */
function clauseStartOf(text: string, from: number, at: number): number {
  let start = at;
  while (start > from && !CLAUSE_STOPS.has(text.charCodeAt(start - 1))) start--;
  while (start < at && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  return start;
}

/** Where the clause is read to past the figure at `at`: its stop, the line's end, or CLAUSE_TAIL on. */
function clauseTailOf(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < CLAUSE_TAIL && !CLAUSE_STOPS.has(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
  return end;
}

/** Whether the clause at `start` opens on 截至 a year gone by (any year, where the plan's is not known). */
function cutOffClause(text: string, start: number, at: number, referenceYear: number | null): boolean {
  if (text.charCodeAt(start) !== CUT_OFF) return false;
  const dated = DATED_CLAUSE.exec(toHalfwidthFigures(text.slice(start, Math.min(at, start + DATED_CLAUSE_SPAN))));
  return dated !== null && (referenceYear === null || Number(dated[1]) < referenceYear);
}

/** What a clause says, read stretch by stretch; a word once seen stays seen. */
class ClauseFacts {
  fact = false;
  yearOnYear = false;
  goal = false;
  frequent = false;

  /** Reads `stretch` from `lead` (the characters before it are there for the patterns' look-behinds only). */
  read(stretch: string, lead: number): void {
    if (!this.goal) this.goal = found(GOAL_IN_CLAUSE, stretch, lead);
    if (!this.frequent) this.frequent = found(FREQUENT, stretch, lead);
    if (!FACT_HINT.test(stretch)) return;
    if (!this.fact) this.fact = found(PRESENT_FACT, stretch, lead);
    if (!this.yearOnYear) this.yearOnYear = found(YEAR_ON_YEAR, stretch, lead);
  }

  /**
   * A change against the year before reports a year's result — unless the sentence states a goal
   * (`sentenceGoal`: 到2030年，…营业收入同比增长10%): there it is the goal's rate for the year, a
   * change per year (compare.ts weighs it against one per year only, never one over the period).
   */
  reports(annual: boolean, sentenceGoal: boolean): boolean {
    return (this.fact || (!annual && !sentenceGoal && this.yearOnYear)) && !this.goal && !this.frequent;
  }
}

function found(pattern: RegExp, stretch: string, from: number): boolean {
  pattern.lastIndex = from;
  return pattern.exec(stretch) !== null;
}

/** How far past its figure a clause is read for what it reports (比上年增长8.2%, 同比提高…). */
const CLAUSE_TAIL = 24;
/**
 * How far back from the last figure a clause is read again for the next one: a word may straddle
 * the two stretches (现有…120, 到 2025 年); the longest the patterns below match, with room to spare.
 */
const CLAUSE_OVERLAP = 40;
/** One look for the characters every fact below has: most clauses have none. */
const FACT_HINT = /[有已上去同]/;
/**
 * What there is or was already: 全市已有规上工业企业1200家, 现有检验检测机构120家, 共有…, 合格率已达到95%:
 * 有 and what is had up to its figure, no comparator or rate between (现有企业技术改造覆盖率达到80%
 * sets a goal for the existing ones). Not 现有 ending another word (实现有效衔接, 发现有问题), nor the
 * base a task builds on (在已有基础上, 现有政策), nor 已 before a noun's verb (已建成项目合格率达到100%).
 */
const PRESENT_FACT = /(?:已经|业已|现已|已|共计|共|目前|当前|(?<![实发体表出呈展再重具])现)(?:拥)?有(?!效|序|力|关|的?基础|工作|成果|经验|政策|资源|渠道)[^，,；;。\d率达到提增降超控保占为]{0,24}\d|(?:已经|业已|现已|已)\s*(?:达到?|超过|突破|实现|提高到|提升到|增长|增加|下降|降低|减少|为|占)/g;
/** Against the year before (比上年增长8.2%, 同比提高…): a year's result, which only an annual plan sets as a goal. */
const YEAR_ON_YEAR = /[比较](?:上一?年|去年|上年度)|同比/g;
/** How often (每年比上年增长10%, 年均): a rate to keep, which is a goal. */
const FREQUENT = /每年|年均|逐年|全年/g;

/** How far from a clause's start DATED_CLAUSE can match (截至 ２０２２ 年, spaces and all). */
const DATED_CLAUSE_SPAN = 12;

function verdict(opening: RegExpExecArray | null, goal: boolean, referenceYear: number | null): boolean {
  if (!opening || goal) return false;
  if (opening[0].includes("以来")) return true;
  // A year compared with says nothing of when on its own: comparedWithPast asks whether a horizon governs.
  if (opening[5] !== undefined) return false;
  // “十四五”期间，力争建设…13个 sets goals for the period under way; “十三五”期间 reports one gone by.
  const year = opening[1] !== undefined ? Number(opening[1]) : opening[2] !== undefined ? Number(opening[2]) : opening[3] !== undefined ? FIVE_YEAR_PLAN_END[opening[3]]! : null;
  if (year === null) return true;
  // 截至 a year is a statistic's cut-off: in a plan of no known year it reports, as a goal says 到.
  if (referenceYear === null) return opening[2] !== undefined || CUT_OFF_OPENING.test(opening[0]);
  return year < referenceYear;
}

const CUT_OFF_OPENING = /截至|截止/;

/** A year that opens a later clause of the sentence (`2025年，…为82分，2030年达到85分`). Group: the year. */
const CLAUSE_YEAR = /[，,；;]\s*(\d{4})\s*年(?!以来|前|度|起)/g;

/**
 * Whether a clause of `stretch` after `from` opens on a year the plan's own or later: the sentence
 * goes on from what it reports to a goal (`2025年，…满意度为82分，2030年达到85分`). Without the
 * plan's year, a year cannot be told gone by or to come, and none is.
 */
function laterYearIn(stretch: string, from: number, referenceYear: number | null): boolean {
  if (referenceYear === null) return false;
  CLAUSE_YEAR.lastIndex = from;
  for (let match = CLAUSE_YEAR.exec(stretch); match !== null; match = CLAUSE_YEAR.exec(stretch)) if (Number(match[1]) >= referenceYear) return true;
  return false;
}

/** How far from a sentence's start REPORT_OPENING can match (its longest opening, with room for spaces). */
const OPENING_SPAN = 48;
const GOAL_WORDS_AFTER = new RegExp(GOAL_WORDS.source, "g");
/** How far back a goal word that straddles two figures' stretches can start (`到 2025 年`). */
const GOAL_OVERLAP = 16;

/**
 * `inReportingSentence` for the figures of one text in order (and equal to it: a property test
 * holds the two together). A figure's question is about the
 * stretch from its sentence's start to it; the figures of one sentence (a list of forty
 * indicators, or a pasted sentence of thousands) share that stretch, so each call reads only
 * what lies between the previous figure and this one: the opening is read once per sentence,
 * a goal word once seen stays seen. Asked out of order, or on another line, it starts over.
 */
export class ReportingSentences {
  private from = -1;
  private at = -1;
  private start = -1;
  /** Where the opening was read up to (it is read again while the stretch is shorter than OPENING_SPAN). */
  private openingEnd = -1;
  private opening: RegExpExecArray | null = null;
  private goal = false;
  /** The clause of the last figure: where it starts, whether it opens on 截至 a year gone by, what it says. */
  private clauseFrom = -1;
  private clauseAt = -1;
  private clauseStart = -1;
  private cutOff = false;
  private facts = new ClauseFacts();

  constructor(
    private readonly text: string,
    private readonly referenceYear: number | null,
    /** An annual plan sets a year's figures against the year before (比上年增长8%): no report. */
    private readonly annual = false,
  ) {}

  reports(from: number, at: number): boolean {
    const text = this.text;
    let goalFrom: number;
    if (from === this.from && at >= this.at && !this.stopBetween(this.at, at)) {
      goalFrom = Math.max(this.start, this.at - GOAL_OVERLAP);
    } else {
      let start = at;
      while (start > from && !SENTENCE_STOPS.has(text.charCodeAt(start - 1))) start--;
      this.from = from;
      this.start = start;
      this.openingEnd = -1;
      this.goal = false;
      goalFrom = start;
    }
    this.at = at;
    const openingEnd = Math.min(at, this.start + OPENING_SPAN);
    if (openingEnd > this.openingEnd) {
      this.opening = REPORT_OPENING.exec(toHalfwidthFigures(text.slice(this.start, openingEnd)));
      this.openingEnd = openingEnd;
    }
    if (!this.goal && at > goalFrom) {
      // The character before the stretch goes with it, for GOAL_WORDS' look-behind (截至 is no 至),
      // and the search starts after it.
      const lead = goalFrom > this.start ? 1 : 0;
      GOAL_WORDS_AFTER.lastIndex = lead;
      const stretch = toHalfwidthFigures(text.slice(goalFrom - lead, at));
      this.goal = GOAL_WORDS_AFTER.exec(stretch) !== null || laterYearIn(stretch, 0, this.referenceYear);
    }
    return verdict(this.opening, this.goal, this.referenceYear) || this.clauseReports(from, at, this.goal);
  }

  /** `reportingClause`, read on from the last figure where this one is in the same clause. */
  private clauseReports(from: number, at: number, sentenceGoal: boolean): boolean {
    const text = this.text;
    let readFrom: number;
    if (from === this.clauseFrom && at >= this.clauseAt && !this.clauseStopBetween(this.clauseAt, at)) {
      readFrom = Math.max(this.clauseStart, this.clauseAt - CLAUSE_OVERLAP);
    } else {
      this.clauseFrom = from;
      this.clauseStart = clauseStartOf(text, from, at);
      this.cutOff = false;
      this.facts = new ClauseFacts();
      readFrom = this.clauseStart;
    }
    // The opening 截至 year is read up to the figure: read again while the clause is shorter than its span.
    if (!this.cutOff && (readFrom === this.clauseStart || this.clauseAt < this.clauseStart + DATED_CLAUSE_SPAN)) this.cutOff = cutOffClause(text, this.clauseStart, at, this.referenceYear);
    this.clauseAt = at;
    if (this.cutOff) return true;
    // The character before the stretch goes with it, for the look-behinds, and the search starts after it.
    const lead = readFrom > this.clauseStart ? 1 : 0;
    this.facts.read(toHalfwidthFigures(text.slice(readFrom - lead, clauseTailOf(text, at))), lead);
    return this.facts.reports(this.annual, sentenceGoal);
  }

  private clauseStopBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (CLAUSE_STOPS.has(this.text.charCodeAt(i))) return true;
    return false;
  }

  /**
   * Whether the sentence of the figure last asked about (`reports`) opens on a year gone by it is
   * compared with (较2020年，…; 与2020年相比，…) and says no goal word: a report where no horizon
   * governs it, the caller's to tell.
   */
  comparedWithPast(): boolean {
    const opening = this.opening;
    if (opening === null || opening[5] === undefined || this.goal) return false;
    return this.referenceYear === null || Number(opening[5]) < this.referenceYear;
  }

  private stopBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (SENTENCE_STOPS.has(this.text.charCodeAt(i))) return true;
    return false;
  }
}
