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
      const ending = plan.text.slice(line.indentEnd, line.contentEnd).trimEnd();
      if (ending === "" || PARAGRAPH_END.test(ending)) continue;
      let next = i + 1;
      while (next < lines.length && lines[next]!.kind === "blank") next++;
      const continuation = lines[next];
      if (next === i + 1 || !continuation || continuation.kind !== "text" || continuation.textKind !== "plain") continue;
      if (!breakable.has(continuation)) continue;
      const tail = [...ending].slice(-4).join("");
      const head = [...plan.text.slice(continuation.indentEnd, continuation.contentEnd)].slice(0, 4).join("");
      report({
        start: line.contentEnd - Math.min(2, ending.length),
        end: continuation.indentEnd + Math.min(2, continuation.contentEnd - continuation.indentEnd),
        message: `句子在“${tail}”与“${head}”之间被空行断开，疑为分页痕迹，应为同一段落`,
        fix: {
          description: "合并被断开的段落",
          edits: [{ start: line.contentEnd, end: continuation.indentEnd, newText: "" }],
        },
      });
    }
  },
};
