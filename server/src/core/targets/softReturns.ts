import type { WrapJoin } from "../model/hardWrap.js";
import { textEndOf } from "../model/inline.js";
import type { LineNode } from "../syntax/cst.js";
import type { PlanTarget } from "./types.js";
import { isHanCode } from "../punct/chars.js";

/**
 * A soft return inside a target's name: a line a PDF's or a web page's copy broke where its
 * sentence does not end (`到2027年，全市规模以上工业企业产品质量合格率` / `达到95%以上，…`, or
 * `…产品质量合格` / `率达到95%以上`). The plan is no hard-wrapped one (model/hardWrap.ts, which
 * joins every line of a PDF's measure), only one break of a paragraph is; punct/breaks.ts reads
 * a break as one sentence where a mark or a particle says so, and a name cut before its figure
 * shows neither. Read here by the target it cuts: the line below opens on the target's comparator
 * with no name of its own (达到95%), or on a fragment of one character (率达到95%) — no sentence
 * opens so — and the line above stops on a word, no mark, after words of its own. The join is the
 * break removed, as structure/hard-wrap's (extract.ts reads the paragraph joined, as it does
 * a wrap's, and places the target back across the break; it keeps the breaks, `nameBreaks`, which
 * the punctuation rules read as the sentence going on, punct/nameBreaks.ts).
 */

/** The longest name a line's first target may have and still be a fragment of one cut above it. */
const FRAGMENT_LENGTH = 1;

/**
 * The join of the break above `line`, where its first target (`first`) is cut by it, else null.
 * `above` is the line before `line`, directly (no blank line between: a blank line is a line).
 * Asked of a line with targets only; most have a name of their own and cost one comparison.
 */
export function softReturnInName(text: string, above: LineNode, line: LineNode, first: PlanTarget): WrapJoin | null {
  if (line.kind !== "text" || line.textKind !== "plain" || first.valueSpan === null) return null;
  const opens = line.indentEnd;
  if (!(first.indicator === "" ? opensOnComparator(text, opens, first) : first.indicator.length <= FRAGMENT_LENGTH && first.indicatorSpan !== null && first.indicatorSpan.start === opens)) return null;
  // The line above is an item's, a —— entry's (——产业质量竞争力持续增强，…合格率) or a paragraph's.
  if (above.kind !== "item" && above.kind !== "list" && (above.kind !== "text" || above.textKind !== "plain")) return null;
  const end = textEndOf(above, text);
  // A name's last character, no mark: a line that ends on one may end its paragraph there.
  if (end - above.indentEnd < 2 || !isHanCode(text.charCodeAt(end - 1)) || !isHanCode(text.charCodeAt(end - 2))) return null;
  // A trailing comment on the line above would swallow the line below (model/hardWrap.ts leaves such a line too).
  if (end !== above.contentEnd && text.slice(end, above.contentEnd).trim() !== "") return null;
  return { start: end, end: opens, text: "" };
}

/** Whether the words between the line's start and its first target's figure are that target's comparator only (达到, 不低于). */
function opensOnComparator(text: string, opens: number, first: PlanTarget): boolean {
  if (first.comparator === "" || first.valueSpan === null || first.valueSpan.start - opens > first.comparator.length + 1) return false;
  return text.slice(opens, first.valueSpan.start).trim() === first.comparator;
}
