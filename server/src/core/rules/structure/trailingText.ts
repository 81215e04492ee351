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
