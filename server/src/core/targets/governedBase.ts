import { toHalfwidthFigures } from "../model/numerals.js";
import { COMMA_CODES } from "./countReadings.js";
import { ADDS_NEW_THINGS, CHANGE_FROM_ONE_BASE, CHANGE_WITHOUT_BASE, COMPARED_YEAR_CLAUSE_BEFORE, OWN_BASE_OR_LIST } from "./figureWords.js";
import { clauseStart } from "./indicators.js";

/**
 * The base year that governs a change or a count whose clause states none: Chinese says the base
 * once for a sentence's series of changes joined by commas, and every one after it goes on from it
 * — `与2025年相比，能耗下降13.5%，…拥有量增长20%` (a 与…相比 or 较… clause of its own) and
 * `能耗较2020年下降10%，…拥有量增长20%` (the first change's own base) are both from their year, and
 * so is a count of new things, `与2020年相比，新增省级质量标杆企业20家` (what is added since; a
 * count of work done, 培育…10家, 完成抽检…, is measured by no base: countsFromBase). A clause with a
 * base of its own starts a new series; a respective list (较2022年、2023年分别…), a change against
 * the year before (较上年, 同比) or a sentence's end (a 分号, a line) ends one: what follows is no
 * longer governed. A clause stating no change (a level, work done) ends the first change's own base
 * (`能耗较2020年下降10%，合格率达到96%，品牌价值增长25%`: that base was the first change's), but not a
 * 与…相比 clause of its own, said for its whole sentence (`与2025年相比，A达到95%，B增长25%`: B from 2025). A level is never given a base: it states where the indicator will stand,
 * not how far it moves; nor is a change per year (年均增长, 较上年提高), measured from each year before.
 */
export function governingBaseYear(text: string, opens: number, floor: number): number | null {
  let at = opens;
  // Whether a clause stating no change stands between: only a clause of its own reaches past it.
  let pastOther = false;
  for (let clauses = 0; clauses < MAX_GOVERNED_CLAUSES && at > 0; clauses++) {
    // Just before the clause: not before `floor` (the part before, a horizon's or a target's end);
    // further back, the clauses' own words bound it.
    const compared = COMPARED_YEAR_CLAUSE_BEFORE.exec(toHalfwidthFigures(text.slice(Math.max(clauses === 0 ? floor : 0, at - 24), at)));
    if (compared !== null) return Number(compared[1] ?? compared[2]);
    // Only across a comma: a sentence's end, a 分号 or a line's ends what the clause governs.
    if (!COMMA_CODES.has(text.charCodeAt(at - 1))) return null;
    const from = clauseStart(text, at - 1, 0);
    const before = toHalfwidthFigures(text.slice(from, at - 1));
    const own = CHANGE_FROM_ONE_BASE.exec(before);
    if (own !== null) return pastOther ? null : Number(own[1] ?? own[2]);
    if (!CHANGE_WITHOUT_BASE.test(before)) {
      if (OWN_BASE_OR_LIST.test(before)) return null;
      pastOther = true;
    }
    at = from;
  }
  return null;
}

/** Whether a count with `comparator` goes on from a base its sentence set: one of new things over the period (新增, 新培育). */
export function countsFromBase(comparator: string): boolean {
  return ADDS_NEW_THINGS.test(comparator);
}

/** How many changes in a row a base is looked for before: a sentence's list of them, not a page's. */
const MAX_GOVERNED_CLAUSES = 8;
