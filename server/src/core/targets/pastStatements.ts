import { toHalfwidthFigures } from "../model/numerals.js";
import type { NumberedItem } from "../model/types.js";

/**
 * Figures a plan reports rather than sets: the results its 发展基础 section lists, and sentences
 * that open on a past year or on 以来 / 目前 (`2022年，全市…合格率达到97.8%`). They read like
 * targets — 达到, a value, a unit — but compared with a parent's goals or with the plan's own
 * goals they make findings out of history. Extraction marks them (`PlanTarget.baseline`): the
 * comparisons pass them by, the plausibility check (945%) still reads them.
 */

/** 发展基础, 发展现状和面临形势, 基本情况 …: a section that describes where the plan starts from. */
const BASELINE_HEADING = /发展基础|工作基础|现实基础|基础条件|发展现状|现状与|现状和|基本情况|面临形势|发展形势|取得的?成效|工作成效|主要成效|存在的?问题/;

export function isBaselineSection(item: NumberedItem | null): boolean {
  for (let node = item; node; node = node.parent) {
    const heading = node.heading.text;
    if (heading.length <= 20 && BASELINE_HEADING.test(heading)) return true;
  }
  return false;
}

/** Marks that end the sentence a figure stands in (not ；: `2022年，A为93%；B为97%` is one report). */
const SENTENCE_STOPS = /[。！？!?]/;

/**
 * How a sentence that reports opens: a year with no 到 before it (`2022年，`, `截至2022年底，`,
 * `2018年以来，`), a five-year period (`“十三五”以来`, `十三五期间` — gone by or not), or the present (`目前`).
 */
const REPORT_OPENING = /^[\s“"‘]*(?:(?:截至|截止)?(\d{4})年(?:底|末|年底|以来|上半年|前三季度|全年)?\s*[，,、]|[“"]?十([一二三四五六])五[”"]?(以来|期间|时期)|近年来|近几年|多年来|截至目前|截止目前|目前|当前|现阶段)/;
/** The last year of the 十一五 … 十六五 periods. */
const FIVE_YEAR_PLAN_END: Record<string, number> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

/** A horizon or a 力争 later in the sentence makes it a goal after all: `目前为93%，到2025年达到95%`. */
const GOAL_WORDS = /(?<![截止])[到至]\s*\d{4}\s*年|力争|争取|确保/;

/**
 * Whether the figure at `at` stands in a sentence that reports the past or the present. The
 * sentence is searched back from `at` to a stop or `from` (where the line's content starts). A
 * year opens a report only when it is before `referenceYear` (the year the plan is dated, or its
 * period's first year): without one, a bare year may be an interim goal (`2024年，…达到95%`).
 */
export function inReportingSentence(text: string, from: number, at: number, referenceYear: number | null): boolean {
  let start = at;
  while (start > from && !SENTENCE_STOPS.test(text[start - 1]!)) start--;
  const head = toHalfwidthFigures(text.slice(start, at));
  const opening = REPORT_OPENING.exec(head);
  if (!opening || GOAL_WORDS.test(head)) return false;
  if (opening[0].includes("以来")) return true;
  // “十四五”期间，力争建设…13个 sets goals for the period under way; “十三五”期间 reports one gone by.
  const year = opening[1] !== undefined ? Number(opening[1]) : opening[2] !== undefined ? FIVE_YEAR_PLAN_END[opening[2]]! : null;
  if (year === null) return true;
  return referenceYear !== null && year < referenceYear;
}
