import { toHalfwidthFigures } from "../model/numerals.js";
import { governedByTaskVerb } from "../model/taskVerbs.js";
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
 * 发展基础, 发展现状和面临形势, 基本情况 …: a section that describes where the plan starts from —
 * not one that sets work on it (夯实质量发展基础, 巩固工作成效: model/taskVerbs.ts).
 */
const BASELINE_HEADING = /发展基础|工作基础|现实基础|基础条件|发展现状|现状与|现状和|基本情况|面临形势|发展形势|取得的?成效|工作成效|主要成效|存在的?问题/;

export function isBaselineSection(item: NumberedItem | null): boolean {
  for (let node = item; node; node = node.parent) {
    const heading = node.heading.text;
    if (heading.length > 20) continue;
    const noun = BASELINE_HEADING.exec(heading);
    if (noun !== null && !governedByTaskVerb(heading, noun.index)) return true;
  }
  return false;
}

/** Marks that end the sentence a figure stands in (not ；: `2022年，A为93%；B为97%` is one report). */
const SENTENCE_STOPS = codeUnitSet("。！？!?");

/**
 * How a sentence that reports opens: a year with no 到 before it (`2022年，`, `截至2022年底，`,
 * `2018年以来，`, or with no comma before the area it speaks of: `2023年全县…`; after 截至 none is
 * needed, `截至2022年底服务企业200家`: a date gone by says what was reached), a five-year period (`“十三五”以来`, `十三五期间` — gone by or not), or the present (`目前`).
 */
const REPORT_OPENING = /^[\s“"‘]*(?:(?:截至|截止)?(\d{4})年(?:底|末|年底|以来|上半年|前三季度|全年)?(?:\s*[，,、]|(?=全[省市县区州盟旗]|我[省市县区州]))|(?:截至|截止)(\d{4})年(?:底|末)?|[“"]?十([一二三四五六])五[”"]?(以来|期间|时期)|近年来|近几年|多年来|截至目前|截止目前|目前|当前|现阶段)/;
/** The last year of the 十一五 … 十六五 periods. */
const FIVE_YEAR_PLAN_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

/**
 * A horizon or a 力争 later in the sentence makes it a goal after all: `目前为93%，到2025年达到95%`
 * (and a later clause opening on a year to come: CLAUSE_YEAR).
 */
const GOAL_WORDS = /(?<![截止])[到至]\s*\d{4}\s*年|力争|争取|确保/;

/**
 * Whether the figure at `at` stands in a sentence that reports the past or the present. The
 * sentence is searched back from `at` to a stop or `from` (where the line's content starts). A
 * year opens a report only when it is before `referenceYear` (the year the plan is dated, or its
 * period's first year): without one, a bare year may be an interim goal (`2024年，…达到95%`).
 */
export function inReportingSentence(text: string, from: number, at: number, referenceYear: number | null): boolean {
  let start = at;
  while (start > from && !SENTENCE_STOPS.has(text.charCodeAt(start - 1))) start--;
  const head = toHalfwidthFigures(text.slice(start, at));
  return verdict(REPORT_OPENING.exec(head), GOAL_WORDS.test(head) || laterYearIn(head, 0, referenceYear), referenceYear) || datedClause(text, from, at, referenceYear);
}

/** Marks that end a clause inside a sentence. */
const CLAUSE_STOPS = codeUnitSet("。！？!?，,；;");
/** A clause that opens on a date gone by (截至2022年底服务企业200家): what was reached then. Group: the year. */
const DATED_CLAUSE = /^[\s“"‘]*(?:截至|截止)\s*(\d{4})\s*年/;
/** The 截 of 截至 and 截止: a clause that opens on any other character is no dated one, and nothing is sliced. */
export const CUT_OFF = 0x622a;

/**
 * Whether the clause the figure at `at` stands in opens on 截至 a year before `referenceYear`: a
 * report, even where the sentence it is in opened on something else (已服务企业200家，截至2022年底…).
 */
function datedClause(text: string, from: number, at: number, referenceYear: number | null): boolean {
  if (referenceYear === null) return false;
  let start = at;
  while (start > from && !CLAUSE_STOPS.has(text.charCodeAt(start - 1))) start--;
  while (start < at && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  if (text.charCodeAt(start) !== CUT_OFF) return false;
  const dated = DATED_CLAUSE.exec(toHalfwidthFigures(text.slice(start, Math.min(at, start + DATED_CLAUSE_SPAN))));
  return dated !== null && Number(dated[1]) < referenceYear;
}

/** How far from a clause's start DATED_CLAUSE can match (截至 ２０２２ 年, spaces and all). */
const DATED_CLAUSE_SPAN = 12;

function verdict(opening: RegExpExecArray | null, goal: boolean, referenceYear: number | null): boolean {
  if (!opening || goal) return false;
  if (opening[0].includes("以来")) return true;
  // “十四五”期间，力争建设…13个 sets goals for the period under way; “十三五”期间 reports one gone by.
  const year = opening[1] !== undefined ? Number(opening[1]) : opening[2] !== undefined ? Number(opening[2]) : opening[3] !== undefined ? FIVE_YEAR_PLAN_END[opening[3]]! : null;
  if (year === null) return true;
  return referenceYear !== null && year < referenceYear;
}

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

  constructor(
    private readonly text: string,
    private readonly referenceYear: number | null,
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
    return verdict(this.opening, this.goal, this.referenceYear) || datedClause(text, from, at, this.referenceYear);
  }

  private stopBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (SENTENCE_STOPS.has(this.text.charCodeAt(i))) return true;
    return false;
  }
}
