import { clipped } from "../../text/clipped.js";
import type { Rule } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/**
 * Word's review balloons pasted as lines of their own (model/reviewMarkup.ts), reported one by
 * one where they stand. A deletion's or a format's balloon records what the text no longer has
 * or how it looked: the fix deletes the line. A comment is a reviewer's word on the text, which
 * the drafter has to act on before it goes: reported without a fix, as text/placeholder reports
 * a comment's mark (`[批注1]`) in a sentence.
 */
export const reviewMarkup: Rule = {
  meta: {
    id: "structure/review-markup",
    family: "structure",
    severity: "warning",
    description: "从 Word 复制带入的批注、修订批注框（“批注 [张三1]: …”“删除的内容: …”“带格式的: …”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从显示修订和批注的 Word 文档复制文字时，批注框的内容会作为单独的行混入正文：批注（“批注 [张三1]: 建议改为……”）、删除的内容（“删除的内容: 强化”）、格式修改（“带格式的: 缩进: 首行缩进: 2 字符”）。它们不是方案内容：夹在标题和条目之间会被当作标题下的正文，导出时也会印出来。",
        "",
        "解析器把这些行与正文分开保存（不丢失），不归入任何条目，不导出；本规则逐行报告。修订和格式批注框的修复删除该行（删除的文字正文里已经没有，格式说明不是文字）；批注是审阅人的意见，须由起草人处理后再删，只报告不修复。正文中的批注标记“[批注1]”由 text/placeholder 报告。",
      ].join("\n"),
      incorrect:
        "一、总体要求\n（一）工作目标。到2025年，制造业产品质量合格率达到95%以上。\n二、保障措施\n删除的内容: 强化\n（一）加强组织领导。建立工作协调机制。\n批注 [张三1]: 建议补充考核内容。\n",
      correct: "一、总体要求\n（一）工作目标。到2025年，制造业产品质量合格率达到95%以上。\n二、保障措施\n（一）加强组织领导。建立工作协调机制。\n",
    },
  },
  check({ plan, report }) {
    for (const balloon of plan.reviewBalloons) {
      const content = plan.text.slice(balloon.start, balloon.end).trim();
      if (balloon.kind === "comment") {
        report({ start: balloon.start, end: balloon.end, message: `Word 批注“${clipped(content, 24)}”随复制混入正文，应按批注意见处理后删除` });
        continue;
      }
      const what = balloon.kind === "revision" ? "修订" : "格式修改";
      report({
        start: balloon.start,
        end: balloon.end,
        message: `Word 的${what}批注框“${clipped(content, 24)}”随复制混入正文，不属于方案内容`,
        fix: { description: `删除${what}批注框`, edits: lineDeletions(plan.lines, [balloon.line]) },
      });
    }
  },
};
