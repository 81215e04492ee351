import { halfWidthMarks, halfWidthMarksAcross, isDigitCode, quoteFormsAcross, wrapEdgesOf, type HalfWidthMark } from "../../punct/marks.js";
import { keepingColumns, mayHoldColumns } from "../../text/columns.js";
import { isSpaceCode } from "../../text/spaces.js";
import { type ProseParagraph, proseParagraphs, wrappedProseRuns } from "../../punct/prose.js";
import type { LineNode } from "../../syntax/cst.js";
import { paragraphBreaks, readParagraphBreak } from "../../punct/breaks.js";
import type { PlanDocument } from "../../model/types.js";
import type { FindingReport, Rule, TextEdit } from "../types.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";

/**
 * Half-width `, ; : ? ! ( )`, quotes `" '` and a sentence's `.` in Chinese text (GB/T 15834:
 * Chinese text takes full-width marks).
 * One finding per paragraph, so a draft pasted from a web page gets one warning a paragraph
 * rather than hundreds; its fix turns every such mark of the paragraph full-width.
 */
export const halfWidth: Rule = {
  meta: {
    id: "punct/half-width",
    family: "punct",
    severity: "warning",
    description: "中文语境中使用了半角标点（, ; : ? ! ( ) . \" '），应为全角",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "GB/T 15834—2011《标点符号用法》要求中文文本使用全角标点。从网页、WPS 或英文输入法录入的文字常夹杂半角的逗号、分号、冒号、问号、叹号、圆括号、引号和句点。本规则按段落报告中文语境中的半角标点，修复把它们改为全角（，；：？！（）“”‘’。），半角点号前后按西文习惯打的空格一并删除（“水平, 开展”改为“水平，开展”）。全角标点比半角宽：以空格分列的表格（PDF 中的表格粘贴成以空格对齐的文字）中，修复同时减少这一格之后的连续空格，使后面各格仍在原来的列上；减少后不足两个空格时，各格会连在一起或离开原来的列，此时只作为建议的修改提供，不在“全部修复”中自动修改。",
        "",
        "引号按位置成对判断：前一个改为前引号“‘，后一个改为后引号”’（已有的全角引号一并计入，“三品一标\"的半角引号改为后引号），引号内或引号外紧邻的是中文时才改。句点只在句末改为句号：前面是汉字或后引号、后括号，后面是段末、汉字或下一句、责任单位的括号时（“推进智慧监管.”）；数字中的小数点（5.5，从 PDF 复制时在行末折断的“81.”与下一行的“5分”也是）、文件扩展名（.docx）、英文缩写和行内的编号都不改。",
        "",
        "不报告：数字中的逗号（1,000）、时间中的冒号（10:30）、网址和电子邮箱、前后都是西文的标点、英文单词中的撇号（don't）；编号（如“(一)”，由 numbering/marker-style 报告）、发文字号的括号（由 xref 规则负责）和与本文写法不一致的责任单位括号、分隔符（由 units 规则报告）。圆括号成对判断：括号内或括号外紧邻的是中文时改为全角。",
        "",
        "从 PDF 复制、按版心折行的段落（structure/hard-wrap）各行合为一段报告，被页码和页眉从中断开的段落（structure/page-number）也合为一段；折在行首或行末的标点（单独成行的责任单位后括号“)”）按上一行或下一行紧邻的文字判断，与合并后的段落相同。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）指导思想\n坚持质量第一,效益优先;推进质量强市建设(2023—2025年)。\n推进\"三品一标\"农产品认证，推进'放管服'改革.\n",
      correct: "一、总体要求\n（一）指导思想\n坚持质量第一，效益优先；推进质量强市建设（2023—2025年），服务热线 12345，时间 9:00。\n推进“三品一标”农产品认证，推进‘放管服’改革，合格率提高5.5个百分点，详见《示例方案.docx》。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    // A text with no double space has no table set in columns by spaces (text/columns.ts).
    const columns = text.includes("  ") ? text : null;
    // A paragraph a page's edge cut (its number, and the running head, between the halves:
    // structure/page-number's break) goes on past the page, as a wrapped line goes on below.
    const pageCuts = pageCutContinuations(plan);
    if (plan.hardWrap === null && pageCuts.size === 0) {
      for (const paragraph of proseParagraphs(plan)) {
        const marks = halfWidthMarks(text, paragraph);
        if (marks.length === 0) continue;
        // Made again when read: the marks are remembered per paragraph, so reading them again
        // costs a look-up (a closure over the paragraph alone: one a finding, on every keystroke).
        report(findingOf(marks, marks.length === 1 ? null : () => fullWidthEdits(halfWidthMarks(text, paragraph)), columns));
      }
      return;
    }
    // A paragraph a PDF's measure cut into lines (structure/hard-wrap) is still one paragraph:
    // its lines' marks make one finding, as the paragraph's would once joined.
    // A mark at a line's edge (a clause's `)` alone on its line) is read in its context beyond
    // the edge, as in the paragraph joined (punct/marks.ts halfWidthMarksAcross).
    const wrapped = new Set<LineNode>(plan.hardWrap?.lines);
    const all = proseParagraphs(plan);
    const goesOn = (k: number): boolean => {
      const line = all[k]!.line;
      const next = all[k + 1]?.line;
      return (wrapped.has(line) && next?.start === line.end) || (next !== undefined && pageCuts.get(line) === next);
    };
    // A quote pairs with its partner on another line of the paragraph (punct/marks.ts quoteFormsAcross).
    const runs = wrappedProseRuns(plan);
    const quotesOfRun = new Map<readonly ProseParagraph[], ReadonlyMap<number, string> | null>();
    const quotesOf = (paragraph: ProseParagraph) => {
      const run = runs.get(paragraph);
      if (run === undefined) return null;
      let quotes = quotesOfRun.get(run);
      if (quotes === undefined) quotesOfRun.set(run, (quotes = quoteFormsAcross(text, run)));
      return quotes;
    };
    const marksOf = (k: number) => {
      const paragraph = all[k]!;
      const edges = wrapEdgesOf(text, k > 0 && goesOn(k - 1) ? all[k - 1]! : null, goesOn(k) ? all[k + 1]! : null);
      const found = halfWidthMarksAcross(text, paragraph, edges, quotesOf(paragraph));
      return wrapped.has(paragraph.line) && found.some((mark) => isCutPoint(text, mark)) ? found.filter((mark) => !isCutPoint(text, mark)) : found;
    };
    let paragraphs: number[] = [];
    let marks: HalfWidthMark[] = [];
    for (let k = 0; k < all.length; k++) {
      const found = marksOf(k);
      if (found.length > 0) {
        paragraphs.push(k);
        // Pushed, not concatenated: a wrapped paragraph may run on for thousands of lines.
        for (const mark of found) marks.push(mark);
      }
      // A paragraph whose line goes on below waits for the rest of its lines.
      if (marks.length === 0 || (wrapped.has(all[k]!.line) && !pageCuts.has(all[k]!.line)) || goesOn(k)) continue;
      const group = paragraphs;
      report(findingOf(marks, () => fullWidthEdits(group.flatMap(marksOf)), columns));
      paragraphs = [];
      marks = [];
    }
    if (marks.length > 0) {
      const group = paragraphs;
      report(findingOf(marks, () => fullWidthEdits(group.flatMap(marksOf)), columns));
    }
  },
};

