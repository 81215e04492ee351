import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { extractTargets } from "../targets/extract.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * The lines a soft return inside a target's name ends (`到2027年，全市…产品质量合格率` / `达到95%以上`):
 * the targets read the name and its figure as one sentence across the break
 * (targets/softReturns.ts), so the punctuation rules read the line above as that sentence going
 * on, no paragraph that lost its 。 — one reading, the targets', not a second test of the break.
 * punct/breaks.ts reads the breaks a mark or a particle shows; it cannot ask the targets, which
 * read its breaks across pages.
 */
export function nameBreakLines(plan: PlanDocument): ReadonlySet<LineNode> {
  return memo.of(plan, linesAbove);
}

const memo = new PlanMemo<ReadonlySet<LineNode>>();

const NONE: ReadonlySet<LineNode> = new Set();

function linesAbove(plan: PlanDocument): ReadonlySet<LineNode> {
  const breaks = extractTargets(plan).nameBreaks;
  if (breaks.length === 0) return NONE;
  const lines = plan.lines;
  const above = new Set<LineNode>();
  // A break's join starts where the line above ends its text: the last line that starts before it.
  for (const brk of breaks) above.add(lines[partitionPoint(lines.length, (i) => lines[i]!.start < brk.start) - 1]!);
  return above;
}
