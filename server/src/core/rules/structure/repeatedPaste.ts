import { clipped } from "../../text/clipped.js";
import { lineText } from "../../model/prelude.js";
import type { LineNode } from "../../syntax/cst.js";
import type { Rule, TextEdit } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/**
 * A block pasted twice in a row (model/repeatedPaste.ts): the whole plan copied again after
 * itself, or a section pasted a second time just after the first. Reported once, on the second
 * copy, which the model has already left out of the outline (so the numbering rules do not
 * renumber it into the plan); the fix deletes it, and only it: every word of it is in the first
 * copy, line for line.
 */
export const repeatedPaste: Rule = {
  meta: {
    id: "structure/repeated-paste",
    family: "structure",
    severity: "warning",
    description: "全文或一段内容重复粘贴（同样的若干行紧接着又出现一遍）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从文档复制方案时，整篇或其中一段常被粘贴两次：同样的若干行（含编号条目）紧接着原样又出现一遍。把后一份当作方案内容，编号会从头再来（“一、”排在“三、”之后），自动修复还会把它重新编号并入方案，反而掩盖了重复粘贴。",
        "",
        "本规则把逐行相同、紧接在前一份之后、至少两行且含编号条目的内容认作重复粘贴，报告后一份；同一个编号条目的一行（编号和文字都相同，如两行“（二）强化质量基础支撑”）紧接着又出现一遍，中间只隔空行或页码、页眉，同样是重复粘贴，只报告重复的一行，其后各项不重新编号；大纲、编号、责任单位等检查都不读它，导出公文时也不印它。修复删除后一份，它的每一行都与前一份相同，不丢失文字。不紧接的相同条目由 structure/duplicate-task 报告。",
      ].join("\n"),
      incorrect:
        "示例市质量强市建设实施方案\n一、总体要求\n（一）工作目标。到2025年，质量整体水平稳步提高。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n（二）提升工程质量。落实工程质量终身责任制。（责任单位：市住房城乡建设局）\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n（二）提升工程质量。落实工程质量终身责任制。（责任单位：市住房城乡建设局）\n三、保障措施\n（一）加强组织领导。建立工作协调机制。\n",
      correct:
        "示例市质量强市建设实施方案\n一、总体要求\n（一）工作目标。到2025年，质量整体水平稳步提高。\n二、重点任务\n（一）提升产品质量。开展质量提升行动。（责任单位：市市场监管局）\n（二）提升工程质量。落实工程质量终身责任制。（责任单位：市住房城乡建设局）\n三、保障措施\n（一）加强组织领导。建立工作协调机制。\n",
    },
  },
  check({ plan, report }) {
    for (const paste of plan.repeatedPastes) {
      const count = paste.lines.filter((line) => line.kind !== "blank").length;
      const first = clipped(lineText(paste.lines[0]!, plan.text), 20);
      report({
        start: paste.start,
        end: paste.end,
        // One numbered line pasted twice (model/repeatedPaste.ts) is named as the line it is.
        message: count === 1 ? `“${first}”一行紧接着又出现一遍，疑为重复粘贴，应删除重复的一行` : `自“${first}”起的${count}行与紧邻的前文逐行相同，疑为重复粘贴，应删除其中一份`,
        // Every name the copy writes, the first copy writes again.
        fix: { description: count === 1 ? `删除重复的一行“${first}”` : "删除重复粘贴的后一份", edits: copyDeletions(plan.text, plan.lines, paste.lines), deletes: { start: paste.start, end: paste.end } },
      });
    }
  },
};

/**
 * The copy's lines deleted. A copy that ends the document (the whole text pasted again) takes the
 * blank lines before it too, as the gap between the two copies is no gap in the plan; the text
 * keeps the line break it ended with, if any.
 */
function copyDeletions(text: string, lines: readonly LineNode[], copy: readonly LineNode[]): TextEdit[] {
  const edits = lineDeletions(lines, copy);
  const last = edits[edits.length - 1];
  if (last === undefined || last.end !== text.length) return edits;
  let from = last.start;
  while (from > 0 && isGapCode(text.charCodeAt(from - 1))) from--;
  if (from === 0) return edits;
  const eol = text.startsWith("\r\n", from) ? "\r\n" : text.charAt(from) === "\r" ? "\r" : "\n";
  edits[edits.length - 1] = { start: from, end: text.length, newText: isBreakCode(text.charCodeAt(text.length - 1)) ? eol : "" };
  return edits;
}

const isBreakCode = (code: number) => code === 0x0a || code === 0x0d;
const isGapCode = (code: number) => isBreakCode(code) || code === 0x20 || code === 0x09 || code === 0x3000;
