import { textEndOf } from "../../model/inline.js";
import type { LineNode } from "../../syntax/cst.js";
import type { Rule } from "../types.js";

/** Characters a paragraph may legitimately end with. */
const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)〕】》]$/;

/**
 * A paragraph broken in the middle of a sentence by a blank line: the trace of a page break when
 * text is copied out of a PDF (……“同线 / blank / 同标同质”……). The two halves are parsed as two
 * paragraphs; the fix joins them again, touching only the line break, the blank lines and the
 * indentation between them.
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
        "从 PDF 复制文本时，分页处会在句子中间留下空行（如“……同线”/空行/“同标同质”……）。这样的段落会被拆成两段，既影响阅读，也可能使检查漏掉跨行的内容。本规则在一行未以标点结束、且其后隔着空行紧接正文时提示；仅有标题的条目行（如“（一）指导思想”）不受此限。修复只删除两段之间的换行、空行和缩进。",
      incorrect: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线\n\n同标同质”帮扶活动。\n",
      correct: "一、主要任务\n（一）推动外贸优进优出。开展出口食品农产品“同线同标同质”帮扶活动。\n",
    },
  },
  check({ plan, report }) {
    const lines = plan.syntax.lines;
    const breakable = new Set<LineNode>();
    for (const item of plan.allItems) {
      // A heading-only line (（一）指导思想) ends without punctuation by design.
      if (!item.headingOnly) breakable.add(item.line);
      for (const line of item.bodyLines) breakable.add(line);
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!breakable.has(line)) continue;
      const textEnd = textEndOf(line, plan.text);
      const ending = plan.text.slice(line.indentEnd, textEnd);
      if (ending === "" || PARAGRAPH_END.test(ending)) continue;
      let next = i + 1;
      while (next < lines.length && lines[next]!.kind === "blank") next++;
      const continuation = lines[next];
      if (next === i + 1 || !continuation || continuation.kind !== "text" || continuation.textKind !== "plain") continue;
      if (!breakable.has(continuation)) continue;
      const tail = [...ending].slice(-4).join("");
      const head = [...plan.text.slice(continuation.indentEnd, continuation.contentEnd)].slice(0, 4).join("");
      report({
        start: textEnd - Math.min(2, ending.length),
        end: continuation.indentEnd + Math.min(2, continuation.contentEnd - continuation.indentEnd),
        message: `句子在“${tail}”与“${head}”之间被空行断开，疑为分页痕迹，应为同一段落`,
        // With a trailing comment on the first half, joining would turn the second half into
        // comment text, so the finding then comes without a fix.
        ...(textEnd === line.contentEnd || plan.text.slice(textEnd, line.contentEnd).trim() === ""
          ? { fix: { description: "合并被断开的段落", edits: [{ start: textEnd, end: continuation.indentEnd, newText: "" }] } }
          : {}),
      });
    }
  },
};
