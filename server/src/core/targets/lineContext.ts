import { toHalfwidthFigures } from "../model/numerals.js";
import { attachmentName } from "../model/attachments.js";
import { textEndOf } from "../model/inline.js";
import type { Box, NumberedItem, PlanDocument, Span } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { nodesAreKept } from "../syntax/incremental.js";
import { codeUnitSet, isAnyDigitCode } from "../text/codeUnits.js";
import { partitionPoint, spanHolding } from "../text/sorted.js";
import { pathOf } from "../units/matrix.js";
import { governingBaseYear } from "./governedBase.js";
import { isGoalsHeading, isGoalsLine } from "./plan.js";
import { isBaselineSection, ReportingSentences } from "./pastStatements.js";
import { COMPARED_WITH_PAST, LineReports, REPORTS } from "./lineReports.js";
import type { PlanPeriod, PlanTarget, TargetExtraction } from "./types.js";
import { A_YEAR, BARE_YEAR, CLAUSE_AFTER_YEAR, DEADLINE_CLAUSE_AFTER_YEAR, LEADING_YEARS_AT_START, OPENING_SPAN, STRIVING_BEFORE_YEAR, STRIVING_OPENING, VERB_AFTER_YEAR, YEAR_BEFORE_COMPARATOR, YEAR_LABEL, YEAR_LABEL_SPAN } from "./figureWords.js";
import { SENTENCE_STOP_CODES, statementEndsIn, statementStart } from "./indicators.js";
import { CLAUSE_MARK_CODES, SEMICOLON_CODES, SentenceCursor } from "./sentenceCursor.js";

/**
 * What the targets of one line share (`LineContext`: its item, its path, whether it is a goal)
 * and the horizon that governs them (`到2025年`, a year label over a list, a horizon that goes on
 * across the sibling clauses of a sentence).
 */

export interface HorizonState {
  year: number;
  level: number;
  span: Span;
  /** What the targets in its scope say of their horizon: one object for all of them. */
  fields: HorizonFields;
  /**
   * Where its scope ends: the end of its clause for a horizon that goes on with a target its
   * clause already gave (…提高到94.5%以上，到2027年达到95%以上；), where a sibling clause of the
   * same sentence follows and `outer` holds again; for a year striven for or a deadline under a
   * horizon of the paragraph's (`到2028年，…。力争到2027年，…。`; `…，力争到2028年新建…2个，`), the
   * end of its sentence or clause (scopedHorizonEnd); never for one that opens its own clause
   * otherwise, which governs what follows.
   */
  until: number;
  outer: HorizonState | null;
}

export type HorizonFields = Pick<PlanTarget, "horizon" | "horizonSource" | "horizonSpan">;

/**
 * The path of a line no item owns that stands in a 专栏 box: the box's host and its label
 * (一、 › （二） › 专栏1), as a box's own items are shown; in an attachment, its label (附件1: a
 * plan whose goals are only in its attached table of indicators, rows of no item); [] elsewhere.
 * A box of indicators set under the goals (专栏1 主要指标, its rows a table) has no item of its own.
 */
function boxPathOf(plan: PlanDocument, line: LineNode): string[] {
  const box = boxOf(plan, line);
  if (box !== null) return [...(box.host ? pathOf(plan, box.host) : []), box.label.text];
  const attachment = spanHolding(plan.attachments, line.start, true);
  return attachment ? [attachmentName(attachment)] : [];
}

/** The 专栏 box a line stands in (its heading, its prose or its items), or null: most plans have none. */
function boxOf(plan: PlanDocument, line: LineNode): Box | null {
  return spanHolding(plan.boxes, line.start);
}

/**
 * What the targets of one line share. One object serves line after line (`moveTo`), and the
 * item's path and the goals test are worked out on first use: most lines state no target, and
 * this runs over every line on every keystroke. A target copies the values, not the object.
 */
export class LineContext {
  item: NumberedItem | null = null;
  private line: LineNode | null = null;
  private pathOfLine: string[] | null = null;
  private inGoalsOfLine: boolean | null = null;
  private inBoxProseOfLine: boolean | null = null;
  private inBaselineOfLine: boolean | null = null;

  /** Whether the plan's syntax nodes live on into the next version (the server's parses). */
  readonly keptNodes: boolean;
  /** Whether a figure is reported: read on, figure after figure, through each sentence. */
  private readonly sentences: ReportingSentences;
  /** Its answers for the lines whose nodes an earlier analysis read (the server's keystrokes). */
  private readonly keptReports: LineReports;