/**
 * The first half of each paragraph a page's edge cut in mid-sentence, to the line it goes on
 * with (punct/breaks.ts: a break with a page's number between the halves, read as one sentence,
 * the reading structure/page-number reports and joins).
 */
function pageCutContinuations(plan: PlanDocument): ReadonlyMap<LineNode, LineNode> {
  let cuts: Map<LineNode, LineNode> | null = null;
  for (const brk of paragraphBreaks(plan)) {
    if (brk.pageLines.length === 0 || readParagraphBreak(plan, brk) === null) continue;
    (cuts ??= new Map()).set(brk.line, brk.continuation);
  }
  return cuts ?? NO_CUTS;
}
const NO_CUTS: ReadonlyMap<LineNode, LineNode> = new Map();

/**
 * Whether a `.` is a number's point that the measure cut from its decimals (`……满意度达到81.` /
 * `5分。`): at its line's end after a digit, with a digit opening the next line. The paragraph
 * reader sees the line alone and takes the point for a full stop (punct/marks.ts isFullStop);
 * the wrapped paragraph, as targets read it, holds the number 81.5.
 */
function isCutPoint(text: string, mark: HalfWidthMark): boolean {
  if (mark.mark !== "." || !isDigitCode(text.charCodeAt(mark.offset - 1))) return false;
  let at = mark.offset + 1;
  while (isSpaceCode(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) === 0x0d) at++;
  if (text.charCodeAt(at) !== 0x0a) return false;
  return isDigitCode(text.charCodeAt(at + 1));
}

