import type { HorizonFields } from "./lineContext.js";
import { spanOfTarget } from "./increments.js";
import type { PlanTarget } from "./types.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { COMMA_CODES } from "./countReadings.js";

/**
 * A task's yearly amount (每年开展培训40场次, 年均服务企业300家次, 每年不少于…) is work done each year
 * of the plan's period, not a result due by a date: a year or deadline its task's sentence opens on
 * (`2026年底前建成平台1个；每年开展培训40场次`, `到2027年，建成…；每年…`) dates what is built by then,
 * and left on the yearly count it showed a 2026 target the plan's period does not end on. Such a count
 * takes the period's horizon (`unscoped`). The goals keep theirs: a goals paragraph's 到2027年 is the
 * stage its yearly figures are set for, and a deadline there already dates its own clause only
 * (lineContext.ts scopedHorizonEnd). A year written inside the count's own words is its own. A goals
 * heading that is only a year (`（三）2026年目标`, lineContext.ts yearLabel), though, lists what that
 * one year sets: 每年培育…5家 under it is set for every year from then on, not the year's alone, so a
 * yearly figure there takes the period's horizon as a task's does — where the period ends after the
 * label's year (an annual plan's label is its period). A year that opens the yearly figure's own
 * clause, though (`到2025年，市财政每年安排…1000万元；到2027年，…每年安排…2000万元`), is the stage
 * the yearly amount is set for: each stage's level keeps its year, or the two stages' amounts were
 * both the period's and targets/inconsistent took a planned rise for two statements that disagree.
 */
export function yearlyOverPeriod(text: string, targets: PlanTarget[], unscoped: HorizonFields, yearLabels: ReadonlySet<number>): void {
  for (const target of targets) {
    if (target.baseline || target.horizonSource !== "text" || target.horizonSpan === null) continue;
    if (target.inGoals && !(yearLabels.has(target.horizonSpan.start) && unscoped.horizon !== null && target.horizon !== null && unscoped.horizon > target.horizon)) continue;
    if (target.horizonSpan.start >= target.start && target.horizonSpan.end <= target.end) continue;
    if (spanOfTarget(target) !== "yearly" || opensOwnClause(text, target.horizonSpan.end, target.start)) continue;
    target.horizon = unscoped.horizon;
    target.horizonSource = unscoped.horizonSource;
    target.horizonSpan = unscoped.horizonSpan;
  }
}

/** What ends a clause: a year before a figure with one of these between them dates another clause. */
const CLAUSE_END_CODES = codeUnitSet("，,；;。！!？?\n");

/** Whether a year ending at `yearEnd` opens the clause a figure starting at `figureStart` is in: only the year's own comma between them (到2025年，…每年…). */
function opensOwnClause(text: string, yearEnd: number, figureStart: number): boolean {
  if (yearEnd > figureStart) return false;
  const from = COMMA_CODES.has(text.charCodeAt(yearEnd)) ? yearEnd + 1 : yearEnd;
  for (let at = from; at < figureStart; at++) if (CLAUSE_END_CODES.has(text.charCodeAt(at))) return false;
  return true;
}
