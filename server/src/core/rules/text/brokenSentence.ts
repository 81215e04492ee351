import { paragraphBreaks, readParagraphBreak, type BreakReading, type ParagraphBreak } from "../../punct/breaks.js";
import type { Rule, RuleContext } from "../types.js";
import type { PlanDocument } from "../../model/types.js";
import type { Span } from "../../syntax/cst.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import { isSoftReturnHabit } from "./softReturnHabit.js";
import { indicatorTables } from "../../targets/extract.js";

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
 * that only lacks its 。 is the doubtful case (punct/breaks.ts) — and the second half is plain
 * text that goes on. Lines of a list (`——` entries, unpunctuated entries such as
 * `坚持质量第一`) and the rows of a table pasted as text (targets/tables.ts) are never joined. The fix joins the halves, touching only the line break, the
 * blank lines and the indentation between them. Where a page number stands between the halves,
 * structure/page-number reports the break with the page line.
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
        "从 PDF 复制文本时，分页处会在句子中间留下空行（如“……同线”/空行/“同标同质”……）。这样的段落会被拆成两段，既影响阅读，也可能使检查漏掉跨行的内容。本规则只在前半段不可能在此结束、且其后隔着空行紧接正文时提示：前半段留有未闭合的引号或括号，以逗号、顿号或“的、和、与、在”等需要下文的字结尾，或后半段以逗号、“的、了”等不能起句的字开头时，才确定为同一句，修复合并两段；前半段是含有句中标点的正文却没有句末标点时，也可能只是漏了句号，只提示并在编辑器中提供合并操作，不自动修复；后半段以“抄送”“本方案自……施行”“附件”“联系人”等开始，或前半段以电话号码等数字结尾的，不报告。仅有标题的条目行（如“（一）指导思想”）、“——”列表项、不带标点的并列短语（如“坚持质量第一”/空行/“坚持创新驱动。”）和粘贴成文字的指标表格各行（以制表符或连续空格分列，如“食品抽检合格率  %  98  ≥98.5  市市场监管局、”，按目标指标读取表格的方式识别）不受此限，不会被合并。修复只删除两段之间的换行、空行和缩进。两段之间夹有页码（如“— 3 —”）的，由 structure/page-number 报告。从 Word、WPS 或网页复制时，手动换行（软回车）也会把一句话断在两行（“推进古村落保护利用，”/“打造全域旅游示范县。”），中间没有空行：这时只在确定是同一句时报告并修复（前半段留有未闭合的引号或括号、以逗号、顿号或“的、和、与”等字结尾，或后半段以不能起句的字开头），只是缺少句号的行仍由 punct/sentence-end 提示；方案开头的引言（“为……，制定本方案。”）一句以“为”“根据”“按照”等开头、在这一行还没有任何句末标点的，主句还在后面，也确定为同一句；全文在同一宽度处折行的（structure/hard-wrap）和责任分工中间的换行（units/clause-line-break）由各自的规则报告。手动换行断开句子的段落占全文正文段落的多数（至少 3 段；“责任单位：……”这样以责任分工开头的行和仅有标题的条目行不计）时，这是整篇复制文字的习惯而不是个别笔误：本规则只在第一处报告一次，消息给出全文共有几处，修复一并合并所有这些确定为同一句的换行，只删除换行和缩进；个别段落中的手动换行仍逐处报告。",
      incorrect: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线\n\n同标同质”帮扶活动。\n",
      correct: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线同标同质”帮扶活动。\n",
    },
  },
  check({ plan, report }) {
    // The breaks are found and read once per plan (punct/breaks.ts). They are few: each is
    // placed by a search. A break with a page number between its halves is
    // structure/page-number's: the page line is that one defect's evidence.
    // Soft returns with a certain join are gathered first: whether each is reported alone
    // depends on how many paragraphs they cut (the copy's habit, softReturnHabit.ts).
    const softReturns: Array<{ brk: ParagraphBreak; reading: BreakReading; join: Span }> = [];
    for (const brk of paragraphBreaks(plan)) {
      if (brk.pageLines.length > 0) continue;
      const reading = readParagraphBreak(plan, brk);
      if (reading === null) continue;
      const { line, continuation } = brk;
      // A row of a table pasted as text (targets/tables.ts, as the targets read it) ends where
      // its cells do: the next row is no rest of its sentence. Asked only where a break is read.
      const tables = indicatorTables(plan);
      if (tables !== null && (tables.lines.has(line) || tables.lines.has(continuation))) continue;
      if (brk.direct && reading.certain && reading.join !== null) {
        softReturns.push({ brk, reading, join: reading.join });
        continue;
      }
      reportBreak(plan, brk, reading, report);
    }
    if (softReturns.length === 0) return;
    if (!isSoftReturnHabit(plan, softReturns.map((soft) => soft.brk))) {
      for (const soft of softReturns) reportBreak(plan, soft.brk, soft.reading, report);
      return;
    }
    const first = softReturns[0]!;
    const joins = softReturns.map((soft) => soft.join);
    report({
      start: rangeStart(plan, first.brk),
      end: rangeEnd(plan, first.brk),
      message: `全文共${joins.length}处句子被换行断开（此处“${first.reading.tail}”与“${first.reading.head}”之间是第一处，多数段落都是如此），多为从 Word、WPS 或网页复制时带入的手动换行（软回车），应全部合并为完整的段落`,
      fix: deferredFix(`合并全文${joins.length}处被换行断开的句子`, () => joins.map((join) => ({ start: join.start, end: join.end, newText: "" }))),
    });
  },
};

/** Two characters either side of the break, counted in code points: a range never splits 😀 or 𠀀. */
function rangeStart(plan: PlanDocument, brk: ParagraphBreak): number {
  return codePointsBack(plan.text, brk.textEnd, 2, brk.line.indentEnd);
}

function rangeEnd(plan: PlanDocument, brk: ParagraphBreak): number {
  return codePointsForward(plan.text, brk.continuation.indentEnd, 2, brk.continuation.contentEnd);
}

/** One break, one finding: joined by its fix where certain, offered where not. */
function reportBreak(plan: PlanDocument, brk: ParagraphBreak, reading: BreakReading, report: RuleContext["report"]): void {
  const join = reading.join && spanFix("合并被断开的段落", reading.join.start, reading.join.end, "");
  report({
    start: rangeStart(plan, brk),
    end: rangeEnd(plan, brk),
    message: brk.direct
      ? `句子在“${reading.tail}”与“${reading.head}”之间被换行断开（${reading.why}），疑为复制时带入的手动换行（软回车），应为同一段落`
      : `句子在“${reading.tail}”与“${reading.head}”之间被空行断开（${reading.why}），疑为分页痕迹，应为同一段落`,
    ...(join === null ? {} : reading.certain ? { fix: join } : { suggestions: [join] }),
  });
}
