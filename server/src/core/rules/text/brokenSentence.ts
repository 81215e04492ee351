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

/** Characters no sentence starts with: a second half that opens on one goes on from the first. */
const CANNOT_START = /^[，,、。；;：:！？!?）)》”’〕】的地得了着过之]/u;
/** How a new block opens after a plan's last paragraph or a contact line: 抄送, 本方案自…施行, 附件. */
const BLOCK_OPENER = /^(?:抄送|抄报|本方案|本计划|本意见|本办法|本通知|本细则|附件|联系人|联系电话|联系方式|电话|特此|此页无正文)/u;

/** Why the halves are one sentence, and whether that is certain enough for a safe fix. */
interface BreakReading {
  why: string;
  certain: boolean;
}

/**
 * Why the first half cannot end where it does, or null when it might (then nothing is
 * reported: `坚持质量第一` / blank / `坚持创新驱动。` are two entries of a list, not one sentence).
 * Prose that stops without its sentence-final mark is the doubtful case: a page break inside a
 * word (`质量信誉承` / `诺活动。`) looks like a paragraph whose 。 was forgotten
 * (`确保各项任务落到实处` / `抄送：…`). It is reported, with the join offered but not applied
 * by fix-all, unless the second half opens a new block or the first ends on a number
 * (`电话：12345678`); a missing 。 alone is punct/sentence-end's.
 */
function readBreak(ending: string, head: string): BreakReading | null {
  if (leavesPairOpen(ending)) return { why: "引号或括号未闭合", certain: true };
  if (CANNOT_END.test(ending)) return { why: "句子未完", certain: true };
  if (CANNOT_START.test(head)) return { why: "下文不能独立成句", certain: true };
  // Prose that stops without its sentence-final mark: a line of a paragraph, not a list entry.
  if (!PROSE.test(ending.slice(0, -1))) return null;
  if (BLOCK_OPENER.test(head) || /[0-9A-Za-z０-９]$/u.test(ending)) return null;
  return { why: "段落未以句末标点结束", certain: false };
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
 * what follows, or the second half opens on a mark or particle no sentence starts with; prose
 * that only lacks its 。 is the doubtful case (see readBreak) — and the second half is plain
 * text that goes on. Lines of a list (`——` entries, unpunctuated entries such as
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
        "从 PDF 复制文本时，分页处会在句子中间留下空行（如“……同线”/空行/“同标同质”……）。这样的段落会被拆成两段，既影响阅读，也可能使检查漏掉跨行的内容。本规则只在前半段不可能在此结束、且其后隔着空行紧接正文时提示：前半段留有未闭合的引号或括号，以逗号、顿号或“的、和、与、在”等需要下文的字结尾，或后半段以逗号、“的、了”等不能起句的字开头时，才确定为同一句，修复合并两段；前半段是含有句中标点的正文却没有句末标点时，也可能只是漏了句号，只提示并在编辑器中提供合并操作，不自动修复；后半段以“抄送”“本方案自……施行”“附件”“联系人”等开始，或前半段以电话号码等数字结尾的，不报告。仅有标题的条目行（如“（一）指导思想”）、“——”列表项和不带标点的并列短语（如“坚持质量第一”/空行/“坚持创新驱动。”）不受此限，不会被合并。修复只删除两段之间的换行、空行和缩进。",
      incorrect: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线\n\n同标同质”帮扶活动。\n",
      correct: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线同标同质”帮扶活动。\n",
    },
  },
  check({ plan, report }) {
    // The breaks are found once per plan (punct/prose.ts); a break is this rule's only where
    // both halves are paragraphs of an item's text. They are few: each is placed by a search.
    for (const { line, continuation, ending, textEnd } of paragraphBreaks(plan)) {
      if (!isBreakable(plan, line) || !isBreakable(plan, continuation)) continue;
      const head = [...plan.text.slice(continuation.indentEnd, continuation.contentEnd)].slice(0, 4).join("");
      const reading = readBreak(ending, head);
      if (reading === null) continue;
      const tail = [...ending].slice(-4).join("");
      // With a trailing comment on the first half, joining would turn the second half into
      // comment text, so the finding then comes without a fix.
      const join = textEnd === line.contentEnd || plan.text.slice(textEnd, line.contentEnd).trim() === "" ? spanFix("合并被断开的段落", textEnd, continuation.indentEnd, "") : null;
      report({
        // Two characters either side of the break, counted in code points: a range never splits 😀 or 𠀀.
        start: codePointsBack(plan.text, textEnd, 2, line.indentEnd),
        end: codePointsForward(plan.text, continuation.indentEnd, 2, continuation.contentEnd),
        message: `句子在“${tail}”与“${head}”之间被空行断开（${reading.why}），疑为分页痕迹，应为同一段落`,
        ...(join === null ? {} : reading.certain ? { fix: join } : { suggestions: [join] }),
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
