import type { PlanDocument } from "../../model/types.js";
import type { LineNode } from "../../syntax/cst.js";
import { inPreamble, isBreakable, type ParagraphBreak } from "../../punct/breaks.js";
import { partitionPoint } from "../../text/sorted.js";
import { isPasteHabit } from "../pasteHabit.js";

/**
 * Whether the soft returns that cut sentences are the copy's habit: Word's or a web page's copy
 * that breaks line after line inside its paragraphs (`……坚持市场主导，` / `着力优化……`), where a
 * finding per break (ten in a short plan) buries the rest. The habit is decided over the plan's
 * paragraphs of text (an item's text and body lines, the preamble's; not a heading-only line,
 * nor a line that opens with its clause, `责任单位：……`, which is a label's list, no sentence
 * Word would cut): at least HABIT_MINIMUM of them cut by a soft return, and more than those
 * written whole. A few cuts among whole paragraphs stay findings of their own.
 *
 * `breaks` are the soft-return breaks text/broken-sentence reports with a certain join, in
 * document order; a paragraph cut twice (three lines) counts once.
 */
export function isSoftReturnHabit(plan: PlanDocument, breaks: readonly ParagraphBreak[]): boolean {
  if (breaks.length < HABIT_MINIMUM) return false;
  const firstHalves = new Set<LineNode>();
  for (const brk of breaks) firstHalves.add(brk.line);
  // A paragraph ends on a line that is no break's first half: cut if the line above is one.
  let cut = 0;
  for (const brk of breaks) if (!firstHalves.has(brk.continuation)) cut++;
  if (cut < HABIT_MINIMUM) return false;
  let paragraphs = 0;
  const clauses = plan.clauses;
  for (const line of plan.lines) {
    if (line.kind !== "text" && line.kind !== "item") continue;
    if (firstHalves.has(line) || line.contentEnd === line.indentEnd) continue;
    if (!inPreamble(plan, line) && !isBreakable(plan, line)) continue;
    // A line that opens with its clause (责任单位：…) lists names: no paragraph of prose.
    const clause = clauses[partitionPoint(clauses.length, (k) => clauses[k]!.end <= line.indentEnd)];
    if (clause !== undefined && clause.start <= line.indentEnd + 1 && clause.end > line.indentEnd) continue;
    paragraphs++;
  }
  return isPasteHabit(cut, paragraphs - cut, HABIT_MINIMUM);
}

/** As numbering/marker-space's habit: three cuts at least before they are the copy's way. */
const HABIT_MINIMUM = 3;
