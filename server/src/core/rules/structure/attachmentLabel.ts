import { spanFix } from "../../fixes/fix.js";
import { lineAt, missingLabel } from "../../references/attachments.js";
import type { Rule } from "../types.js";

/**
 * A 分工表 pasted after the plan's text (or under its 附件说明) with no 附件 label over it: a web
 * page's copy loses the label's line, and the table's header (序号 | 重点任务 | 责任单位 | 完成时限)
 * or its title follows the text (model/outline.ts reads it as an attachment whose `label` is
 * null). GB/T 9704 §7.3.7 heads every attachment with its label; the fix writes it alone on a
 * line above the table's title, or above its header where it has none, as the export prints it
 * (references/attachments.ts `missingLabel`: `附件`, or `附件N` by its place among several). A
 * table under a label, or under a heading with no text of its own (五、责任分工), is none of this
 * rule's: nothing is missing there.
 */
export const attachmentLabel: Rule = {
  meta: {
    id: "structure/attachment-label",
    family: "structure",
    severity: "warning",
    description: "正文之后的分工表缺少附件标识“附件”",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "按 GB/T 9704—2012《党政机关公文格式》7.3.7，附件应另面编排，在版记之前，左上角第1行顶格标识“附件”，有序号时标识序号；附件的顺序号和名称与附件说明一致。从网页复制的实施方案，常常丢失附件标识所在的一行：正文（或附件说明、落款）之后直接是任务分工表的表头（“序号｜重点任务｜责任单位｜完成时限”，以制表符、连续空格或单个空格分隔），或是分工表自己的标题行（“重点任务分工表”）和表头。",
        "",
        "本规则报告这样的分工表：它仍按附件读取（大纲中显示为“附件（未标注）”或分工表的标题，分工表各行的任务路径为该附件），但缺少附件标识。分工表紧接在没有正文的标题之下（“五、责任分工”之下直接是表格）时，表格是该标题的内容，不报告；已有附件标识（“附件”“附件2”“附件2：重点任务分工表”）的分工表不报告。",
        "",
        "修复在分工表的标题行之上（没有标题行时在表头之上）单独插入一行附件标识：本文件只有这一个附件时为“附件”，有多个附件时按先后编号（“附件2”；方案本身是印发通知的附件1时从附件2起算）。导出 Word 时同样补上这一标识。",
      ].join("\n"),
      incorrect: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。\n2.加强品牌建设。培育区域品牌。\n重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t提升产品质量\t市市场监管局\t2025年底前\n2\t加强品牌建设\t市商务局\t2025年底前\n",
      correct: "示例市质量强市建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。\n2.加强品牌建设。培育区域品牌。\n附件\n重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n1\t提升产品质量\t市市场监管局\t2025年底前\n2\t加强品牌建设\t市商务局\t2025年底前\n",
    },
  },
  check({ plan, report }) {
    for (const attachment of plan.attachments) {
      if (attachment.label !== null) continue;
      // The attachment opens at the table's title line, or at its header where it has none.
      const line = lineAt(plan.lines, attachment.start);
      if (line === null) continue;
      const label = missingLabel(plan, attachment);
      const what = attachment.title === null ? "分工表的表头" : `分工表“${attachment.title.text}”`;
      report({
        start: line.indentEnd,
        end: line.contentEnd,
        message: `${what}之前缺少附件标识：正文之后的附件应在左上角单独一行标识“${label}”`,
        // On a line of its own above the table, flush left: the line's own line break after it.
        fix: spanFix(`在其上一行插入“${label}”`, line.start, line.start, `${label}${line.eol === "" ? "\n" : line.eol}`),
      });
    }
  },
};
