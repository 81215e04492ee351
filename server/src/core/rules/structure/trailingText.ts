import { textEndOf } from "../../model/inline.js";
import { furnitureKindOf } from "../../model/pageFurniture.js";
import type { Rule } from "../types.js";

/** What the trailer is, in the message and the fix: a web page's debris, a mail app's signature, or both. */
const WHAT = {
  web: { text: "网页残留文字", fix: "删除尾部网页残留文字" },
  mail: { text: "邮件客户端添加的签名", fix: "删除尾部邮件签名" },
  both: { text: "网页残留文字和邮件客户端添加的签名", fix: "删除尾部网页残留文字和邮件签名" },
} as const;

/**
 * Text after the plan's last item that a web page put there (标签:, 0人觉得有用, 相关推荐 …),
 * or a mail app under a forwarded text (发自我的iPhone): the message names which, since the
 * drafter looks for the one or the other. The model has already set it apart as the trailer;
 * this rule reports it and offers to delete it, together with the blank lines that separate it
 * from the plan.
 */
export const trailingText: Rule = {
  meta: {
    id: "structure/trailing-text",
    family: "structure",
    severity: "warning",
    description: "方案正文之后的网页残留文字（标签、相关推荐等）或邮件签名（发自我的iPhone等）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从政府网站复制方案时，页面末尾的“标签”“0人觉得有用”“相关推荐”等文字常被一并带入；从转发的邮件中复制时，末尾常带有邮件客户端添加的签名（“发自我的iPhone”等）。这些文字不属于方案，解析器将其与正文分开保存（不丢失），本规则提示删除，并在提示中说明是网页残留还是邮件签名。只有出现在方案最后一个条目之后、并以典型网页残留行或邮件签名开头的文字才会被认定为残留。",
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
    // Which the trailer holds: its furniture lines (the first is one) read again, the trailer being short and rare.
    let web = false;
    let mail = false;
    for (const line of trailer.lines) {
      if (line.kind !== "text") continue;
      const kind = furnitureKindOf(plan.text.slice(line.indentEnd, textEndOf(line, plan.text)));
      if (kind === "mailFooter") mail = true;
      else if (kind !== null) web = true;
    }
    const what = WHAT[mail ? (web ? "both" : "mail") : "web"];
    report({
      start: trailer.start,
      end: trailer.end,
      message: `方案正文之后有${what.text}（自“${preview}”起），不属于方案内容`,
      fix: {
        description: what.fix,
        edits: [{ start: deleteFrom, end: plan.text.length, newText: deleteFrom === 0 ? "" : lineEnd }],
      },
    });
  },
};