  /** The horizon of a target no `到…年` governs: the end of the plan period, if it has one. */
  readonly unscoped: HorizonFields;

  /** The sentence the last target asked about stands in: where it starts, and what it opens with. */
  private sentenceFrom = -1;
  private sentenceAt = -1;
  private sentenceStart = -1;
  private sentenceStrives = false;
  private sentenceYear: HorizonFields | null = null;
  /** Whether the sentence's opening year dates its first clause only (VERB_AFTER_YEAR: 力争2027年建成…1个，…). */
  private openingDatesItsClause = false;
  /** Whether that year is striven for (力争2027年建成…): its clause's only, wherever it stands. */
  private openingStrives = false;
  /**
   * A deadline opening a later clause of a sentence that opens on none (依托…，2026年6月底前建成…1个，
   * 上线…1个): the last found before `deadlineTo`, read on from there as targets come in text order.
   */
  private deadline: HorizonFields | null = null;
  private deadlineTo = -1;
  /** The clause, its words and the ；-parts of the sentence the last target asked about, read on from there. */
  private readonly cursor: SentenceCursor;
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
    this.sentences = new ReportingSentences(plan.text, referenceYear, period?.annual === true);
    this.keptReports = new LineReports(plan.text, this.keptNodes, referenceYear, period?.annual === true);
    this.cursor = new SentenceCursor(plan.text, referenceYear);
    this.unscoped = period ? { horizon: period.to, horizonSource: "period", horizonSpan: null } : { horizon: null, horizonSource: null, horizonSpan: null };
  }

  moveTo(line: LineNode, item: NumberedItem | null): void {
    this.line = line;
    this.item = item;
    this.pathOfLine = null;
    this.inGoalsOfLine = null;
    this.inBoxProseOfLine = null;
    this.inBaselineOfLine = null;
    this.cursor.reset(this.lineStart());
  }

  get path(): string[] {
    return (this.pathOfLine ??= this.item ? pathOf(this.plan, this.item) : boxPathOf(this.plan, this.line!));
  }

  get inGoals(): boolean {
    return (this.inGoalsOfLine ??= isGoalsLine(this.line!, this.item, this.plan.text, this.plan.parts, this.plan.preamble) || this.inGoalsBox());
  }

  /**
   * Whether the line is the prose of a 专栏 box (`专栏2 品牌建设工程` / `实施…工程，到2025年培育…100个。`):
   * no item owns it, but its counts are the plan's as a box's numbered projects' are (a box's
   * heading states none). Asked only of lines no item owns.
   */
  get inBoxProse(): boolean {
    if (this.inBoxProseOfLine === null) {
      if (this.item !== null || this.plan.boxes.length === 0) return (this.inBoxProseOfLine = false);
      const box = boxOf(this.plan, this.line!);
      const line = this.line!;
      // The box's prose lines are in order: found by offset, not by a scan of a box that may be long.
      const at = box === null ? -1 : partitionPoint(box.bodyLines.length, (i) => box.bodyLines[i]!.start < line.start);
      this.inBoxProseOfLine = box !== null && box.bodyLines[at] === line;
    }
    return this.inBoxProseOfLine;
  }

  /** Whether the line stands under a heading of what the plan reports (发展基础, pastStatements.ts). */
  get inBaseline(): boolean {
    return (this.inBaselineOfLine ??= isBaselineSection(this.item));
  }

  /**
   * What the line's readings asked of its place so far (null: not asked) — the goals, a box's
   * prose, a heading of what the plan reports: with the horizon and the item, all a line's targets
   * depend on besides its text (lineTargets.ts keeps them with these).
   */
  get askedInGoals(): boolean | null {
    return this.inGoalsOfLine;
  }

  get askedInBoxProse(): boolean | null {
    return this.inBoxProseOfLine;
  }

  get askedInBaseline(): boolean | null {
    return this.inBaselineOfLine;
  }

  /** A box set under the goals (专栏1 主要指标): its prose states goals, as the heading's own paragraphs do. */
  private inGoalsBox(): boolean {
    if (this.item !== null || this.plan.boxes.length === 0) return false;
    const box = boxOf(this.plan, this.line!);
    for (let node = box?.host ?? null; node; node = node.parent) if (isGoalsHeading(node)) return true;
    return false;
  }

  /**
   * Whether the sentence holding `at` opens on 力争 or 争取 before its year (`力争到2025年，A达到…，
   * B达到…`: both are striven for), or the clause does before the target (…，力争到2025年培育…5个:
   * the grammar's horizon stands between, and a count read from the text after it sees no 力争);
   * a clause of its own that says 确保 is a commitment still.
   */
  strives(at: number): boolean {
    this.readSentence(at);
    return this.cursor.strives(Math.max(this.sentenceStart, this.cursor.clauseStart(at)), at, this.sentenceStrives);
  }

  /**
   * The horizon of a target at `at`: a bare year after the plan's own that opens its clause
   * (`…达到50家，2025年达到80家`) or its sentence (`2025年，A达到…，B达到…`), else `inForce`. A
   * `到…年` in the same sentence is nearer than the sentence's opening year. Under a year the text
   * set for the paragraph (`到2030年，…。力争2027年建成…1个，…数量达到150家`), a year the first
   * clause's verb follows dates that clause only, and what goes on with its verb (the caller asks
   * at the count it goes on from): a milestone inside the paragraph's horizon. Where only the
   * plan's period is in force — a task's sentence, `2026年底前建成平台1个，开展培训40场次` — it is
   * the only year the sentence gives, and governs the sentence, over its ； to its 。 (readSentence),
   * as `到2027年建成…，开展…；…` does,
   * except a year striven for, whose 力争 reaches its own clause only (`strives`). A deadline
   * (…前) opening a later clause of a sentence that opens on none (`依托…，2026年6月底前建成中心1个，上线平台1个`)
   * is read as one opening the sentence is from that clause on: under the period alone it governs the
   * clauses after it to the 。 (what comes before it is the period's), under a year the text set it
   * dates its own clause only (`midSentenceDeadline`); a bare year mid-sentence its own clause only.
   */
  horizonAt(at: number, inForce: HorizonFields): HorizonFields {
    const clause = this.cursor.clauseStart(at);
    const own = this.bareYear(clause, at);
    if (own) return own;
    this.readSentence(at);
    const opening = this.sentenceYear;
    if (opening === null) return inForce.horizonSource === "text" ? inForce : (this.midSentenceDeadline(clause) ?? inForce);
    if (inForce.horizonSource === "text" ? this.openingDatesItsClause || inForce.horizonSpan!.start >= this.sentenceStart : this.openingStrives) return inForce;
    // The only year the sentence gives reaches over its ；, one of several does not (2026年建成…5个，
    // 2027年新增3个；…，考核合格人员达到600人: the level after the ； is the period's, no stage's).
    if (this.cursor.laterYearBeforePart(opening.horizonSpan!.end, at)) return inForce;
    return opening;
  }

  /**
   * The base year a count at `at` whose clause states none goes on from: the one its sentence
   * set for the changes before it (governedBase.ts: `与2020年相比，新增…20家`), or null.
   */
  governingBase(at: number): number | null {
    return governingBaseYear(this.plan.text, this.cursor.clauseStart(at), this.lineStart());
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

  /**
   * The years a sentence holding `at` opens on where they are a list (到2026年、2027年，A分别达到…，
   * 分别培育…): the years a later clause's figures given 分别 are for, in order; null where it opens
   * on one year or none. The sentence's opening, before `at` only.
   */
  sentenceYears(at: number): Array<{ year: number; span: Span }> | null {
    this.readSentence(at);
    const text = this.plan.text;
    const head = toHalfwidthFigures(text.slice(this.sentenceStart, Math.min(at, this.sentenceStart + OPENING_SPAN)));
    const list = LEADING_YEARS_AT_START.exec(head);
    if (list === null) return null;
    const from = this.sentenceStart + list[0].length - list[1]!.length;
    return [...list[1]!.matchAll(A_YEAR)].map((year) => ({ year: Number(year[1]), span: { start: from + year.index, end: from + year.index + year[0].length } }));
  }

  /** Reads the opening of the sentence holding `at`, once per sentence (a list of forty figures is one). */
  private readSentence(at: number): void {
    const text = this.plan.text;
    const from = this.lineStart();
    // A statement, not a sentence: a year opening it reaches over its ； as 到2026年，…；… does
    // (a 工作要点's 2026年，完成…；开展…。 lists the year's work), to its 。.
    if (from === this.sentenceFrom && at >= this.sentenceAt && !statementEndsIn(text, this.sentenceAt, at)) {
      this.sentenceAt = at;
      return;
    }
    const start = statementStart(text, at, from);
    this.sentenceFrom = from;
    this.sentenceAt = at;
    this.sentenceStart = start;
    const head = toHalfwidthFigures(text.slice(start, Math.min(at, start + OPENING_SPAN)));
    this.sentenceStrives = STRIVING_OPENING.test(head);
    this.sentenceYear = this.bareYear(start, at);
    const year = this.sentenceYear?.horizonSpan ?? null;
    const verb = year === null ? null : VERB_AFTER_YEAR.exec(text.slice(year.end, year.end + OPENING_SPAN));
    this.openingDatesItsClause = verb !== null;
    // 力争 before the year (力争在2027年) or between it and the verb (2027年力争新增…).
    this.openingStrives = verb !== null && STRIVEN.test(text.slice(start, year!.start) + verb[0]);
  }

  /**
   * The last deadline (…前) its verb follows at once (VERB_AFTER_YEAR: `2026年6月底前建成…`) that opens a
   * clause of the sentence before `to`, not striven for (力争 reaches its own clause only), or null.
   */
  private midSentenceDeadline(to: number): HorizonFields | null {
    const text = this.plan.text;
    if (to < this.deadlineTo || this.deadlineTo < this.sentenceStart) {
      this.deadline = null;
      this.deadlineTo = this.sentenceStart;
    }
    for (let at = this.deadlineTo; at < to; at++) {
      if (!CLAUSE_MARK_CODES.has(text.charCodeAt(at))) continue;
      // Read before bareYear, which makes a year it reads one of the extraction's horizons.
      const head = toHalfwidthFigures(text.slice(at + 1, Math.min(to, at + 1 + OPENING_SPAN)));
      const year = BARE_YEAR.exec(head);
      if (year === null) continue;
      const after = text.slice(at + 1 + year[0].length, at + 1 + year[0].length + OPENING_SPAN);
      const verb = VERB_AFTER_YEAR.exec(after);
      // Only a deadline (…前): a bare year mid-sentence (…100场次，2027年建成…1个，新增…) is one item's
      // milestone in a list, the items after it the period's. A year of another kind ends the
      // deadline's reach, as one striven for does.
      const deadline = year[1]!.endsWith("前") || DEADLINE_AFTER_YEAR.test(after);
      this.deadline = verb === null || !deadline || STRIVEN.test(year[0] + verb[0]) ? null : this.bareYear(at + 1, to);
    }
    this.deadlineTo = to;
    return this.deadline;
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

  /**
   * Whether a figure at `at` is reported rather than set (see targets/pastStatements.ts);
   * `governed` when a horizon governs it (到2025年, or the plan's period), under which a sentence
   * opening on a year it compares with (较2020年，…提高…) states the goal's base, not a report; in
   * a plan with neither, such a sentence says where the plan stands now.
   */
  reports(at: number, governed: boolean): boolean {
    if (this.inBaseline) return true;
    const line = this.line!;
    const answer = this.keptReports.lookup(line, at) ?? this.keptReports.remember(line, at, this.readReports(line, at));
    return (answer & REPORTS) !== 0 || (!governed && (answer & COMPARED_WITH_PAST) !== 0);
  }

  private readReports(line: LineNode, at: number): number {
    const reports = this.sentences.reports(line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd, at);
    return (reports ? REPORTS : 0) | (this.sentences.comparedWithPast() ? COMPARED_WITH_PAST : 0);
  }
}

/** The year a line that is only a year label sets (see YEAR_LABEL), with its span; null for any other line. */
export function yearLabel(text: string, line: LineNode, referenceYear: number | null): (Span & { year: number }) | null {
  const from = line.kind === "item" || line.kind === "list" ? line.headingStart : line.indentEnd;
  const first = text.charCodeAt(from);
  if (!isAnyDigitCode(first)) return null;
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

export function openHorizon(
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
export function horizonFields(context: LineContext, horizon: HorizonState | null, at: number): HorizonFields {
  while (horizon !== null && at >= horizon.until) horizon = horizon.outer;
  return horizon ? horizon.fields : context.unscoped;
}

/** The stops that end a clause a horizon may be scoped to (not the comma within it). */
const CLAUSE_END_CODES = codeUnitSet("；;。");

/**
 * Whether a horizon goes on with the target before it (到2025年，制造业产品质量合格率提高到94.5%以上，
 * 到2027年达到95%以上): that target stands in the horizon's clause (no ；。 between), with a comma
 * between them, so the horizon is a second year for what the clause measures, not the opening
 * of what follows (为推动高质量发展，到2025年，… has no target before it).
 */
export function goesOnWith(text: string, last: PlanTarget, horizon: Span, line: LineNode): boolean {
  if (last.end > horizon.start || last.start < line.start) return false;
  let comma = false;
  for (let i = last.end; i < horizon.start; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_END_CODES.has(code)) return false;
    if (code === 0xff0c || code === 0x2c) comma = true;
  }
  return comma;
}

/**
 * Where the scope of a horizon opened at `horizon` ends, when a horizon of the paragraph's is in force
 * (the caller's test): a year its clause's verb follows (`力争到2028年新建…2个，…`: VERB_AFTER_YEAR)
 * dates that clause, to its first stop, where it is striven for, a deadline or a milestone before
 * the year in force (`inForce`); a year striven for or a deadline in a clause of its own
 * (`力争到2027年，…。`, `到2026年底前，…。`) its sentence; the line's end where the text stops first.
 * -1 for any other: `到2030年，…。到2035年，…` states the next horizon, governing what follows.
 */
export function scopedHorizonEnd(text: string, horizon: Span & { year: number }, line: LineNode, inForce: number): number {
  const after = text.slice(horizon.end, horizon.end + OPENING_SPAN);
  const strives = STRIVING_BEFORE_YEAR.test(text.slice(Math.max(line.start, horizon.start - 4), horizon.start));
  // A later year its verb follows (到2025年，…。到2027年建成…，…合格率达到95%) is the plan's next
  // horizon, stated: it governs what follows. Striven for, a deadline, or a milestone before the
  // year in force, it dates its clause.
  if (VERB_AFTER_YEAR.test(after)) return strives || DEADLINE_AFTER_YEAR.test(after) || horizon.year < inForce ? stopAfter(text, horizon.end, line.end, CLAUSE_STOP_CODES) : -1;
  if (!CLAUSE_AFTER_YEAR.test(after)) return -1;
  if (!DEADLINE_CLAUSE_AFTER_YEAR.test(after) && !strives) return -1;
  return stopAfter(text, horizon.end, line.end, SENTENCE_STOP_CODES);
}

/**
 * Where a horizon opening a ；-part of a sentence that opened on another year (`到2026年，A达到90%；
 * 到2027年，B…；C保持在98%以上`) ends: at the next ；, so that a part after it that opens on no year
 * (C) is not the stage's before it but what the sentence's stages stand in (the paragraph's horizon,
 * else the period's), as a reader takes a list of stages; and the last stage at its sentence's
 * end (到2026年，A；到2027年，B。D…: D is what the stages stand in too — a list of stages ends
 * with its sentence, it opens no horizon for what follows); -1 where it is no such stage.
 * `sentence`: where the sentence holding it starts; `previous`: the horizon in force before it.
 */
export function laterStageEnd(text: string, horizon: Span, previous: HorizonState | null, sentence: number, line: LineNode): number {
  if (previous === null || previous.span.start < sentence || previous.span.start >= horizon.start) return -1;
  if (!STAGE_AFTER_SEMICOLON.test(text.slice(sentence, horizon.start))) return -1;
  return stopAfter(text, horizon.end, line.end, STAGE_END_CODES);
}
/** Where a stage ends: its ；-part's end, or its sentence's. */
const STAGE_END_CODES = codeUnitSet("；;。！!？?");
const STAGE_AFTER_SEMICOLON = /[；;]\s*(?:力争|争取)?\s*$/;


/** The words that strive for a year (力争, 争取), wherever they stand in its opening. */
const STRIVEN = /力争|争取/;

/** A deadline's words after its year (底前, 前, 年底前 as written after the 年). */
const DEADLINE_AFTER_YEAR = /^\s*(?:\d{1,2}\s*月\s*)?(?:[底末]\s*)?前/;

/** The first of `stops` in [from, lineEnd), else the line's end. */
function stopAfter(text: string, from: number, lineEnd: number, stops: ReadonlySet<number>): number {
  for (let i = from; i < lineEnd; i++) if (stops.has(text.charCodeAt(i))) return i;
  return lineEnd;
}

/** The stops that end the clause a year dates: a comma too (、 goes on with the list). */
const CLAUSE_STOP_CODES = codeUnitSet("，,；;。！!？?");

/** Where the clause that goes on at `from` ends in a ；, a sibling clause after it; -1 where its sentence or line ends first. */
export function siblingClauseAfter(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_END_CODES.has(code)) return SEMICOLON_CODES.has(code) ? i : -1;
  }
  return -1;
}
