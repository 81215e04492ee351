import { rosterLines } from "../punct/rosterLines.js";
import type { PlanDocument } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";

/**
 * A 领导小组's roster (punct/rosterLines.ts) as the export prints it: a member a line, each line a
 * body paragraph as GB/T 9704 sets the text, not a table — its columns are set by spaces on
 * purpose (组　长, 肖　静, the gap before the post), and the spaces are printed as written. A
 * further member's line keeps the spaces before it that stand it under the names above
 * (`　　　　罗晓明　　质量发展科科长`), so the roster reads back as the roster it was.
 */

/** Spaces only: a tab would jump to Word's next tab stop and read back as a table's cell. */
const PADDING = /^[ \u3000]+$/u;

/** Where the printed text of a roster's line starts: its padding's start for a further member, else its words'; -1 for a line of no roster. */
export function rosterLineStart(plan: PlanDocument, line: LineNode): number {
  if (line.kind !== "text" || !rosterLines(plan).has(line)) return -1;
  if (line.indentEnd === line.start) return line.start;
  return PADDING.test(plan.text.slice(line.start, line.indentEnd)) ? line.start : line.indentEnd;
}
