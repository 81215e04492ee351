import type { ResponsibilityClause } from "../model/types.js";
import { codeUnitSet } from "../text/codeUnits.js";

/**
 * A task's units written as lines of their labels and names under it, no bracket (`牵头单位：县工信局`
 * over `配合单位：县发改委、县科技局`): the lines, one right after the other, are one statement of
 * who does the task, as `（牵头单位：…；配合单位：…）` is in one bracket. The unit matrix reads them
 * as one row; units/duplicate reads a unit written on both as written twice in one clause, and a
 * fix that deletes that repeat loses no unit of the statement (fixes/clauseInventory.ts).
 */

/** A clause that is a line of its labels and names, no bracket and no table: `牵头单位：市工信局`. */
export function isLabelLine(clause: ResponsibilityClause): boolean {
  return clause.open === "" && clause.tableRow === null && clause.segments[0]?.labelSpan?.start === clause.start;
}

/** Whether `clause` goes on the statement the label line `previous` made: a label line right under it, nothing but spaces, line breaks and closing marks between. */
export function continuesLabelLines(text: string, previous: ResponsibilityClause, clause: ResponsibilityClause): boolean {
  return isLabelLine(clause) && isLabelLine(previous) && onlySpaceBetween(text, previous.end, clause.start);
}

/**
 * Whether `clause` goes on the statement of the clause before it in the plan, `previous`: label
 * lines right under one another in one item's text. What units/duplicate and the fixes' clause
 * inventory read as one clause.
 */
export function continuesStatement(text: string, previous: ResponsibilityClause | null, clause: ResponsibilityClause): boolean {
  return previous !== null && clause.item !== null && clause.item === previous.item && continuesLabelLines(text, previous, clause);
}

/** What may stand between two label lines of one statement: spaces, line breaks, and the first line's 。 or ；. */
const BETWEEN_LABEL_LINES = codeUnitSet(" \t\r\n\u000b\u000c\u2028\u2029\u3000\u00a0。；;");

function onlySpaceBetween(text: string, start: number, end: number): boolean {
  if (start > end) return false;
  for (let at = start; at < end; at++) if (!BETWEEN_LABEL_LINES.has(text.charCodeAt(at))) return false;
  return true;
}
