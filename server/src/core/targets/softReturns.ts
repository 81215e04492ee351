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
 * opens so — and the line above stops on a word, no mark, after words of its own. A fragment of two
 * characters (`…产品质量评价合` / `格率达到95%`) may be a short name of its own (产值达到…), so it is
 * read as cut only where the line above is a sentence under way (a clause mark in it): a heading
 * (（二）主要目标) or a list line (——质量效益) stops there. A line opening on a comma
 * (`…质量标杆企业20家` / `，其中国家级3家`) goes on with the sentence above whatever it holds — no
 * sentence opens on one — wherever the line above does not end its sentence. The join is the
 * break removed, as structure/hard-wrap's (extract.ts reads the paragraph joined, as it does
 * a wrap's, and places the target back across the break; it keeps the breaks, `nameBreaks`, which
 * the punctuation rules read as the sentence going on, punct/nameBreaks.ts).
 */

/** The longest name a line's first target may have and still be a fragment of one cut above it. */
const FRAGMENT_LENGTH = 2;
/** A fragment this long or shorter is no word of its own: the line above need not show its sentence under way. */
const ONE_CHARACTER = 1;
/** The marks of a clause under way (a heading and a list line's title hold none): ，、；. */
const CLAUSE_MARKS = new Set([0xff0c, 0x3001, 0xff1b, 0x2c]);
/** Commas a line may open on only where its sentence began above (，其中…). */
const OPENING_COMMAS = new Set([0xff0c, 0x2c]);
/** Marks that end a sentence, and the closing marks that may follow them. */
const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0xff1b, 0xff1a, 0x3b, 0x3a, 0x21, 0x3f, 0x2e]);
const CLOSING = new Set([0x201d, 0x2019, 0xff09, 0x29, 0x3015, 0x3011, 0x300b]);

/**
 * The join of the break above `line`, where its first target (`first`) is cut by it, else null.
 * `above` is the line before `line`, directly (no blank line between: a blank line is a line).
 * Asked of a line with targets only; most have a name of their own and cost one comparison.
 */
export function softReturnInName(text: string, above: LineNode, line: LineNode, first: Pick<PlanTarget, "indicator" | "indicatorSpan" | "valueSpan" | "comparator">): WrapJoin | null {
  if (line.kind !== "text" || line.textKind !== "plain" || first.valueSpan === null) return null;
  const opens = line.indentEnd;
  // The line above is an item's, a —— entry's (——产业质量竞争力持续增强，…合格率) or a paragraph's.
  if (above.kind !== "item" && above.kind !== "list" && (above.kind !== "text" || above.textKind !== "plain")) return null;
  const end = textEndOf(above, text);
  if (end <= above.indentEnd) return null;
  // A trailing comment on the line above would swallow the line below (model/hardWrap.ts leaves such a line too).
  if (end !== above.contentEnd && text.slice(end, above.contentEnd).trim() !== "") return null;
  if (OPENING_COMMAS.has(text.charCodeAt(opens))) return endsSentence(text, above.indentEnd, end) ? null : { start: end, end: opens, text: "" };
  const fragment = first.indicator.length <= FRAGMENT_LENGTH && first.indicator !== "" && first.indicatorSpan !== null && first.indicatorSpan.start === opens;
  if (!(first.indicator === "" ? opensOnComparator(text, opens, first) : fragment)) return null;
  // A name's last character, no mark: a line that ends on one may end its paragraph there.
  if (end - above.indentEnd < 2 || !isHanCode(text.charCodeAt(end - 1)) || !isHanCode(text.charCodeAt(end - 2))) return null;
  if (fragment && first.indicator.length > ONE_CHARACTER && !holdsClauseMark(text, above.indentEnd, end)) return null;
  return { start: end, end: opens, text: "" };
}

/** Whether text[start, end) ends on a sentence's mark, read past its closing marks (…20家。” ends one). */
function endsSentence(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && CLOSING.has(text.charCodeAt(last))) last--;
  return SENTENCE_END.has(text.charCodeAt(last));
}

/** Whether text[start, end) holds a clause's mark: a sentence under way, no heading's or list line's title. */
function holdsClauseMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CLAUSE_MARKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the words between the line's start and its first target's figure are that target's comparator only (达到, 不低于). */
function opensOnComparator(text: string, opens: number, first: Pick<PlanTarget, "comparator" | "valueSpan">): boolean {
  if (first.comparator === "" || first.valueSpan === null || first.valueSpan.start - opens > first.comparator.length + 1) return false;
  return text.slice(opens, first.valueSpan.start).trim() === first.comparator;
}