/**
 * The finding for the marks of one paragraph; `edits` makes the fix's edits when it is read (one
 * mark: one span). A full-width mark is wider than the half-width one: on a row of a table set in
 * columns by spaces (`columns`, the text where it has a double space) the gap after the mark's cell
 * narrows by as much (text/columns.ts), and where it cannot the fix is only a suggestion, never
 * made by a fix-all: the row's cells would run together or leave their columns.
 */
function findingOf(marks: readonly HalfWidthMark[], edits: (() => TextEdit[]) | null, columns: string | null): FindingReport {
  const first = marks[0]!;
  const single = marks.length === 1 || edits === null;
  const made = single ? () => [{ start: first.offset - first.spacesBefore, end: first.offset + 1 + first.spacesAfter, newText: first.fullWidth }] : edits;
  const start = first.offset;
  const end = single ? first.offset + 1 : marks[marks.length - 1]!.offset + 1;
  let message: string;
  if (single) message = `半角标点${shown(first.mark)}应改为全角${shown(first.fullWidth)}`;
  else {
    const counts = new Map<string, number>();
    for (const mark of marks) counts.set(mark.mark, (counts.get(mark.mark) ?? 0) + 1);
    const summary = [...counts].map(([mark, count]) => `${shown(mark)}${count > 1 ? `${count}处` : ""}`).join("、");
    message = `本段有${marks.length}处半角标点（${summary}）应改为全角`;
  }
  const description = fixDescription(marks);
  // Only a finding on lines with a double space may stand in such a row: its edits are made now.
  if (columns !== null && mayHoldColumns(columns, start, end)) {
    const kept = keepingColumns(columns, made());
    if (kept === null) return { start, end, message, suggestions: [deferredFix(description, made)] };
    return { start, end, message, fix: deferredFix(description, () => kept) };
  }
  return { start, end, message, fix: single ? spanFix(description, first.offset - first.spacesBefore, first.offset + 1 + first.spacesAfter, first.fullWidth) : deferredFix(description, made) };
}

/**
 * What the fix changes, in the quick fix's title: the spaces typed with a half-width mark in the
 * Western way (`第一, 效益`) go with it, and a title that named only the mark would hide that a
 * character the drafter can see is deleted.
 */
function fixDescription(marks: readonly HalfWidthMark[]): string {
  return marks.some((mark) => mark.spacesBefore + mark.spacesAfter > 0) ? "改为全角标点并删除其前后的空格" : "改为全角标点";
}

/** A mark quoted in a message: in “” as the messages quote, in 「」 when it is a quotation mark itself. */
function shown(mark: string): string {
  return /["'“”‘’]/.test(mark) ? `「${mark}」` : `“${mark}”`;
}

function fullWidthEdits(marks: readonly HalfWidthMark[]): TextEdit[] {
  // A full-width 点号 carries its own space: the spaces typed around the half-width one go too.
  return marks.map((mark) => ({ start: mark.offset - mark.spacesBefore, end: mark.offset + 1 + mark.spacesAfter, newText: mark.fullWidth }));
}
