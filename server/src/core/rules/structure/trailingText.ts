import type { Rule } from "../types.js";

/**
 * Text after the plan's last item that a web page put there (标签:, 0人觉得有用, 相关推荐 …).
 * The model has already set it apart as the trailer; this rule reports it and offers to delete
 * it, together with the blank lines that separate it from the plan.
 */
export const trailingText: Rule = {
  meta: {
    id: "structure/trailing-text",
    family: "structure",
    severity: "warning",
    description: "方案正文之后的网页残留文字（标签、相关推荐等）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从政府网站复制方案时，页面末尾的“标签”“0人觉得有用”“相关推荐”等文字常被一并带入。这些文字不属于方案，解析器将其与正文分开保存（不丢失），本规则提示删除。只有出现在方案最后一个条目之后、并以典型网页残留行开头的文字才会被认定为残留。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，质量整体水平稳步提高。\n\n标签: 建设\n0人觉得有用\n相关推荐\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，质量整体水平稳步提高。\n",
    },
  },
  check({ plan, report }) {
    const trailer = plan.trailer;
    if (!trailer) return;
    const firstLine = trailer.lines[0]!;
    const preview = plan.text.slice(firstLine.indentEnd, firstLine.contentEnd).trim();
    // Delete from the end of the plan's last content line, so no stray blank lines remain.
    let deleteFrom = firstLine.start;
    while (deleteFrom > 0 && /[\r\n \t\u3000]/.test(plan.text[deleteFrom - 1]!)) deleteFrom--;
    const lineEnd = plan.text.startsWith("\r\n", deleteFrom) ? "\r\n" : "\n";
    report({
      start: trailer.start,
      end: trailer.end,
      message: `方案正文之后有网页残留文字（自“${preview}”起），不属于方案内容`,
      fix: {
        description: "删除尾部网页残留文字",
        edits: [{ start: deleteFrom, end: plan.text.length, newText: deleteFrom === 0 ? "" : lineEnd }],
      },
    });
  },
};
