import type { PlanTarget } from "./types.js";
import { type ClauseReading, noFigure } from "./clauseReadings.js";
import { trimmed } from "./indicators.js";
import { LEVEL_ONLY } from "./figureWords.js";

/**
 * Qualitative goals: a first one won (`力争实现中国质量奖零的突破`, `国家级质量标杆企业实现“零”的突破`)
 * and a gap filled (`填补全市国家级检验检测中心空白`). Each says a checkable thing of its indicator —
 * by the year there is one, where there was none — with no figure: a goal the goals section sets,
 * read as a direction up (kind `direction`, sense `up`), named by what is won or filled.
 *
 * Policy: set in the goals only (a task's `填补…空白` describes the work: placeFromText drops it
 * elsewhere, as it drops a goal of none). It is never weighed against a parent's figure (`at least
 * one` is no 98% nor 86: compare.ts says `not-comparable`), never a blank, and it counts as a goal
 * one can check for targets/no-goals, unlike `不断提高`.
 */

const QUOTE_OPEN = "[“\"‘]?";
const QUOTE_CLOSE = "[”\"’]?";
/** …零的突破, …“零”的突破, …“零的突破”, …零突破: group 1 what comes before, 2 the verb (实现, 取得), 3 the words of none. */
const FIRST_WON = new RegExp(`^(.+?)(实现|取得)?${QUOTE_OPEN}(零${QUOTE_CLOSE}的?突破)${QUOTE_CLOSE}$`);
/** 填补…空白, 填补…的空白: group 1 what comes before 填补, 2 what the gap is of. */
const GAP_FILLED = new RegExp(`^(.*?)填补(.+?)的?${QUOTE_OPEN}空白${QUOTE_CLOSE}$`);
/** A place or a field that names nothing to have (填补国内空白, 填补省内空白, 填补历史空白). */
const NOTHING_NAMED = /^(?:国内|国际|全国|全省|省内|市内|县内|区内|行业|历史|技术)$/;
/** Where the thing stands said around it: 在…上, 在…方面. */
const PLACED_IN = /^在|(?:上|方面)$/g;
/** The comparators a qualitative goal is read with. */
const QUALITATIVE_COMPARATOR = /^(?:实现|取得)?零的?突破$|^填补空白$/;

const BREAK = 0x7834; // 破
const BLANK = 0x767d; // 白
const QUOTE_CLOSE_CODES = new Set([0x201d, 0x22, 0x2019]);

/** The qualitative goal a clause states (`clause`, at `start` of `text`), else null. */
export function readQualitativeGoal(start: number, end: number, clause: string): ClauseReading[] | null {
  // One test of the last character (or the one before a closing quote): nearly every clause fails it.
  let last = clause.length - 1;
  if (last > 0 && QUOTE_CLOSE_CODES.has(clause.charCodeAt(last))) last--;
  const code = clause.charCodeAt(last);
  if (code === BREAK) {
    const won = FIRST_WON.exec(clause);
    if (won === null) return null;
    const [, before, verb, none] = won as unknown as [string, string, string | undefined, string];
    // 实现中国质量奖零的突破: 实现 before the thing won is the verb; 中国质量奖实现零的突破: after it.
    const lead = verb === undefined ? /^(?:力争|争取|努力|确保)*(实现|取得)/.exec(before) : null;
    const comparator = (verb ?? lead?.[1] ?? "") + none.replace(/[”"’]/g, "");
    const none0 = clause.lastIndexOf("零");
    return reading(start, end, clause, before, 0, comparator, verb === undefined ? none0 : clause.lastIndexOf(verb, none0));
  }
  if (code === BLANK) {
    const gap = GAP_FILLED.exec(clause);
    if (gap === null || trimmed(gap[1]!, 0).text !== "") return null;
    return reading(start, end, clause, gap[2]!, gap[1]!.length + 2, "填补空白", clause.lastIndexOf("空白"));
  }
  return null;
}

/**
 * The readings of the things `raw` (at `at` in the clause) a qualitative goal is of, or null where
 * it names nothing: one per thing of a list each named in full (中国质量奖、中国专利金奖实现零的突破);
 * a list whose pieces share words (国家级、省级质量标杆企业) is read as one.
 */
function reading(start: number, end: number, clause: string, raw: string, at: number, comparator: string, phraseAt: number): ClauseReading[] | null {
  const outer = trimmed(raw, at);
  const inner = trimmed(outer.text.replace(PLACED_IN, ""), 0);
  if (inner.text.length < 2 || NOTHING_NAMED.test(inner.text)) return null;
  // The thing's own words inside what trimming kept (在中国质量奖上: 中国质量奖).
  const from = outer.span.start + outer.text.indexOf(inner.text);
  const pieces = inner.text.split("、");
  const eachNamed = pieces.length > 1 && pieces.every((piece) => piece.length >= 4 && !LEVEL_ONLY.test(piece));
  const things = eachNamed ? pieces : [inner.text];
  let offset = start + from;
  return things.map((thing) => {
    const thingAt = offset;
    offset += thing.length + 1;
    return {
      ...noFigure(clause),
      start: thingAt,
      end,
      kind: "direction" as const,
      indicator: thing,
      indicatorSpan: { start: thingAt, end: thingAt + thing.length },
      comparator,
      sense: "up" as const,
      valueSpan: { start: start + phraseAt, end },
      qualitative: true as const,
    };
  });
}

/** Whether a target is a qualitative goal (a first one won, a gap filled): no figure to weigh. */
export function isQualitative(target: Pick<PlanTarget, "kind" | "comparator">): boolean {
  return target.kind === "direction" && QUALITATIVE_COMPARATOR.test(target.comparator);
}
