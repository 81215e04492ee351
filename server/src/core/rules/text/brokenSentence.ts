import type { PlanDocument } from "../../model/types.js";
import { paragraphBreaks } from "../../punct/prose.js";
import type { LineNode } from "../../syntax/cst.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
/** A paragraph cannot end on a comma, an enumeration comma, or a word that needs what follows. */
const CANNOT_END = /(?:[，,、]|[的和与及或并而在对将把被从向按由于])$/u;
/** Sentence punctuation inside a line: the line is prose, not one entry of an unpunctuated list. */
const PROSE = /[。，,；;！？!?]/;
const PAIRS: ReadonlyArray<[string, string]> = [
  ["“", "”"],
  ["‘", "’"],
  ["《", "》"],
  ["（", "）"],
  ["〔", "〕"],
  ["【", "】"],
];

/** True when the text opens a quote or bracket it does not close: `开展出口食品农产品“同线`. */
function leavesPairOpen(text: string): boolean {
  return PAIRS.some(([open, close]) => occurrences(text, open) > occurrences(text, close));
}

/** How often the one-code-unit `mark` occurs in `text`. */
function occurrences(text: string, mark: string): number {
  let count = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++;
  return count;
}

/**
 * Why the first half cannot end where it does, or null when it might (then nothing is
 * reported: `坚持质量第一` / blank / `坚持创新驱动。` are two entries of a list, not one sentence).
 */
function cannotEnd(ending: string): string | null {
  if (leavesPairOpen(ending)) return "引号或括号未闭合";
  if (CANNOT_END.test(ending)) return "句子未完";
  // Prose that stops without its sentence-final mark: a line of a paragraph, not a list entry.
  if (PROSE.test(ending.slice(0, -1))) return "段落未以句末标点结束";
  return null;
}

/** The offset `count` code points before `offset` (never splitting a surrogate pair), not before `floor`. */
function codePointsBack(text: string, offset: number, count: number, floor: number): number {
  let at = offset;
  for (let i = 0; i < count && at > floor; i++) at -= at - 1 > floor && /[\uDC00-\uDFFF]/.test(text[at - 1]!) && /[\uD800-\uDBFF]/.test(text[at - 2]!) ? 2 : 1;
  return at;
}

/** The offset `count` code points after `offset`, not past `ceiling`. */
function codePointsForward(text: string, offset: number, count: number, ceiling: number): number {
  let at = offset;
  for (let i = 0; i < count && at < ceiling; i++) at += at + 1 < ceiling && /[\uD800-\uDBFF]/.test(text[at]!) && /[\uDC00-\uDFFF]/.test(text[at + 1]!) ? 2 : 1;
  return at;
}

/**
 * A paragraph broken in the middle of a sentence by a blank line: the trace of a page break when
 * text is copied out of a PDF (……“同线 / blank / 同标同质”……). It is reported only when the first
 * half cannot end there — it leaves a quote or bracket open, ends on a comma or a word that needs
 * what follows, or is prose that stops without its sentence-final mark — and the second half is
 * plain text that goes on. Lines of a list (`——` entries, unpunctuated entries such as
 * `坚持质量第一`) are never joined. The fix joins the halves, touching only the line break, the
 * blank lines and the indentation between them.
 */
export const brokenSentence: Rule = {
  meta: {
    id: "text/broken-sentence",
    family: "text",
    severity: "warning",
    description: "句子被空行断开（多为从 PDF 复制时的分页痕迹）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从 PDF 复制文本时，分页处会在句子中间留下空行（如“……同线”/空行/“同标同质”……）。这样的段落会被拆成两段，既影响阅读，也可能使检查漏掉跨行的内容。本规则只在前半段不可能在此结束、且其后隔着空行紧接正文时提示：前半段留有未闭合的引号或括号，以逗号、顿号或“的、和、与、在”等需要下文的字结尾，或是含有句中标点的正文却没有句末标点。仅有标题的条目行（如“（一）指导思想”）、“——”列表项和不带标点的并列短语（如“坚持质量第一”/空行/“坚持创新驱动。”）不受此限，不会被合并。修复只删除两段之间的换行、空行和缩进。",
      incorrect: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线\n\n同标同质”帮扶活动。\n",
      correct: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线同标同质”帮扶活动。\n",
    },
  },
  check({ plan, report }) {
    // The breaks are found once per plan (punct/prose.ts); a break is this rule's only where
    // both halves are paragraphs of an item's text. They are few: each is placed by a search.
    for (const { line, continuation, ending, textEnd } of paragraphBreaks(plan)) {
      if (!isBreakable(plan, line) || !isBreakable(plan, continuation)) continue;
      const why = cannotEnd(ending);
      if (why === null) continue;
      const tail = [...ending].slice(-4).join("");
      const head = [...plan.text.slice(continuation.indentEnd, continuation.contentEnd)].slice(0, 4).join("");
      report({
        // Two characters either side of the break, counted in code points: a range never splits 😀 or 𠀀.
        start: codePointsBack(plan.text, textEnd, 2, line.indentEnd),
        end: codePointsForward(plan.text, continuation.indentEnd, 2, continuation.contentEnd),
        message: `句子在“${tail}”与“${head}”之间被空行断开（${why}），疑为分页痕迹，应为同一段落`,
        // With a trailing comment on the first half, joining would turn the second half into
        // comment text, so the finding then comes without a fix.
        ...(textEnd === line.contentEnd || plan.text.slice(textEnd, line.contentEnd).trim() === ""
          ? { fix: spanFix("合并被断开的段落", textEnd, continuation.indentEnd, "") }
          : {}),
      });
    }
  },
};

/**
 * Whether a line is a paragraph of an item's text that a page break may split: an item's own
 * line (not a heading-only line — （一）指导思想 ends without punctuation by design — nor a
 * `——` entry, which is one line), or one of its body lines. The item is the nearest one
 * before the line (items are in document order).
 */
function isBreakable(plan: PlanDocument, line: LineNode): boolean {
  const items = plan.allItems;
  const owner = items[partitionPoint(items.length, (i) => items[i]!.line.start <= line.start) - 1];
  if (owner === undefined) return false;
  if (owner.line === line) return !owner.headingOnly && owner.kind !== "list";
  const body = owner.bodyLines;
  return body[partitionPoint(body.length, (i) => body[i]!.start < line.start)] === line;
}
