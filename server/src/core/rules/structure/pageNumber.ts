import type { PlanDocument } from "../../model/types.js";
import { paragraphBreaks, readParagraphBreak, type ParagraphBreak } from "../../punct/breaks.js";
import type { LineNode } from "../../syntax/cst.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule, TextEdit } from "../types.js";

/**
 * A printed page's number or footer left in the text by a PDF copy (`— 3 —`, `- 4 -`,
 * `第 5 页 共 8 页`): the model reads such a line as page furniture (model/reading.ts), not as a
 * list entry or prose, wherever it stands. Where it stands between the halves of a sentence
 * the page split, this one finding says so, and its fix deletes the page line and joins the
 * halves; the reading of the break (punct/breaks.ts) is text/broken-sentence's own, with the
 * doubt of a missing 。 settled by the page number: the page did end there.
 */
export const pageNumber: Rule = {
  meta: {
    id: "structure/page-number",
    family: "structure",
    severity: "warning",
    description: "正文中夹有从 PDF 复制带入的页码（如“— 3 —”“第 5 页 共 8 页”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从 PDF 复制文本时，每页底部的页码（GB/T 9704 的“— 3 —”，或“- 4 -”“第 5 页 共 8 页”“第5页/共8页”）会单独成行留在正文中，常常正好夹在一句话的中间。这样的行不属于方案，还会被误读为“—”列表项，或使句子被拆成两段。",
        "",
        "本规则报告单独成行的页码，修复删除该行（连同其后的空行）。页码两侧是被分页拆开的同一句话时（判断与 text/broken-sentence 相同：前半段留有未闭合的引号或括号、以逗号或“的、和”等结尾、后半段不能起句，或前半段是没有句末标点的正文），修复同时把两段合并为一段。只有数字的行（如表格中的“3”）不视为页码。",
      ].join("\n"),
      incorrect: "一、主要任务\n1.推动绿色转型。推动锂电、建材、化工\n\n— 3 —\n\n等重点行业绿色低碳转型。\n2.开展质量提升行动。\n\n第 5 页 共 8 页\n\n3.加强组织领导。\n",
      correct: "一、主要任务\n1.推动绿色转型。推动锂电、建材、化工等重点行业绿色低碳转型。\n2.开展质量提升行动。\n\n3.加强组织领导。\n",
    },
  },
  check({ plan, report }) {
    const lines = plan.lines;
    const debris = debrisLines(plan);
    const breaks = paragraphBreaks(plan).filter((brk) => brk.pageLines.length > 0);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.kind !== "text" || line.textKind !== "pageNumber" || debris.has(line)) continue;
      const written = plan.text.slice(line.indentEnd, line.contentEnd).trim();
      const brk = breakAround(breaks, line);
      const reading = brk !== null && brk.pageLines[0] === line ? readParagraphBreak(plan, brk) : null;
      const own = { description: "删除页码", edits: [deletion(plan, lines, index)] };
      if (reading !== null && reading.join !== null) {
        const join = { description: "删除页码并合并被断开的段落", edits: [{ start: reading.join.start, end: reading.join.end, newText: "" }] };
        report({
          start: line.indentEnd,
          end: line.contentEnd,
          message: `“${written}”是从 PDF 复制带入的页码，句子在“${reading.tail}”与“${reading.head}”之间被它断开（${reading.why}），应删除页码并合并为同一段落`,
          ...(reading.certain ? { fix: join } : { fix: own, suggestions: [join] }),
        });
        continue;
      }
      report({ start: line.indentEnd, end: line.contentEnd, message: `“${written}”是从 PDF 复制带入的页码，不属于方案内容`, fix: own });
    }
  },
};

/** Lines another structure rule already reports as web-page debris: one defect, one finding. */
function debrisLines(plan: PlanDocument): Set<LineNode> {
  return new Set<LineNode>([...(plan.trailer?.lines ?? []), ...(plan.leadingDebris?.lines ?? [])]);
}

/** The break whose gap holds the page line, or null (breaks are in document order). */
function breakAround(breaks: readonly ParagraphBreak[], line: LineNode): ParagraphBreak | null {
  const brk = breaks[partitionPoint(breaks.length, (i) => breaks[i]!.continuation.start <= line.start)];
  return brk !== undefined && brk.line.start < line.start ? brk : null;
}

/**
 * Deleting the page line: with the blank lines after it, up to the next line, so the text
 * around keeps the separation it had; at the end of the plan, from the end of the last line
 * before it, so no blank line is left behind.
 */
function deletion(plan: PlanDocument, lines: readonly LineNode[], index: number): TextEdit {
  const line = lines[index]!;
  let next = index + 1;
  while (next < lines.length && lines[next]!.kind === "blank") next++;
  if (next < lines.length) return { start: line.start, end: lines[next]!.start, newText: "" };
  let previous = index - 1;
  while (previous >= 0 && lines[previous]!.kind === "blank") previous--;
  return previous >= 0 ? { start: lines[previous]!.contentEnd, end: line.contentEnd, newText: "" } : { start: line.start, end: plan.text.length, newText: "" };
}
