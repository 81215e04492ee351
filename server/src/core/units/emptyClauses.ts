import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument, Span } from "../model/types.js";
import { partitionPoint } from "../text/sorted.js";
import { isSpaceCode } from "../text/spaces.js";

/**
 * The clause brackets a task leaves empty (`……开展工作。〔〕`, `〔 〕`): the place a clause was
 * begun and its label and names never written. The grammar reads no clause there (no label, no
 * name), so punct/sentence-end took the 〕 for an unfinished sentence. The 〔〕 serves only clauses
 * (a 文号's 〔2024〕 always holds a year), so one empty after the plan's first item is a blank to
 * fill: units/empty-clause reports it, and units/missing-clause leaves its task to that finding.
 * Read once per plan, by one search for 〔 through the text; one in a comment is no bracket of the plan.
 */
export function emptyClauseBrackets(plan: PlanDocument): readonly Span[] {
  return emptyByPlan.of(plan, readEmptyBrackets);
}

const emptyByPlan = new PlanMemo<readonly Span[]>();
const OPEN = "〔";
const CLOSE = 0x3015;
const NONE: Span[] = [];

function readEmptyBrackets(plan: PlanDocument): readonly Span[] {
  const first = plan.allItems[0];
  if (first === undefined) return NONE;
  const { text, comments } = plan;
  let found: Span[] | null = null;
  // A comment's 〔〕 is its words (// 责任单位写在〔〕内), no bracket of the plan: the comments, in
  // document order, are passed by a cursor as the search goes on.
  let comment = 0;
  for (let at = text.indexOf(OPEN, first.start); at >= 0; at = text.indexOf(OPEN, at + 1)) {
    while (comment < comments.length && comments[comment]!.end <= at) comment++;
    if (comment < comments.length && comments[comment]!.start <= at) continue;
    let end = at + 1;
    while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) === CLOSE) (found ??= []).push({ start: at, end: end + 1 });
  }
  return found ?? NONE;
}


/** Whether an empty clause bracket stands in text[start, end). */
export function holdsEmptyClause(brackets: readonly Span[], start: number, end: number): boolean {
  const at = partitionPoint(brackets.length, (i) => brackets[i]!.start < start);
  return at < brackets.length && brackets[at]!.end <= end;
}
