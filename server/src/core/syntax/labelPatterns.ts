/**
 * A clause's or a deadline's label and its colon (`责任单位：`, `完成时限 :`), as pattern source for
 * the code that reads text the grammar has not parsed as a clause: a clause still being typed
 * (completion), one left open at a paragraph's end (punct/unbalanced), a deadline written
 * without brackets (model/deadlines.ts). One reading for all of them, the grammar's own: a label
 * of UnitLabel or DeadlineLabel, the grammar's Ws around it, a full- or half-width colon. Where
 * each reader spelled it out, one allowed a line break before the colon and another no
 * non-breaking space: a pasted clause read as a clause by one and as text by the other.
 */

/** The grammar's Ws (`[ \t\u3000\u00a0\f\v]`): spaces a label may have around it. */
export const LABEL_SPACE = "[ \\t\\u3000\\u00a0\\f\\v]*";

/** The brackets a clause or a deadline opens with (grammar: Clause, BracketedDeadline). */
export const CLAUSE_OPENER = "[〔（(【]";

/** One of `labels` (captured as group 1), spaces, then its colon. */
export function labelColon(labels: readonly string[]): string {
  return `(${labels.join("|")})${LABEL_SPACE}[：:]`;
}
