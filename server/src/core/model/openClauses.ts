import { PlanMemo } from "./planMemo.js";
import type { NumberedItem, PlanDocument, ResponsibilityClause } from "./types.js";
import { openClauseAt } from "./clauseReading.js";
import { textEndOf, toResponsibilityClause } from "./inline.js";
import { UNIT_LABELS } from "../units/labels.js";
import { LABEL_SPACE, labelColon } from "../syntax/labelPatterns.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { partitionPoint, spanHolding } from "../text/sorted.js";

/**
 * The clauses a plan leaves open, as the person typing them means them: `〔责任单位：市工信局、市科技局`
 * with no closing bracket, at a line's end (the next task below or nothing) or run into the next
 * task written on the same line (`…市科技局（二）加强监管。`). The model reads no clause there (a
 * bracket it cannot see close is prose's, and punct/unbalanced reports it), yet the editor should
 * treat the names as the units they are while the bracket is being typed: hover, the outline's
 * units, a unit's references. Only a bracket that opens with a unit label and its colon is read,
 * up to the line's end, a sentence's end or the next task's marker, and only where the grammar
 * reads what is there as the clause's list closed. Asked by editor requests only, once per plan.
 */
export function openClausesOf(plan: PlanDocument): readonly ResponsibilityClause[] {
  let found = openByPlan.get(plan);
  if (found === undefined) openByPlan.set(plan, (found = readOpenClauses(plan)));
  return found;
}

const openByPlan = new PlanMemo<readonly ResponsibilityClause[]>();

/** A bracket that opens a clause with its label: 〔责任单位：, （牵头单位：… (labels as the grammar reads them). */
const LABELED_OPEN = new RegExp(`[〔【（(\\[]${LABEL_SPACE}${labelColon(UNIT_LABELS)}`, "g");
const CLOSE_OF: Readonly<Record<string, string>> = { "〔": "〕", "【": "】", "（": "）", "(": ")", "[": "]" };
const OPENING = codeUnitSet("〔【（([");
const CLOSING = codeUnitSet("〕】）)]");
/** Where an open clause's list certainly ends on its line: a sentence's end, or the next task's marker (（二）, 2.). */
const LIST_END = /[。！？!?]|[（(][一二三四五六七八九十]+[）)]|(?<=[^\d])\d{1,2}[.．、](?=\D)/;

function readOpenClauses(plan: PlanDocument): ResponsibilityClause[] {
  const { text } = plan;
  const clauses: ResponsibilityClause[] = [];
  LABELED_OPEN.lastIndex = 0;
  for (let match = LABELED_OPEN.exec(text); match !== null; match = LABELED_OPEN.exec(text)) {
    const open = match.index;
    // Most labelled brackets open a clause the model read, closed: one binary search sets them
    // aside before any scan of their line (hanSpace asks this of every keystroke's plan).
    if (spanHolding(plan.clauses, open) !== null) continue;
    // A trailing comment (`// plancheck-disable-line …`) is no part of the clause being typed.
    const line = spanHolding(plan.lines, open);
    const lineEnd = line !== null && "contentEnd" in line ? Math.min(endOfLine(text, open), textEndOf(line, text)) : endOfLine(text, open);
    const close = CLOSE_OF[text[open]!]!;
    if (closedOnLine(text, open, lineEnd)) continue;
    const listStart = open + match[0].length;
    const rest = text.slice(listStart, lineEnd);
    const stop = rest.search(LIST_END);
    const end = trimmedEnd(text, listStart, stop < 0 ? lineEnd : listStart + stop);
    const node = end > listStart ? openClauseAt(text, open, end, close) : null;
    if (node === null) continue;
    const clause = toResponsibilityClause(node, text, plan.registry);
    clause.item = itemHolding(plan.allItems, open);
    clauses.push(clause);
  }
  return clauses;
}

function endOfLine(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return text.length;
}

/** Whether the bracket at `open` closes before the line ends (a name's own parentheses inside it aside). */
function closedOnLine(text: string, open: number, lineEnd: number): boolean {
  let depth = 0;
  for (let at = open; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    if (OPENING.has(code)) depth++;
    else if (CLOSING.has(code) && --depth === 0) return true;
  }
  return false;
}

/** `end` with the spaces and a trailing separator before it left out (`市科技局、` as it is typed). */
function trimmedEnd(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && /[\s\u3000、，,；;]/.test(text[at - 1]!)) at--;
  return at;
}

/**
 * The innermost item whose span holds `offset`, or null: the last item (in document order, by
 * start) that starts at or before it, or the nearest of its parents still open there. A look-up,
 * not a scan: a pasted plan may leave thousands of clauses open.
 */
function itemHolding(items: readonly NumberedItem[], offset: number): NumberedItem | null {
  let item: NumberedItem | null = items[partitionPoint(items.length, (i) => items[i]!.start <= offset) - 1] ?? null;
  while (item !== null && item.end <= offset) item = item.parent;
  return item;
}
