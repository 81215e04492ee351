import type { LineNode } from "../syntax/cst.js";
import type { PlanDocument } from "./types.js";

/**
 * Adds to `lines` the lines the model set apart inside the text, which no rule but the
 * structure rule that reports them reads and the export never prints: the second copy of a block
 * pasted twice (structure/repeated-paste) and Word's review balloons (structure/review-markup).
 * One list, so that every reader that leaves them out leaves out the same.
 */
export function addLinesSetApart(plan: PlanDocument, lines: Set<LineNode>): Set<LineNode> {
  for (const paste of plan.repeatedPastes) for (const line of paste.lines) lines.add(line);
  for (const balloon of plan.reviewBalloons) lines.add(balloon.line);
  return lines;
}
